package store

import (
	"fmt"
	"slices"
	"strings"

	"essradar/scoring"
)

// SessionEvaluation is one session's evaluation of the initiative: as recorded,
// and as it stands after the amendments of a closed session.
type SessionEvaluation struct {
	Session    Session
	Grid       *scoring.Grid
	Recorded   *Evaluation // nil when only an amendment exists
	Current    Evaluation
	Amendments []Amendment
}

// InitiativeFile is an initiative with its campaign and every session's
// evaluation of it, read in one transaction (the detail screen shows it).
type InitiativeFile struct {
	In       Initiative
	Campaign Campaign
	Grid     *scoring.Grid
	Evals    []SessionEvaluation
	// Agendas are the sessions that list it without having evaluated it.
	Agendas []Session
}

// Decided says whether some session has decided on the initiative.
func (d *InitiativeFile) Decided() bool {
	for _, e := range d.Evals {
		if e.Current.Decision != nil {
			return true
		}
	}
	return false
}

// InitiativeFile reads an initiative with everything its detail shows.
func (s *Store) InitiativeFile(id uint64) (*InitiativeFile, error) {
	d := &InitiativeFile{}
	err := s.View(func(tx *Tx) error {
		var err error
		if d.In, err = tx.Initiative(id); err != nil {
			return err
		}
		if d.Campaign, err = tx.Campaign(d.In.CampaignID); err != nil {
			return err
		}
		grids := map[scoring.Ref]*scoring.Grid{}
		gridOf := func(ref scoring.Ref) (*scoring.Grid, error) {
			if g, ok := grids[ref]; ok {
				return g, nil
			}
			g, err := tx.Grid(ref)
			if err != nil {
				return nil, fmt.Errorf("grille %s v%d : %w", ref.ID, ref.Version, err)
			}
			grids[ref] = g
			return g, nil
		}
		if d.Grid, err = gridOf(d.Campaign.Grid); err != nil {
			return err
		}
		bySession := map[uint64]*SessionEvaluation{}
		var sessionIDs []uint64
		add := func(sid uint64) (*SessionEvaluation, error) {
			if e, ok := bySession[sid]; ok {
				return e, nil
			}
			se, err := tx.Session(sid)
			if err != nil {
				return nil, err
			}
			e := &SessionEvaluation{Session: se}
			bySession[sid] = e
			sessionIDs = append(sessionIDs, sid)
			return e, nil
		}
		evs, err := tx.EvaluationsByInitiative(id)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			e, err := add(ev.SessionID)
			if err != nil {
				return err
			}
			ev := ev
			e.Recorded, e.Current = &ev, ev
		}
		ams, err := tx.Amendments(0)
		if err != nil {
			return err
		}
		for _, a := range ams {
			if a.InitiativeID != id {
				continue
			}
			e, err := add(a.SessionID)
			if err != nil {
				return err
			}
			e.Amendments = append(e.Amendments, a)
			if a.After != nil {
				e.Current = *a.After
			}
		}
		ses, err := tx.Sessions(d.In.CampaignID)
		if err != nil {
			return err
		}
		for _, se := range ses {
			if _, done := bySession[se.ID]; !done && slices.Contains(se.Agenda, id) {
				d.Agendas = append(d.Agendas, se)
			}
		}
		for _, sid := range sessionIDs {
			e := bySession[sid]
			ref := e.Current.Grid
			if ref.ID == "" {
				ref = d.Campaign.Grid
			}
			if e.Grid, err = gridOf(ref); err != nil {
				return err
			}
			d.Evals = append(d.Evals, *e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(d.Evals, func(a, b SessionEvaluation) int {
		return strings.Compare(a.Session.Date, b.Session.Date)
	})
	slices.SortFunc(d.Agendas, func(a, b Session) int { return strings.Compare(a.Date, b.Date) })
	return d, nil
}

package store

import (
	"fmt"
	"slices"

	"essradar/scoring"
)

// SessionSheet is everything the session and scoring screens show of one
// session, read in one transaction so a screen never touches the disk while
// drawing. It is a copy: a screen may change its own without affecting
// another's.
type SessionSheet struct {
	Session     Session
	Campaign    Campaign
	Grid        *scoring.Grid
	Members     map[uint64]Member
	Initiatives map[uint64]Initiative
	Evals       map[uint64]Evaluation // by initiative
	Amendments  map[uint64][]Amendment
	// Median is the per-marker median of the campaign's labelled initiatives
	// (their deciding evaluation, on the same grid), NaN where none scored
	// the marker; MedianOf is how many initiatives it is the median of.
	Median   []float64
	MedianOf int
}

// ItemState is where an agenda item stands.
type ItemState int

const (
	ItemNotStarted ItemState = iota
	ItemScoring
	ItemDecided
	ItemPostponed
)

// Decision is the decision in force for an item: the latest amendment's,
// else the evaluation's own.
func (b *SessionSheet) Decision(initiativeID uint64) *Decision {
	if am := b.Amendments[initiativeID]; len(am) > 0 {
		if last := am[len(am)-1]; last.After != nil {
			return last.After.Decision
		}
	}
	if ev, ok := b.Evals[initiativeID]; ok {
		return ev.Decision
	}
	return nil
}

// State says where an agenda item stands.
func (b *SessionSheet) State(initiativeID uint64) ItemState {
	if slices.Contains(b.Session.Postponed, initiativeID) {
		return ItemPostponed
	}
	ev, ok := b.Evals[initiativeID]
	switch {
	case ok && ev.Decision != nil:
		return ItemDecided
	case ok && len(ev.Scores) > 0:
		return ItemScoring
	}
	return ItemNotStarted
}

// Recused lists the members recused for an initiative.
func (b *SessionSheet) Recused(initiativeID uint64) map[uint64]bool {
	out := map[uint64]bool{}
	for _, r := range b.Session.Recusals {
		if r.InitiativeID == initiativeID {
			out[r.MemberID] = true
		}
	}
	return out
}

// Voters is the number of members present who may vote on an initiative.
func (b *SessionSheet) Voters(initiativeID uint64) int {
	n := 0
	rec := b.Recused(initiativeID)
	for _, id := range b.Session.Present {
		if !rec[id] {
			n++
		}
	}
	return n
}

// SessionSheet reads a session and all it refers to.
func (s *Store) SessionSheet(sessionID uint64) (*SessionSheet, error) {
	b := &SessionSheet{Members: map[uint64]Member{}, Initiatives: map[uint64]Initiative{},
		Evals: map[uint64]Evaluation{}, Amendments: map[uint64][]Amendment{}}
	err := s.View(func(tx *Tx) error {
		var err error
		if b.Session, err = tx.Session(sessionID); err != nil {
			return err
		}
		if b.Campaign, err = tx.Campaign(b.Session.CampaignID); err != nil {
			return err
		}
		if b.Grid, err = tx.Grid(b.Campaign.Grid); err != nil {
			return fmt.Errorf("grille %s v%d : %w", b.Campaign.Grid.ID, b.Campaign.Grid.Version, err)
		}
		ms, err := tx.Members()
		if err != nil {
			return err
		}
		for _, m := range ms {
			b.Members[m.ID] = m
		}
		for _, id := range b.Session.Agenda {
			in, err := tx.Initiative(id)
			if err != nil {
				return err
			}
			b.Initiatives[id] = in
		}
		evs, err := tx.EvaluationsBySession(sessionID)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			b.Evals[ev.InitiativeID] = ev
		}
		ams, err := tx.Amendments(sessionID)
		if err != nil {
			return err
		}
		for _, a := range ams {
			b.Amendments[a.InitiativeID] = append(b.Amendments[a.InitiativeID], a)
		}
		return b.loadMedian(tx)
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// loadMedian computes the campaign's labelled profile: for every labelled
// initiative, the evaluation that labelled it, on the same grid.
func (b *SessionSheet) loadMedian(tx *Tx) error {
	if m, ok := tx.keptMedianFor(b.Campaign.ID, b.Grid.Ref()); ok && len(m.Median) == len(b.Grid.Markers()) {
		b.Median, b.MedianOf = m.values(), m.Of
		return nil
	}
	profiles, err := tx.LabelledProfiles(b.Campaign.ID, b.Grid.Ref())
	if err != nil {
		return err
	}
	b.Median, b.MedianOf = scoring.MedianProfile(b.Grid, profiles), len(profiles)
	return nil
}

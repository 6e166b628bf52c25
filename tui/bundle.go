package tui

import (
	"fmt"
	"math"
	"sort"

	"essradar/scoring"
	"essradar/store"
)

// sessionBundle is everything the session and scoring screens show, read in
// one go so the screens never touch the disk while drawing.
type sessionBundle struct {
	session     store.Session
	campaign    store.Campaign
	grid        *scoring.Grid
	members     map[uint64]store.Member
	initiatives map[uint64]store.Initiative
	evals       map[uint64]store.Evaluation // by initiative
	amendments  map[uint64][]store.Amendment
	// median is the per-marker median of the campaign's labelled initiatives
	// (their deciding evaluation), NaN where none scored the marker.
	median   []float64
	medianOf int
}

type itemState int

const (
	itemNotStarted itemState = iota
	itemScoring
	itemDecided
	itemPostponed
)

// decision is the decision in force for an item: the latest amendment's,
// else the evaluation's own.
func (b *sessionBundle) decision(initiativeID uint64) *store.Decision {
	if am := b.amendments[initiativeID]; len(am) > 0 {
		if last := am[len(am)-1]; last.After != nil {
			return last.After.Decision
		}
	}
	if ev, ok := b.evals[initiativeID]; ok {
		return ev.Decision
	}
	return nil
}

func (b *sessionBundle) state(initiativeID uint64) itemState {
	if contains(b.session.Postponed, initiativeID) {
		return itemPostponed
	}
	ev, ok := b.evals[initiativeID]
	switch {
	case ok && ev.Decision != nil:
		return itemDecided
	case ok && len(ev.Scores) > 0:
		return itemScoring
	}
	return itemNotStarted
}

// recused lists the members recused for an initiative.
func (b *sessionBundle) recused(initiativeID uint64) map[uint64]bool {
	out := map[uint64]bool{}
	for _, r := range b.session.Recusals {
		if r.InitiativeID == initiativeID {
			out[r.MemberID] = true
		}
	}
	return out
}

// voters is the number of members present who may vote on an initiative.
func (b *sessionBundle) voters(initiativeID uint64) int {
	n := 0
	rec := b.recused(initiativeID)
	for _, id := range b.session.Present {
		if !rec[id] {
			n++
		}
	}
	return n
}

func contains(ids []uint64, id uint64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// loadBundle reads a session and all it refers to.
func loadBundle(s *store.Store, sessionID uint64) (*sessionBundle, error) {
	b := &sessionBundle{members: map[uint64]store.Member{}, initiatives: map[uint64]store.Initiative{},
		evals: map[uint64]store.Evaluation{}, amendments: map[uint64][]store.Amendment{}}
	err := s.View(func(tx *store.Tx) error {
		var err error
		if b.session, err = tx.Session(sessionID); err != nil {
			return err
		}
		if b.campaign, err = tx.Campaign(b.session.CampaignID); err != nil {
			return err
		}
		if b.grid, err = tx.Grid(b.campaign.Grid); err != nil {
			return fmt.Errorf("grille %s v%d : %w", b.campaign.Grid.ID, b.campaign.Grid.Version, err)
		}
		ms, err := tx.Members()
		if err != nil {
			return err
		}
		for _, m := range ms {
			b.members[m.ID] = m
		}
		for _, id := range b.session.Agenda {
			in, err := tx.Initiative(id)
			if err != nil {
				return err
			}
			b.initiatives[id] = in
		}
		evs, err := tx.EvaluationsBySession(sessionID)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			b.evals[ev.InitiativeID] = ev
		}
		ams, err := tx.Amendments(sessionID)
		if err != nil {
			return err
		}
		for _, a := range ams {
			b.amendments[a.InitiativeID] = append(b.amendments[a.InitiativeID], a)
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
func (b *sessionBundle) loadMedian(tx *store.Tx) error {
	inits, err := tx.Initiatives(b.campaign.ID)
	if err != nil {
		return err
	}
	refs := b.grid.Markers()
	perMarker := make([][]float64, len(refs))
	for _, in := range inits {
		if in.Status != store.StatusLabelled {
			continue
		}
		evs, err := tx.EvaluationsByInitiative(in.ID)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			if ev.Decision == nil || ev.Decision.Outcome != store.OutcomeLabelled || ev.Grid != b.grid.Ref() {
				continue
			}
			b.medianOf++
			for i, r := range refs {
				if v, ok := ev.Scores[r.Marker.ID]; ok && v != scoring.NotApplicable {
					perMarker[i] = append(perMarker[i], float64(v))
				}
			}
			break
		}
	}
	b.median = make([]float64, len(refs))
	for i, vals := range perMarker {
		b.median[i] = median(vals)
	}
	return nil
}

func median(vals []float64) float64 {
	if len(vals) == 0 {
		return math.NaN()
	}
	v := append([]float64(nil), vals...)
	sort.Float64s(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// Package demo builds a fictional campaign to try essradar on: initiatives in
// every territory, a committee, one closed session fully decided and one open
// session with items still to score; and three past campaigns (2023 to 2025),
// every session closed, so the statistics show trends on a first run. Every
// name in it is invented.
package demo

import (
	"errors"
	"fmt"
	"time"

	"essradar/scoring"
	"essradar/store"
)

// CampaignID is the demo campaign's id (its year).
const CampaignID = "2026"

// CampaignName tells the demo apart from a real campaign.
const CampaignName = "Budget citoyen 2026 (démonstration)"

// Territories and Colleges are the département's defaults (docs/reference.md §1, kept in
// store.DefaultTerritories and store.DefaultColleges); they are data of the
// campaign, editable later, never fixed in logic.
var (
	Territories = store.DefaultTerritories()
	Colleges    = store.DefaultColleges()
)

// Result says what Load did.
type Result struct {
	Added        bool // false when the demo was already there
	CampaignName string
	Initiatives  int
	Members      int
	Sessions     int
	// PastCampaigns is the number of past years added with the campaign
	// (the counts above are the current campaign's).
	PastCampaigns int
}

// Load writes the demo campaign in one transaction, or nothing when it is
// already there. grid is the grid to bind the campaign to; nil means the
// default grid.
func Load(s *store.Store, grid *scoring.Grid) (Result, error) {
	src := scoring.DefaultSource()
	if grid == nil {
		grid = scoring.Default()
	} else {
		src = nil
	}
	res := Result{CampaignName: CampaignName}
	existing, err := s.Campaign(CampaignID)
	switch {
	case err == nil && existing.Name == CampaignName:
		return res, nil
	case err == nil:
		return res, fmt.Errorf("la base contient déjà une campagne %s (« %s ») : chargez la démonstration dans une autre base (--db demo.db)", CampaignID, existing.Name)
	case !errors.Is(err, store.ErrNotFound):
		return res, err
	}
	if src == nil {
		// A grid given with --grid was read from a file; the store keeps the
		// source so past evaluations can always be recomputed. Markers the
		// demo scores must exist in it.
		return res, fmt.Errorf("la démonstration se charge avec la grille par défaut : relancez sans --grid")
	}

	err = s.Update(func(tx *store.Tx) error {
		now := time.Now()
		if err := tx.PutGrid(grid.Ref(), src); err != nil {
			return err
		}
		if err := tx.PutCampaign(store.Campaign{ID: CampaignID, Name: CampaignName, Grid: grid.Ref(),
			Territories: store.DefaultTerritories(), Colleges: store.DefaultColleges(), CreatedAt: now}); err != nil {
			return err
		}
		memberIDs := make([]uint64, len(members))
		for i, m := range members {
			rec := store.Member{Name: m.name, College: m.college, Active: true}
			if err := tx.CreateMember(&rec); err != nil {
				return err
			}
			memberIDs[i] = rec.ID
		}
		initIDs, err := createInitiatives(tx, CampaignID, initiatives, now)
		if err != nil {
			return err
		}
		for _, sd := range sessions {
			if err := writeSession(tx, grid, CampaignID, sd, memberIDs, initIDs, now); err != nil {
				return err
			}
		}
		// The past campaigns come after the current one so that its records
		// keep the ids they always had.
		for _, pc := range pastCampaigns {
			if err := writePastCampaign(tx, grid, pc, memberIDs, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("chargement de la démonstration : %w", err)
	}
	res.Added = true
	res.Initiatives, res.Members, res.Sessions = len(initiatives), len(members), len(sessions)
	res.PastCampaigns = len(pastCampaigns)
	return res, nil
}

func createInitiatives(tx *store.Tx, campaignID string, data []initiativeData, now time.Time) ([]uint64, error) {
	ids := make([]uint64, len(data))
	for i, d := range data {
		rec := store.Initiative{CampaignID: campaignID, Title: d.title, Holder: d.holder, Territory: d.territory,
			Commune: d.commune, Summary: d.summary, AmountCents: d.amount * 100, Status: store.StatusSubmitted, CreatedAt: now}
		if err := tx.CreateInitiative(&rec); err != nil {
			return nil, err
		}
		ids[i] = rec.ID
	}
	return ids, nil
}

// writePastCampaign writes a closed year: its campaign on the same grid and
// territories, its initiatives, its sessions, and the initiatives withdrawn
// by their holders.
func writePastCampaign(tx *store.Tx, grid *scoring.Grid, pc pastCampaign, memberIDs []uint64, now time.Time) error {
	if err := tx.PutCampaign(store.Campaign{ID: pc.id, Name: pc.name, Grid: grid.Ref(),
		Territories: store.DefaultTerritories(), Colleges: store.DefaultColleges(), CreatedAt: now}); err != nil {
		return err
	}
	initIDs, err := createInitiatives(tx, pc.id, pc.initiatives, now)
	if err != nil {
		return err
	}
	for _, sd := range pc.sessions {
		if err := writeSession(tx, grid, pc.id, sd, memberIDs, initIDs, now); err != nil {
			return err
		}
	}
	for _, i := range pc.withdrawn {
		if err := tx.WithdrawInitiative(initIDs[i]); err != nil {
			return err
		}
	}
	return nil
}

func writeSession(tx *store.Tx, grid *scoring.Grid, campaignID string, sd sessionData, memberIDs, initIDs []uint64, now time.Time) error {
	se := store.Session{CampaignID: campaignID, Date: sd.date, Territory: sd.territory, Place: sd.place, Status: store.SessionOpen}
	for _, i := range sd.present {
		se.Present = append(se.Present, memberIDs[i])
	}
	for _, it := range sd.items {
		se.Agenda = append(se.Agenda, initIDs[it.initiative])
		if it.recused >= 0 {
			se.Recusals = append(se.Recusals, store.Recusal{InitiativeID: initIDs[it.initiative], MemberID: memberIDs[it.recused],
				Reason: "préside l'association porteuse", At: now})
		}
		if it.postponed {
			se.Postponed = append(se.Postponed, initIDs[it.initiative])
		}
	}
	if err := tx.CreateSession(&se); err != nil {
		return err
	}
	for _, it := range sd.items {
		if it.scores == nil {
			continue
		}
		ev := store.Evaluation{SessionID: se.ID, InitiativeID: initIDs[it.initiative], Grid: grid.Ref(),
			Scores: scoresFrom(grid, it.scores), Notes: it.notes, UpdatedAt: now}
		if it.decision != nil {
			d := *it.decision
			d.At = now
			ev.Decision = &d
		}
		// PutEvaluation also sets the initiative's status and category
		// from the decision: the store's rule, not the demo's.
		if err := tx.PutEvaluation(ev); err != nil {
			return err
		}
	}
	if sd.closed {
		return tx.CloseSession(se.ID)
	}
	return nil
}

// scoresFrom spreads a 16-value profile over the grid's markers in grid
// order; -2 leaves a marker unscored.
func scoresFrom(g *scoring.Grid, vals []int) scoring.Scores {
	s := scoring.Scores{}
	for i, r := range g.Markers() {
		if i < len(vals) && vals[i] != unscored {
			s[r.Marker.ID] = vals[i]
		}
	}
	return s
}

package store_test

import (
	"fmt"

	"essradar/scoring"
	"essradar/store"
)

// meeting is a campaign ready to be scored: the default grid, two members
// and an open session whose agenda holds every initiative.
type meeting struct {
	grid        *scoring.Grid
	members     []uint64
	initiatives []uint64
	session     uint64
}

// prepareMeeting writes a campaign 2026 with n initiatives and an open
// session through the same store methods the forms use.
func prepareMeeting(s *store.Store, n int) (meeting, error) {
	m := meeting{grid: scoring.Default()}
	if _, err := s.CreateCampaign("2026", "Budget citoyen 2026", m.grid, scoring.DefaultSource()); err != nil {
		return m, err
	}
	for _, name := range []string{"Claire Dubois", "Karim Benali"} {
		mem := store.Member{Name: name, College: "CDESS", Active: true}
		if err := s.CreateMember(&mem); err != nil {
			return m, err
		}
		m.members = append(m.members, mem.ID)
	}
	for i := range n {
		in := store.Initiative{CampaignID: "2026", Title: fmt.Sprintf("Initiative n° %d", i+1),
			Holder: store.Holder{Name: fmt.Sprintf("Association %d", i+1)}, Territory: "Arrageois"}
		if err := s.SaveInitiative(&in); err != nil {
			return m, err
		}
		m.initiatives = append(m.initiatives, in.ID)
	}
	se := store.Session{CampaignID: "2026", Date: "2026-07-12", Territory: "Arrageois", Place: "Arras",
		Present: m.members, Agenda: m.initiatives}
	if err := s.CreateSession(&se); err != nil {
		return m, err
	}
	m.session = se.ID
	return m, nil
}

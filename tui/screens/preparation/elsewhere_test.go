package preparation

import (
	"slices"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// The demo's open session of 21/07 in Arrageois has « Atelier vélo
// participatif » (n° 2) scored and undecided: a new session there must not
// offer it, and says why it is missing.
func TestAgendaLeavesOutWhatAnotherOpenSessionHolds(t *testing.T) {
	s := tuitest.DemoStore(t)
	c := tuitest.Campaign(t, s)
	p, err := s.SessionPreparation(0)
	if err != nil {
		t.Fatal(err)
	}
	const velo = 2
	if in, err := s.Initiative(velo); err != nil || !strings.Contains(in.Title, "Atelier vélo") {
		t.Fatalf("demo initiative %d = %q, %v", velo, in.Title, err)
	}
	d := &sessionDraft{campaign: p.Campaign, members: p.Members, initiatives: p.Initiatives, evaluated: p.Evaluated, elsewhere: p.Elsewhere,
		se: store.Session{CampaignID: c.ID, Date: "2026-09-01", Territory: "Arrageois", Place: "Arras", Status: store.SessionOpen, Present: []uint64{p.Members[0].ID}}}
	m := newAgenda(context.New(s, i18n.FR), d)
	sc := tuitest.NewScreen(t, m, 100, 30)
	sc.Press("t") // every territory: still not offered
	if slices.Contains(m.chosen, velo) || slices.Contains(m.others, velo) {
		t.Fatalf("n° %d offered (chosen %v, others %v) though the open session of 21/07 holds it", velo, m.chosen, m.others)
	}
	if !strings.Contains(sc.Plain(), "à l'ordre du jour d'une autre séance ouverte") {
		t.Errorf("the agenda does not say why some initiatives are missing:\n%s", sc.Plain())
	}
	// What it offers, the store takes.
	se := d.se
	se.Agenda = append(slices.Clone(m.chosen), m.others...)
	if err := s.CreateSession(&se); err != nil {
		t.Fatalf("the store refuses what the agenda offered: %v", err)
	}
}

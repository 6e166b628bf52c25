package preparation

import (
	"fmt"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// TestLongAgendaKeepsTheCursorOnScreen: with more initiatives than lines,
// the agenda step scrolls to keep the cursor's row drawn, over the chosen
// ones, the headings and the others.
func TestLongAgendaKeepsTheCursorOnScreen(t *testing.T) {
	const w, h = 80, 24
	s := tuitest.DemoStore(t)
	c := tuitest.Campaign(t, s)
	tuitest.Initiatives(t, s, 30)
	p, err := s.SessionPreparation(0)
	if err != nil {
		t.Fatal(err)
	}
	d := &sessionDraft{campaign: p.Campaign, members: p.Members, initiatives: p.Initiatives, evaluated: p.Evaluated,
		se: store.Session{CampaignID: c.ID, Date: "2028-02-03", Territory: c.Territories[0], Place: "Arras", Status: store.SessionOpen}}
	m := newAgenda(context.New(s, i18n.FR), d)
	sc := tuitest.NewScreen(t, m, w, h)
	// Half on the agenda, half offered: both parts and their headings scroll.
	for range len(m.chosen) / 2 {
		sc.Press("space")
	}
	n := len(m.chosen) + len(m.others)
	if len(m.chosen) < 15 || len(m.others) < 15 {
		t.Fatalf("%d chosen, %d others", len(m.chosen), len(m.others))
	}
	shown := func() bool {
		t.Helper()
		lines := strings.Split(strings.TrimSuffix(sc.Plain(), "\n"), "\n")
		if len(lines) > h-1 {
			t.Fatalf("%d lines drawn in %d:\n%s", len(lines), h-1, strings.Join(lines, "\n"))
		}
		id := append(append([]uint64{}, m.chosen...), m.others...)[m.cursor]
		for _, l := range lines {
			if strings.Contains(l, fmt.Sprintf("n° %-4d ", id)) {
				return true
			}
		}
		return false
	}
	press := func(k string) { sc.Press(k) }
	tuitest.Walk(t, n, "down", press, shown, sc.Plain)
	if m.cursor != n-1 {
		t.Fatalf("the cursor stopped on %d of %d", m.cursor, n)
	}
	tuitest.Walk(t, n, "up", press, shown, sc.Plain)
}

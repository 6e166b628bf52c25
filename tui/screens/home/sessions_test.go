package home

import (
	"fmt"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// TestLongSessionListKeepsTheCursorOnScreen: with more sessions than lines,
// the Sessions tab scrolls to keep the cursor's row drawn.
func TestLongSessionListKeepsTheCursorOnScreen(t *testing.T) {
	const w, h = 80, 24
	s := tuitest.DemoStore(t)
	c := tuitest.Campaign(t, s)
	for i := 1; i <= 30; i++ {
		se := store.Session{CampaignID: c.ID, Date: fmt.Sprintf("2028-01-%02d", i), Territory: c.Territories[0],
			Place: fmt.Sprintf("Salle %02d", i), Status: store.SessionOpen}
		if err := s.CreateSession(&se); err != nil {
			t.Fatal(err)
		}
	}
	sc := newHome(t, s, i18n.FR, w, h)
	sc.Press("tab")
	m := homeModel(t, sc)
	n := len(m.sessions)
	if n < 30 {
		t.Fatalf("%d sessions listed", n)
	}
	// shown says whether the session under the cursor has its row drawn,
	// in the lines the screen has.
	shown := func() bool {
		t.Helper()
		lines := strings.Split(sc.Plain(), "\n")
		if len(lines) > h-1 {
			t.Fatalf("%d lines drawn in %d:\n%s", len(lines), h-1, sc.Plain())
		}
		se, ok := m.selectedSession()
		if !ok {
			t.Fatal("no session under the cursor")
		}
		for _, l := range lines {
			if strings.Contains(l, se.DateFR()) && strings.Contains(l, se.Territory) {
				return true
			}
		}
		return false
	}
	press := func(k string) { sc.Press(k) }
	tuitest.Walk(t, n, "down", press, shown, sc.Plain)
	first := m.sessions[0].session.DateFR()
	if strings.Contains(sc.Plain(), first) {
		t.Errorf("at the end of the list its first row scrolled away:\n%s", sc.Plain())
	}
	// The delete question takes two lines under the list: the cursor's row
	// stays.
	sc.Press("delete")
	if !m.confirmDel || !shown() {
		t.Fatalf("asking to delete hides the cursor's row:\n%s", sc.Plain())
	}
	sc.Press("n")
	tuitest.Walk(t, n, "up", press, shown, sc.Plain)
}

package session

import (
	"fmt"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// longSession is a demo session whose agenda has n initiatives of its own,
// « Point 1 » to « Point n ».
func longSession(t *testing.T, n int) (*store.Store, uint64) {
	t.Helper()
	s := tuitest.DemoStore(t)
	c := tuitest.Campaign(t, s)
	ms, err := s.Members()
	if err != nil {
		t.Fatal(err)
	}
	se := store.Session{CampaignID: c.ID, Date: "2027-03-04", Territory: c.Territories[0], Place: "Arras",
		Present: []uint64{ms[0].ID, ms[1].ID}, Agenda: tuitest.Initiatives(t, s, n), Status: store.SessionOpen}
	if err := s.CreateSession(&se); err != nil {
		t.Fatal(err)
	}
	return s, se.ID
}

// open shows the session alone at w×h, the root keeping a line for its help.
func open(t *testing.T, s *store.Store, id uint64, cursor, w, h int) *tuitest.Screen {
	t.Helper()
	return tuitest.NewScreen(t, New(context.New(s, i18n.FR), id, cursor), w, h)
}

// rowShown says whether the agenda row of « Point i » is among the lines
// drawn, and fails if the screen draws more lines than it has.
func rowShown(t *testing.T, sc *tuitest.Screen, h, i int) bool {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(sc.Plain(), "\n"), "\n")
	if len(lines) > h-1 {
		t.Fatalf("%d lines drawn in %d:\n%s", len(lines), h-1, strings.Join(lines, "\n"))
	}
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), fmt.Sprintf("%d. Point %d ", i, i)) {
			return true
		}
	}
	return false
}

func TestLongAgendaKeepsTheCursorOnScreen(t *testing.T) {
	const w, h, n = 80, 24, 30
	s, id := longSession(t, n)
	sc := open(t, s, id, 0, w, h)
	press := func(k string) { sc.Press(k) }
	shown := func() bool { return rowShown(t, sc, h, sc.S.(*Model).Cursor()+1) }
	tuitest.Walk(t, n, "down", press, shown, sc.Plain)
	if rowShown(t, sc, h, 1) {
		t.Errorf("at the end of the agenda its first row scrolled away:\n%s", sc.Plain())
	}
	tuitest.Walk(t, n, "up", press, shown, sc.Plain)
}

func TestReopenedOnALowRowShowsIt(t *testing.T) {
	const w, h, n = 80, 24, 30
	s, id := longSession(t, n)
	sc := open(t, s, id, 25, w, h)
	if got := sc.S.(*Model).Cursor(); got != 25 {
		t.Fatalf("the cursor is on %d, want 25", got)
	}
	if !rowShown(t, sc, h, 26) {
		t.Fatalf("the row the session was left on is off the screen:\n%s", sc.Plain())
	}
}

package session

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
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
func open(t *testing.T, s *store.Store, id uint64, cursor, w, h int) nav.Screen {
	t.Helper()
	var m nav.Screen = New(context.New(s, i18n.FR), id, cursor)
	m.SetSize(w, h-1)
	update := func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		return cmd
	}
	for _, msg := range tuitest.Run(m.Init()) {
		tuitest.Drive(t, update, msg)
	}
	return m
}

// rowShown says whether the agenda row of « Point i » is among the lines
// drawn, and fails if the screen draws more lines than it has.
func rowShown(t *testing.T, m nav.Screen, h, i int) bool {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(ansi.Strip(m.View()), "\n"), "\n")
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
	m := open(t, s, id, 0, w, h)
	update := func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		return cmd
	}
	press := func(k string) { tuitest.Drive(t, update, tuitest.Press(k)) }
	shown := func() bool { return rowShown(t, m, h, m.(*Model).Cursor()+1) }
	view := func() string { return ansi.Strip(m.View()) }
	tuitest.Walk(t, n, "down", press, shown, view)
	if rowShown(t, m, h, 1) {
		t.Errorf("at the end of the agenda its first row scrolled away:\n%s", view())
	}
	tuitest.Walk(t, n, "up", press, shown, view)
}

func TestReopenedOnALowRowShowsIt(t *testing.T) {
	const w, h, n = 80, 24, 30
	s, id := longSession(t, n)
	m := open(t, s, id, 25, w, h)
	if got := m.(*Model).Cursor(); got != 25 {
		t.Fatalf("the cursor is on %d, want 25", got)
	}
	if !rowShown(t, m, h, 26) {
		t.Fatalf("the row the session was left on is off the screen:\n%s", ansi.Strip(m.View()))
	}
}

package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

func openTestStore(t *testing.T) *store.Store { return tuitest.Store(t) }

// drive feeds a message to the app and runs the commands it returns until
// none is left, the way Bubble Tea would, but synchronously.
func drive(t *testing.T, a *App, msg tea.Msg) {
	t.Helper()
	tuitest.Drive(t, func(m tea.Msg) tea.Cmd { _, c := a.Update(m); return c }, msg)
}

func runCmd(cmd tea.Cmd) []tea.Msg { return tuitest.Run(cmd) }

func press(s string) tea.KeyPressMsg { return tuitest.Press(s) }

func newTestApp(t *testing.T, s *store.Store, w, h int) *App {
	t.Helper()
	a := New(Options{Store: s, Lang: i18n.FR})
	drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	for _, m := range runCmd(a.Init()) {
		drive(t, a, m)
	}
	// The full check comes a moment after the first screen: time passes.
	drive(t, a, checkDueMsg{})
	return a
}

func view(a *App) string { return a.View().Content }

func TestEmptyDatabaseOffersTheDemoAndLoadsIt(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 80, 24)
	v := view(a)
	if !strings.Contains(v, "La base est vide") || !strings.Contains(v, "Charger la campagne de démonstration ?") {
		t.Fatalf("the empty database must offer the demo:\n%s", v)
	}
	drive(t, a, press("o"))
	v = view(a)
	for _, want := range []string{"Budget citoyen 2026 (démonstration)", "24 initiatives", "labellisées", "Épicerie solidaire"} {
		if !strings.Contains(v, want) {
			t.Errorf("home after the demo lacks %q:\n%s", want, v)
		}
	}
	if _, err := s.Campaign("2026"); err != nil {
		t.Fatalf("the demo was not written: %v", err)
	}
}

func TestDecliningTheDemoWritesNothing(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 80, 24)
	drive(t, a, press("n"))
	if v := view(a); !strings.Contains(v, "Aucune campagne") {
		t.Fatalf("declining the demo:\n%s", v)
	}
	if cs, _ := s.Campaigns(); len(cs) != 0 {
		t.Fatalf("declining wrote %d campaigns", len(cs))
	}
}

func TestHomeScrollsThroughInitiatives(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 80, 24)
	drive(t, a, press("o"))
	lines := strings.Split(view(a), "\n")
	if len(lines) != 24 {
		t.Fatalf("the screen has %d lines, want 24", len(lines))
	}
	if strings.Contains(view(a), "Œuvre commune") {
		t.Fatal("the last initiative should be below the fold at 80x24")
	}
	drive(t, a, press("G"))
	if !strings.Contains(view(a), "Œuvre commune") {
		t.Fatalf("end must show the last initiative:\n%s", view(a))
	}
	drive(t, a, press("g"))
	if !strings.Contains(view(a), "Épicerie solidaire") {
		t.Fatalf("home must show the first initiative:\n%s", view(a))
	}
	drive(t, a, press("?"))
	if v := view(a); !strings.Contains(v, "page suivante") {
		t.Fatalf("? must show the full help:\n%s", v)
	}
}

func TestTooSmallTerminalAsksToEnlarge(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 30, 8)
	if v := view(a); !strings.Contains(v, "agrandissez la fenêtre") {
		t.Fatalf("tiny terminal:\n%s", v)
	}
}

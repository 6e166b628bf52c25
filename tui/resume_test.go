package tui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/tui/nav"
	scoringscreen "essradar/tui/screens/scoring"
)

const resumeOffer = "Reprendre la séance du 21/07/2026 (Arrageois)"

// After a restart the app offers to go back to the item in progress, once.
func TestStartUpResumesTheItemInProgress(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	r, ok, err := s.InProgress()
	if err != nil || !ok {
		t.Fatalf("the demo has no item in progress: %v, %v", ok, err)
	}
	if v := ansi.Strip(view(a)); !strings.Contains(v, resumeOffer) || !strings.Contains(v, r.Initiative.Title) {
		t.Fatalf("no offer to resume at start-up:\n%s", v)
	}
	drive(t, a, press("o"))
	if _, ok := a.screen.(*scoringscreen.Model); !ok {
		t.Fatalf("o opens the scoring screen, got %T:\n%s", a.screen, view(a))
	}
	if v := view(a); !strings.Contains(v, r.Initiative.Title) {
		t.Fatalf("the scoring screen is not on %q:\n%s", r.Initiative.Title, v)
	}
	drive(t, a, nav.GoHome{})
	if a.screen != a.home {
		t.Fatalf("not back home: %T", a.screen)
	}
	if v := ansi.Strip(view(a)); strings.Contains(v, "Reprendre la séance") {
		t.Fatalf("the offer is for the start-up only:\n%s", v)
	}
}

// Under the minimum size the keys do nothing but quit, and the message
// asking for more room is not cut.
func TestTooSmallWindowIgnoresKeys(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	drive(t, a, tea.WindowSizeMsg{Width: 30, Height: 8})
	v := ansi.Strip(view(a))
	lines := strings.Split(v, "\n")
	if len(lines) > 8 {
		t.Errorf("%d lines in 8:\n%s", len(lines), v)
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 30 {
			t.Errorf("a line %d wide in 30: %q", w, l)
		}
	}
	flat := strings.Join(strings.Fields(v), " ")
	for _, want := range []string{"Fenêtre trop petite", "agrandissez la fenêtre", "(au moins 40×12, actuellement 30×8)."} {
		if !strings.Contains(flat, want) {
			t.Errorf("the message lacks %q:\n%s", want, v)
		}
	}
	for _, k := range []string{"o", "tab", "enter", "?"} {
		drive(t, a, press(k))
	}
	if a.screen != a.home || a.help.ShowAll {
		t.Fatalf("keys acted while too small: screen %T, full help %v", a.screen, a.help.ShowAll)
	}
	drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := ansi.Strip(view(a)); !strings.Contains(v, resumeOffer) {
		t.Fatalf("the offer was answered while the window was too small:\n%s", v)
	}
	drive(t, a, tea.WindowSizeMsg{Width: 30, Height: 8})
	if _, cmd := a.Update(press("q")); cmd == nil {
		t.Fatal("q must still quit")
	} else if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Fatal("q must still quit")
	}
}

// The agenda being drawn up takes no text: ? shows the full help there as
// everywhere, and q asks before losing the agenda.
func TestAgendaStepHasHelpAndAsksBeforeQuitting(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 30)
	r, _, _ := s.InProgress()
	drive(t, a, nav.PrepareSession{ID: r.Session.ID})
	for range 6 {
		if strings.Contains(view(a), "Ordre du jour (") {
			break
		}
		drive(t, a, press("enter"))
	}
	if !strings.Contains(view(a), "Ordre du jour (") {
		t.Fatalf("not on the agenda step:\n%s", view(a))
	}
	drive(t, a, press("?"))
	if v := view(a); !a.help.ShowAll || !strings.Contains(v, "tous les territoires") {
		t.Fatalf("? shows no full help on the agenda:\n%s", v)
	}
	drive(t, a, press("?"))
	if a.help.ShowAll {
		t.Fatal("? again must close the full help")
	}
	_, cmd := a.Update(press("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q on an agenda not saved must ask, not quit")
		}
	}
	if v := view(a); !strings.Contains(v, "Quitter quand même ?") || !strings.Contains(v, "l'ordre du jour de la séance n'est pas enregistré") {
		t.Fatalf("q must say the agenda would be lost:\n%s", v)
	}
}

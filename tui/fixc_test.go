package tui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// typeIn types s into the app a key at a time.
func typeIn(t *testing.T, a *App, s string) {
	t.Helper()
	for _, r := range s {
		drive(t, a, press(string(r)))
	}
}

// The tester's walk at 80x24: the agenda's full help ended its second
// column in "…" and lost enter and esc.
func TestAgendaFullHelpFits80Columns(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "essradar.db"), 80, 24)
	drive(t, a, press("tab"))
	drive(t, a, press("n"))
	drive(t, a, press("ctrl+u"))
	typeIn(t, a, "15/09/2026")
	drive(t, a, press("enter"))
	drive(t, a, press("enter"))
	typeIn(t, a, "Salle")
	drive(t, a, press("enter"))
	drive(t, a, press("space"))
	drive(t, a, press("enter"))
	if v := ansi.Strip(view(a)); !strings.Contains(v, "Ordre du jour") {
		t.Fatalf("not on the agenda:\n%s", v)
	}
	drive(t, a, press("?"))
	v := ansi.Strip(view(a))
	flat := strings.Join(strings.Fields(v), " ")
	for _, want := range []string{"entrée enregistrer", "échap retour", "tous les territoires", "descendre dans l'ordre"} {
		if !strings.Contains(flat, want) {
			t.Errorf("full help lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "…") {
		t.Errorf("full help cut:\n%s", v)
	}
}

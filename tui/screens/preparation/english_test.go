package preparation

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

type screen struct{ s nav.Screen }

func (sc *screen) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	sc.s, cmd = sc.s.Update(msg)
	return cmd
}

func (sc *screen) text() string {
	var keys []string
	for _, col := range sc.s.Help().FullHelp() {
		for _, b := range col {
			keys = append(keys, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return ansi.Strip(sc.s.View()) + "\n" + strings.Join(keys, " • ")
}

// prepare opens the demo's open session (id 2) for preparation in lang and
// goes through the form to the agenda: the form's view, then the agenda's.
func prepare(t *testing.T, lang i18n.Lang) (form, agenda string) {
	t.Helper()
	sc := &screen{s: New(context.New(tuitest.DemoStore(t), lang), 2)}
	sc.s.SetSize(120, 39)
	for _, m := range tuitest.Run(sc.s.Init()) {
		tuitest.Drive(t, sc.update, m)
	}
	form = sc.text()
	for range 4 {
		tuitest.Drive(t, sc.update, tuitest.Press("enter"))
	}
	return form, sc.text()
}

// In English, the preparation form and the agenda have no French text but
// the demo's data.
func TestPreparationInEnglish(t *testing.T) {
	form, agenda := prepare(t, i18n.EN)
	if !strings.Contains(agenda, "7 members present") || !strings.Contains(agenda, "No. 1 ") {
		t.Fatalf("not on the agenda:\n%s", agenda)
	}
	for name, v := range map[string]string{"form": form, "agenda": agenda} {
		if f := tuitest.French(v); len(f) > 0 {
			t.Errorf("%s: French left %q:\n%s", name, f, v)
		}
	}
}

func TestPreparationInFrench(t *testing.T) {
	_, agenda := prepare(t, i18n.FR)
	if !strings.Contains(agenda, "7 membres présents") || !strings.Contains(agenda, "n° 1 ") {
		t.Errorf("agenda:\n%s", agenda)
	}
}

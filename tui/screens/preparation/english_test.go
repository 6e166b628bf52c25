package preparation

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// prepare opens the demo's open session (id 2) for preparation in lang and
// goes through the form to the agenda: the form's view, then the agenda's.
func prepare(t *testing.T, lang i18n.Lang) (form, agenda string) {
	t.Helper()
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), lang), 2, false), 120, 40)
	form = sc.Plain() + "\n" + sc.FullHelp()
	sc.Press("enter", "enter", "enter", "enter")
	return form, sc.Plain() + "\n" + sc.FullHelp()
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

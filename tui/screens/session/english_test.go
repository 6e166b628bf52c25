package session

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// openIn shows the demo's session id (1: Boulonnais, closed; 2: Arrageois,
// open) in lang: the screen and its keys.
func openIn(t *testing.T, lang i18n.Lang, id uint64) string {
	t.Helper()
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), lang), id, 0), 120, 40)
	return sc.Plain() + "\n" + sc.FullHelp()
}

// In English, a session, open or closed, has no French text but the demo's
// data.
func TestSessionInEnglish(t *testing.T) {
	for _, id := range []uint64{1, 2} {
		v := openIn(t, i18n.EN, id)
		if f := tuitest.French(v); len(f) > 0 {
			t.Errorf("session %d: French left %q:\n%s", id, f, v)
		}
		if !strings.Contains(v, "(1 recused)") {
			t.Errorf("session %d: no recusal count:\n%s", id, v)
		}
	}
}

// In French, one recusal is « (1 déport) », not « (1 déports) ».
func TestRecusalCountInFrench(t *testing.T) {
	v := openIn(t, i18n.FR, 2)
	if !strings.Contains(v, "(1 déport)") || !strings.Contains(v, "À examiner") {
		t.Errorf("session:\n%s", v)
	}
	if len(tuitest.French(v)) < 5 {
		t.Errorf("tuitest.French misses the French catalogue's words: %q", tuitest.French(v))
	}
}

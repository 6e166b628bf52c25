package session

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

type screen struct {
	t testing.TB
	s nav.Screen
}

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

// open shows the demo's session id (1: Boulonnais, closed; 2: Arrageois,
// open) in lang.
func openIn(t *testing.T, lang i18n.Lang, id uint64) *screen {
	t.Helper()
	ctx := context.New(tuitest.DemoStore(t), lang)
	sc := &screen{t: t, s: New(ctx, id, 0)}
	sc.s.SetSize(120, 39)
	for _, m := range tuitest.Run(sc.s.Init()) {
		tuitest.Drive(t, sc.update, m)
	}
	return sc
}

// In English, a session, open or closed, has no French text but the demo's
// data.
func TestSessionInEnglish(t *testing.T) {
	for _, id := range []uint64{1, 2} {
		v := openIn(t, i18n.EN, id).text()
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
	v := openIn(t, i18n.FR, 2).text()
	if !strings.Contains(v, "(1 déport)") || !strings.Contains(v, "à examiner") {
		t.Errorf("session:\n%s", v)
	}
	if len(tuitest.French(v)) < 5 {
		t.Errorf("tuitest.French misses the French catalogue's words: %q", tuitest.French(v))
	}
}

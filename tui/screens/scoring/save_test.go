package scoring

import (
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// openItem scores the item at index of the demo's open session (the
// Arrageois one, id 2), alone on a screen of w×h.
func openItem(t testing.TB, ctx *context.Context, index, w, h int) *tuitest.Screen {
	t.Helper()
	sc := tuitest.NewScreen(t, New(ctx, 2, index), w, h)
	if _, ok := sc.S.(*Model); !ok {
		t.Fatalf("the scoring screen did not load: %T\n%s", sc.S, sc.View())
	}
	return sc
}

// A save that fails keeps the score on screen marked unsaved, says why, and
// is tried again until it lands.
func TestFailedSaveIsShownAndRetried(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	ctx := context.New(s, i18n.FR)
	scr := openItem(t, ctx, 3, 80, 24)
	sc := scr.S.(*Model)

	// The disk goes away (a USB key pulled out): the write fails.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	msgs := tuitest.Run(scr.Update(tuitest.Press("3")))
	if len(msgs) != 1 {
		t.Fatalf("want one save result, got %v", msgs)
	}
	retry := scr.Update(msgs[0])
	v := scr.View()
	if sc.saveErr == nil || !strings.Contains(v, "✗ non enregistré") || !strings.Contains(v, "Non enregistré :") {
		t.Fatalf("a failed save must say so:\n%s", v)
	}
	if sc.ev.Scores["gouvernance"] != 3 || !unsavedRow(v, "Gouvernance") {
		t.Fatalf("the value stays on screen, marked unsaved:\n%s", v)
	}
	if retry == nil {
		t.Fatal("a failed save must schedule a retry")
	}
	// The retry is asked of the root for later, addressed to this screen.
	r, ok := retry().(nav.Result)
	later, isLater := r.Msg.(nav.Delayed)
	if !ok || r.Owner != sc.Owner() || !isLater || later.After != retryDelay {
		t.Fatalf("the retry must come back to this screen after %v: %#v", retryDelay, r)
	}
	scr.Press("esc")
	if _, still := scr.S.(*Model); !still || !strings.Contains(scr.View(), "attendez") {
		t.Fatalf("leaving with unsaved scores must be refused:\n%s", scr.View())
	}

	// The disk is back: the retry writes the score.
	s2, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	ctx.Store = s2
	scr.Send(later.Msg)
	if sc.saveErr != nil || !strings.Contains(scr.View(), "✓ enregistré") {
		t.Fatalf("the retry must land:\n%s", scr.View())
	}
	ev, ok, err := s2.Evaluation(sc.ev.SessionID, sc.ev.InitiativeID)
	if err != nil || !ok || ev.Scores["gouvernance"] != 3 {
		t.Fatalf("score on disk after the retry: %v %v %v", ev.Scores, ok, err)
	}
}

// unsavedRow finds the marker's row and checks it carries the unsaved mark.
func unsavedRow(screen, marker string) bool {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, marker) {
			return strings.Contains(l, "*")
		}
	}
	return false
}

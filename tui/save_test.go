package tui

import (
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
)

// A save that fails keeps the score on screen marked unsaved, says why, and
// is tried again until it lands.
func TestFailedSaveIsShownAndRetried(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	a, s := demoApp(t, path, 80, 24)
	openSession(t, a)
	typeKeys(t, a, "jjj")
	drive(t, a, press("enter"))
	sc := a.screen.(*scoringModel)

	// The disk goes away (a USB key pulled out): the write fails.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	_, cmd := a.Update(press("3"))
	msgs := runCmd(cmd)
	if len(msgs) != 1 {
		t.Fatalf("want one save result, got %v", msgs)
	}
	_, retry := a.Update(msgs[0])
	v := view(a)
	if sc.saveErr == nil || !strings.Contains(v, "✗ non enregistré") || !strings.Contains(v, "Non enregistré :") {
		t.Fatalf("a failed save must say so:\n%s", v)
	}
	if sc.ev.Scores["gouvernance"] != 3 || !unsavedRow(v, "Gouvernance") {
		t.Fatalf("the value stays on screen, marked unsaved:\n%s", v)
	}
	if retry == nil {
		t.Fatal("a failed save must schedule a retry")
	}
	drive(t, a, press("esc"))
	if _, still := a.screen.(*scoringModel); !still || !strings.Contains(view(a), "attendez") {
		t.Fatalf("leaving with unsaved scores must be refused:\n%s", view(a))
	}

	// The disk is back: the retry writes the score.
	s2, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	a.ctx.Store = s2
	drive(t, a, retrySaveMsg{initiativeID: sc.ev.InitiativeID})
	if sc.saveErr != nil || !strings.Contains(view(a), "✓ enregistré") {
		t.Fatalf("the retry must land:\n%s", view(a))
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

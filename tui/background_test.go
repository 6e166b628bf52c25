package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"essradar/tui/nav"
	scoringscreen "essradar/tui/screens/scoring"
	"essradar/tui/screens/session"
)

// scoringItem opens the demo's open session and its fourth item (nothing
// scored yet).
func scoringItem(t *testing.T) (*App, *scoringscreen.Model) {
	t.Helper()
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	openSession(t, a)
	typeKeys(t, a, "jjj")
	drive(t, a, press("enter"))
	sc, ok := a.screen.(*scoringscreen.Model)
	if !ok {
		t.Fatalf("enter must open the scoring screen, got %T", a.screen)
	}
	return a, sc
}

// A score typed just before leaving is saved in the background: its result
// reaches the scoring screen though the session shows, and lands on disk.
func TestSaveResultAfterLeavingIsApplied(t *testing.T) {
	a, sc := scoringItem(t)
	_, save := a.Update(press("3")) // the save starts, its result not back yet
	if save == nil {
		t.Fatal("a score must be saved")
	}
	if a.quit() == nil && len(a.quitting) == 0 {
		t.Fatal("a save on its way must make quitting ask")
	}
	a.quitting = nil
	drive(t, a, press("esc"))
	if _, ok := a.screen.(*session.Model); !ok {
		t.Fatalf("esc while the save is on its way goes back to the session, screen %T", a.screen)
	}
	if len(a.left) != 1 {
		t.Fatalf("the scoring screen must be kept until its save lands, %d kept", len(a.left))
	}
	for _, m := range runCmd(save) {
		if _, ok := m.(nav.Result); !ok {
			t.Fatalf("the save result must be addressed to its screen, got %T", m)
		}
		drive(t, a, m)
	}
	if len(a.left) != 0 {
		t.Fatalf("once saved, the screen left is let go: %d kept", len(a.left))
	}
	ev, ok, err := a.ctx.Store.Evaluation(sc.Shown().SessionID, sc.Shown().InitiativeID)
	if err != nil || !ok || ev.Scores["gouvernance"] != 3 {
		t.Fatalf("the score must be on disk: %v %v %v", ev.Scores, ok, err)
	}
	if sc.Busy() != "" {
		t.Fatalf("the screen left still thinks it is busy: %s", sc.Busy())
	}
	// Results for a screen gone for good are dropped, not given to another.
	before := view(a)
	drive(t, a, nav.Result{Owner: 9999, Msg: tea.KeyPressMsg{Code: 'j', Text: "j"}})
	if view(a) != before {
		t.Fatal("a stale result must not reach the screen showing")
	}
}

// q with scores not yet saved asks first, says what would be lost, and
// stays on « n ».
func TestQuitWithUnsavedScoresAsks(t *testing.T) {
	a, _ := scoringItem(t)
	a.Update(press("3")) // the save is on its way
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := a.Update(press(k))
		if cmd != nil {
			if _, quit := cmd().(tea.QuitMsg); quit {
				t.Fatalf("%s with unsaved scores must ask, not quit", k)
			}
		}
		v := view(a)
		if !strings.Contains(v, "Quitter quand même ?") || !strings.Contains(v, "ne sont pas encore enregistrées") {
			t.Fatalf("%s must say what would be lost:\n%s", k, v)
		}
		a.Update(press("n"))
		if a.quitting != nil || strings.Contains(view(a), "Quitter quand même") {
			t.Fatalf("n must stay:\n%s", view(a))
		}
	}
	a.Update(press("q"))
	_, cmd := a.Update(press("o"))
	if cmd == nil {
		t.Fatal("o must quit anyway")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Fatal("o must quit anyway")
	}
}

// With nothing pending, q quits at once.
func TestQuitWithNothingPendingQuits(t *testing.T) {
	a, _ := scoringItem(t)
	_, cmd := a.Update(press("q"))
	if cmd == nil {
		t.Fatal("q must quit")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Fatal("q must quit")
	}
}

// What a screen asks for later comes back to it, as a result addressed to
// it, once the time has passed.
func TestDelayedResultComesBackToItsOwner(t *testing.T) {
	a, sc := scoringItem(t)
	_, cmd := a.Update(nav.Result{Owner: sc.Owner(), Msg: nav.Delayed{After: time.Millisecond, Msg: "retry"}})
	if cmd == nil {
		t.Fatal("the root must start a timer")
	}
	if r, ok := cmd().(nav.Result); !ok || r.Owner != sc.Owner() || r.Msg != "retry" {
		t.Fatalf("after the delay the message goes back to its owner: %#v", r)
	}
}

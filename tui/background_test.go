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

// ctrl+c at the « quit anyway? » question quits: pressed twice, it means it.
func TestCtrlCTwiceQuits(t *testing.T) {
	a, _ := scoringItem(t)
	a.Update(press("3"))
	a.Update(press("ctrl+c"))
	if a.quitting == nil {
		t.Fatal("the first ctrl+c must ask")
	}
	_, cmd := a.Update(press("ctrl+c"))
	if cmd == nil {
		t.Fatal("the second ctrl+c must quit")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Fatal("the second ctrl+c must quit")
	}
}

// Asked whether to quit anyway, the app quits by itself once what would
// have been lost has landed.
func TestQuitQuestionEndsWhenTheSaveLands(t *testing.T) {
	a, _ := scoringItem(t)
	_, save := a.Update(press("3"))
	a.Update(press("q"))
	if a.quitting == nil {
		t.Fatal("q must ask while the save is on its way")
	}
	var quit bool
	for _, m := range runCmd(save) {
		_, cmd := a.Update(m)
		if cmd != nil {
			_, quit = cmd().(tea.QuitMsg)
		}
	}
	if !quit {
		t.Fatalf("once saved, the app must quit as asked:\n%s", view(a))
	}
}

// A save that fails after the scoring screen was left is retried in the
// background, and every screen says so until it lands.
func TestFailedSaveOfALeftScreenIsShownEverywhere(t *testing.T) {
	a, sc := scoringItem(t)
	_, save := a.Update(press("3"))
	drive(t, a, press("esc"))
	if _, ok := a.screen.(*session.Model); !ok {
		t.Fatalf("screen %T", a.screen)
	}
	// The disk goes away before the save runs.
	if err := a.ctx.Store.Close(); err != nil {
		t.Fatal(err)
	}
	msgs := runCmd(save)
	if len(msgs) != 1 {
		t.Fatalf("one save result, got %v", msgs)
	}
	_, retry := a.Update(msgs[0])
	if !sc.Failing() || len(a.left) != 1 {
		t.Fatalf("the failed screen must be kept, failing: %v, kept %d", sc.Failing(), len(a.left))
	}
	if v := view(a); !strings.Contains(v, "✗ Non enregistré") || !strings.Contains(v, "Jardin partagé") {
		t.Fatalf("the session screen must say a save failed:\n%s", v)
	}
	r, ok := retry().(nav.Result)
	if _, later := r.Msg.(nav.Delayed); !ok || r.Owner != sc.Owner() || !later {
		t.Fatalf("the retry must be asked for later, for the scoring screen: %#v", r)
	}
}

// A score the rules refuse (the session was closed meanwhile) is not
// retried for ever: the screen goes back to what the store holds, says why,
// and can be left.
func TestRefusedSaveGoesBackToTheStore(t *testing.T) {
	a, sc := scoringItem(t)
	if err := a.ctx.Store.CloseSession(sc.Shown().SessionID); err != nil {
		t.Fatal(err)
	}
	drive(t, a, press("3"))
	if _, scored := sc.Shown().Scores["gouvernance"]; scored || sc.Busy() != "" {
		t.Fatalf("a refused score must go: scores %v, busy %q", sc.Shown().Scores, sc.Busy())
	}
	if v := view(a); !strings.Contains(v, "Erreur") {
		t.Fatalf("the refusal must be said:\n%s", v)
	}
	drive(t, a, press("esc"))
	if _, ok := a.screen.(*session.Model); !ok {
		t.Fatalf("after a refusal the screen can be left, screen %T", a.screen)
	}
}

// A load that ends after the secretary went elsewhere is dropped: it never
// replaces the screen showing.
func TestStaleLoadIsDropped(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	_, load := a.Update(nav.OpenScoring{SessionID: 2, Index: 0}) // loading the scoring screen…
	a.Update(nav.EditInitiative{})                               // …then loading the form instead
	for _, m := range runCmd(load) {
		drive(t, a, m)
	}
	if _, ok := a.screen.(*scoringscreen.Model); ok {
		t.Fatal("a late load must not replace the screen showing")
	}
	if !strings.Contains(view(a), "Chargement") {
		t.Fatalf("the form is still loading:\n%s", view(a))
	}
}

// A recusal whose save fails is taken back on the scoring screen: what it
// shows is what the store holds.
func TestFailedRecusalIsTakenBack(t *testing.T) {
	a, sc := scoringItem(t)
	before := len(sc.Sheet().Session.Recusals)
	drive(t, a, press("r"))
	if err := a.ctx.Store.Close(); err != nil {
		t.Fatal(err)
	}
	drive(t, a, press("space"))
	if n := len(sc.Sheet().Session.Recusals); n != before {
		t.Fatalf("the failed recusal must be taken back: %d recusals, had %d", n, before)
	}
	if sc.Busy() != "" {
		t.Fatalf("nothing is left on its way: %q", sc.Busy())
	}
}

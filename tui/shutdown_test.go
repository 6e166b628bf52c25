package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// isQuit says whether cmd ends the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, quit := cmd().(tea.QuitMsg)
	return quit
}

// Ended by the system with nothing on its way, essradar quits at once.
func TestShutdownWithNothingPendingQuits(t *testing.T) {
	a, _ := scoringItem(t)
	if _, cmd := a.Update(Shutdown{}); !isQuit(cmd) {
		t.Fatal("a shutdown with nothing pending must quit at once")
	}
}

// Ended by the system while a score shown on screen is on its way: no
// question (nobody may be there to answer), the score lands, then it quits,
// and the score is on disk.
func TestShutdownWaitsForTheSaveOnItsWay(t *testing.T) {
	a, sc := scoringItem(t)
	_, save := a.Update(press("3"))
	if save == nil {
		t.Fatal("a score must be saved")
	}
	_, cmd := a.Update(Shutdown{})
	if isQuit(cmd) {
		t.Fatal("a shutdown must wait for the save on its way")
	}
	if a.quitting != nil {
		t.Fatal("a shutdown must not ask a question")
	}
	if v := strings.Join(strings.Fields(view(a)), " "); !strings.Contains(v, "Fermeture demandée par le système") || !strings.Contains(v, "ne sont pas encore enregistrées") {
		t.Fatalf("while waiting, the screen must say why:\n%s", v)
	}
	// Keys do nothing meanwhile, but ctrl+c still ends without waiting.
	if _, cmd := a.Update(press("q")); cmd != nil {
		t.Fatal("q while closing must do nothing")
	}
	var quit bool
	for _, m := range runCmd(save) {
		_, cmd := a.Update(m)
		quit = quit || isQuit(cmd)
	}
	if !quit {
		t.Fatalf("once the save landed, the shutdown must quit:\n%s", view(a))
	}
	ev, ok, err := a.ctx.Store.Evaluation(sc.Shown().SessionID, sc.Shown().InitiativeID)
	if err != nil || !ok || ev.Scores["gouvernance"] != 3 {
		t.Fatalf("the score must be on disk: %v %v %v", ev.Scores, ok, err)
	}
}

// A save that failed (not shown as saved, retried later) is not waited for.
func TestShutdownDoesNotWaitForAFailedSave(t *testing.T) {
	a, sc := scoringItem(t)
	_, save := a.Update(press("3"))
	if err := a.ctx.Store.Close(); err != nil {
		t.Fatal(err)
	}
	for _, m := range runCmd(save) {
		a.Update(m)
	}
	if !sc.Failing() {
		t.Fatal("the save must have failed")
	}
	if _, cmd := a.Update(Shutdown{}); !isQuit(cmd) {
		t.Fatal("a shutdown must not wait for a failed save")
	}
}

func TestCtrlCWhileClosingQuits(t *testing.T) {
	a, _ := scoringItem(t)
	a.Update(press("3"))
	a.Update(Shutdown{})
	if _, cmd := a.Update(press("ctrl+c")); !isQuit(cmd) {
		t.Fatal("ctrl+c while closing must end without waiting")
	}
}

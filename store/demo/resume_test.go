package demo

import (
	"testing"
)

// The demo's open session stopped on a partly scored item: that is where a
// restart goes back to.
func TestDemoSessionInProgress(t *testing.T) {
	s := loadedDemo(t)
	r, ok, err := s.InProgress()
	if err != nil || !ok {
		t.Fatalf("InProgress on the demo = %v, %v; want the open session", ok, err)
	}
	if r.Session.Sealed() || r.Session.Date != "2026-07-21" {
		t.Fatalf("InProgress session = %s (%s); want the open one of 21/07/2026", r.Session.Date, r.Session.Status)
	}
	if got := r.Session.Agenda[r.Index]; got != r.Initiative.ID {
		t.Fatalf("Index %d names initiative %d, Initiative is %d", r.Index, got, r.Initiative.ID)
	}
	ev, found, err := s.Evaluation(r.Session.ID, r.Initiative.ID)
	if err != nil || !found || ev.Decision != nil || len(ev.Scores) == 0 {
		t.Fatalf("item in progress %q: evaluation found=%v decided=%v scored=%d; want scored and undecided", r.Initiative.Title, found, ev.Decision != nil, len(ev.Scores))
	}
}

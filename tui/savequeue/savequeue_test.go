package savequeue

import (
	"errors"
	"testing"
)

func TestOneWriteAtATimeLatestWins(t *testing.T) {
	q := New(0)
	if !q.Push(1) {
		t.Fatal("the first change is written at once")
	}
	if q.Push(2) || q.Push(3) {
		t.Fatal("changes made while a write is on its way wait")
	}
	if !q.Busy() {
		t.Fatal("busy while writing")
	}
	next := q.Done(1, nil)
	if next == nil || *next != 3 || q.Saved() != 1 {
		t.Fatalf("after 1 lands only the latest waiting state (3) is sent: next %v, saved %d", next, q.Saved())
	}
	if q.Done(3, nil) != nil || q.Busy() || q.Saved() != 3 {
		t.Fatalf("all landed: saved %d, busy %v", q.Saved(), q.Busy())
	}
}

func TestFailureDropsWhatWaits(t *testing.T) {
	q := New("a")
	q.Push("b")
	q.Push("c")
	if next := q.Done("b", errors.New("disk")); next != nil || q.Busy() || q.Saved() != "a" {
		t.Fatalf("a failed write goes back to what the store has: next %v, saved %q, busy %v", next, q.Saved(), q.Busy())
	}
}

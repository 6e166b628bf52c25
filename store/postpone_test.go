package store

import (
	"slices"
	"testing"
)

// A postponement's reason lives as long as the postponement: taking the item
// back onto the agenda drops it, whoever writes the session.
func TestPostponeReasonGoesWithThePostponement(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	a, b := f.inits[0].ID, f.inits[2].ID
	se := f.session
	se.Postponed = []uint64{a, b}
	se.PostponeReasons = map[uint64]string{a: "dossier incomplet", b: "  ", f.inits[1].ID: "pas à l'ordre du jour"}
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	got, err := s.Session(se.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.PostponeReasons) != 1 || got.PostponeReasons[a] != "dossier incomplet" {
		t.Fatalf("reasons kept: %v, want only %d's", got.PostponeReasons, a)
	}
	got.Postponed = slices.DeleteFunc(got.Postponed, func(x uint64) bool { return x == a })
	if err := s.PutSession(got); err != nil {
		t.Fatal(err)
	}
	if got, _ = s.Session(se.ID); got.PostponeReasons != nil {
		t.Errorf("no longer postponed, yet reasons %v", got.PostponeReasons)
	}
}

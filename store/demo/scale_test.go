package demo

import (
	"errors"
	"path/filepath"
	"testing"

	"essradar/store"
)

// Scale 2 writes 400 initiatives over several years, with closed and sealed
// sessions, decisions of every kind and one open session still to score;
// the file passes the store's check.
func TestScaleWritesARealisticFile(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "scale.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := Scale(s, 2)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Initiatives("")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2*PerScale || res.Initiatives != len(all) {
		t.Fatalf("%d initiatives in the file, %d reported, want %d", len(all), res.Initiatives, 2*PerScale)
	}
	if res.Campaigns < 5 || res.Sessions <= len(sessions) || res.Evaluations <= demoEvaluations() {
		t.Fatalf("too little generated: %+v", res)
	}
	statuses := map[store.Status]int{}
	for _, in := range all {
		statuses[in.Status]++
	}
	for _, st := range []store.Status{store.StatusSubmitted, store.StatusLabelled, store.StatusDeferred, store.StatusNotRetained} {
		if statuses[st] == 0 {
			t.Errorf("no initiative %s among %v", st, statuses)
		}
	}
	problems, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("check finds %d problems, first %+v", len(problems), problems[0])
	}
	if _, err := Scale(s, 2); !errors.Is(err, ErrAlreadyThere) {
		t.Fatalf("a second Scale on the same file: %v, want ErrAlreadyThere", err)
	}
}

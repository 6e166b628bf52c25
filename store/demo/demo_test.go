package demo

import (
	"path/filepath"
	"testing"

	"essradar/store"
)

// The demo no longer sets statuses itself: the store's rule does, and every
// decided initiative must show its decision.
func TestLoadStatusesFollowDecisions(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := Load(s, nil); err != nil {
		t.Fatal(err)
	}
	inits, err := s.Initiatives(CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	decided := 0
	for _, in := range inits {
		evs, err := s.EvaluationsByInitiative(in.ID)
		if err != nil {
			t.Fatal(err)
		}
		var d *store.Decision
		for _, ev := range evs {
			if ev.Decision != nil {
				d = ev.Decision
			}
		}
		if d != nil {
			decided++
		}
		if want := store.StatusAfter(d); in.Status != want {
			t.Errorf("%s: status %q, want %q", in.Title, in.Status, want)
		}
		if d != nil && d.Outcome == store.OutcomeLabelled && in.Category != d.Category {
			t.Errorf("%s: category %q, want %q", in.Title, in.Category, d.Category)
		}
	}
	if decided == 0 {
		t.Fatal("the demo should have decided initiatives")
	}
}

package demo

import (
	"path/filepath"
	"testing"

	"essradar/store"
)

// The demo no longer sets statuses itself: the store's rule does, and every
// decided initiative must show its decision.
func TestLoadStatusesFollowDecisions(t *testing.T) {
	s := loadedDemo(t)
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

// The past years give the statistics trends on a first run, without moving
// the current campaign: it stays the one the home screen shows, its
// records keep their ids.
func TestLoadPastCampaigns(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := Load(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.PastCampaigns != 3 || res.Initiatives != 24 || res.Sessions != 2 {
		t.Errorf("result %+v", res)
	}
	cur, err := s.CurrentCampaign()
	if err != nil || cur.ID != CampaignID {
		t.Fatalf("current campaign %q (%v), want %s", cur.ID, err, CampaignID)
	}
	ins, err := s.Initiatives(CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	for i, in := range ins {
		if in.ID != uint64(i+1) || in.Title != initiatives[i].title {
			t.Errorf("initiative %d of %s: id %d %q", i, CampaignID, in.ID, in.Title)
		}
	}
	stats, err := s.Statistics()
	if err != nil {
		t.Fatal(err)
	}
	if len(stats) != 4 || stats[0].Campaign.ID != "2023" || stats[3].Campaign.ID != CampaignID {
		t.Fatalf("%d campaigns in the statistics", len(stats))
	}
	for _, st := range stats[:3] {
		categories := 0
		for _, c := range st.Labelled {
			if c.N > 0 {
				categories++
			}
		}
		o := st.Outcomes
		if st.Sessions == 0 || st.Closed != st.Sessions || o.Pending != 0 || categories < 3 || o.Deferred == 0 || o.NotRetained == 0 {
			t.Errorf("%s: %d/%d sessions closed, %+v, %d categories labelled", st.Campaign.ID, st.Closed, st.Sessions, o, categories)
		}
	}
	problems, err := s.Check()
	if err != nil || len(problems) != 0 {
		t.Errorf("check: %v %+v", err, problems)
	}
}

// loadedDemo is a new store holding the demo, closed with the test.
func loadedDemo(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, err := Load(s, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

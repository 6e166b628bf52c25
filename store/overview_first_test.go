package store

import (
	"slices"
	"testing"
)

// The home screen paints the first initiatives before the others are
// decoded: the first ones by id, the others' ids to read next, and reading
// them later leaves out one deleted meanwhile.
func TestCampaignOverviewFirstLeavesTheRestToRead(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	o, err := s.CampaignOverviewFirst(nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Initiatives) != 1 || o.Initiatives[0].ID != f.inits[0].ID {
		t.Fatalf("first initiatives %v, want only #%d", o.Initiatives, f.inits[0].ID)
	}
	if want := []uint64{f.inits[1].ID, f.inits[2].ID}; !slices.Equal(o.More, want) {
		t.Fatalf("more %v, want %v", o.More, want)
	}
	if o.Grid == nil || len(o.Sessions) != 1 {
		t.Fatalf("grid %v, sessions %v: the rest of the overview is read whole", o.Grid, o.Sessions)
	}
	if err := s.DeleteInitiative(f.inits[1].ID); err != nil {
		t.Fatal(err)
	}
	rest, err := s.InitiativesOf(o.Campaign.ID, o.More)
	if err != nil {
		t.Fatal(err)
	}
	if len(rest) != 1 || rest[0].ID != f.inits[2].ID || rest[0].Title != f.inits[2].Title {
		t.Fatalf("rest %v, want only #%d decoded", rest, f.inits[2].ID)
	}
	whole, err := s.CampaignOverview(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Initiatives) != 2 || whole.More != nil {
		t.Fatalf("CampaignOverview decodes everything: %d initiatives, more %v", len(whole.Initiatives), whole.More)
	}
}

package csvimport

import (
	"testing"

	"essradar/store"
)

// The rows an import creates share one creation entry in the trail, found
// in each initiative's history: 200 entries held until the commit would be
// a third of the import's memory at scale.
func TestImportAuditsItsCreationsAsOneRun(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	before, err := s.AuditFor(store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Import(s, writeFile(t, "big.csv", bigFile(200)), Options{Now: fixedNow})
	if err != nil || rep.Imported != 200 {
		t.Fatalf("import: %+v, %v", rep, err)
	}
	after, err := s.AuditFor(store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var creations []store.AuditEntry
	for _, e := range after[len(before):] {
		if e.Action == "create" && e.Kind == "initiative" {
			creations = append(creations, e)
		}
	}
	if len(creations) != 1 {
		t.Fatalf("%d creation entries for one import, want 1: %+v", len(creations), creations)
	}
	first, last, ok := store.IDRange(creations[0].ID)
	if !ok || last-first+1 != 200 {
		t.Errorf("the entry names %q, not the 200 initiatives", creations[0].ID)
	}
	for _, in := range initiatives(t, s, rep.CampaignID) {
		if in.ID < first || in.ID > last {
			continue
		}
		h, err := s.AuditForInitiative(in.ID)
		if err != nil || len(h) != 1 || h[0].ID != creations[0].ID {
			t.Fatalf("initiative %d: history %+v, %v", in.ID, h, err)
		}
	}
}

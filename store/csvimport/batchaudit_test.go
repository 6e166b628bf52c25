package csvimport

import (
	"errors"
	"strings"
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
	// In batches of 30 rows: the run spans the import's transactions.
	rep, err := Import(s, writeFile(t, "big.csv", bigFile(200)), Options{Now: fixedNow, BatchRows: 30})
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

// An import written in several transactions still lands whole or not at
// all: a disk that fails at its fifth leaves nothing, not even the
// campaign the import created, and says so.
func TestImportFailingHalfWayWritesNothing(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	before := initiatives(t, s, "")
	trail, err := s.AuditFor(store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	full := errors.New("disque plein")
	var progress []int
	s.SetFaults(store.Faults{BeforeCommit: func(write int) error {
		if write == 5 {
			return full
		}
		return nil
	}})
	rep, err := Import(s, writeFile(t, "big.csv", bigFile(200)), Options{Now: fixedNow, CampaignID: "2031", BatchRows: 30,
		Progress: func(done, _ int) { progress = append(progress, done) }})
	s.SetFaults(store.Faults{})
	if !errors.Is(err, full) || rep.Imported != 0 {
		t.Fatalf("import on a failing disk: %+v, %v", rep, err)
	}
	if want := "import impossible, rien n'a été écrit"; !strings.Contains(err.Error(), want) {
		t.Errorf("the error says %q, want %q", err, want)
	}
	if len(progress) == 0 || progress[len(progress)-1] < 60 {
		t.Fatalf("progress %v: the failure came before batches had landed, the test proves nothing", progress)
	}
	if after := initiatives(t, s, ""); len(after) != len(before) {
		t.Fatalf("%d initiatives after the failed import, %d before", len(after), len(before))
	}
	if _, err := s.Campaign("2031"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the campaign created by the failed import is still there (%v)", err)
	}
	if now, err := s.AuditFor(store.AuditFilter{}); err != nil || len(now) != len(trail) {
		t.Fatalf("the trail holds %d entries after the failed import, %d before (%v)", len(now), len(trail), err)
	}
	// Tried again on a sound disk, it lands whole.
	rep, err = Import(s, writeFile(t, "big.csv", bigFile(200)), Options{Now: fixedNow, CampaignID: "2031", BatchRows: 30})
	if err != nil || rep.Imported != 200 || len(initiatives(t, s, "2031")) != 200 {
		t.Fatalf("the import again: %+v, %v", rep, err)
	}
}

// A disk that fails for good half way: what landed cannot be taken back at
// once. The error must not say that nothing was written; once the disk
// works again, an import tried again at once lands whole, alone.
func TestImportOnADiskThatStaysFull(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	before := initiatives(t, s, "")
	full := errors.New("disque plein")
	s.SetFaults(store.Faults{BeforeCommit: func(write int) error {
		if write >= 5 {
			return full
		}
		return nil
	}})
	_, err := Import(s, writeFile(t, "big.csv", bigFile(200)), Options{Now: fixedNow, CampaignID: "2031", BatchRows: 30})
	s.SetFaults(store.Faults{})
	if !errors.Is(err, full) {
		t.Fatalf("import on a full disk: %v", err)
	}
	if strings.Contains(err.Error(), "rien n'a été écrit") {
		t.Errorf("the error says nothing was written, though rows are still in the file: %q", err)
	}
	rep, err := Import(s, writeFile(t, "big.csv", bigFile(200)), Options{Now: fixedNow, CampaignID: "2031", BatchRows: 30})
	if err != nil || rep.Imported != 200 {
		t.Fatalf("the import again: %+v, %v", rep, err)
	}
	if after := initiatives(t, s, ""); len(after) != len(before)+200 {
		t.Fatalf("%d initiatives after the imports, want %d", len(after), len(before)+200)
	}
}

package store

import (
	"testing"
)

// A batch of creations leaves one creation entry per run of ids, which each
// initiative's history finds; a creation outside the batch keeps its own.
func TestBatchCreationsShareOneAuditEntry(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	before, err := s.AuditFor(AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var batch []uint64
	var alone uint64
	err = s.Update(func(tx *Tx) error {
		for i, title := range []string{"Recyclerie", "Jardin partagé", "Café associatif"} {
			in := Initiative{CampaignID: "2026", Title: title, Holder: Holder{Name: "Porteur " + title}, Territory: "Arrageois"}
			if err := tx.CreateInitiativeInBatch(&in); err != nil {
				return err
			}
			batch = append(batch, in.ID)
			if i == 1 {
				// A creation of its own breaks the run in two.
				other := Initiative{CampaignID: "2026", Title: "Ressourcerie", Holder: Holder{Name: "Autre"}, Territory: "Arrageois"}
				if err := tx.CreateInitiative(&other); err != nil {
					return err
				}
				alone = other.ID
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	after, err := s.AuditFor(AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range after[len(before):] {
		if e.Action != "create" || e.Kind != "initiative" {
			t.Errorf("unexpected entry %+v", e)
		}
		ids = append(ids, e.ID)
	}
	want := []string{idString(alone), idString(batch[0]) + "-" + idString(batch[1]), idString(batch[2])}
	if len(ids) != len(want) {
		t.Fatalf("creation entries %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Errorf("creation entries %v, want %v", ids, want)
		}
	}
	for _, id := range append(batch, alone) {
		h, err := s.AuditForInitiative(id)
		if err != nil {
			t.Fatal(err)
		}
		if len(h) != 1 || h[0].Action != "create" {
			t.Errorf("initiative %d: history %+v, want its creation", id, h)
		}
	}
}

// A batch refused halfway writes neither its records nor its entry.
func TestBatchCreationsRolledBackLeaveNoEntry(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	before, _ := s.AuditFor(AuditFilter{})
	err := s.Update(func(tx *Tx) error {
		in := Initiative{CampaignID: "2026", Title: "Recyclerie", Holder: Holder{Name: "P"}, Territory: "Arrageois"}
		if err := tx.CreateInitiativeInBatch(&in); err != nil {
			return err
		}
		bad := Initiative{CampaignID: "2026", Title: "", Holder: Holder{Name: "P"}, Territory: "Arrageois"}
		return tx.CreateInitiativeInBatch(&bad)
	})
	if err == nil {
		t.Fatal("an initiative without a title was accepted")
	}
	after, _ := s.AuditFor(AuditFilter{})
	if len(after) != len(before) {
		t.Errorf("the trail grew by %d entries after a refused batch", len(after)-len(before))
	}
}

func TestIDRange(t *testing.T) {
	for id, want := range map[string][3]uint64{"12": {12, 12, 1}, "101-20100": {101, 20100, 1}, "9-3": {}, "x": {}, "3/12": {}, "5-": {}} {
		first, last, ok := IDRange(id)
		if got := [3]uint64{first, last, b2u(ok)}; got != want {
			t.Errorf("IDRange(%q) = %v, want %v", id, got, want)
		}
	}
}

func b2u(ok bool) uint64 {
	if ok {
		return 1
	}
	return 0
}

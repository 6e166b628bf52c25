package transfer

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/demo"
)

// The streaming export writes the very bytes of the document export, for
// the whole file and for one campaign, amendments included.
func TestStreamWritesTheDocumentExport(t *testing.T) {
	fixed := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	clock = func() time.Time { return fixed }
	defer func() { clock = time.Now }()
	s, err := store.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := demo.Scale(s, 1); err != nil {
		t.Fatal(err)
	}
	amendOneDecision(t, s)
	explain := func(g *scoring.Grid, p scoring.Proposal) string { return string(p.Kind) }
	for _, campaign := range []string{"", demo.CampaignID, "2023"} {
		doc, err := ExportExplained(s, campaign, explain)
		if err != nil {
			t.Fatal(err)
		}
		var want, got bytes.Buffer
		if err := Write(&want, doc); err != nil {
			t.Fatal(err)
		}
		counts, err := Stream(&got, s, campaign, explain)
		if err != nil {
			t.Fatal(err)
		}
		if counts.Initiatives != len(doc.Initiatives) || counts.Evaluations != len(doc.Evaluations) || counts.Sessions != len(doc.Sessions) {
			t.Errorf("campaign %q: counted %+v", campaign, counts)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			i := 0
			for i < min(got.Len(), want.Len()) && got.Bytes()[i] == want.Bytes()[i] {
				i++
			}
			t.Fatalf("campaign %q: the stream differs at byte %d:\n got …%s…\nwant …%s…", campaign, i,
				got.Bytes()[max(i-80, 0):min(i+80, got.Len())], want.Bytes()[max(i-80, 0):min(i+80, want.Len())])
		}
	}
}

// amendOneDecision amends a decision of a closed session of the current
// campaign, so that the export has an amendments list.
func amendOneDecision(t *testing.T, s *store.Store) {
	t.Helper()
	ses, err := s.Sessions(demo.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	for _, se := range ses {
		if !se.Sealed() {
			continue
		}
		evs, err := s.EvaluationsBySession(se.ID)
		if err != nil || len(evs) == 0 {
			continue
		}
		after := evs[0]
		after.Decision = &store.Decision{Outcome: store.OutcomeDeferred, Rationale: "Erreur de saisie corrigée."}
		a := store.Amendment{SessionID: se.ID, InitiativeID: after.InitiativeID, Reason: "erreur matérielle", After: &after}
		if err := s.AddAmendment(&a); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatal("no closed session to amend")
}

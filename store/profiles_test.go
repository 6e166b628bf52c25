package store

import (
	"testing"

	"essradar/scoring"
)

func TestLabelledProfiles(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	labelled := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 3),
		Decision: &Decision{Outcome: OutcomeLabelled, Category: "pratique"}}
	deferred := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Scores: fullScores(f.grid, 1),
		Decision: &Decision{Outcome: OutcomeDeferred, Rationale: "à revoir"}}
	for _, ev := range []Evaluation{labelled, deferred} {
		if err := s.PutEvaluation(ev); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.LabelledProfiles("2026", f.grid.Ref())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0][f.grid.Markers()[0].Marker.ID] != 3 {
		t.Fatalf("profiles = %v, want the labelled initiative's scores only", got)
	}
	if other, err := s.LabelledProfiles("2026", scoring.Ref{ID: f.grid.ID, Version: 99}); err != nil || len(other) != 0 {
		t.Fatalf("another grid version: %v, %v", other, err)
	}
	if m := scoring.MedianProfile(f.grid, got); m[0] != 3 {
		t.Fatalf("median = %v", m)
	}
}

// The median follows the decision in force: an initiative labelled by an
// amendment counts, with the amended scores.
func TestLabelledProfilesFollowAmendments(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	id := f.inits[0].ID
	ev := Evaluation{SessionID: f.session.ID, InitiativeID: id, Scores: fullScores(f.grid, 1),
		Decision: &Decision{Outcome: OutcomeDeferred, Rationale: "à revoir"}}
	if err := s.PutEvaluation(ev); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseSession(f.session.ID); err != nil {
		t.Fatal(err)
	}
	after := ev
	after.Scores = fullScores(f.grid, 4)
	after.Decision = &Decision{Outcome: OutcomeLabelled, Category: "pratique"}
	if err := s.AddAmendment(&Amendment{SessionID: f.session.ID, InitiativeID: id, Reason: "erreur de saisie", After: &after}); err != nil {
		t.Fatal(err)
	}
	got, err := s.LabelledProfiles("2026", f.grid.Ref())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0][f.grid.Markers()[0].Marker.ID] != 4 {
		t.Fatalf("profiles = %v, want the amended label's scores", got)
	}
}

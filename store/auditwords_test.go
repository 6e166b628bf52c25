package store

import (
	"testing"
)

// Each recusal is its own change in the trail, by initiative and member,
// with the member's name and the reason: declared at the session's
// creation, given another reason, withdrawn.
func TestRecusalsInTheTrail(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	se, err := s.Session(f.session.ID)
	if err != nil {
		t.Fatal(err)
	}
	se.Recusals[0].Reason = "présidente de l'association"
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	se.Recusals = nil
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	trail, err := s.AuditForInitiative(f.inits[2].ID)
	if err != nil {
		t.Fatal(err)
	}
	field := "recusals." + idString(f.inits[2].ID) + "." + idString(f.members[1].ID)
	var got []FieldChange
	for _, e := range trail {
		for _, ch := range e.Changes {
			if ch.Field == "recusals" {
				t.Errorf("a raw recusals change: %+v", ch)
			}
			if ch.Field == field {
				got = append(got, ch)
			}
		}
	}
	trace := func(reason string) string {
		return `{"member":"Karim Benali","reason":"` + reason + `"}`
	}
	want := []FieldChange{
		{Field: field, New: trace("trésorier de l'association")},
		{Field: field, Old: trace("trésorier de l'association"), New: trace("présidente de l'association")},
		{Field: field, Old: trace("présidente de l'association")},
	}
	if len(got) != len(want) {
		t.Fatalf("recusal changes %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if r, ok := ParseRecusalTrace(got[0].New); !ok || r.Member != "Karim Benali" {
		t.Errorf("trace reads back as %+v %v", r, ok)
	}
}

// An evaluation's creation lists the scores it was created with.
func TestEvaluationCreationListsItsScores(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: map[string]int{"gouvernance": 3}}); err != nil {
		t.Fatal(err)
	}
	trail, err := s.AuditForInitiative(f.inits[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	last := trail[len(trail)-1]
	if last.Action != "create" || last.Kind != "evaluation" || len(last.Changes) != 1 ||
		last.Changes[0] != (FieldChange{Field: "scores.gouvernance", New: "3"}) {
		t.Errorf("creation entry %+v", last)
	}
}

package store

import (
	"reflect"
	"testing"
	"time"

	"essradar/scoring"
)

// The shortcut must write into the trail exactly what the generic
// comparison writes, or say it cannot.
func TestScoreChangesMatchEncodedChanges(t *testing.T) {
	at := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	base := Evaluation{SessionID: 3, InitiativeID: 7, Grid: scoring.Ref{ID: "ess", Version: 1},
		Scores: scoring.Scores{"eco_1": 2, "gouv_1": 0}, Notes: map[string]string{"eco_1": "vu"}}
	cases := map[string]func(e *Evaluation){
		"one score":         func(e *Evaluation) { e.Scores["eco_1"] = 3 },
		"a score added":     func(e *Evaluation) { e.Scores["terr_2"] = 1 },
		"a score removed":   func(e *Evaluation) { delete(e.Scores, "gouv_1") },
		"scores emptied":    func(e *Evaluation) { e.Scores = nil },
		"a note changed":    func(e *Evaluation) { e.Notes["eco_1"] = "revu" },
		"a note emptied":    func(e *Evaluation) { e.Notes["eco_1"] = "" },
		"notes gone":        func(e *Evaluation) { e.Notes = nil },
		"a note and scores": func(e *Evaluation) { e.Notes["gouv_1"] = "x"; e.Scores["eco_1"] = 0 },
		"nothing":           func(e *Evaluation) {},
		"updated_at only":   func(e *Evaluation) { e.UpdatedAt = at },
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			before := cloneEval(base)
			after := cloneEval(base)
			change(&after)
			old, err := encode(before)
			if err != nil {
				t.Fatal(err)
			}
			now, err := encode(after)
			if err != nil {
				t.Fatal(err)
			}
			// The record as the previous save left it, decoded or kept.
			var kept memos
			kept.keepWritten(old, before)
			for _, m := range []*memos{{}, &kept} {
				got, ok := scoreChanges(m, old, after)
				if !ok {
					t.Fatal("the shortcut refused a change of scores or notes")
				}
				if want := encodedChanges(old, now); !reflect.DeepEqual(got, want) {
					t.Errorf("shortcut %#v\ngeneric  %#v", got, want)
				}
			}
		})
	}
}

func TestScoreChangesLeavesOtherChangesToTheGenericComparison(t *testing.T) {
	at := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	base := Evaluation{SessionID: 3, InitiativeID: 7, Grid: scoring.Ref{ID: "ess", Version: 1},
		Scores: scoring.Scores{"eco_1": 2}, Decision: &Decision{Outcome: OutcomeLabelled, Category: "a", At: at}}
	cases := map[string]func(e *Evaluation){
		"grid version":  func(e *Evaluation) { e.Grid.Version = 2 },
		"decision gone": func(e *Evaluation) { e.Decision = nil },
		"outcome":       func(e *Evaluation) { e.Decision.Outcome = "ajournee" },
		"votes":         func(e *Evaluation) { e.Decision.Votes = &Votes{For: 3} },
		"decision zone": func(e *Evaluation) { e.Decision.At = at.In(time.FixedZone("CET", 3600)) },
		"rationale":     func(e *Evaluation) { e.Decision.Rationale = "motif" },
		"other session": func(e *Evaluation) { e.SessionID = 4 },
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			after := cloneEval(base)
			change(&after)
			old, err := encode(base)
			if err != nil {
				t.Fatal(err)
			}
			var kept memos
			kept.keepWritten(old, base)
			for _, m := range []*memos{{}, &kept} {
				if got, ok := scoreChanges(m, old, after); ok {
					t.Errorf("the shortcut answered %v for a change it cannot see", got)
				}
			}
		})
	}
	if _, ok := scoreChanges(&memos{}, []byte(`{"v":0,"scores":{}}`), base); ok {
		t.Error("a record of another version went through the shortcut")
	}
}

func cloneEval(e Evaluation) Evaluation {
	e.Scores = e.Scores.Clone()
	if e.Notes != nil {
		notes := make(map[string]string, len(e.Notes))
		for k, v := range e.Notes {
			notes[k] = v
		}
		e.Notes = notes
	}
	e.Decision = cloneDecision(e.Decision)
	return e
}

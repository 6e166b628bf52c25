package store

import (
	"errors"
	"strings"
	"testing"
)

func laterSession(t *testing.T, s *Store, date string, agenda ...uint64) (Session, error) {
	t.Helper()
	se := Session{CampaignID: "2026", Date: date, Territory: "Arrageois", Place: "Arras", Agenda: agenda}
	err := s.CreateSession(&se)
	return se, err
}

// The tester's walk: an item scored, undecided, on the agenda of an open
// session could be taken on another session's agenda and decided twice.
func TestAnItemHeldByAnOpenSessionJoinsNoOtherAgenda(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	held, deferred := f.inits[0].ID, f.inits[2].ID
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: held, Scores: fullScores(f.grid, 3)}); err != nil {
		t.Fatal(err)
	}
	_, err := laterSession(t, s, "2026-09-01", held)
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "12/07/2026") || !strings.Contains(err.Error(), "Hénin-Carvin") {
		t.Fatalf("a second open agenda for a held item = %v, want ErrInUse naming the session of 12/07/2026 in Hénin-Carvin", err)
	}
	if k, _ := err.(interface{ MessageKey() (string, []any) }).MessageKey(); k != "store.session.agenda_elsewhere" {
		t.Errorf("key %q", k)
	}

	// Postponed there, or deferred there: the normal way to a later session.
	se, _ := s.Session(f.session.ID)
	se.Postponed = []uint64{held}
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: deferred, Scores: fullScores(f.grid, 1),
		Decision: &Decision{Outcome: OutcomeDeferred, Rationale: "à retravailler"}}); err != nil {
		t.Fatal(err)
	}
	later, err := laterSession(t, s, "2026-09-01", held, deferred)
	if err != nil {
		t.Fatalf("postponed and deferred items refused on a later agenda: %v", err)
	}
	prep, err := s.SessionPreparation(0)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := prep.Elsewhere[held]; !ok {
		t.Errorf("the preparation of a new session does not know %d is held by the session of 01/09: %v", held, prep.Elsewhere)
	}

	// Taken back from postponement while the later session holds it: refused.
	se, _ = s.Session(f.session.ID)
	se.Postponed = nil
	if err := s.PutSession(se); !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "01/09/2026") {
		t.Fatalf("un-postponing an item the session of 01/09 holds = %v, want ErrInUse naming it", err)
	}
	// Editing the later session otherwise still works.
	later.Place = "Maison des associations"
	if err := s.PutSession(later); err != nil {
		t.Fatal(err)
	}
}

// A second decision follows a deferral, and only a deferral.
func TestASecondDecisionOnlyFollowsADeferral(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	id := f.inits[0].ID
	first := Evaluation{SessionID: f.session.ID, InitiativeID: id, Scores: fullScores(f.grid, 3)}
	if err := s.PutEvaluation(first); err != nil {
		t.Fatal(err)
	}
	se, _ := s.Session(f.session.ID)
	se.Postponed = []uint64{id}
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	later, err := laterSession(t, s, "2026-09-01", id)
	if err != nil {
		t.Fatal(err)
	}
	second := Evaluation{SessionID: later.ID, InitiativeID: id, Scores: fullScores(f.grid, 4),
		Decision: &Decision{Outcome: OutcomeLabelled, Category: "transformation"}}
	if err := s.PutEvaluation(second); err != nil {
		t.Fatal(err)
	}
	first.Decision = &Decision{Outcome: OutcomeNotRetained, Rationale: "hors champ"}
	err = s.PutEvaluation(first)
	if !errors.Is(err, ErrDecided) || !strings.Contains(err.Error(), "01/09/2026") || !strings.Contains(err.Error(), "labellisée") {
		t.Fatalf("not retained on 12/07 after a label on 01/09 = %v, want ErrDecided naming it", err)
	}
	wantStatus(t, s, id, StatusLabelled, "transformation")

	// An earlier deferral agrees with the later label; the later session
	// may change its own decision.
	first.Decision = &Decision{Outcome: OutcomeDeferred, Rationale: "à retravailler"}
	if err := s.PutEvaluation(first); err != nil {
		t.Fatal(err)
	}
	second.Decision = &Decision{Outcome: OutcomeNotRetained, Rationale: "budget"}
	if err := s.PutEvaluation(second); err != nil {
		t.Fatal(err)
	}
	wantStatus(t, s, id, StatusNotRetained, "")
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("deferred then decided: check = %v, %v; want nothing", probs, err)
	}
}

// A file written before the rule (or imported) may hold both decisions:
// check names them.
func TestCheckReportsContradictoryDecisions(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	id := f.inits[0].ID
	later := Session{ID: 90, CampaignID: "2026", Date: "2026-09-01", Territory: "Arrageois", Place: "Arras", Agenda: []uint64{id}}
	err := s.Update(func(tx *Tx) error {
		if err := tx.InsertSession(later); err != nil {
			return err
		}
		if err := tx.InsertEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: id, Grid: f.grid.Ref(), Scores: fullScores(f.grid, 1),
			Decision: &Decision{Outcome: OutcomeNotRetained, Rationale: "hors champ"}}); err != nil {
			return err
		}
		return tx.InsertEvaluation(Evaluation{SessionID: later.ID, InitiativeID: id, Grid: f.grid.Ref(), Scores: fullScores(f.grid, 4),
			Decision: &Decision{Outcome: OutcomeLabelled, Category: "transformation"}})
	})
	if err != nil {
		t.Fatal(err)
	}
	probs, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, p := range probs {
		if p.Why.Key == "store.check.decisions_contradict" {
			found = true
			for _, want := range []string{"non retenue", "12/07/2026", "labellisée", "01/09/2026", f.inits[0].Title} {
				if !strings.Contains(p.Message, want) {
					t.Errorf("problem %q does not say %q", p.Message, want)
				}
			}
		}
	}
	if !found {
		t.Fatalf("check found %v, not the two contradictory decisions", probs)
	}
}

package store

import (
	"testing"
)

func TestInProgressNoneUntilScored(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	if _, ok, err := s.InProgress(); err != nil || ok {
		t.Fatalf("InProgress on a session never scored = %v, %v; want none", ok, err)
	}
}

func TestInProgressFollowsTheLastEvaluation(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	se := f.session
	first, second := se.Agenda[0], se.Agenda[1]
	put := func(iid uint64, e Evaluation) {
		t.Helper()
		e.SessionID, e.InitiativeID = se.ID, iid
		if err := s.Update(func(tx *Tx) error { return tx.PutEvaluation(e) }); err != nil {
			t.Fatal(err)
		}
	}
	want := func(index int, iid uint64) {
		t.Helper()
		r, ok, err := s.InProgress()
		if err != nil || !ok {
			t.Fatalf("InProgress = %v, %v; want item %d", ok, err, index)
		}
		if r.Session.ID != se.ID || r.Index != index || r.Initiative.ID != iid {
			t.Fatalf("InProgress = session %d item %d (%d); want session %d item %d (%d)", r.Session.ID, r.Index, r.Initiative.ID, se.ID, index, iid)
		}
	}

	put(second, Evaluation{Scores: fullScores(f.grid, 2)})
	want(1, second)
	// Going back to the first item makes it the one in progress.
	put(first, Evaluation{Scores: fullScores(f.grid, 3)})
	want(0, first)
	// Decided: the next undecided item of the agenda.
	put(first, Evaluation{Scores: fullScores(f.grid, 3), Decision: &Decision{Outcome: OutcomeLabelled, Category: f.grid.Categories[0].ID}})
	want(1, second)
	// Postponed: nothing left to decide, nothing to go back to.
	se.Postponed = []uint64{second}
	if err := s.Update(func(tx *Tx) error { return tx.PutSession(se) }); err != nil {
		t.Fatal(err)
	}
	if r, ok, err := s.InProgress(); err != nil || ok {
		t.Fatalf("InProgress with every item decided or postponed = %+v, %v, %v; want none", r, ok, err)
	}
}

func TestInProgressIgnoresClosedSessions(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	se := f.session
	err := s.Update(func(tx *Tx) error {
		if err := tx.PutEvaluation(Evaluation{SessionID: se.ID, InitiativeID: se.Agenda[0], Scores: fullScores(f.grid, 3)}); err != nil {
			return err
		}
		return tx.CloseSession(se.ID)
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, ok, err := s.InProgress(); err != nil || ok {
		t.Fatalf("InProgress with the session closed = %+v, %v, %v; want none", r, ok, err)
	}
}

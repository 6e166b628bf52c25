package store

import (
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// keysIn lists the keys of a bucket.
func keysIn(t *testing.T, s *Store, bucket []byte) map[string]bool {
	t.Helper()
	keys := map[string]bool{}
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, _ []byte) error {
			keys[string(k)] = true
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

// An open session's evaluations are written in the open sessions' bucket
// and move with its close; read through the store, nothing changes.
func TestClosingMovesTheSessionsEvaluations(t *testing.T) {
	s := openTest(t)
	s.now = func() time.Time { return time.Date(2026, 7, 12, 18, 0, 0, 0, time.UTC) }
	f := seed(t, s)
	for _, id := range []uint64{f.inits[0].ID, f.inits[2].ID} {
		if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: id, Scores: fullScores(f.grid, 2)}); err != nil {
			t.Fatal(err)
		}
	}
	key := string(pairKey(f.session.ID, f.inits[0].ID))
	if !keysIn(t, s, bucketEvalOpen)[key] || keysIn(t, s, bucketEvaluations)[key] {
		t.Fatal("an open session's evaluation is not in the open sessions' bucket alone")
	}
	before, err := s.EvaluationsBySession(f.session.ID)
	if err != nil || len(before) != 2 {
		t.Fatalf("%d evaluations before the close (%v)", len(before), err)
	}
	if err := s.CloseSession(f.session.ID); err != nil {
		t.Fatal(err)
	}
	if len(keysIn(t, s, bucketEvalOpen)) != 0 || len(keysIn(t, s, bucketEvaluations)) != 2 {
		t.Fatalf("after the close: %d in the open bucket, %d in the closed one; want 0 and 2",
			len(keysIn(t, s, bucketEvalOpen)), len(keysIn(t, s, bucketEvaluations)))
	}
	after, err := s.EvaluationsBySession(f.session.ID)
	if err != nil || len(after) != 2 || after[0].Scores[f.grid.Markers()[0].Marker.ID] != 2 {
		t.Fatalf("after the close: %+v (%v)", after, err)
	}
	if e, found, err := s.Evaluation(f.session.ID, f.inits[2].ID); err != nil || !found || e.InitiativeID != f.inits[2].ID {
		t.Fatalf("one evaluation after the close: %+v %v %v", e, found, err)
	}
	assertNoProblems(t, s)
}

// A file of schema 4 keeps every evaluation in one bucket: opened, the open
// sessions' move to their own, and check finds each where it belongs.
func TestMigrationSeparatesOpenEvaluations(t *testing.T) {
	s, f := olderFile(t, func(s *Store, f fixture) error {
		return s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 3)})
	}, func(tx *bbolt.Tx) error {
		open := tx.Bucket(bucketEvalOpen)
		if err := open.ForEach(func(k, v []byte) error { return tx.Bucket(bucketEvaluations).Put(k, v) }); err != nil {
			return err
		}
		if err := tx.DeleteBucket(bucketEvalOpen); err != nil {
			return err
		}
		return writeSchema(tx, 4)
	})
	if n := len(keysIn(t, s, bucketEvalOpen)); n != 1 {
		t.Fatalf("%d evaluations in the open sessions' bucket after the migration, want 1", n)
	}
	assertNoProblems(t, s)
	e, found, err := s.Evaluation(f.session.ID, f.inits[0].ID)
	if err != nil || !found || e.Scores[f.grid.Markers()[0].Marker.ID] != 3 {
		t.Fatalf("the evaluation after the migration: %+v %v %v", e, found, err)
	}
}

// check names an evaluation stored with the wrong sessions.
func TestCheckFindsAMisplacedEvaluation(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 3)}); err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(tx *bbolt.Tx) error {
		k := pairKey(f.session.ID, f.inits[0].ID)
		v := append([]byte(nil), tx.Bucket(bucketEvalOpen).Get(k)...)
		if err := tx.Bucket(bucketEvalOpen).Delete(k); err != nil {
			return err
		}
		return tx.Bucket(bucketEvaluations).Put(k, v)
	}); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || problems[0].Why.Key != "store.check.evaluation_with_sealed" {
		t.Fatalf("check said %+v", problems)
	}
}

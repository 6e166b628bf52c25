package store

import (
	"math"
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"essradar/scoring"
)

// The kept summaries follow every write: a label, a change of decision, an
// evaluation deleted, an initiative moved to another campaign. After each,
// what the home screen and the session sheet read from them equals what the
// records say, and Check finds nothing.
func TestSummariesFollowTheRecords(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	label := func(iid uint64, v int) {
		t.Helper()
		ev := Evaluation{SessionID: f.session.ID, InitiativeID: iid, Grid: f.grid.Ref(), Scores: fullScores(f.grid, v),
			Decision: &Decision{Outcome: OutcomeLabelled, Category: f.grid.Categories[0].ID}}
		if err := s.PutEvaluation(ev); err != nil {
			t.Fatal(err)
		}
	}
	agree := func(step string, decided, medianOf int) {
		t.Helper()
		o, err := s.CampaignOverview(nil)
		if err != nil {
			t.Fatal(err)
		}
		if o.Sessions[0].Decided != decided {
			t.Errorf("%s: home says %d decided, want %d", step, o.Sessions[0].Decided, decided)
		}
		sh, err := s.SessionSheet(f.session.ID)
		if err != nil {
			t.Fatal(err)
		}
		profiles, _ := s.LabelledProfiles("2026", f.grid.Ref())
		want := scoring.MedianProfile(f.grid, profiles)
		if sh.MedianOf != medianOf || len(profiles) != medianOf {
			t.Errorf("%s: median over %d profiles (records: %d), want %d", step, sh.MedianOf, len(profiles), medianOf)
		}
		for i := range want {
			if !(sh.Median[i] == want[i] || math.IsNaN(sh.Median[i]) && math.IsNaN(want[i])) {
				t.Errorf("%s: median[%d] = %v, records give %v", step, i, sh.Median[i], want[i])
			}
		}
		assertNoProblems(t, s)
	}
	agree("start", 0, 0)
	label(f.inits[0].ID, 3)
	agree("one label", 1, 1)
	label(f.inits[2].ID, 1)
	agree("two labels", 2, 2)
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Grid: f.grid.Ref(),
		Scores: fullScores(f.grid, 1), Decision: &Decision{Outcome: OutcomeDeferred}}); err != nil {
		t.Fatal(err)
	}
	agree("label turned into a deferral", 2, 1)
	if err := s.DeleteEvaluation(f.session.ID, f.inits[0].ID); err != nil {
		t.Fatal(err)
	}
	agree("evaluation deleted", 1, 0)
}

// A file written before the summaries (schema 2) gets them at open, by
// migration, from its records.
func TestMigrationBuildsSummaries(t *testing.T) {
	s, f := olderFile(t, func(s *Store, f fixture) error {
		return s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Grid: f.grid.Ref(),
			Scores: fullScores(f.grid, 3), Decision: &Decision{Outcome: OutcomeLabelled, Category: f.grid.Categories[0].ID}})
	}, func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bucketSumDecided, bucketSumLabelled, bucketSumMedian} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return writeSchema(tx, 2)
	})
	assertNoProblems(t, s)
	err := s.View(func(tx *Tx) error {
		if n, ok := tx.keptDecided(f.session.ID); !ok || n != 1 {
			t.Errorf("kept decided count %d (%v), want 1", n, ok)
		}
		if m, ok := tx.keptMedianFor("2026", f.grid.Ref()); !ok || m.Of != 1 {
			t.Errorf("kept median %+v (%v), want one profile", m, ok)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Check says so when a summary no longer matches the records.
func TestCheckFindsAStaleSummary(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketSumDecided).Put(itob(f.session.ID), itob(7))
	})
	if err != nil {
		t.Fatal(err)
	}
	probs, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 1 || probs[0].Why.Key != "store.check.summary_session" {
		t.Fatalf("problems %+v, want the stale summary of the session", probs)
	}
}

// olderFile is a file as an older version left it: seeded and written by
// write, closed, changed by downgrade with bbolt alone, then opened again
// (the migrations run).
func olderFile(t *testing.T, write func(*Store, fixture) error, downgrade func(*bbolt.Tx) error) (*Store, fixture) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.now = testClock()
	f := seed(t, s)
	if err := write(s, f); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(downgrade)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, f
}

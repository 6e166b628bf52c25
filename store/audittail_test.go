package store

import (
	"errors"
	"fmt"
	"testing"

	"go.etcd.io/bbolt"
)

// A score saved lands in the trail's tail; the trail reads the same, in
// order, whether its entries are in the tail or have moved on.
func TestTrailTailKeepsOrderAndMovesOn(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	e := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 1)}
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	marker := f.grid.Markers()[0].Marker.ID
	const saves = 20
	for i := range saves {
		e.Scores[marker] = (i + 2) % 4 // starts at 2, never the value before it
		if err := s.PutEvaluation(e); err != nil {
			t.Fatal(err)
		}
		inTail := tailKeys(t, s)
		if len(inTail) == 0 || len(inTail) > recentAuditRoom/100 {
			t.Fatalf("save %d: the tail holds %d entries, want 1 to %d", i, len(inTail), recentAuditRoom/100)
		}
	}
	all, err := s.Audit(0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Seq != all[i-1].Seq-1 {
			t.Fatalf("the trail newest first reads %d after %d", all[i].Seq, all[i-1].Seq)
		}
	}
	if last := all[0]; last.Kind != "evaluation" || len(last.Changes) != 1 || last.Changes[0].Field != "scores."+marker {
		t.Fatalf("the newest entry is %+v, want the last score", last)
	}
	hist, err := s.AuditFor(AuditFilter{InitiativeID: f.inits[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	var scores int
	for i, h := range hist {
		if i > 0 && h.Seq <= hist[i-1].Seq {
			t.Fatalf("the history reads %d after %d", h.Seq, hist[i-1].Seq)
		}
		if h.Kind == "evaluation" && h.Action == "update" {
			scores++
		}
	}
	if scores != saves {
		t.Fatalf("the history holds %d score changes, want %d", scores, saves)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %+v", err, problems)
	}
	// Reopened, the counter goes on after the tail's entries.
	s2 := reopenAndAudit(t, s, "après réouverture")
	after, err := s2.Audit(1)
	if err != nil {
		t.Fatal(err)
	}
	if after[0].Seq != all[0].Seq+1 || after[0].Detail != "après réouverture" {
		t.Fatalf("after reopening the next entry is %+v, want n° %d", after[0], all[0].Seq+1)
	}
}

// A file written before the tail existed goes on numbering from its main
// trail: no entry may take a number already used.
func TestTrailTailStartsAfterAnOlderTrail(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	if err := s.db.Update(func(tx *bbolt.Tx) error {
		// As an older file: the whole trail in the main bucket, with its
		// counter, and no tail.
		main, recent := tx.Bucket(bucketAudit), tx.Bucket(bucketAuditRecent)
		if err := recent.ForEach(func(k, v []byte) error { return main.Put(k, v) }); err != nil {
			return err
		}
		if err := main.SetSequence(max(main.Sequence(), recent.Sequence())); err != nil {
			return err
		}
		return tx.DeleteBucket(bucketAuditRecent)
	}); err != nil {
		t.Fatal(err)
	}
	last := lastSeq(t, s)
	if got := lastSeq(t, reopenAndAudit(t, s, "")); got != last+1 {
		t.Fatalf("the first entry after the tail's bucket was made is n° %d, want %d", got, last+1)
	}
}

// check says so when the tail does not follow the main trail.
func TestCheckSeesATailOutOfOrder(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	if err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketAuditRecent).Put(itob(1), []byte(`{"v":1,"seq":1,"action":"test","kind":"session","id":"1"}`))
	}); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range problems {
		found = found || p.Why.Key == "store.check.audit_tail_order"
	}
	if !found {
		t.Fatalf("check missed the tail out of order: %+v", problems)
	}
}

// A save remembers the evaluation it wrote so that the next one need not
// decode it; the trail must never take a stale memory for the record: a
// save rolled back, or a record changed by another way, reads afresh.
func TestSaveAfterARolledBackSaveAuditsTheRecordOnDisk(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	marker := f.grid.Markers()[0].Marker.ID
	e := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 2)}
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	failed := errors.New("disque plein")
	s.SetFaults(Faults{BeforeCommit: func(int) error { return failed }})
	e.Scores[marker] = 3
	if err := s.PutEvaluation(e); !errors.Is(err, failed) {
		t.Fatalf("the failing save said %v", err)
	}
	s.SetFaults(Faults{})
	e.Scores[marker] = 0
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	assertLastChange(t, s, "scores."+marker, "2", "0")

	// Changed behind the memo: an amendment-free rewrite through the raw file.
	e.Scores[marker] = 1
	raw, err := encode(Evaluation{SessionID: e.SessionID, InitiativeID: e.InitiativeID, Grid: f.grid.Ref(), Scores: e.Scores})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketEvalOpen).Put(pairKey(e.SessionID, e.InitiativeID), raw)
	}); err != nil {
		t.Fatal(err)
	}
	e.Scores[marker] = 3
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	assertLastChange(t, s, "scores."+marker, "1", "3")
}

func assertLastChange(t *testing.T, s *Store, field, old, now string) {
	t.Helper()
	last, err := s.Audit(1)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("[{%s %s %s}]", field, old, now)
	var got []string
	for _, c := range last[0].Changes {
		got = append(got, c.Field, c.Old, c.New)
	}
	if fmt.Sprint(got) != fmt.Sprintf("[%s %s %s]", field, old, now) {
		t.Fatalf("the trail's last change is %v, want %s", last[0].Changes, want)
	}
}

func tailKeys(t *testing.T, s *Store) [][]byte {
	t.Helper()
	var keys [][]byte
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketAuditRecent).ForEach(func(k, _ []byte) error {
			keys = append(keys, k)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

func lastSeq(t *testing.T, s *Store) uint64 {
	t.Helper()
	all, err := s.Audit(1)
	if err != nil {
		t.Fatal(err)
	}
	return all[0].Seq
}

// reopenAndAudit closes s, opens its file again and writes one trail entry.
func reopenAndAudit(t *testing.T, s *Store, detail string) *Store {
	t.Helper()
	path := s.Path()
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	if err := s2.Update(func(tx *Tx) error { return tx.audit("test", "session", "1", detail) }); err != nil {
		t.Fatal(err)
	}
	return s2
}

// The main trail's counter is never behind its own entries: a program that
// knew only the main trail would not hand out a number again.
func TestMainTrailCounterKeepsUp(t *testing.T) {
	s := openTest(t)
	seed(t, s) // transactions of several entries, straight to the main trail
	err := s.View(func(tx *Tx) error {
		main := tx.bucket(bucketAudit)
		if k, _ := main.Cursor().Last(); btoi(k) > main.Sequence() {
			t.Errorf("the main trail's counter is %d, its last entry n° %d", main.Sequence(), btoi(k))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

package store_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"essradar/store"
	"essradar/store/demo"
)

// The benchmarks of issue 13 (BENCHMARKS.md), at 200, 2,000 and 20,000
// initiatives: files written by demo.Scale once per run and copied for each
// benchmark, so a benchmark's saves never reach another's file.

var scales = []int{1, 10, 100}

var (
	fixturesMu sync.Mutex
	fixtures   = map[int]string{}
)

// scaleFile is a fresh copy of the demo at scale n, opened.
// removeScaleFixtures deletes the files scaleFile wrote once for the whole
// run (TestMain calls it): left behind, every benchmark run kept about
// 100 MB in the temporary folder.
func removeScaleFixtures() {
	fixturesMu.Lock()
	defer fixturesMu.Unlock()
	for n, src := range fixtures {
		_ = os.RemoveAll(filepath.Dir(src))
		delete(fixtures, n)
	}
}

func scaleFile(b *testing.B, n int) *store.Store {
	b.Helper()
	fixturesMu.Lock()
	defer fixturesMu.Unlock()
	src, ok := fixtures[n]
	if !ok {
		dir, err := os.MkdirTemp("", "essradar-scale")
		if err != nil {
			b.Fatal(err)
		}
		src = filepath.Join(dir, fmt.Sprintf("scale-%d.db", n))
		s, err := store.Open(src)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := demo.Scale(s, n); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		fixtures[n] = src
	}
	dst := filepath.Join(b.TempDir(), "copy.db")
	if err := copyFile(src, dst); err != nil {
		b.Fatal(err)
	}
	s, err := store.Open(dst)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func forScales(b *testing.B, run func(b *testing.B, n int)) {
	for _, n := range scales {
		b.Run(fmt.Sprintf("initiatives=%d", n*demo.PerScale), func(b *testing.B) { run(b, n) })
	}
}

// BenchmarkHomeLoad is what the home screen reads of the current campaign.
func BenchmarkHomeLoad(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleFile(b, n)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.CampaignOverview(nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// openSession is the open session of the current campaign with the most
// agenda items: the one the secretary scores in.
func openSession(b *testing.B, s *store.Store) store.Session {
	ses, err := s.Sessions(demo.CampaignID)
	if err != nil {
		b.Fatal(err)
	}
	var open store.Session
	for _, se := range ses {
		if !se.Sealed() && len(se.Agenda) >= len(open.Agenda) {
			open = se
		}
	}
	if open.ID == 0 {
		b.Fatal("no open session")
	}
	return open
}

// BenchmarkOpenSession reads what the session screen shows, the campaign's
// median profile included.
func BenchmarkOpenSession(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleFile(b, n)
		se := openSession(b, s)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.SessionSheet(se.ID); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSaveScore saves one score digit, alternating two values, against
// the raw bbolt anchor: one key put and committed in a copy of the same
// file, pair by pair (a save, then an anchor commit), so that both meet the
// same disk and the same neighbours. The ratio is reported as save/anchor.
func BenchmarkSaveScore(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleFile(b, n)
		ev, marker := undecidedEvaluation(b, s)
		// The anchor file is a copy of the same file, so that both commits
		// meet a file of the same size on the same disk.
		raw := rawCopy(b, n)
		var saveNs, rawNs, saveCPU, rawCPU int64
		writesBefore := pageWrites(s.DBStats())
		for i := 0; b.Loop(); i++ {
			ev.Scores[marker] = 1 + i%2
			c0, t0 := cpuNs(), nowNs()
			if err := s.PutEvaluation(ev); err != nil {
				b.Fatal(err)
			}
			c1, t1 := cpuNs(), nowNs()
			anchorCommit(b, raw, i)
			saveNs += t1 - t0
			rawNs += nowNs() - t1
			saveCPU += c1 - c0
			rawCPU += cpuNs() - c1
		}
		b.ReportMetric(float64(saveNs)/float64(b.N), "save-ns/op")
		b.ReportMetric(float64(rawNs)/float64(b.N), "anchor-ns/op")
		b.ReportMetric(float64(saveNs)/float64(rawNs), "save/anchor")
		b.ReportMetric(float64(saveCPU)/float64(b.N), "save-cpu-ns/op")
		b.ReportMetric(float64(rawCPU)/float64(b.N), "anchor-cpu-ns/op")
		b.ReportMetric(float64(pageWrites(s.DBStats())-writesBefore)/float64(b.N), "page-writes/save")
		b.ReportMetric(float64(pageWrites(raw.Stats()))/float64(b.N), "anchor-page-writes")
	})
}

// undecidedEvaluation is an item of the open session scored but not yet
// decided, the common save while the committee scores, and one of its
// markers.
func undecidedEvaluation(b *testing.B, s *store.Store) (store.Evaluation, string) {
	se := openSession(b, s)
	var ev store.Evaluation
	evs, err := s.EvaluationsBySession(se.ID)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range evs {
		if e.Decision == nil {
			ev = e
		}
	}
	if ev.SessionID == 0 {
		b.Fatal("no undecided evaluation to change")
	}
	for id := range ev.Scores {
		return ev, id
	}
	b.Fatal("an evaluation without scores")
	return ev, ""
}

var errRolledBack = errors.New("rolled back by the benchmark")

// BenchmarkSaveScoreWork is the save's own work, every rule and summary of
// BenchmarkSaveScore, rolled back before the commit: what the store adds to
// bbolt's writing, apart from the disk's noise.
func BenchmarkSaveScoreWork(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleFile(b, n)
		ev, marker := undecidedEvaluation(b, s)
		s.SetFaults(store.Faults{BeforeCommit: func(int) error { return errRolledBack }})
		defer s.SetFaults(store.Faults{})
		// Every save is rolled back: the same change each time.
		if ev.Scores[marker] == 1 {
			ev.Scores[marker] = 2
		} else {
			ev.Scores[marker] = 1
		}
		b.ReportAllocs()
		for b.Loop() {
			if err := s.PutEvaluation(ev); !errors.Is(err, errRolledBack) {
				b.Fatal(err)
			}
		}
	})
}

func nowNs() int64 { return time.Now().UnixNano() }

func pageWrites(st bbolt.Stats) int64 { return st.TxStats.GetWrite() }

// BenchmarkOpen opens the file and closes it again: the start-up's share
// of the store (the damage check at open included).
func BenchmarkOpen(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		path := filepath.Join(b.TempDir(), "open.db")
		scaleFile(b, n)
		if err := copyFile(fixtures[n], path); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			s, err := store.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
	})
}

// BenchmarkSaveScoreLayout is the floor of BenchmarkSaveScore: the writes a
// score saved makes, and nothing else (no rule, no summary, no encoding),
// with bbolt alone on a copy of the same file, pair by pair with the same
// anchor. The evaluation's bytes, one byte changed, go back under its key in
// the open sessions' bucket; a trail entry of a score's size goes to the
// trail's tail, which moves on to the main trail when it would no longer
// fit inline, as store/audittail.go does.
func BenchmarkSaveScoreLayout(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleFile(b, n)
		ev, _ := undecidedEvaluation(b, s)
		db := rawCopy(b, n)
		evals, tail, trail := []byte("evaluations_open"), []byte("audit_recent"), []byte("audit")
		key := binaryKey(ev.SessionID, ev.InitiativeID)
		var value []byte
		if err := db.View(func(tx *bbolt.Tx) error {
			value = append([]byte(nil), tx.Bucket(evals).Get(key)...)
			return nil
		}); err != nil || len(value) == 0 {
			b.Fatalf("the evaluation is not in the open sessions' bucket (%v)", err)
		}
		entry := []byte(`{"v":1,"seq":41250,"at":"2026-11-28T01:40:00.123456789Z","action":"update","kind":"evaluation","id":"400/19640","changes":[{"field":"scores.gouvernance","old":"1","new":"2"}]}`)
		var layoutNs, anchorNs int64
		for i := 0; b.Loop(); i++ {
			t0 := nowNs()
			if err := db.Update(func(tx *bbolt.Tx) error {
				v := append([]byte(nil), value...)
				v[len(v)/2] ^= byte(i%2) + 1
				if err := tx.Bucket(evals).Put(key, v); err != nil {
					return err
				}
				return putLikeTheTail(tx.Bucket(tail), tx.Bucket(trail), entry)
			}); err != nil {
				b.Fatal(err)
			}
			t1 := nowNs()
			anchorCommit(b, db, i)
			layoutNs += t1 - t0
			anchorNs += nowNs() - t1
		}
		b.ReportMetric(float64(layoutNs)/float64(anchorNs), "layout/anchor")
		b.ReportMetric(float64(layoutNs)/float64(b.N), "layout-ns/op")
		b.ReportMetric(float64(anchorNs)/float64(b.N), "anchor-ns/op")
	})
}

// putLikeTheTail appends entry to the tail, moving the tail's entries to
// the main trail first when it would exceed a quarter of a page.
func putLikeTheTail(tail, trail *bbolt.Bucket, entry []byte) error {
	size := 16
	var keys, values [][]byte
	c := tail.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		size += 16 + len(k) + len(v)
		keys, values = append(keys, append([]byte(nil), k...)), append(values, append([]byte(nil), v...))
	}
	seq := max(tail.Sequence(), trail.Sequence()) + 1
	if size+16+8+len(entry) > 4096/4 {
		for i, k := range keys {
			if err := trail.Put(k, values[i]); err != nil {
				return err
			}
			if err := tail.Delete(k); err != nil {
				return err
			}
		}
		if err := trail.SetSequence(seq - 1); err != nil {
			return err
		}
	}
	if err := tail.SetSequence(seq); err != nil {
		return err
	}
	return tail.Put(binaryKey(seq), entry)
}

// binaryKey is the store's key of ids: each 8 bytes, big-endian.
func binaryKey(ids ...uint64) []byte {
	var k []byte
	for _, id := range ids {
		k = binary.BigEndian.AppendUint64(k, id)
	}
	return k
}

// rawCopy opens a copy of the scale file with bbolt alone, closed with the
// benchmark.
func rawCopy(b *testing.B, n int) *bbolt.DB {
	b.Helper()
	path := filepath.Join(b.TempDir(), "raw.db")
	if err := copyFile(fixtures[n], path); err != nil {
		b.Fatal(err)
	}
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// anchorCommit is the anchor: one key put and committed, its value the
// iteration's.
func anchorCommit(b *testing.B, db *bbolt.DB, i int) {
	if err := db.Update(func(tx *bbolt.Tx) error {
		bk, err := tx.CreateBucketIfNotExists([]byte("b"))
		if err != nil {
			return err
		}
		return bk.Put([]byte("k"), []byte{byte(i)})
	}); err != nil {
		b.Fatal(err)
	}
}

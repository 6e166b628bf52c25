package store

import (
	"errors"
	"fmt"
	"go.etcd.io/bbolt"
	"strconv"
	"testing"
	"time"

	"essradar/scoring"
)

// stagedImport creates n initiatives in a new campaign 2031, batch rows per
// transaction, failing with fail when it reaches row failAt (0: never).
func stagedImport(s *Store, n, batch, failAt int, fail error) error {
	return s.Staged(func(st *Stage) error {
		if err := st.Update(func(t *Tx) error {
			_, err := t.CreateCampaign("2031", "Budget citoyen 2031", scoring.Default(), scoring.DefaultSource())
			return err
		}); err != nil {
			return err
		}
		for first := 1; first <= n; first += batch {
			err := st.Update(func(t *Tx) error {
				for i := first; i < first+batch && i <= n; i++ {
					if i == failAt {
						return fail
					}
					in := Initiative{CampaignID: "2031", Title: fmt.Sprintf("Ligne %d", i), Territory: "Arrageois"}
					if err := t.CreateInitiativeInBatch(&in); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
}

func TestStagedWriteLandsWholeWithOneTrailEntry(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	before, err := s.Audit(0)
	if err != nil {
		t.Fatal(err)
	}
	if err := stagedImport(s, 95, 10, 0, nil); err != nil {
		t.Fatal(err)
	}
	ins, err := s.Initiatives("2031")
	if err != nil || len(ins) != 95 {
		t.Fatalf("%d initiatives written (%v), want 95", len(ins), err)
	}
	after, err := s.Audit(0)
	if err != nil {
		t.Fatal(err)
	}
	added := after[:len(after)-len(before)]
	var creations []string
	for _, e := range added {
		creations = append(creations, e.Kind+" "+e.ID)
	}
	want := fmt.Sprintf("[initiative %d-%d campaign 2031]", ins[0].ID, ins[94].ID)
	if fmt.Sprint(creations) != want {
		t.Fatalf("the trail says %v, want %s (one entry for the whole run)", creations, want)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", err, problems)
	}
}

func TestStagedWriteThatFailsLeavesNothing(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	before := fileView(t, s)
	failed := errors.New("ligne refusée")
	if err := stagedImport(s, 95, 10, 57, failed); !errors.Is(err, failed) {
		t.Fatalf("the stage said %v, want its own error", err)
	}
	if after := fileView(t, s); after != before {
		t.Fatalf("a failed stage left something:\nbefore %s\nafter  %s", before, after)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", err, problems)
	}
	// The ids and the trail go on from where they stood.
	in := Initiative{CampaignID: "2026", Title: "Après", Territory: "Arrageois"}
	if err := s.Update(func(t *Tx) error { return t.CreateInitiative(&in) }); err != nil {
		t.Fatal(err)
	}
	if want := f.inits[len(f.inits)-1].ID + 1; in.ID != want {
		t.Fatalf("the next initiative is n° %d, want %d", in.ID, want)
	}
}

// A disk that fails in the middle of a stage: what landed is taken back.
func TestStagedWriteOnAFailingDiskLeavesNothing(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	before := fileView(t, s)
	full := errors.New("disque plein")
	s.SetFaults(Faults{BeforeCommit: func(write int) error {
		if write == 4 {
			return full
		}
		return nil
	}})
	err := stagedImport(s, 95, 10, 0, nil)
	s.SetFaults(Faults{})
	if !errors.Is(err, full) {
		t.Fatalf("the stage said %v, want the disk's error", err)
	}
	if after := fileView(t, s); after != before {
		t.Fatalf("a stage on a failing disk left something:\nbefore %s\nafter  %s", before, after)
	}
}

// A process that dies in the middle of a stage leaves its journal: the next
// opening takes back what it wrote, before anything reads the file.
func TestOpenTakesBackAStageCutShort(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	before := fileView(t, s)
	cutShort(t, s, func(path string) {
		reopened, err := Open(path)
		if err != nil {
			t.Fatalf("open after a stage cut short: %v", err)
		}
		if after := fileView(t, reopened); after != before {
			t.Errorf("the opening did not take the stage back:\nbefore %s\nafter  %s", before, after)
		}
		if problems, err := reopened.Check(); err != nil || len(problems) > 0 {
			t.Errorf("check: %v %v", err, problems)
		}
		reopened.Close()
	})
}

// While a stage runs, the rest of the process waits: nothing reads it half
// done.
func TestNothingReadsAStageHalfDone(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	read := make(chan int)
	err := s.Staged(func(st *Stage) error {
		if err := st.Update(func(t *Tx) error {
			_, err := t.CreateCampaign("2031", "Budget citoyen 2031", scoring.Default(), scoring.DefaultSource())
			return err
		}); err != nil {
			return err
		}
		go func() {
			ins, _ := s.Initiatives("2031")
			read <- len(ins)
		}()
		for i := range 5 {
			if err := st.Update(func(t *Tx) error {
				in := Initiative{CampaignID: "2031", Title: fmt.Sprintf("Ligne %d", i), Territory: "Arrageois"}
				return t.CreateInitiativeInBatch(&in)
			}); err != nil {
				return err
			}
			select {
			case n := <-read:
				t.Fatalf("a reader saw %d initiatives of a stage under way", n)
			case <-time.After(20 * time.Millisecond):
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := <-read; n != 5 {
		t.Fatalf("the reader saw %d initiatives once the stage landed, want 5", n)
	}
}

// fileView is what a user could see of the file: every campaign, grid,
// initiative (with the territory index) and the whole trail.
func fileView(t *testing.T, s *Store) string {
	t.Helper()
	var out string
	err := s.View(func(tx *Tx) error {
		cs, err := tx.Campaigns()
		if err != nil {
			return err
		}
		gs, err := tx.Grids()
		if err != nil {
			return err
		}
		ins, err := tx.Initiatives("")
		if err != nil {
			return err
		}
		var byTerritory []int
		for _, c := range cs {
			for _, terr := range c.Territories {
				l, err := tx.InitiativesByTerritory(c.ID, terr)
				if err != nil {
					return err
				}
				byTerritory = append(byTerritory, len(l))
			}
		}
		trail, err := tx.Audit(0)
		if err != nil {
			return err
		}
		out = fmt.Sprintf("campaigns %d grids %v initiatives %d (last %v) territories %v trail %d (last %d) initiative seq %d trail seq %d",
			len(cs), gs, len(ins), ins[len(ins)-1].ID, byTerritory, len(trail), trail[0].Seq,
			tx.bucket(bucketInitiatives).Sequence(), tx.auditSequence())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A disk that fails for good in the middle of a stage: the stage cannot be
// taken back at once. Until it is, nothing reads the file half written; once
// the disk works again, the next transaction takes it back first.
func TestStageTakenBackOnceTheDiskWorksAgain(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	before := fileView(t, s)
	full := errors.New("disque plein")
	s.SetFaults(Faults{BeforeCommit: func(write int) error {
		if write >= 4 {
			return full
		}
		return nil
	}})
	err := stagedImport(s, 95, 10, 0, nil)
	if !errors.Is(err, full) || messageKey(err) != "store.stage.undo_failed" {
		t.Fatalf("the stage said %v", err)
	}
	if _, err := s.Initiatives("2031"); messageKey(err) != "store.stage.undo_pending" {
		t.Fatalf("a read of the file half written said %v", err)
	}
	s.SetFaults(Faults{})
	if after := fileView(t, s); after != before {
		t.Fatalf("once the disk works, the stage is still there:\nbefore %s\nafter  %s", before, after)
	}
}

// messageKey is the catalogue key of the outermost message err carries.
func messageKey(err error) string {
	var keyed interface{ MessageKey() (string, []any) }
	if errors.As(err, &keyed) {
		k, _ := keyed.MessageKey()
		return k
	}
	return ""
}

// A stage that could not be taken back, then another stage before anything
// else touched the file: the second must not start on the first's half
// written file (its journal would replace the first's, and the first's rows
// would stay for good).
func TestStageAfterAStageNotYetTakenBack(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	full := errors.New("disque plein")
	s.SetFaults(Faults{BeforeCommit: func(write int) error {
		if write >= 4 {
			return full
		}
		return nil
	}})
	if err := stagedImport(s, 95, 10, 0, nil); messageKey(err) != "store.stage.undo_failed" {
		t.Fatalf("the stage said %v", err)
	}
	s.SetFaults(Faults{})
	// The disk works again; the secretary imports again at once.
	err := s.Staged(func(st *Stage) error {
		return st.Update(func(t *Tx) error {
			in := Initiative{CampaignID: "2026", Title: "Seconde", Territory: "Arrageois"}
			return t.CreateInitiativeInBatch(&in)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Campaign("2031"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the first stage's campaign is still there after the second stage (%v)", err)
	}
	if ins, err := s.Initiatives("2031"); err != nil || len(ins) != 0 {
		t.Fatalf("the first stage left %d initiatives (%v)", len(ins), err)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", err, problems)
	}
}

// Trail entries that waited in the tail before a stage are moved to the
// main trail by the stage's writes; taking the stage back keeps them, in
// order, and the numbering goes on from them.
func TestStageTakenBackKeepsTheTailItFlushed(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	e := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 1)}
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	if len(tailKeys(t, s)) == 0 {
		t.Fatal("the score's entry is not in the tail")
	}
	before := fileView(t, s)
	failed := errors.New("ligne refusée")
	err := s.Staged(func(st *Stage) error {
		if err := st.Update(func(t *Tx) error {
			// Two entries in one transaction: the tail moves on first.
			if _, err := t.CreateCampaign("2031", "Budget citoyen 2031", scoring.Default(), scoring.DefaultSource()); err != nil {
				return err
			}
			return t.audit("test", "campaign", "2031", "seconde entrée")
		}); err != nil {
			return err
		}
		if n := len(tailKeys(t, s)); n != 0 {
			t.Fatalf("the tail holds %d entries after a transaction of two: the test proves nothing", n)
		}
		return failed
	})
	if !errors.Is(err, failed) {
		t.Fatalf("the stage said %v", err)
	}
	if after := fileView(t, s); after != before {
		t.Fatalf("a failed stage changed the file:\nbefore %s\nafter  %s", before, after)
	}
	last := lastSeq(t, s)
	if got := lastSeq(t, reopenAndAudit(t, s, "après")); got != last+1 {
		t.Fatalf("the entry after the stage taken back is n° %d, want %d", got, last+1)
	}
}

// A stage cut short in a file that the next program version migrates: the
// stage is taken back, and the migration's trail entry stays (it was
// numbered after the stage's journal, and went with the stage's entries).
func TestStageCutShortThenMigrated(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	saved := migrations
	t.Cleanup(func() { migrations = saved })
	next := SchemaVersion() + 1
	cutShort(t, s, func(path string) {
		migrations = append(migrations, migration{to: next, name: "version suivante", run: func(*bbolt.Tx) error { return nil }})
		reopened, err := Open(path)
		if err != nil {
			t.Fatalf("open after a stage cut short: %v", err)
		}
		defer reopened.Close()
		trail, err := reopened.Audit(0)
		if err != nil {
			t.Fatal(err)
		}
		if trail[0].Action != "migrate" || trail[0].ID != strconv.Itoa(next) {
			t.Errorf("the newest entry after the migration is %+v, want the migration to v%d", trail[0], next)
		}
		if _, err := reopened.Campaign("2031"); !errors.Is(err, ErrNotFound) {
			t.Errorf("the stage's campaign is still there (%v)", err)
		}
		if problems, err := reopened.Check(); err != nil || len(problems) > 0 {
			t.Errorf("check: %v %v", err, problems)
		}
	})
}

// cutShort runs a stage of three transactions (a campaign, two initiatives)
// and lets the process "die" before its last one: the file is closed with
// the stage's journal in it, and then runs with the file's path.
func cutShort(t *testing.T, s *Store, then func(path string)) {
	t.Helper()
	stop := errors.New("coupure")
	_ = s.Staged(func(st *Stage) error {
		for i := range 3 {
			if err := st.Update(func(t *Tx) error {
				if i == 0 {
					_, err := t.CreateCampaign("2031", "Budget citoyen 2031", scoring.Default(), scoring.DefaultSource())
					return err
				}
				in := Initiative{CampaignID: "2031", Title: fmt.Sprintf("Ligne %d", i), Territory: "Arrageois"}
				return t.CreateInitiativeInBatch(&in)
			}); err != nil {
				return err
			}
		}
		s.stageMu.Unlock() // the process "dies": the undo below never runs
		defer s.stageMu.Lock()
		path := s.Path()
		s.db.Close()
		then(path)
		return stop
	})
}

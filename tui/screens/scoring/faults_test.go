package scoring

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/context"
	"essradar/tui/i18n"
)

// sessionKeys is a scripted meeting on one initiative: scores dictated,
// two taken back, corrected.
var sessionKeys = []string{"3", "2", "4", "1", "0", "up", "up", "4", "2", "3", "down", "1"}

// diskFault is what the injected write failure looks like for write k: a
// full disk, or a flush the disk refuses.
func diskFault(k int, path string) error {
	if k%2 == 0 {
		return &os.PathError{Op: "sync", Path: path, Err: syscall.EIO}
	}
	return fmt.Errorf("write %s: %w", path, syscall.ENOSPC)
}

// TestEveryWriteFailingOnce: for every k, the k-th write of the scripted
// session fails (full disk or failing flush). The screen says so, keeps the
// value marked unsaved, the next change or the retry writes it; whenever the
// screen says « enregistré », the disk holds what it shows; at the end the
// disk holds the whole session and the file passes the check.
func TestEveryWriteFailingOnce(t *testing.T) {
	demoFile := demoDatabase(t)
	want, writes := playSession(t, demoFile, 0)
	if scores := len(slices.DeleteFunc(slices.Clone(sessionKeys), func(k string) bool { return len(k) > 1 })); writes != scores {
		t.Fatalf("the scripted session wrote %d times for %d scores", writes, scores)
	}
	for k := 1; k <= writes; k++ {
		got, _ := playSession(t, demoFile, k)
		if !maps.Equal(got, want) {
			t.Fatalf("write %d failing: the disk holds %v, the session gave %v", k, got, want)
		}
	}
	t.Logf("%d writes of a scripted session, each failing once in turn: every score shown as saved was on disk", writes)
}

// playSession plays sessionKeys on a copy of the demo with write failing
// (0: none) and returns the scores on disk at the end and the writes made.
func playSession(t *testing.T, demoFile []byte, failing int) (scoring.Scores, int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "essradar.db")
	if err := os.WriteFile(path, demoFile, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	writes, failed := 0, false
	s.SetFaults(store.Faults{BeforeCommit: func(k int) error {
		writes = k
		if k == failing {
			failed = true
			return diskFault(k, path)
		}
		return nil
	}})
	scr := openItem(t, context.New(s, i18n.FR), 3, 80, 24)
	sc := scr.S.(*Model)
	for _, key := range sessionKeys {
		before := failed
		scr.Press(key)
		v := scr.Plain()
		if failed && !before {
			if sc.saveErr == nil || !strings.Contains(v, "✗ non enregistré") || !strings.Contains(v, "Non enregistré :") || !strings.Contains(v, "*") {
				t.Fatalf("write %d failed (key %q) but the screen does not say so:\n%s", failing, key, v)
			}
		}
		if strings.Contains(v, "✓ enregistré") {
			onDisk := diskScores(t, s, sc)
			if !maps.Equal(onDisk, sc.ev.Scores) {
				t.Fatalf("write %d failing, after key %q: the screen says saved %v, the disk holds %v", failing, key, sc.ev.Scores, onDisk)
			}
		}
	}
	if sc.saveErr != nil {
		// The last write failed: time passes, the retry comes.
		scr.Send(retrySaveMsg{initiativeID: sc.ev.InitiativeID})
	}
	if v := scr.Plain(); sc.saveErr != nil || !strings.Contains(v, "✓ enregistré") {
		t.Fatalf("write %d failing: the session does not end saved:\n%s", failing, v)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("write %d failing: check: %v %v", failing, err, probs)
	}
	return diskScores(t, s, sc), writes
}

func diskScores(t *testing.T, s *store.Store, sc *Model) scoring.Scores {
	t.Helper()
	ev, _, err := s.Evaluation(sc.ev.SessionID, sc.ev.InitiativeID)
	if err != nil {
		t.Fatal(err)
	}
	return ev.Scores
}

// demoDatabase is the bytes of a database holding the demo.
func demoDatabase(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

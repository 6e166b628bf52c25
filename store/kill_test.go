//go:build unix

package store_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/csvimport"

	"go.etcd.io/bbolt"
)

// The kill harness runs this test binary a second time as a writer (the
// environment says which), kills it with SIGKILL at a random point of its
// work, and checks the file: the writer acknowledges a write on its standard
// output only once the store has returned, as the interface marks a score
// « enregistré » only then.

var kills = flag.Int("kills", 0, "kills of each kill harness test (default 10, or 200 with ESSRADAR_LONG=1)")

const (
	writerEnv  = "ESSRADAR_KILL_WRITER" // "scores" or "import"
	dbEnv      = "ESSRADAR_KILL_DB"
	argEnv     = "ESSRADAR_KILL_ARG" // the first write's number, or the import's round
	importRows = 300
)

func TestMain(m *testing.M) {
	if writer := os.Getenv(writerEnv); writer != "" {
		os.Exit(runWriter(writer, os.Getenv(dbEnv), os.Getenv(argEnv)))
	}
	code := m.Run()
	removeScaleFixtures()
	os.Exit(code)
}

// long says whether the long versions of the proofs were asked for.
func long() bool { return os.Getenv("ESSRADAR_LONG") == "1" }

func killCount() int {
	switch {
	case *kills > 0:
		return *kills
	case long():
		return 200
	}
	return 10
}

// scoreWrite is write number k of the scoring writer: which score it sets
// and to what. Every key comes back again and again with other values.
type scoreKey struct {
	initiative int // index in the agenda
	marker     string
}

func scoreWrite(k, initiatives int) (scoreKey, int) {
	markers := scoring.Default().Markers()
	return scoreKey{initiative: k % initiatives, marker: markers[(k/initiatives)%len(markers)].Marker.ID}, (k*7 + 3) % 5
}

func runWriter(writer, path, arg string) int {
	s, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer s.Close()
	n, _ := strconv.Atoi(arg)
	switch writer {
	case "scores":
		err = writeScores(s, n)
	case "import":
		err = importRound(s, n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return 0
}

// writeScores scores the open session's agenda from write number first on,
// until killed, the way the scoring screen does: the whole evaluation, one
// score changed, written by store.PutEvaluation.
func writeScores(s *store.Store, first int) error {
	sessions, err := s.Sessions("2026")
	if err != nil || len(sessions) == 0 {
		return fmt.Errorf("no session: %v", err)
	}
	se := sessions[0]
	fmt.Println("ready")
	for k := first; ; k++ {
		key, value := scoreWrite(k, len(se.Agenda))
		id := se.Agenda[key.initiative]
		ev, found, err := s.Evaluation(se.ID, id)
		if err != nil {
			return err
		}
		if !found {
			ev = store.Evaluation{SessionID: se.ID, InitiativeID: id, Scores: scoring.Scores{}}
		}
		ev.Scores[key.marker] = value
		if err := s.PutEvaluation(ev); err != nil {
			return fmt.Errorf("write %d: %w", k, err)
		}
		fmt.Printf("ack %d\n", k)
	}
}

// importRound imports a CSV file of importRows initiatives of its own
// round, saying how far the rows are written, and acknowledges once Import
// has returned.
func importRound(s *store.Store, round int) error {
	fmt.Println("ready")
	rep, err := csvimport.Import(s, bytes.NewReader(roundCSV(round)), csvimport.Options{
		CampaignID: "2026",
		Progress:   func(done, total int) { fmt.Printf("progress %d\n", done) },
		// Several of the import's transactions: a kill between two must
		// leave nothing either.
		BatchRows: importRows / 7,
	})
	if err != nil {
		return err
	}
	fmt.Printf("ack %d\n", rep.Imported)
	fmt.Println("done")
	// Killed here too, after its work, like the others: waiting on a standard
	// input that never comes.
	_, _ = io.Copy(io.Discard, os.Stdin)
	return nil
}

func roundCSV(round int) []byte {
	var b bytes.Buffer
	b.WriteString("Titre;Porteur;Territoire;Montant demandé\n")
	for i := range importRows {
		fmt.Fprintf(&b, "%s%d;Association %d;Arrageois;%d,00\n", roundPrefix(round), i, i, 1000+i)
	}
	return b.Bytes()
}

func roundPrefix(round int) string { return fmt.Sprintf("Import %d, ligne ", round) }

// killedRun starts a writer and kills it (SIGKILL) once it has printed
// killAfter lines after "ready" (-1: as soon as it runs, before it opens the
// file), or "done" at the latest; it returns every line the writer printed.
func killedRun(t *testing.T, writer, path string, arg, killAfter int) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), writerEnv+"="+writer, dbEnv+"="+path, argEnv+"="+strconv.Itoa(arg))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if killAfter < 0 {
		_ = cmd.Process.Kill()
	}
	var lines []string
	seen := -1
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if seen++; seen == killAfter || sc.Text() == "done" {
			_ = cmd.Process.Kill()
		}
	}
	_, _ = io.Copy(io.Discard, out)
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != -1 {
		t.Fatalf("the writer was not killed but ended (%v): %s", err, stderr.String())
	}
	return lines
}

// checkSound opens the file after a kill and runs the store's check.
func checkSound(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("open after a kill: %v", err)
	}
	probs, err := s.Check()
	if err != nil || len(probs) > 0 {
		s.Close()
		t.Fatalf("check after a kill: %v %v", err, probs)
	}
	return s
}

func newMeetingFile(t *testing.T, initiatives int) (string, meeting) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := prepareMeeting(s, initiatives)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, m
}

// TestKillWhileScoring: however the writer dies, the file passes the check
// and every score it acknowledged is there (or the one write it had under
// way, which may have landed unacknowledged).
func TestKillWhileScoring(t *testing.T) {
	const agenda = 5
	path, m := newMeetingFile(t, agenda)
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, 12))
	acked := map[scoreKey]int{}
	next, writes, verified := 0, 0, 0
	for range killCount() {
		for _, l := range killedRun(t, "scores", path, next, rng.IntN(30)-1) {
			k, ok := strings.CutPrefix(l, "ack ")
			if !ok {
				continue
			}
			n, _ := strconv.Atoi(k)
			key, value := scoreWrite(n, agenda)
			acked[key] = value
			next, writes = n+1, writes+1
		}
		s := checkSound(t, path)
		pending, pendingValue := scoreWrite(next, agenda)
		for key, want := range acked {
			ev, _, err := s.Evaluation(m.session, m.initiatives[key.initiative])
			if err != nil {
				t.Fatal(err)
			}
			got, ok := ev.Scores[key.marker]
			if !ok || (got != want && !(key == pending && got == pendingValue)) {
				t.Fatalf("seed %d: score %v acknowledged as %d, %d on disk (present %v)", seed, key, want, got, ok)
			}
			verified++
		}
		s.Close()
	}
	t.Logf("%d kills while scoring: %d writes acknowledged, %d acknowledged scores found after the kills (seed %d)", killCount(), writes, verified, seed)
}

// TestKillWhileImporting: a CSV import killed at any point of its
// transaction left all of its rows or none; an acknowledged one left all.
func TestKillWhileImporting(t *testing.T) {
	path, _ := newMeetingFile(t, 1)
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, 13))
	var whole, none, ackedRounds, undone int
	var ackedIDs []int
	for round := range killCount() {
		// About a hundred progress lines, then the commit: kill anywhere,
		// and half the time around the commit, its shortest moment.
		killAfter := rng.IntN(104) - 1
		if rng.IntN(2) == 0 {
			killAfter = 99 + rng.IntN(5)
		}
		lines := killedRun(t, "import", path, round, killAfter)
		acked := slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "ack ") })
		if importCutShort(t, path) {
			undone++
		}
		s := checkSound(t, path)
		counts := map[int]int{}
		all, err := s.Initiatives("2026")
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range all {
			var r int
			if _, err := fmt.Sscanf(in.Title, "Import %d, ligne", &r); err == nil {
				counts[r]++
			}
		}
		s.Close()
		switch got := counts[round]; {
		case got == importRows:
			whole++
		case got == 0 && !acked:
			none++
		default:
			t.Fatalf("seed %d: import %d killed (acknowledged %v) left %d of %d rows", seed, round, acked, got, importRows)
		}
		if acked {
			ackedRounds++
			ackedIDs = append(ackedIDs, round)
		}
		for _, r := range ackedIDs {
			if counts[r] != importRows {
				t.Fatalf("seed %d: acknowledged import %d has %d rows after round %d", seed, r, counts[r], round)
			}
		}
	}
	t.Logf("%d kills while importing %d rows: %d imports whole, %d left nothing (%d of them taken back at the next opening: killed between two of the import's transactions), %d acknowledged and all found (seed %d)", killCount(), importRows, whole, none, undone, ackedRounds, seed)
	if killCount() >= 10 && undone == 0 {
		t.Errorf("seed %d: no kill fell between two of the import's transactions: the test proves nothing of the journal", seed)
	}
}

// importCutShort says whether a killed import left its journal (store.Staged):
// some of its transactions committed, and the next opening must take them
// back. The file is read as bbolt sees it, before essradar opens it.
func importCutShort(t *testing.T, path string) bool {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	pending := false
	_ = db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket([]byte("meta")); b != nil {
			pending = b.Get([]byte("staged")) != nil
		}
		return nil
	})
	return pending
}

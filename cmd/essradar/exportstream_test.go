package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// rawUpdate changes the file under essradar's feet, as damage would.
func rawUpdate(t *testing.T, db string, change func(tx *bbolt.Tx) error) {
	t.Helper()
	bdb, err := bbolt.Open(db, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if err := bdb.Update(change); err != nil {
		t.Fatal(err)
	}
}

// spoolDir sends the stdout export's temporary file into a folder of the
// test's own, to see that nothing is left behind.
func spoolDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	return dir
}

func wantEmptyDir(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("left behind in %s: %s", dir, e.Name())
	}
}

// exportLeavesNothing runs a refused export to a file and to standard
// output: the message has want, and no file nor any byte of JSON is left.
func exportLeavesNothing(t *testing.T, db string, want ...string) {
	t.Helper()
	outDir := t.TempDir()
	out := filepath.Join(outDir, "tout.json")
	cliFail(t, []string{"--db", db, "export", "-o", out}, want...)
	wantEmptyDir(t, outDir)

	tmp := spoolDir(t)
	r := cliRun(t, "--db", db, "export")
	if r.code == 0 || r.stdout != "" {
		t.Errorf("export to standard output of a damaged file: code %d, %d bytes written", r.code, len(r.stdout))
	}
	wantEmptyDir(t, tmp)
}

// The export no longer runs the full check first: a record that does not
// decode is met by the stream itself, which must then refuse the file with
// the damage message (the file, what is wrong, the backup) and write
// nothing, even though part of the document was already encoded.
func TestExportRefusesAnUnreadableRecordAndWritesNothing(t *testing.T) {
	db, backup := demoWithBackup(t)
	rawUpdate(t, db, func(tx *bbolt.Tx) error {
		k, _ := tx.Bucket([]byte("evaluations")).Cursor().Last()
		return tx.Bucket([]byte("evaluations")).Put(k, []byte(`{"v":1,"session_id":`))
	})
	exportLeavesNothing(t, db, "endommagée", "enregistrement illisible", backup)
	r := cliRun(t, "--lang", "en", "--db", db, "export")
	if !strings.Contains(r.stderr, "damaged") || !strings.Contains(r.stderr, "unreadable record") {
		t.Errorf("in English: %q", r.stderr)
	}
}

func TestExportRefusesABrokenSealAndWritesNothing(t *testing.T) {
	db := cliDemoDB(t)
	se, _ := firstSealed(t, cliExport(t, db))
	tamperScore(t, db, se.id)
	exportLeavesNothing(t, db, "endommagée", se.place, "ne correspond plus à son sceau")
}

// An evaluation whose grid is gone would be written without its derived
// fields (total, proposal): refused instead.
func TestExportRefusesAnEvaluationWithoutItsGrid(t *testing.T) {
	db := cliDemoDB(t)
	rawUpdate(t, db, func(tx *bbolt.Tx) error {
		var keys [][]byte
		_ = tx.Bucket([]byte("grids")).ForEach(func(k, _ []byte) error {
			keys = append(keys, append([]byte(nil), k...))
			return nil
		})
		for _, k := range keys {
			if err := tx.Bucket([]byte("grids")).Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	exportLeavesNothing(t, db, "endommagée", "absente de la base")
}

// A sound export to standard output leaves no temporary file behind.
func TestExportToStandardOutputLeavesNoSpool(t *testing.T) {
	db := cliDemoDB(t)
	tmp := spoolDir(t)
	cliExport(t, db)
	wantEmptyDir(t, tmp)
}

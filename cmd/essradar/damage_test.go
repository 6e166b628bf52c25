package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store"
)

// zeroBytes overwrites n bytes of the file at offset with zeros.
func zeroBytes(t *testing.T, path string, offset int64, n int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(make([]byte, n), offset); err != nil {
		t.Fatal(err)
	}
}

// demoWithBackup is a demo database with a backup beside it, then one more
// change (the one a rolled-back file loses); it returns both paths.
func demoWithBackup(t *testing.T) (db, backup string) {
	t.Helper()
	db = cliDemoDB(t)
	cliOK(t, "--db", db, "backup")
	backup = store.LatestBackup(db)
	if backup == "" {
		t.Fatal("no backup after essradar backup")
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(func(tx *store.Tx) error {
		return tx.CreateMember(&store.Member{Name: "Dernière Arrivée", College: "CDESS", Active: true})
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	return db, backup
}

func TestCheckSaysWhatItChecked(t *testing.T) {
	db := cliDemoDB(t)
	r := cliOK(t, "--db", db, "check")
	for _, want := range []string{"aucun problème", "Vérifié : les deux pages de contrôle", "pages du fichier", "initiatives", "sceaux de séances closes", "grille relue"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("check on a sound file does not say %q:\n%s", want, r.stdout)
		}
	}
	r = cliOK(t, "--lang", "en", "--db", db, "check")
	if !strings.Contains(r.stdout, "Checked: both control pages") {
		t.Errorf("check in English:\n%s", r.stdout)
	}
}

func TestAZeroedFirstPageIsRefusedEverywhere(t *testing.T) {
	db, backup := demoWithBackup(t)
	zeroBytes(t, db, 0, os.Getpagesize())
	for _, cmd := range [][]string{{"check"}, {"export"}, {"export", "--public"}, {"demo"}, {"stats"}} {
		msg := cliFail(t, append([]string{"--db", db}, cmd...), "page de contrôle n° 0 est remise à zéro", backup)
		if strings.Contains(msg, "panic") {
			t.Errorf("%v: %q", cmd, msg)
		}
	}
	r := cliRun(t, "--lang", "en", "--db", db, "check")
	if r.code != 1 || !strings.Contains(r.stderr, "control page no. 0 is zeroed") {
		t.Errorf("check in English on a zeroed first page: %d %q", r.code, r.stderr)
	}
}

func TestExportRefusesAGridThatNoLongerReads(t *testing.T) {
	db := cliDemoDB(t)
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	src := scoring.DefaultSource()
	i := bytes.Index(data, src[:64])
	if i < 0 {
		t.Fatal("the grid's source is not in the file")
	}
	for ; i >= 0; i = bytes.Index(data[i+1:], src[:64]) + i + 1 {
		zeroBytes(t, db, int64(i), len(src)/2)
		if bytes.Index(data[i+1:], src[:64]) < 0 {
			break
		}
	}
	cliFail(t, []string{"--db", db, "export"}, "grille enregistrée", "ne se lit plus")
	cliFail(t, []string{"--db", db, "check"}, "grille enregistrée")
}

func TestExportRefusesABrokenSeal(t *testing.T) {
	db := cliDemoDB(t)
	se, _ := firstSealed(t, cliExport(t, db))
	tamperScore(t, db, se.id)
	cliFail(t, []string{"--db", db, "export"}, "endommagée", "sceau")
	r := cliRun(t, "--db", db, "check")
	msg := wantOneFrenchError(t, r, "check")
	// The seal, and the campaign's summary the tampered score no longer matches.
	if !strings.Contains(msg, "2 problèmes") {
		t.Errorf("check on a broken seal: %q", msg)
	}
}

func TestAnEmptiedDatabaseBesideItsBackup(t *testing.T) {
	db, backup := demoWithBackup(t)
	if err := os.Truncate(db, 0); err != nil {
		t.Fatal(err)
	}
	cliFail(t, []string{"--db", db, "demo"}, "vide (0 octet)", backup)
	cliFail(t, []string{"--db", db, "check"}, "vide (0 octet)")
	if info, _ := os.Stat(db); info.Size() != 0 {
		t.Error("the emptied file was written to")
	}
	// Alone, an empty file is a new database.
	alone := filepath.Join(t.TempDir(), "vide.db")
	cliWriteFile(t, alone, "")
	cliOK(t, "--db", alone, "demo")
}

// The damage message gives the command that puts the latest backup back:
// run as written (with --yes, there being no terminal to answer), it
// restores a file that check then finds sound.
func TestTheCommandTheDamageMessageGivesRestores(t *testing.T) {
	db, backup := demoWithBackup(t)
	zeroBytes(t, db, 0, os.Getpagesize())
	msg := cliFail(t, []string{"--db", db, "check"}, backup)
	_, rest, ok := strings.Cut(msg, "« essradar ")
	if !ok {
		t.Fatalf("no command in %q", msg)
	}
	command, _, _ := strings.Cut(rest, " »")
	args := append(strings.Fields(command), "--yes")
	if args[0] != "restore" {
		t.Fatalf("the message gives %q, not a restore", command)
	}
	cliOK(t, args...)
	cliOK(t, "--db", db, "check")
}

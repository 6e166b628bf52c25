package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
)

// While the interface holds the base, essradar backup says where backups
// come from instead of a lock timeout.
func TestBackupWhileTheInterfaceHoldsTheBase(t *testing.T) {
	db := cliDemoDB(t)
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	msg := cliFail(t, []string{"--db", db, "backup"}, "ouverte dans l'interface", "ctrl+s", "essradar-sauvegardes")
	if strings.Contains(msg, "fermez-le") {
		t.Errorf("the message still asks to close the interface: %q", msg)
	}
	r := cliRun(t, "--lang", "en", "--db", db, "backup")
	if r.code != 1 || !strings.Contains(r.stderr, "open in the essradar interface") || !strings.Contains(r.stderr, "ctrl+s") {
		t.Errorf("English backup while open: %d %q", r.code, r.stderr)
	}
}

func TestRestoreListsChecksAndPutsBack(t *testing.T) {
	db := cliDemoDB(t)
	r := cliOK(t, "--db", db, "restore")
	if !strings.Contains(r.stdout, "Aucune sauvegarde") {
		t.Errorf("restore without backups: %q", r.stdout)
	}
	first := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(cliOK(t, "--db", db, "backup").stdout, "\n", 2)[0], "Sauvegarde écrite :"))
	before := cliExport(t, db)
	// A change after the backup, that the restore takes away.
	cliOK(t, "--db", db, "forget", "--yes", "1")
	cliOK(t, "--db", db, "backup")

	r = cliOK(t, "--db", db, "restore")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], "2 sauvegardes") || !strings.Contains(lines[2], "manuelle") || !strings.Contains(lines[2], first) {
		t.Fatalf("restore list, newest first:\n%s", r.stdout)
	}
	if !strings.Contains(lines[1], "Ko") {
		t.Errorf("the list gives no size: %q", lines[1])
	}

	// No terminal, no --yes: nothing changes.
	cliFail(t, []string{"--db", db, "restore", "2"}, "--yes")
	if _, err := os.Stat(db); err != nil {
		t.Fatal(err)
	}
	r = cliOK(t, "--db", db, "restore", "2", "--yes")
	if !strings.Contains(r.stdout, "remise en place") || !strings.Contains(r.stdout, "mise de côté sous "+db+".mise-de-cote-") {
		t.Errorf("restore does not say what it did: %q", r.stdout)
	}
	sameJSON(t, "the base after restore and at the time of its backup", before, cliExport(t, db))
	aside, _ := filepath.Glob(db + ".mise-de-cote-*")
	if len(aside) != 1 {
		t.Fatalf("the previous base set aside: %v", aside)
	}
	cliOK(t, "--db", aside[0], "check")

	cliFail(t, []string{"--db", db, "restore", "9", "--yes"}, "n°\u00a09", "en compte 2")
}

func TestRestoreConfirmsAtTheTerminal(t *testing.T) {
	db := cliDemoDB(t)
	cliOK(t, "--db", db, "backup")
	restoreTerminal(t, func(io.Reader) bool { return true })
	var out, errOut strings.Builder
	if code := run([]string{"--db", db, "restore", "1"}, strings.NewReader("n\n"), &out, &errOut); code != 0 {
		t.Fatalf("answering no: exit %d %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "Continuer ? [o/N]") || !strings.Contains(out.String(), "Rien n'a changé") {
		t.Errorf("the question and the answer no: %q", out.String())
	}
	if aside, _ := filepath.Glob(db + ".mise-de-cote-*"); len(aside) != 0 {
		t.Errorf("answering no set the base aside: %v", aside)
	}
	out.Reset()
	if code := run([]string{"--db", db, "restore", "1"}, strings.NewReader("o\n"), &out, &errOut); code != 0 {
		t.Fatalf("answering yes: exit %d %s", code, errOut.String())
	}
	if aside, _ := filepath.Glob(db + ".mise-de-cote-*"); len(aside) != 1 {
		t.Errorf("answering yes: %v set aside; %q", aside, out.String())
	}
}

func restoreTerminal(t *testing.T, is func(io.Reader) bool) {
	old := stdinIsTerminal
	stdinIsTerminal = is
	t.Cleanup(func() { stdinIsTerminal = old })
}

func TestRestoreRefusesDamagedOrHeld(t *testing.T) {
	db := cliDemoDB(t)
	cliOK(t, "--db", db, "backup")
	list, err := store.Backups(db)
	if err != nil || len(list) != 1 {
		t.Fatalf("Backups = %v, %v", list, err)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	cliFail(t, []string{"--db", db, "restore", "1", "--yes"}, "ouverte dans l'interface")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	raw, err := os.ReadFile(list[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(raw) / 2; i < len(raw); i++ {
		raw[i] = 0xff
	}
	cliWriteFile(t, list[0].Path, string(raw))
	cliFail(t, []string{"--db", db, "restore", "1", "--yes"}, "ne passe pas la vérification", "pas été touchée")
	if aside, _ := filepath.Glob(db + ".mise-de-cote-*"); len(aside) != 0 {
		t.Errorf("a damaged backup set the base aside: %v", aside)
	}
	cliFail(t, []string{"--db", db, "restore", filepath.Join(t.TempDir(), "absente.db"), "--yes"}, "introuvable")
}

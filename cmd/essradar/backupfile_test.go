package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// backup -o over an existing file asks for --force, as template does, and
// says how to restore a file the backups list will not show.
func TestBackupOverAFileNeedsForce(t *testing.T) {
	db := cliDemoDB(t)
	dir := filepath.Join(t.TempDir(), "clé usb")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "copie.db")
	precious := []byte("le PV signé de juillet")
	if err := os.WriteFile(out, precious, 0o600); err != nil {
		t.Fatal(err)
	}
	cliFail(t, []string{"--db", db, "backup", "-o", out}, out, "existe déjà", "--force")
	if got, _ := os.ReadFile(out); string(got) != string(precious) {
		t.Fatalf("the existing file was replaced without --force")
	}
	r := cliRun(t, "--lang", "en", "--db", db, "backup", "-o", out)
	if r.code == 0 || !strings.Contains(r.stderr, "already exists") || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("in English: exit %d, %q", r.code, r.stderr)
	}

	ok := cliOK(t, "--db", db, "backup", "-o", out, "--force")
	if got, _ := os.ReadFile(out); string(got) == string(precious) {
		t.Fatalf("--force did not replace the file")
	}
	want := `essradar restore --db ` + db + ` "` + out + `"`
	if !strings.Contains(ok.stdout, want) || strings.Contains(ok.stdout, "liste des sauvegardes") {
		t.Errorf("after backup -o, the message says %q, want the command %q", ok.stdout, want)
	}
	// The command it gives does restore that file.
	cliOK(t, "--db", db, "restore", "--yes", out)
	cliOK(t, "--db", db, "check")
}

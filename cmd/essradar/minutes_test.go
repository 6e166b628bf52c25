package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
)

// essradar minutes writes Markdown on standard output, and the format the
// extension of -o names; the session is named by number or by date.
func TestMinutesCommand(t *testing.T) {
	db := cliDemoDB(t)
	r := cliOK(t, "--db", db, "minutes", "2026-07-08")
	if !strings.HasPrefix(r.stdout, "# Procès-verbal de la séance") || !strings.Contains(r.stdout, "Étaient présents") {
		t.Errorf("stdout is not the Markdown minutes:\n%s", r.stdout)
	}
	if byDate := cliOK(t, "--db", db, "minutes", "08/07/2026"); byDate.stdout != r.stdout {
		t.Error("the French date names another record")
	}
	if byNumber := cliOK(t, "--db", db, "minutes", "1"); byNumber.stdout != r.stdout {
		t.Error("session 1 is not the session of 8 July")
	}
	dir := t.TempDir()
	for ext, head := range map[string]string{".pdf": "%PDF-", ".md": "# Procès-verbal", ".txt": "Procès-verbal de la séance du comité de labellisation\n====="} {
		out := filepath.Join(dir, "pv"+ext)
		r := cliOK(t, "--db", db, "minutes", "2", "-o", out)
		if r.stdout != "" || !strings.Contains(r.stderr, out) {
			t.Errorf("%s: stdout %q, stderr %q", ext, r.stdout, r.stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		// The session of 21 July is open: a draft, said first.
		if ext != ".pdf" && !strings.Contains(strings.SplitN(string(data), "\n", 2)[0], "PROJET") {
			t.Errorf("%s: an open session's minutes do not start as a draft", ext)
		}
		if !strings.Contains(string(data), head) {
			t.Errorf("%s does not hold %q:\n%.300s", ext, head, data)
		}
	}
	if r := cliOK(t, "--db", db, "--lang", "en", "minutes", "1"); !strings.Contains(r.stdout, "# Minutes of the labelling committee session") {
		t.Errorf("English minutes:\n%.300s", r.stdout)
	}
}

func TestMinutesCommandRefusals(t *testing.T) {
	db := cliDemoDB(t)
	cliFail(t, []string{"--db", db, "minutes"}, "numéro ou sa date")
	cliFail(t, []string{"--db", db, "minutes", "2026-07-09"}, "Aucune séance « 2026-07-09 »", "n° 1, 08/07/2026, Boulonnais", "n° 2, 21/07/2026, Arrageois")
	cliFail(t, []string{"--db", db, "minutes", "9"}, "n° 1, 08/07/2026, Boulonnais")
	cliFail(t, []string{"--db", db, "minutes", "1", "-o", filepath.Join(t.TempDir(), "pv.docx")}, ".pdf, .md ou .txt")
	cliFail(t, []string{"--db", db, "minutes", "1", "-o", filepath.Join(t.TempDir(), "nowhere", "pv.pdf")}, "nowhere")
}

// Two sessions on the same day: the date alone does not say which, and the
// message lists both with their numbers.
func TestMinutesAmbiguousDate(t *testing.T) {
	db := cliDemoDB(t)
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.Session(1)
	if err != nil {
		t.Fatal(err)
	}
	second := store.Session{CampaignID: first.CampaignID, Date: first.Date, Territory: "Calaisis", Place: "Calais"}
	if err := s.CreateSession(&second); err != nil {
		t.Fatal(err)
	}
	s.Close()
	cliFail(t, []string{"--db", db, "minutes", first.Date}, "Plusieurs séances le 08/07/2026", "n° 1, 08/07/2026, Boulonnais", "Calaisis", "Donnez son numéro")
}

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"essradar/store/csvimport"
)

// csvData is what a CSV import prints as data: the file's headers, titles,
// holders, values and the campaign's territories.
var csvData = []string{"Montant demandé", "Hénin-Carvin", "Lens-Liévin", "Bonne ligne", "Bonne aussi", "Mauvais courriel", "Tout faux"}

// The CSV import's report (row reasons, warnings, duplicates, file errors)
// follows the language.
func TestImportCSVIsEnglish(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "radar.db")
	path := cliWriteFile(t, filepath.Join(dir, "a.csv"), refusedCSV)
	extra := cliWriteFile(t, filepath.Join(dir, "b.csv"), "Titre;Porteur;Territoire;Remarque\nBonne ligne;Asso;Artois;x\nSecond;Asso;Boulonais;y\n")
	bad := cliWriteFile(t, filepath.Join(dir, "bad.csv"), "Titre;Porteur;Territoire\r\nA;B;Artois\r\nC\x81;D;Artois\r\n")
	noCol := cliWriteFile(t, filepath.Join(dir, "nocol.csv"), "Titre;Porteur\nA;B\n")
	data := append(csvData, csvimport.Headers()...)
	for _, args := range [][]string{
		{"import", path, "--campaign", "2026"},
		{"import", path, "--campaign", "2026", "--skip-invalid"},
		{"import", extra, "--campaign", "2026", "--skip-invalid"},
		{"import", bad},
		{"import", noCol},
		{"import", path, "--campaign", "next"},
	} {
		for i, r := range englishRun(t, append([]string{"--db", db}, args...)...) {
			what := fmt.Sprintf("essradar %s (run %d)", strings.Join(args, " "), i)
			out := r.stdout + r.stderr
			if strings.Contains(out, "line") == false && strings.Contains(out, "campaign") == false {
				t.Errorf("%s: no English report:\n%s", what, out)
			}
			noFrench(t, what, out, data...)
		}
	}
	r := englishRun(t, "--db", db, "import", path, "--campaign", "2026")[0]
	for _, want := range []string{
		"line 3, column “Courriel”: “jean@” is not a valid e-mail address",
		"line 5, column “Porteur”: required field empty",
		"“Bonne ligne” held by “Asso” is already in campaign 2026 (initiative no. ",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lacks %q:\n%s", want, r.stdout)
		}
	}
	r = englishRun(t, "--db", db, "import", extra, "--campaign", "2026")[0]
	for _, want := range []string{"columns ignored (unknown headers): “Remarque”", "did you mean “Boulonnais”?"} {
		if !strings.Contains(r.stdout+r.stderr, want) {
			t.Errorf("lacks %q:\n%s%s", want, r.stdout, r.stderr)
		}
	}
}

// In French the same reports keep their French sentences.
func TestImportCSVStaysFrench(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "base.db")
	path := cliWriteFile(t, filepath.Join(dir, "a.csv"), refusedCSV)
	cliOK(t, "--db", db, "import", path, "--campaign", "2026", "--skip-invalid")
	extra := cliWriteFile(t, filepath.Join(dir, "b.csv"), "Titre;Porteur;Territoire;Remarque\nBonne ligne;Asso;Artois;x\nSecond;Asso;Boulonais;y\n")
	r := cliRun(t, "--db", db, "import", extra, "--campaign", "2026")
	for _, want := range []string{
		"Attention : colonnes ignorées (en-têtes inconnus) : « Remarque ».",
		"ligne 3, colonne « Territoire » : « Boulonais » n'est pas un territoire de la campagne 2026 : vouliez-vous dire « Boulonnais » ?",
		"ligne 2 : « Bonne ligne » porté par « Asso » est déjà dans la campagne 2026 (initiative n° 1)",
		"Import refusé : 1 ligne invalide, rien n'a été écrit",
	} {
		if !strings.Contains(r.stdout+r.stderr, want) {
			t.Errorf("lacks %q:\n%s%s", want, r.stdout, r.stderr)
		}
	}
}

// essradar check lists its problems in the catalogue's language.
func TestCheckProblemsLanguage(t *testing.T) {
	db := cliDemoDB(t)
	injectOrphanEvaluation(t, db, 999)
	for i, r := range englishRun(t, "--db", db, "check") {
		if r.code != 1 || !strings.Contains(r.stdout, "evaluation 999/") || !strings.Contains(r.stdout, "points to session no. 999, which does not exist") {
			t.Errorf("run %d: exit %d\n%s%s", i, r.code, r.stdout, r.stderr)
		}
		noFrench(t, fmt.Sprintf("check (run %d)", i), r.stdout+r.stderr, db)
	}
	t.Setenv("LANG", "fr_FR.UTF-8")
	r := cliRun(t, "--db", db, "check")
	if !strings.Contains(r.stdout, "évaluation 999/") || !strings.Contains(r.stdout, "renvoie à la séance n° 999, qui n'existe pas") {
		t.Errorf("French check:\n%s", r.stdout)
	}
}

package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"essradar/scoring"
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
		"row 3, column “Courriel”: “jean@” is not a valid e-mail address",
		"row 5, column “Porteur”: required field empty",
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

// The conflicts and rejections of a JSON import follow the language.
func TestImportJSONReportLanguage(t *testing.T) {
	db := cliDemoDB(t)
	dir := t.TempDir()
	doc := cliExport(t, db)
	first := doc["initiatives"].([]any)[0].(map[string]any)
	title := first["title"]
	first["title"] = "Changed"
	out, _ := json.Marshal(doc)
	conflict := cliWriteFile(t, filepath.Join(dir, "conflict.json"), string(out))
	first["title"] = title
	delete(doc, "sessions")
	out, _ = json.Marshal(doc)
	rejected := cliWriteFile(t, filepath.Join(dir, "rejected.json"), string(out))

	for _, c := range []struct{ db, path, want string }{
		{db, conflict, "initiative no. 1: differs on title"},
		{cliTempDB(t), rejected, "evaluation (session no. "},
	} {
		for i, r := range englishRun(t, "--db", c.db, "import", c.path) {
			if r.code != 1 || !strings.Contains(r.stdout, c.want) {
				t.Errorf("%s (run %d): exit %d\n%s%s", c.path, i, r.code, r.stdout, r.stderr)
			}
			noFrench(t, c.path, r.stdout+r.stderr, c.db)
		}
	}
	t.Setenv("LANG", "fr_FR.UTF-8")
	if r := cliRun(t, "--db", db, "import", conflict); !strings.Contains(r.stdout, "initiative n° 1 : diffère sur titre") {
		t.Errorf("French conflict:\n%s", r.stdout)
	}
	if r := cliRun(t, "--db", cliTempDB(t), "import", rejected); !strings.Contains(r.stdout, "évaluation (séance n° ") {
		t.Errorf("French rejection:\n%s", r.stdout)
	}
}

// A JSON export that does not read is explained in the language.
func TestImportJSONReadErrorsLanguage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "radar.db")
	files := map[string]string{
		"empty.json":     "",
		"schema.json":    `{"schema":"other/v9"}`,
		"noschema.json":  `{"campaigns":[]}`,
		"truncated.json": `{"schema":"essradar/v1","campaigns":[`,
		"comma.json":     `{"schema":"essradar/v1","campaigns":[],}`,
		"type.json":      `{"schema":"essradar/v1","campaigns":"x"}`,
	}
	for name, content := range files {
		path := cliWriteFile(t, filepath.Join(dir, name), content)
		for i, r := range englishRun(t, "--db", db, "import", path) {
			if r.code != 1 {
				t.Errorf("%s (run %d): exit %d", name, i, r.code)
			}
			noFrench(t, name, r.stderr, path)
		}
		t.Setenv("LANG", "fr_FR.UTF-8")
		if r := cliRun(t, "--db", db, "import", path); !strings.Contains(r.stderr, "Rien n'a été importé") {
			t.Errorf("French %s: %q", name, r.stderr)
		}
	}
}

// A grid file's problems (essradar grid check, --grid) follow the language.
func TestGridErrorsLanguage(t *testing.T) {
	dir := t.TempDir()
	src := string(scoring.DefaultSource())
	edit := func(name, old, new string) string {
		if !strings.Contains(src, old) {
			t.Fatalf("%q not in the default grid", old)
		}
		return cliWriteFile(t, filepath.Join(dir, name), strings.Replace(src, old, new, 1))
	}
	gr := scoring.Default()
	cases := []struct {
		path, en, fr string
	}{
		{edit("threshold.toml", "threshold = ", "threshold = 9.5 #"), "“threshold”: the threshold 9.5 must lie within the scale (0 to 4)", "« threshold » : le seuil 9,5 doit être compris dans l'échelle (0 à 4)"},
		{edit("typo.toml", "threshold = ", "treshold = "), "“treshold”: unknown field (a typo?)", "« treshold » : champ inconnu (faute de frappe ?)"},
		{edit("dup.toml", `id = "`+gr.Categories[1].ID+`"`, `id = "`+gr.Categories[0].ID+`"`), "“id” of category “" + gr.Categories[1].Label + "”: identifier “" + gr.Categories[0].ID + "” is already that of category 1",
			"« id » de la catégorie « " + gr.Categories[1].Label + " » : l'identifiant « " + gr.Categories[0].ID + " » est déjà celui de la catégorie 1"},
		{edit("marker.toml", `question = "`, `question = "" # "`), "“question” of marker 1 of category “" + gr.Categories[0].Label + "”: the guiding question is required",
			"« question » du marqueur 1 de la catégorie « " + gr.Categories[0].Label + " » : la question guide est obligatoire"},
	}
	data := []string{}
	for _, c := range gr.Categories {
		data = append(data, c.Label)
	}
	for _, c := range cases {
		for _, args := range [][]string{{"grid", "check", c.path}, {"--grid", c.path, "grid", "show"}} {
			for i, r := range englishRun(t, args...) {
				if r.code != 1 || !strings.Contains(r.stderr, c.en) {
					t.Errorf("%s (run %d): exit %d, stderr %q\nwant %q", args, i, r.code, r.stderr, c.en)
				}
				noFrench(t, c.path, r.stderr, append(data, c.path)...)
			}
			t.Setenv("LANG", "fr_FR.UTF-8")
			if r := cliRun(t, args...); !strings.Contains(r.stderr, c.fr) {
				t.Errorf("French %s: %q\nwant %q", args, r.stderr, c.fr)
			}
		}
	}
}

// essradar radar and grid show name the grid's categories, markers and
// levels in the catalogue's language when the grid has them (label_en).
func TestGridLabelsLanguage(t *testing.T) {
	gr := scoring.Default()
	c0 := gr.Categories[0]
	m0 := c0.Markers[0]
	// What a grid has no English for: its title and questions.
	data := []string{gr.Title}
	for _, m := range gr.Markers() {
		data = append(data, m.Marker.Question)
	}
	for _, args := range [][]string{
		{"radar", "--scores", m0.ID + "=3", "--width", "60", "--height", "14"},
		{"radar", "--scores", m0.ID + "=3", "--width", "60", "--height", "14", "--categories"},
		{"grid", "show"},
	} {
		for i, r := range englishRun(t, args...) {
			what := fmt.Sprintf("essradar %s (run %d)", strings.Join(args, " "), i)
			if r.code != 0 || !strings.Contains(r.stdout, c0.LabelEN) {
				t.Errorf("%s: exit %d, no %q:\n%s%s", what, r.code, c0.LabelEN, r.stdout, r.stderr)
			}
			noFrench(t, what, r.stdout, data...)
		}
		t.Setenv("LANG", "fr_FR.UTF-8")
		r := cliOK(t, args...)
		if !strings.Contains(r.stdout, c0.Label) || strings.Contains(r.stdout, c0.LabelEN) {
			t.Errorf("French %s: not the French labels:\n%s", args, r.stdout)
		}
	}
}

// A JSON import's summary counts with real plurals, the French participles
// agreeing with each kind of record.
func TestImportSummaryPlurals(t *testing.T) {
	db := cliDemoDB(t)
	file := filepath.Join(t.TempDir(), "a.json")
	// One campaign, so that "1 campagne" shows the singular (the demo
	// also holds past years).
	cliOK(t, "--db", db, "export", "--campaign", "2026", "-o", file)
	fresh := cliTempDB(t)
	r := cliOK(t, "--db", fresh, "import", file)
	for _, want := range []string{"1 campagne ajoutée, 0 déjà présente", "24 initiatives ajoutées", "10 membres ajoutés, 0 déjà présent ;"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lacks %q:\n%s", want, r.stdout)
		}
	}
	for i, r := range englishRun(t, "--db", db, "import", file) {
		if !strings.Contains(r.stdout, "0 campaigns added, 1 already present") || !strings.Contains(r.stdout, "0 members added, 10 already present") {
			t.Errorf("run %d:\n%s", i, r.stdout)
		}
		noFrench(t, "import summary", r.stdout, db, file)
	}
}

// The encoding a CSV file was read in is named in the language.
func TestImportCSVEncodingLanguage(t *testing.T) {
	dir := t.TempDir()
	path := cliWriteFile(t, filepath.Join(dir, "bom.csv"), "\xEF\xBB\xBF"+refusedCSV)
	for i, r := range englishRun(t, "--db", filepath.Join(dir, "radar.db"), "import", path, "--campaign", "2026") {
		if !strings.Contains(r.stdout, "(UTF-8 with BOM, semicolon separator)") {
			t.Errorf("run %d:\n%s", i, r.stdout)
		}
	}
	t.Setenv("LANG", "fr_FR.UTF-8")
	if r := cliRun(t, "--db", filepath.Join(dir, "base.db"), "import", path, "--campaign", "2026"); !strings.Contains(r.stdout, "(UTF-8 avec BOM, séparateur point-virgule)") {
		t.Errorf("French:\n%s", r.stdout)
	}
}

package importcsv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// importFile asks for path and imports it in lang, on the demo: the screen
// and its keys before, then after.
func importFile(t *testing.T, lang i18n.Lang, path string) (asking, done string) {
	t.Helper()
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), lang)), 120, 40)
	asking = sc.Plain() + "\n" + sc.FullHelp()
	sc.Press("ctrl+u") // the field starts with the current folder
	sc.Type(path)
	sc.Press("enter")
	return asking, sc.Plain() + "\n" + sc.FullHelp()
}

// In English, the import screen, a missing file and a finished import have
// no French text.
func TestImportInEnglish(t *testing.T) {
	dir := t.TempDir()
	asking, missing := importFile(t, i18n.EN, filepath.Join(dir, "none.csv"))
	if !strings.Contains(missing, "the file does not exist") {
		t.Errorf("missing file:\n%s", missing)
	}
	csv := filepath.Join(dir, "ok.csv")
	if err := os.WriteFile(csv, []byte("Titre;Porteur;Territoire\nJardin des possibles;Association Graines;Artois\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, done := importFile(t, i18n.EN, csv)
	if !strings.Contains(done, "separator semicolon") {
		t.Errorf("import:\n%s", done)
	}
	for name, v := range map[string]string{"asking": asking, "missing": missing, "done": done} {
		if f := tuitest.French(v); len(f) > 0 {
			t.Errorf("%s: French left %q:\n%s", name, f, v)
		}
	}
}

// In French, the separator and the missing file are French.
func TestImportInFrench(t *testing.T) {
	_, missing := importFile(t, i18n.FR, filepath.Join(t.TempDir(), "none.csv"))
	if !strings.Contains(missing, "le fichier n'existe pas") {
		t.Errorf("missing file:\n%s", missing)
	}
}

// A refused import's rows, warnings and duplicates follow the language.
func TestImportReportLanguage(t *testing.T) {
	csv := filepath.Join(t.TempDir(), "rows.csv")
	if err := os.WriteFile(csv, []byte("Titre;Porteur;Territoire;Courriel;Remarque\nJardin;;Artois;jean@;x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, en := importFile(t, i18n.EN, csv)
	for _, want := range []string{"row 2, column “Porteur”: required field empty", "“jean@” is not a valid e-mail address", "columns ignored (unknown headers): “Remarque”"} {
		if !strings.Contains(en, want) {
			t.Errorf("lacks %q:\n%s", want, en)
		}
	}
	data := strings.NewReplacer("Porteur", "", "Courriel", "", "Remarque", "", "Jardin", "")
	if f := tuitest.French(data.Replace(en)); len(f) > 0 {
		t.Errorf("French left %q:\n%s", f, en)
	}
	_, fr := importFile(t, i18n.FR, csv)
	for _, want := range []string{"ligne 2, colonne « Porteur » : champ obligatoire vide", "« jean@ » n'est pas une adresse e-mail valide", "colonnes ignorées (en-têtes inconnus) : « Remarque »"} {
		if !strings.Contains(fr, want) {
			t.Errorf("lacks %q:\n%s", want, fr)
		}
	}
}

// The tester's walk: after "le fichier n'existe pas" the path prompt was
// gone and typing did nothing. The prompt stays with the error, the path is
// corrected in place and enter imports; an error too long for 80 columns
// is wrapped, not cut.
func TestAMissingFileKeepsThePromptToCorrectThePath(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "ok.csv")
	if err := os.WriteFile(csv, []byte("Titre;Porteur;Territoire\nJardin des possibles;Association Graines;Artois\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("Titre;Porteur;Territoire\nJardin \x81;Association;Artois\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.FR)), 80, 24)
	sc.Press("ctrl+u")
	sc.Type(filepath.Join(dir, "ok.cs"))
	sc.Press("enter")
	v := sc.Plain()
	if !strings.Contains(strings.Join(strings.Fields(v), " "), "le fichier n'existe pas") || !strings.Contains(v, "› "+dir) {
		t.Fatalf("the error and the prompt must both show:\n%s", v)
	}
	sc.Press("ctrl+u")
	sc.Type(bad)
	sc.Press("enter")
	v = sc.Plain()
	flat := strings.Join(strings.Fields(v), " ")
	if !strings.Contains(flat, "ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez") {
		t.Fatalf("the encoding error must be whole:\n%s", v)
	}
	sc.Fits(80, 24, "encoding error")
	sc.Press("ctrl+u")
	sc.Type(csv)
	sc.Press("enter")
	if v := sc.Plain(); !strings.Contains(v, "ajoutée à la campagne") {
		t.Fatalf("the corrected path must import:\n%s", v)
	}
}

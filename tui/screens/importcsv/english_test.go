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

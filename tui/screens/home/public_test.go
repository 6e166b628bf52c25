package home

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// readList reads a written public list back: byte order mark, ';', rows.
func readList(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rest, ok := strings.CutPrefix(string(data), "\uFEFF")
	if !ok {
		t.Fatalf("no byte order mark in %s", path)
	}
	r := csv.NewReader(strings.NewReader(rest))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// words is the screen's text as one line, so a sentence wrapped at the
// screen's width still reads whole.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestHomeWritesThePublicListWhereItSays(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := newHome(t, s, i18n.FR, 120, 40)
	m := homeModel(t, sc)
	if !strings.Contains(sc.FullHelp(), "x exporter la liste publique") {
		t.Fatalf("the key is not in the help: %s", sc.FullHelp())
	}
	sc.Press("x")
	proposed := filepath.Join(filepath.Dir(s.Path()), "liste-publique-2026.csv")
	if !m.Capturing() || m.public.path.Value() != proposed {
		t.Fatalf("x asks for %q (capturing %v), want %q", m.public.path.Value(), m.Capturing(), proposed)
	}
	if v := sc.Plain(); !strings.Contains(v, "Liste publique pour le vote citoyen") || !strings.Contains(v, proposed) {
		t.Fatalf("the prompt is not shown:\n%s", v)
	}
	if h := sc.ShortHelp(); !strings.Contains(h, "écrire le fichier") || !strings.Contains(h, "annuler") {
		t.Errorf("help while asking: %s", h)
	}
	// q is a letter of the path here, not the quit key.
	out := filepath.Join(t.TempDir(), "vote.csv")
	sc.Press("ctrl+u")
	sc.Type(out)
	sc.Press("enter")
	want := "Liste publique de la campagne 2026 écrite dans " + out + " : 5 initiatives labellisées."
	if v := sc.Plain(); !strings.Contains(words(v), want) {
		t.Fatalf("no report %q:\n%s", want, v)
	}
	rows := readList(t, out)
	if len(rows) != 6 || rows[0][0] != "N°" || rows[0][5] != "Catégorie de label" || rows[1][5] != "Coopération" {
		t.Fatalf("file read back: %q", rows)
	}
	sc.Press("enter")
	if m.public.active() || !strings.Contains(sc.Plain(), "Épicerie solidaire") {
		t.Fatalf("enter does not close the report:\n%s", sc.Plain())
	}
}

func TestHomePublicListSaysWhyItFailed(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := newHome(t, s, i18n.FR, 80, 24)
	m := homeModel(t, sc)
	sc.Press("x", "ctrl+u")
	missing := filepath.Join(t.TempDir(), "absent", "l.csv")
	sc.Type(missing)
	sc.Press("enter")
	if !m.public.capturing() || !strings.Contains(m.public.failure, "n'existe pas") {
		t.Fatalf("missing folder: capturing %v, %q", m.public.capturing(), m.public.failure)
	}
	if v := sc.Plain(); !strings.Contains(v, "Liste publique non écrite") {
		t.Fatalf("the failure is not shown:\n%s", v)
	}
	sc.Fits(80, 24, "public list refused")
	// The database itself is never overwritten.
	before, _ := os.ReadFile(s.Path())
	sc.Press("ctrl+u")
	sc.Type(s.Path())
	sc.Press("enter")
	if !strings.Contains(m.public.failure, "la base elle-même") {
		t.Fatalf("writing over the database: %q", m.public.failure)
	}
	if after, _ := os.ReadFile(s.Path()); len(after) != len(before) {
		t.Fatal("the database changed")
	}
	sc.Press("esc")
	if m.public.active() || m.Capturing() {
		t.Fatal("esc does not close the prompt")
	}
}

func TestHomePublicListInEnglish(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := newHome(t, s, i18n.EN, 120, 40)
	m := homeModel(t, sc)
	sc.Press("x")
	if got := filepath.Base(m.public.path.Value()); got != "public-list-2026.csv" {
		t.Fatalf("proposed %q", got)
	}
	if bad := tuitest.French(sc.Plain() + sc.ShortHelp()); len(bad) > 0 {
		t.Errorf("French on the English prompt: %q\n%s", bad, sc.Plain())
	}
	sc.Press("enter")
	if v := sc.Plain(); !strings.Contains(words(v), "5 labelled initiatives") {
		t.Fatalf("English report:\n%s", v)
	}
	rows := readList(t, m.public.path.Value())
	if rows[0][0] != "Id" || rows[1][5] != "Cooperation" {
		t.Fatalf("English file: %q", rows[:2])
	}
}

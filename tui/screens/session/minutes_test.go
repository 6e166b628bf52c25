package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// onDate opens the demo's session held on date, in lang, at 100×30.
func onDate(t *testing.T, s *store.Store, lang i18n.Lang, date string) *tuitest.Screen {
	t.Helper()
	ses, err := s.Sessions("")
	if err != nil {
		t.Fatal(err)
	}
	for _, se := range ses {
		if se.Date == date {
			return tuitest.NewScreen(t, New(context.New(s, lang), se.ID, 0), 100, 30)
		}
	}
	t.Fatalf("no demo session on %s", date)
	return nil
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the minutes are not in %s: %v", path, err)
	}
	return string(data)
}

// v asks where to write the minutes, next to the database by default, and
// writes them there; the file's extension chooses the format.
func TestMinutesKey(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := onDate(t, s, i18n.FR, "2026-07-08")
	if !strings.Contains(sc.ShortHelp(), "v procès-verbal") {
		t.Errorf("the closed session does not offer its minutes: %s", sc.ShortHelp())
	}
	sc.Press("v")
	def := filepath.Join(filepath.Dir(s.Path()), "pv-2026-07-08-boulonnais.pdf")
	if v := sc.Plain(); !strings.Contains(v, "Écrire le procès-verbal (.pdf, .md ou .txt) dans :") || !strings.Contains(v, def) {
		t.Fatalf("v must ask where, %s by default:\n%s", def, v)
	}
	if !sc.S.Capturing() {
		t.Error("while the file is typed, q must reach the field")
	}
	sc.Press("enter")
	if pdf := readFile(t, def); !strings.HasPrefix(pdf, "%PDF-") {
		t.Errorf("the default file is no PDF: %.20q", pdf)
	}
	if v := sc.Plain(); !strings.Contains(v, "Procès-verbal écrit : "+def) {
		t.Errorf("the screen does not say where the minutes went:\n%s", v)
	}

	md := filepath.Join(t.TempDir(), "pv.md")
	sc.Press("v", "ctrl+u")
	sc.Type(filepath.Join(filepath.Dir(md), "pv.docx"))
	sc.Press("enter")
	if v := sc.Plain(); !strings.Contains(v, "choisissez un fichier .pdf, .md ou .txt") || !sc.S.Capturing() {
		t.Fatalf("a .docx must be refused, the field left open:\n%s", v)
	}
	sc.Press("backspace", "backspace", "backspace", "backspace")
	sc.Type("md")
	sc.Press("enter")
	if got := readFile(t, md); !strings.HasPrefix(got, "# Procès-verbal") || !strings.Contains(got, "Étaient présents") {
		t.Errorf("pv.md:\n%.300s", got)
	}

	sc.Press("v", "ctrl+u")
	sc.Type(filepath.Join(t.TempDir(), "nowhere", "pv.txt"))
	sc.Press("enter")
	if v := sc.Plain(); !strings.Contains(v, "le dossier n'existe pas") {
		t.Errorf("a missing folder must be said:\n%s", v)
	}
}

// Closing the session offers its minutes at once; esc leaves them for
// later.
func TestMinutesOfferedAtClose(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := onDate(t, s, i18n.FR, "2026-07-21")
	m := sc.S.(*Model)
	for i, id := range m.Sheet().Session.Agenda {
		if m.Sheet().State(id) == store.ItemDecided {
			continue
		}
		for m.Cursor() < i {
			sc.Press("down")
		}
		sc.Press("p", "esc")
	}
	sc.Press("c", "o")
	if !m.Sheet().Session.Sealed() {
		t.Fatalf("the session did not close:\n%s", sc.Plain())
	}
	def := filepath.Join(filepath.Dir(s.Path()), "pv-2026-07-21-arrageois.pdf")
	if v := sc.Plain(); !strings.Contains(v, "Séance close et scellée. Écrire son procès-verbal") || !strings.Contains(v, def) {
		t.Fatalf("no offer of the minutes after closing:\n%s", v)
	}
	sc.Press("enter")
	if pdf := readFile(t, def); !strings.HasPrefix(pdf, "%PDF-") || strings.Contains(pdf, "PROJET") {
		t.Errorf("the minutes written after closing are no final PDF")
	}
}

// p postpones and asks why; the reason is saved, and goes when the item
// comes back.
func TestPostponeReason(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := onDate(t, s, i18n.FR, "2026-07-21")
	m := sc.S.(*Model)
	sc.Press("down", "down", "down")
	id := m.Sheet().Session.Agenda[3]
	sc.Press("p")
	if v := sc.Plain(); !strings.Contains(v, "Motif du report (facultatif) :") {
		t.Fatalf("p must ask why:\n%s", v)
	}
	sc.Type("dossier incomplet, pièces à fournir")
	sc.Press("enter")
	se, err := s.Session(m.ID())
	if err != nil {
		t.Fatal(err)
	}
	if se.PostponeReasons[id] != "dossier incomplet, pièces à fournir" {
		t.Fatalf("reason on disk: %v", se.PostponeReasons)
	}
	sc.Press("p")
	if sc.S.Capturing() {
		t.Fatal("taking an item back asks nothing")
	}
	if se, _ = s.Session(m.ID()); len(se.PostponeReasons) != 0 || len(se.Postponed) != 0 {
		t.Errorf("back on the agenda, yet postponed %v with reasons %v", se.Postponed, se.PostponeReasons)
	}
}

// In English the prompts and the written notice are English.
func TestMinutesInEnglish(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := onDate(t, s, i18n.EN, "2026-07-08")
	sc.Press("v")
	v := sc.Plain() + sc.FullHelp()
	if !strings.Contains(v, "Write the minutes (.pdf, .md or .txt) to:") {
		t.Errorf("no English prompt:\n%s", v)
	}
	if f := tuitest.French(v); len(f) > 0 {
		t.Errorf("French left %q:\n%s", f, v)
	}
	sc.Press("enter")
	if v := sc.Plain(); !strings.Contains(v, "Minutes written: ") {
		t.Errorf("no English notice:\n%s", v)
	}
}

package minutes

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

var update = flag.Bool("update", false, "rewrite the golden minutes")

// demoSession finds the demo's session held on date, whatever its id.
func demoSession(t *testing.T, s *store.Store, date string) *store.SessionSheet {
	t.Helper()
	ses, err := s.Sessions("")
	if err != nil {
		t.Fatal(err)
	}
	for _, se := range ses {
		if se.Date == date {
			b, err := s.SessionSheet(se.ID)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("the demo has no session on %s", date)
	return nil
}

// closedDemo is the demo's closed session (Boulonnais, 8 July 2026).
func closedDemo(t *testing.T) *store.SessionSheet {
	return demoSession(t, tuitest.DemoStore(t), "2026-07-08")
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./tui/minutes -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what was written (go test ./tui/minutes -update rewrites it after a check):\n%s", name, got)
	}
}

func markdown(t *testing.T, b *store.SessionSheet, lang i18n.Lang) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Build(b, i18n.New(lang)).Markdown(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// The closed session's minutes, as the golden file keeps them, and what
// the committee decided found in them whatever the golden says.
func TestClosedSessionMinutes(t *testing.T) {
	b := closedDemo(t)
	if len(b.Session.Seal) != 64 {
		t.Fatalf("the demo's closed session has no seal: %q", b.Session.Seal)
	}
	fr := markdown(t, b, i18n.FR)
	// The seal covers the closing time, which is the demo's loading time:
	// the golden keeps its place, the test checks its value.
	sealed := func(s string) []byte {
		if !strings.Contains(s, b.Session.Seal) {
			t.Errorf("the minutes do not end with the session's fingerprint %s", b.Session.Seal)
		}
		return []byte(strings.ReplaceAll(s, b.Session.Seal, "<empreinte>"))
	}
	golden(t, "closed_fr.md", sealed(fr))
	cat := i18n.New(i18n.FR)
	for _, id := range b.Session.Agenda {
		in := b.Initiatives[id]
		if !strings.Contains(fr, in.Title) {
			t.Errorf("no item %q", in.Title)
		}
		d := b.Decision(id)
		if d == nil {
			t.Fatalf("%q undecided in a closed session", in.Title)
		}
		want := cat.Decision(b.Grid, d)
		if d.Outcome == store.OutcomeLabelled {
			want = cat.T("minutes.labelled", b.Grid.CategoryLabel(d.Category, "fr"))
		}
		if !strings.Contains(fr, "**Décision** : "+want) {
			t.Errorf("%q: decision %q not written", in.Title, want)
		}
		if d.Rationale != "" && !strings.Contains(fr, d.Rationale) {
			t.Errorf("%q: rationale %q not written", in.Title, d.Rationale)
		}
		if v := d.Votes; v != nil && !strings.Contains(fr, cat.T("minutes.votes", v.For, v.Against, v.Abstain)) {
			t.Errorf("%q: vote %+v not written", in.Title, *v)
		}
	}
	if len(b.Session.Recusals) == 0 {
		t.Fatal("the demo's closed session has no recusal to check")
	}
	for _, r := range b.Session.Recusals {
		want := b.Members[r.MemberID].Name + " s'est déporté(e) et n'a pas pris part à l'examen (motif : " + r.Reason + ")."
		if !strings.Contains(fr, want) {
			t.Errorf("recusal not written: %q", want)
		}
	}
	for _, w := range []string{"Étaient présents", "Excusés", "Sylvie Carpentier", "Récapitulatif", "Le président ou la présidente de séance", "```"} {
		if !strings.Contains(fr, w) {
			t.Errorf("no %q", w)
		}
	}
	if strings.Contains(fr, "PROJET") {
		t.Error("a closed session's minutes are no draft")
	}
	en := markdown(t, b, i18n.EN)
	golden(t, "closed_en.md", sealed(en))
	if f := tuitest.French(strings.Join(strings.FieldsFunc(en, func(r rune) bool { return r == '\n' }), "\n")); len(f) > 0 {
		t.Logf("French words in the English minutes (data may hold some): %q", f)
	}
}

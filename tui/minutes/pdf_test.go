package minutes

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"essradar/store"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// pdfText reads back what an uncompressed PDF writes with Tj: each string
// unescaped and decoded from cp1252, one per line, and the page count.
func pdfText(t *testing.T, m *Minutes) (text string, pages int) {
	t.Helper()
	var buf bytes.Buffer
	if err := m.writePDF(&buf, false); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	if !bytes.HasPrefix(raw, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", raw[:min(20, len(raw))])
	}
	var lines []string
	for _, s := range regexp.MustCompile(`\(((?:[^()\\]|\\.)*)\)\s*Tj`).FindAllSubmatch(raw, -1) {
		b := unescapePDF(s[1])
		u, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(u))
	}
	return strings.Join(lines, "\n"), bytes.Count(raw, []byte("/Type /Page\n"))
}

func unescapePDF(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 == len(b) {
			out = append(out, b[i])
			continue
		}
		i++
		switch c := b[i]; {
		case c == 'n':
			out = append(out, '\n')
		case c == 'r':
			out = append(out, '\r')
		case c >= '0' && c <= '7':
			v := 0
			for k := 0; k < 3 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v*8 + int(b[i]-'0')
				i++
			}
			i--
			out = append(out, byte(v))
		default:
			out = append(out, c)
		}
	}
	return out
}

// The printed minutes show every item and every decision, accents, ligature,
// euro sign and French quotes intact, and number their pages « page 2/7 ».
func TestPDFReadsBack(t *testing.T) {
	b := closedDemo(t)
	cat := i18n.New(i18n.FR)
	text, pages := pdfText(t, Build(b, cat))
	if pages < 2 {
		t.Fatalf("%d pages", pages)
	}
	want := []string{"Procès-verbal de la séance", "Étaient présents", "Excusés", "Sylvie Carpentier",
		"Récapitulatif", "Le président ou la présidente de séance", "€", "« Coopération »", "Œuvre commune",
		fmt.Sprintf("page 1/%d", pages), fmt.Sprintf("page %d/%d", pages, pages)}
	for _, id := range b.Session.Agenda {
		want = append(want, b.Initiatives[id].Title, b.Initiatives[id].Holder.Name)
		if d := b.Decision(id); d != nil && d.Outcome != store.OutcomeLabelled {
			want = append(want, cat.Decision(b.Grid, d))
		}
	}
	for _, r := range b.Session.Recusals {
		want = append(want, b.Members[r.MemberID].Name+" s'est déporté(e)")
	}
	flat := strings.ReplaceAll(strings.ReplaceAll(text, "\n", " "), "\u00a0", " ")
	for _, w := range want {
		if !strings.Contains(flat, w) {
			t.Errorf("the PDF does not say %q", w)
		}
	}
	if strings.Contains(flat, "PROJET") {
		t.Error("a closed session's PDF says PROJET")
	}
}

// An open session's minutes are a draft on every page, in every format;
// a sealed one ends with its fingerprint.
func TestDraftAndSeal(t *testing.T) {
	s := tuitest.DemoStore(t)
	open := demoSession(t, s, "2026-07-21")
	if open.Session.Sealed() {
		t.Fatal("the demo's session of 21 July should be open")
	}
	m := Build(open, i18n.New(i18n.FR))
	text, pages := pdfText(t, m)
	if n := strings.Count(text, m.T("minutes.draft")); n < pages {
		t.Errorf("%d draft marks on %d pages", n, pages)
	}
	if n := strings.Count(text, "PROJET · "); n != pages {
		t.Errorf("%d footers say PROJET on %d pages", n, pages)
	}
	var md, txt bytes.Buffer
	if err := m.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := m.Text(&txt); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"markdown": md.String(), "text": txt.String()} {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if !strings.Contains(lines[0], "PROJET") || !strings.Contains(lines[len(lines)-1], "PROJET") {
			t.Errorf("%s: the draft is not marked at the top and the bottom:\n%s", name, out)
		}
		if !strings.Contains(out, "Pas encore décidée.") {
			t.Errorf("%s: the undecided items are not said so", name)
		}
	}

	closed := closedDemo(t)
	closed.Session.Seal = strings.Repeat("ab12", 16)
	m = Build(closed, i18n.New(i18n.FR))
	text, _ = pdfText(t, m)
	if !strings.Contains(text, closed.Session.Seal) || !strings.Contains(text, "Empreinte de la séance scellée") {
		t.Error("the PDF of a sealed session does not end with its fingerprint")
	}
	md.Reset()
	if err := m.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), m.T("minutes.seal")+" "+closed.Session.Seal) {
		t.Errorf("the Markdown does not end with the fingerprint")
	}
}

// A postponement's reason and an amendment made after the seal are in the
// record of the item.
func TestPostponementAndAmendment(t *testing.T) {
	s := tuitest.DemoStore(t)
	open := demoSession(t, s, "2026-07-21")
	se := open.Session
	id := se.Agenda[3]
	se.Postponed = append(se.Postponed, id)
	se.PostponeReasons = map[uint64]string{id: "dossier incomplet"}
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	b, err := s.SessionSheet(se.ID)
	if err != nil {
		t.Fatal(err)
	}
	md := markdown(t, b, i18n.FR)
	if !strings.Contains(md, "**Décision** : Reportée (motif : dossier incomplet).") {
		t.Errorf("no postponement with its reason:\n%s", md)
	}

	closed := closedDemo(t)
	first := closed.Session.Agenda[0]
	after := closed.Evals[first]
	after.Decision = &store.Decision{Outcome: store.OutcomeDeferred, Rationale: "erreur matérielle"}
	closed.Amendments[first] = []store.Amendment{{InitiativeID: first, Reason: "erreur de saisie", After: &after}}
	md = markdown(t, closed, i18n.FR)
	if !strings.Contains(md, "(motif : erreur de saisie) : nouvelle décision, Ajournée.") {
		t.Errorf("no amendment:\n%s", md)
	}
}

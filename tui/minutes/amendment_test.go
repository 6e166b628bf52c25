package minutes

import (
	"bytes"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/i18n"
)

// The minutes of an amended item give the amendment's reason and the new
// decision's rationale, in every format and both languages.
func TestAmendmentRationaleInEveryFormat(t *testing.T) {
	for lang, want := range map[i18n.Lang][]string{
		i18n.FR: {"(motif : Erreur matérielle)", "Motivation de la nouvelle décision : Erreur de saisie."},
		i18n.EN: {"(reason: Erreur matérielle)", "Rationale of the new decision: Erreur de saisie."},
	} {
		b := closedDemo(t)
		first := b.Session.Agenda[0]
		after := b.Evals[first]
		after.Decision = &store.Decision{Outcome: store.OutcomeLabelled, Category: "innovation", Rationale: "Erreur de saisie"}
		b.Amendments[first] = []store.Amendment{{InitiativeID: first, Reason: "Erreur matérielle", After: &after}}
		m := Build(b, i18n.New(lang))
		var md, txt bytes.Buffer
		if err := m.Markdown(&md); err != nil {
			t.Fatal(err)
		}
		if err := m.Text(&txt); err != nil {
			t.Fatal(err)
		}
		pdf, _ := pdfText(t, m)
		for name, out := range map[string]string{"markdown": md.String(), "text": txt.String(),
			"pdf": strings.ReplaceAll(strings.ReplaceAll(pdf, "\n", " "), "\u00a0", " ")} {
			for _, w := range want {
				if !strings.Contains(out, strings.ReplaceAll(w, "\u00a0", " ")) {
					t.Errorf("%s %s: no %q", lang, name, w)
				}
			}
		}
	}
}

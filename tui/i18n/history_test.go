package i18n

import (
	"strings"
	"testing"
	"time"

	"essradar/scoring"
	"essradar/store"
)

func TestAuditLineInWords(t *testing.T) {
	g := scoring.Default()
	marker := g.Markers()[0].Marker
	at := time.Date(2026, 7, 12, 14, 5, 0, 0, time.Local)
	update := store.AuditEntry{At: at, Action: "update", Kind: "initiative", ID: "12", Changes: []store.FieldChange{
		{Field: "territory", Old: "Nord", New: "Sud"},
		{Field: "amount_cents", Old: "150050", New: ""},
		{Field: "holder.email", Personal: true},
		{Field: "holder.phone", Personal: true},
		{Field: "mystery.path", Old: "a\x1b[31m", New: "b"},
	}}
	fr := New(FR).AuditLine(g, update)
	for _, want := range []string{"12/07/2026 14:05 · initiative 12 · modification", "territoire\u00a0: Nord → Sud",
		"montant demandé\u00a0: 1\u202f500,50\u00a0€ → —", "coordonnées du porteur modifiées (courriel, téléphone\u00a0; valeurs non conservées)", "mystery.path"} {
		if !strings.Contains(fr, want) {
			t.Errorf("the line lacks %q:\n%s", want, fr)
		}
	}
	if strings.Contains(fr, "\x1b") {
		t.Errorf("stored text must not reach the terminal raw: %q", fr)
	}
	en := New(EN).AuditLine(g, update)
	if !strings.Contains(en, "2026-07-12 14:05 · initiative 12 · changed · territory: Nord → Sud") {
		t.Errorf("English line: %s", en)
	}

	eval := store.AuditEntry{At: at, Action: "update", Kind: "evaluation", ID: "3/12", Changes: []store.FieldChange{
		{Field: "scores." + marker.ID, Old: "2", New: "-1"},
		{Field: "decision.outcome", New: "labellise"},
		{Field: "decision.at", New: "2026-07-12T14:05:00+02:00"},
	}}
	got := New(FR).AuditLine(g, eval)
	for _, want := range []string{"évaluation (séance 3, initiative 12)", "note «\u00a0" + marker.ShortLabel() + "\u00a0»\u00a0: 2 → " + g.Scale.NotApplicable,
		"décision\u00a0: — → labellisée", "décidée le\u00a0: — → "} {
		if !strings.Contains(got, want) {
			t.Errorf("the evaluation line lacks %q:\n%s", want, got)
		}
	}
	erase := store.AuditEntry{At: at, Action: "erase", Kind: "initiative", ID: "12", Changes: []store.FieldChange{{Field: "holder.contact_name", Personal: true}}}
	if got := New(FR).AuditLine(g, erase); !strings.HasSuffix(got, "effacement des coordonnées · coordonnées du porteur effacées (contact\u00a0; valeurs non conservées)") {
		t.Errorf("erase line: %s", got)
	}
}

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

// A decision amended within the minute read « décidée le : 23:54 → 23:54 »:
// the times that differ only in their seconds are said to the second.
func TestAuditTimesInTheSameMinuteDiffer(t *testing.T) {
	at := time.Date(2026, 7, 12, 23, 54, 10, 0, time.Local)
	e := store.AuditEntry{At: at, Action: "amend", Kind: "evaluation", ID: "3/12", Changes: []store.FieldChange{
		{Field: "decision.at", Old: at.Format(time.RFC3339Nano), New: at.Add(41 * time.Second).Format(time.RFC3339Nano)},
	}}
	fr := New(FR).AuditLine(scoring.Default(), e)
	if !strings.Contains(fr, "12/07/2026 23:54:10 → 12/07/2026 23:54:51") {
		t.Errorf("the times read alike:\n%s", fr)
	}
	en := New(EN).AuditLine(scoring.Default(), e)
	if !strings.Contains(en, "2026-07-12 23:54:10 → 2026-07-12 23:54:51") {
		t.Errorf("the times read alike:\n%s", en)
	}
	// Times in different minutes keep the minute.
	e.Changes[0].New = at.Add(time.Hour).Format(time.RFC3339Nano)
	if fr := New(FR).AuditLine(scoring.Default(), e); !strings.Contains(fr, "12/07/2026 23:54 → 13/07/2026 00:54") {
		t.Errorf("times an hour apart:\n%s", fr)
	}
}

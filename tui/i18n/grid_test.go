package i18n

import (
	"testing"

	"essradar/scoring"
)

// Grid texts follow the catalogue: English labels when the grid has them,
// the French ones otherwise; "non concerné" from the catalogue in English.
func TestGridTextsFollowTheCatalogue(t *testing.T) {
	g := scoring.Default()
	fr, en := New(FR), New(EN)
	// The grid's short English name, so that labels around the radar are
	// not cut in English.
	if got := en.CategoryShort(g, "pratique"); got != "Practice" {
		t.Errorf("EN category = %q", got)
	}
	if got := fr.CategoryShort(g, "pratique"); got != "Pratique" {
		t.Errorf("FR category = %q", got)
	}
	if got := en.NotApplicable(g); got != "Not applicable" {
		t.Errorf("EN not applicable = %q", got)
	}
	if got := fr.NotApplicable(g); got != g.Scale.NotApplicable {
		t.Errorf("FR not applicable = %q", got)
	}
	if en.GridLang() != scoring.LangEN || fr.GridLang() != scoring.LangFR {
		t.Error("GridLang")
	}
}

// Key names shown in the help: the yes key is o in French, y in English.
func TestScreenKeyNames(t *testing.T) {
	for k, want := range map[string]string{"o/y": "y", "entrée/tab": "enter/tab", "J/maj+↓": "J/shift+↓", "K/maj+↑": "K/shift+↑"} {
		if got := New(EN).KeyName(k); got != want {
			t.Errorf("EN %s = %q, want %q", k, got, want)
		}
	}
	if got := New(FR).KeyName("o/y"); got != "o" {
		t.Errorf("FR o/y = %q", got)
	}
}

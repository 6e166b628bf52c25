package i18n

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// The plural test keys live only here: the catalogues stay free of them.
func withPluralKeys(t *testing.T) {
	t.Helper()
	add := func(m map[string]string, k, v string) {
		if _, ok := m[k]; ok {
			t.Fatalf("test key %q already in a catalogue", k)
		}
		m[k] = v
		t.Cleanup(func() { delete(m, k) })
	}
	add(fr, "test.init.one", "%d initiative")
	add(fr, "test.init.other", "%d initiatives")
	add(en, "test.init.one", "%d initiative")
	add(en, "test.init.other", "%d initiatives")
	add(fr, "test.in.one", "%d initiative à %s")
	add(fr, "test.in.other", "%d initiatives à %s")
	add(fr, "test.only.other", "%d fois")
}

func TestPlurals(t *testing.T) {
	withPluralKeys(t)
	cases := []struct {
		lang Lang
		n    int
		want string
	}{
		{FR, 0, "0 initiative"}, {FR, 1, "1 initiative"}, {FR, 2, "2 initiatives"}, {FR, 1000, "1\u202f000 initiatives"}, {FR, 2518, "2\u202f518 initiatives"}, {FR, 999, "999 initiatives"},
		{EN, 0, "0 initiatives"}, {EN, 1, "1 initiative"}, {EN, 2, "2 initiatives"}, {EN, 20000, "20,000 initiatives"},
		{FR, -1, "-1 initiative"}, {EN, -1, "-1 initiative"}, {EN, -1500, "-1,500 initiatives"},
	}
	for _, c := range cases {
		if got := New(c.lang).N(c.n, "test.init"); got != c.want {
			t.Errorf("%s N(%d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
	if got := New(FR).N(2, "test.in", "Calais"); got != "2 initiatives à Calais" {
		t.Errorf("N with args = %q", got)
	}
	// A key without a singular form uses its other form; English falls
	// back to French like T.
	if got := New(FR).N(1, "test.only"); got != "1 fois" {
		t.Errorf("N without .one = %q", got)
	}
	if got := New(EN).N(0, "test.in", "Calais"); got != "0 initiatives à Calais" {
		t.Errorf("EN N falls back to French = %q", got)
	}
	// CLDR's French "many" (a million) has no key: it reads as other.
	if got := New(FR).N(1000000, "test.init"); got != "1\u202f000\u202f000 initiatives" {
		t.Errorf("FR N(1000000) = %q", got)
	}
}

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Écomusée":                      "ecomusee",
		"Saint-Omer":                    "saint omer",
		"  L'Œuvre  des  Cœurs ":        "l oeuvre des coeurs",
		"ÆSOP Straße":                   "aesop strasse",
		"Conserverie coopérative":       "conserverie cooperative",
		"déca\u0301ler":                 "decaler", // already decomposed
		"HÉNIN_CARVIN (62)":             "henin carvin 62",
		"prix\u00a0: 20\u202f000 €":     "prix 20 000",
		"":                              "",
		"plain ascii, Already-Folded 1": "plain ascii already folded 1",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if !strings.Contains(Fold("Écomusée du Bassin minier"), Fold("ECO")) {
		t.Error("« Écomusée » does not match eco")
	}
	if strings.Contains(Fold("conserverie coopérative"), Fold("eco")) {
		t.Error("eco matches across a space")
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{"12/07/2027": "2027-07-12", " 1/2/2027 ": "2027-02-01", "29/02/2028": "2028-02-29"} {
		if got, err := ParseDate(in); err != nil || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"31/02/2027", "2027-07-12", "12/07/27", "", "demain"} {
		if _, err := ParseDate(in); !errors.Is(err, ErrBadDate) {
			t.Errorf("ParseDate(%q) error = %v", in, err)
		}
	}
	if got := InputDate("2027-07-12"); got != "12/07/2027" {
		t.Errorf("InputDate = %q", got)
	}
	if got := InputDate("bientôt"); got != "bientôt" {
		t.Errorf("InputDate(not a date) = %q", got)
	}
	iso, _ := ParseDate(InputDate("2026-01-05"))
	if iso != "2026-01-05" {
		t.Errorf("round trip = %q", iso)
	}
}

func TestDecimal(t *testing.T) {
	fr, en := New(FR), New(EN)
	for v, want := range map[float64]string{3: "3", 2.5: "2,5", 2.75: "2,75", 3.333333: "3,33", 0: "0", -0.001: "0", 2.125: "2,13", 12: "12"} {
		if got := fr.Score(v); got != want {
			t.Errorf("FR Score(%v) = %q, want %q", v, got, want)
		}
	}
	if got := en.Score(2.75); got != "2.75" {
		t.Errorf("EN Score = %q", got)
	}
	// The radar writes one decimal; the same rounding.
	for v, want := range map[float64]string{3: "3", 2.5: "2,5", 0: "0", -0.01: "0", 3.96: "4", 1.25: "1,3"} {
		if got := fr.Decimal(v, 1); got != want {
			t.Errorf("FR Decimal(%v, 1) = %q, want %q", v, got, want)
		}
	}
	if got := fr.Score(math.NaN()); got != "–" {
		t.Errorf("Score(NaN) = %q", got)
	}
	if got := en.Decimal(1234.5, 0); got != "1235" {
		t.Errorf("Decimal(1234.5, 0) = %q", got)
	}
	if got := fr.Number(2.5); got != fr.Score(2.5) {
		t.Errorf("Number and Score differ: %q", got)
	}
}

// The table that folds French text rune by rune gives what the full
// decomposition gives, on every rune it holds and mixed with others.
func TestFoldByTableIsTheDecomposition(t *testing.T) {
	for r := range runeStrips {
		for _, s := range []string{string(r), "É" + string(r) + "e\u0301", "Maison de l’" + string(r) + "ESS"} {
			want := stripAccents(s)
			if got, ok := stripByTable(s); ok && got != want {
				t.Errorf("stripByTable(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"Œuvre commune : fresque participative", "Café « solidaire » — Saint\u202fOmer", "Straße"} {
		got, ok := stripByTable(s)
		if !ok || got != stripAccents(s) {
			t.Errorf("stripByTable(%q) = %q, %v; want %q", s, got, ok, stripAccents(s))
		}
	}
	if _, ok := stripByTable("e\u0301"); ok {
		t.Error("a combining accent must take the full decomposition")
	}
}

// A number that is not a counted noun (« lignes : 12 000 ») is grouped as
// counts are.
func TestCountGroupsDigits(t *testing.T) {
	if got := fmt.Sprintf("lignes : %d", New(FR).Count(12000)); got != "lignes : 12\u202f000" {
		t.Errorf("FR: %q", got)
	}
	if got := fmt.Sprintf("rows: %d", New(EN).Count(12000)); got != "rows: 12,000" {
		t.Errorf("EN: %q", got)
	}
}

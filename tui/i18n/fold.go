package i18n

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold folds text for search: lower case, no accents, œ → oe, æ → ae,
// ß → ss, and every run of other characters (spaces, hyphens, apostrophes,
// punctuation) made one space, trimmed at both ends. So "eco" finds
// "Écomusée" and "saint omer" finds "Saint-Omer", yet a query never matches
// across a space it does not contain. A query and the text it searches must
// both go through Fold.
//
// Lower-casing is unicode.ToLower rune by rune rather than cases.Fold:
// cases.Fold also rewrites letters no French text contains (ſ, final ς) and
// the table search has always behaved as ToLower does.
func Fold(s string) string {
	if !isASCII(s) {
		// Ligatures first: they do not decompose into a letter and an accent.
		s = ligatures.Replace(s)
		// Decompose then drop the accents (Mn: nonspacing marks), "É" → "E".
		// A Chain holds buffers and Fold runs in concurrent tea.Cmds, so
		// each call builds its own.
		strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)))
		if t, _, err := transform.String(strip, s); err == nil {
			s = t
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		// Marks left by a failed transform are dropped like accents.
		if !unicode.Is(unicode.Mn, r) {
			space = true
		}
	}
	return b.String()
}

// ligatures are letters people type as two.
var ligatures = strings.NewReplacer("œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae", "ß", "ss")

// isASCII spares the decomposition to the many titles that need none:
// folding 20 000 titles happens while the secretary waits.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

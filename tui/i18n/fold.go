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
		if t, ok := stripByTable(s); ok {
			s = t
		} else {
			s = stripAccents(s)
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

// stripAccents replaces the ligatures, then decomposes and drops the
// accents (Mn: nonspacing marks), "É" → "E".
func stripAccents(s string) string {
	// Ligatures first: they do not decompose into a letter and an accent.
	s = ligatures.Replace(s)
	// A Chain holds buffers and Fold runs in concurrent tea.Cmds, so each
	// call builds its own.
	strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)))
	if t, _, err := transform.String(strip, s); err == nil {
		return t
	}
	return s
}

// The runes of French text beyond ASCII: Latin-1 and Latin Extended-A
// and -B (accented letters, œ, æ, ß, the no-break space) and General
// Punctuation (’, «, », dashes, the narrow no-break space). None is a
// combining mark, so each one folds alone as it would in any string.
const (
	latinFirst, latinLast = 0x80, 0x24F
	punctFirst, punctLast = 0x2000, 0x206F
)

// runeStrips is what stripAccents makes of each of those runes alone,
// computed once: building a normalisation chain for every string was
// most of the home screen's load at 20,000 initiatives.
var runeStrips = func() map[rune]string {
	m := make(map[rune]string, latinLast-latinFirst+1+punctLast-punctFirst+1)
	for _, span := range [][2]rune{{latinFirst, latinLast}, {punctFirst, punctLast}} {
		for r := span[0]; r <= span[1]; r++ {
			m[r] = stripAccents(string(r))
		}
	}
	return m
}()

// stripByTable is stripAccents for a string whose runes beyond ASCII are all
// in runeStrips; ok is false for any other.
func stripByTable(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		t, ok := runeStrips[r]
		if !ok {
			return "", false
		}
		b.WriteString(t)
	}
	return b.String(), true
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

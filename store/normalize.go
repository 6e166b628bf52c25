package store

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ligatures are letters that do not decompose into a base letter and an
// accent but that people type in two letters.
var ligatures = strings.NewReplacer("œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae", "ß", "ss")

// NormalizeName folds a name for matching: lower case, no accents, and only
// letters and digits kept, so "Hénin-Carvin", "henin carvin" and "HENIN_CARVIN"
// all give "henincarvin".
func NormalizeName(s string) string {
	s = ligatures.Replace(s)
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// accent: dropped
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

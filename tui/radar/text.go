package radar

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
)

const (
	ellipsis      = "…"
	asciiEllipsis = "." // French abbreviations end with a period, so "Gouvernance dém." still reads naturally
	// unscored marks an axis the committee has not scored yet. A dash read
	// as "nothing", too close to « 0 Absent »; a question mark reads as
	// "still open" from the back of the room, and is ASCII.
	unscored      = "?"
	asciiUnscored = "?"
)

// strWidth is the number of terminal columns s occupies. Labels carry
// accents ("Écologie") and possibly wide characters, so bytes and runes both
// lie; grapheme clusters are what terminals advance by.
func strWidth(s string) int { return displaywidth.String(s) }

// cleanLabel makes a label safe to paint into a fixed grid: control
// characters (tabs, newlines, stray ESC from pasted text) would break the
// one-column-per-cell contract and, with Color off, the "no ESC byte"
// promise. fold also turns accents into ASCII, for output that must be
// pure ASCII (Chart.FoldLabels); ASCII drawing mode alone does not fold,
// since a terminal without braille still shows « Écologie ».
func cleanLabel(s string, fold bool) string {
	if isClean(s, fold) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\u00a0' || r == '\u202f' || r == '\u2009' {
			r = ' '
		}
		if r == ' ' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if fold && r >= 0x80 {
			b.WriteString(foldRune(r))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldRune maps the characters French labels realistically contain to
// ASCII. Anything else becomes '?' so the output stays printable ASCII.
func foldRune(r rune) string {
	switch {
	case r >= 0x300 && r <= 0x36f: // combining accents of decomposed text
		return ""
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return "a"
	case 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å':
		return "A"
	case 'ç':
		return "c"
	case 'Ç':
		return "C"
	case 'è', 'é', 'ê', 'ë':
		return "e"
	case 'È', 'É', 'Ê', 'Ë':
		return "E"
	case 'ì', 'í', 'î', 'ï':
		return "i"
	case 'Ì', 'Í', 'Î', 'Ï':
		return "I"
	case 'ñ':
		return "n"
	case 'Ñ':
		return "N"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
		return "o"
	case 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø':
		return "O"
	case 'ù', 'ú', 'û', 'ü':
		return "u"
	case 'Ù', 'Ú', 'Û', 'Ü':
		return "U"
	case 'ý', 'ÿ':
		return "y"
	case 'Ý', 'Ÿ':
		return "Y"
	case 'œ':
		return "oe"
	case 'Œ':
		return "OE"
	case 'æ':
		return "ae"
	case 'Æ':
		return "AE"
	case 'ß':
		return "ss"
	case '’', '‘', '‚', '′':
		return "'"
	case '“', '”', '„', '«', '»':
		return "\""
	case '–', '—', '‐', '‑', '−':
		return "-"
	case '…':
		return "..."
	case '·', '•':
		return "."
	case '€':
		return "EUR"
	}
	return "?"
}

// fmtNum writes a score the way the committee writes it on paper: French
// decimal comma, at most one decimal, no trailing ",0".
func fmtNum(v float64) string {
	r := math.Round(v*10) / 10
	if r == 0 {
		r = 0 // no "-0"
	}
	if r == math.Trunc(r) && math.Abs(r) < 1e15 {
		return strconv.FormatFloat(r, 'f', 0, 64)
	}
	return strings.Replace(strconv.FormatFloat(r, 'f', 1, 64), ".", ",", 1)
}

// truncName shortens s to at most w columns, ending with ell. Trailing
// spaces and punctuation are dropped before the ellipsis: "Entraide et …"
// wastes a column and reads worse than "Entraide et…".
func truncName(s string, w int, ell string) string {
	if strWidth(s) <= w {
		return s
	}
	if w <= 0 {
		return ""
	}
	ew := strWidth(ell)
	end, used := 0, 0
	g := displaywidth.StringGraphemes(s)
	pos := 0
	first := ""
	for g.Next() {
		v := g.Value()
		gw := g.Width()
		if first == "" {
			first = v
		}
		if used+gw > w-ew {
			break
		}
		used += gw
		pos += len(v)
		end = pos
	}
	head := strings.TrimRight(s[:end], " -'’,;:.")
	if head == "" {
		// Not even one character plus the ellipsis fits: a bare initial is
		// more useful than a lone "…".
		if strWidth(first) <= w {
			return first
		}
		return ""
	}
	return head + ell
}

// isClean reports whether cleanLabel would return s unchanged, so the
// usual label costs no allocation.
func isClean(s string, fold bool) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || (fold && c >= 0x80) {
			return false
		}
		if c >= 0x80 {
			// Non-ASCII: reject the few multi-byte spaces and C1 controls
			// cleanLabel rewrites; everything else passes through.
			r, n := utf8.DecodeRuneInString(s[i:])
			if (r >= 0x80 && r < 0xa0) || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == utf8.RuneError {
				return false
			}
			i += n - 1
			prevSpace = false
			continue
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	return true
}

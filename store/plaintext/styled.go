package plaintext

import "strings"

// Styled is Visible for text that already holds colours and styles: every
// select graphic rendition sequence (ESC [ digits, ';' or ':' … m) stays as
// it is, everything else is made visible as Visible does. It is the last
// guard of a whole screen: a record's text shown without Line on some
// screen can still not move the cursor, rename the window, write to the
// clipboard, open a link or ring; at worst a colour code in it colours.
// Like Visible, the result holds no control character but line feeds, tabs
// and the ESC of those sequences.
func Styled(s string) string {
	if untouched(s, true, false) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for len(s) > 0 {
		i := strings.IndexByte(s, 0x1b)
		if i < 0 {
			b.WriteString(visible(s, false))
			break
		}
		b.WriteString(visible(s[:i], false))
		if n := sgrLength(s[i:]); n > 0 {
			b.WriteString(s[i : i+n])
			s = s[i+n:]
			continue
		}
		b.WriteString("^[")
		s = s[i+1:]
	}
	return b.String()
}

// sgrLength is the length of the select graphic rendition sequence s starts
// with, 0 when it starts with none.
func sgrLength(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for j := 2; j < len(s); j++ {
		switch c := s[j]; {
		case c == 'm':
			return j + 1
		case c >= '0' && c <= '9', c == ';', c == ':':
		default:
			return 0
		}
	}
	return 0
}

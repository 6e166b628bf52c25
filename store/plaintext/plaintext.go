// Package plaintext keeps text that came from a file, a form or an import
// what it is: data. Clean drops, on the way in, the characters that have no
// business in a record; Visible and Line make whatever a record still holds
// harmless on the way out, so no stored text ever reaches a terminal as a
// control sequence (a title cannot rename the window, write to the clipboard
// or turn the rest of the screen red).
package plaintext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// control says whether r drives a terminal instead of being shown: C0 (tab
// and line feed are handled by the callers), DEL and C1.
func control(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// bidi says whether r overrides or isolates the writing direction: in a
// table, it moves the columns after it.
func bidi(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// zeroWidth says whether r takes no cell: in a one-line field it hides text
// or makes two titles look the same.
func zeroWidth(r rune) bool {
	switch r {
	case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad:
		return true
	}
	return false
}

// Clean is what an importer or a form keeps of a field: no control
// character, no direction override; tabs and line breaks (CRLF and CR become
// LF) only when multiline, zero-width characters only when multiline.
// Invalid UTF-8 becomes U+FFFD.
func Clean(s string, multiline bool) string {
	if untouched(s, multiline, multiline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			if multiline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\n' || r == '\t':
			if multiline {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		case control(r), bidi(r):
		case zeroWidth(r) && !multiline:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// untouched says whether s passes as it is: valid UTF-8, no control
// character but line feeds and tabs where breaks are kept, no direction
// control, zero-width characters only where they are kept. Clean and the
// visible forms return such a string without copying it.
func untouched(s string, breaksKept, zeroWidthKept bool) bool {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false
			}
		case r == '\n' || r == '\t':
			if !breaksKept {
				return false
			}
		case control(r), bidi(r):
			return false
		case zeroWidth(r) && !zeroWidthKept:
			return false
		}
	}
	return true
}

// Visible writes stored text for a terminal: line feeds and tabs stay, every
// other C0 control character and DEL is shown in caret notation (ESC as ^[,
// BEL as ^G, CR as ^M, DEL as ^?: plain ASCII, which every terminal font and
// the projector show, where the Control Pictures block is often missing), a
// C1 control, a direction override or an invisible character as its code
// point (⟨U+009B⟩), invalid UTF-8 as U+FFFD. Nothing in the result is a
// terminal command, and its only control characters are line feeds and tabs.
func Visible(s string) string { return visible(s, false) }

// Line is Visible for one line of a table or a status: line feeds and tabs
// become spaces too, so a title can never break a row.
func Line(s string) string { return visible(s, true) }

func visible(s string, oneLine bool) string {
	if untouched(s, !oneLine, false) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\n' || r == '\t':
			if oneLine {
				b.WriteByte(' ')
			} else {
				b.WriteRune(r)
			}
		case r == '\r' && oneLine:
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteByte('^')
			b.WriteByte(byte(r) + 0x40) // ^[ for ESC
		case r == 0x7f:
			b.WriteString("^?")
		case control(r), bidi(r), zeroWidth(r):
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

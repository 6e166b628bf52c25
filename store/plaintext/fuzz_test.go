package plaintext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzInvariants: what the rest of the program relies on, for any text.
// Visible and Line let no ESC, C1, DEL, direction control or zero-width
// character through (Line no line break either), and leave printable text as
// it is; Clean keeps none of them in one-line fields, is idempotent, and what
// it keeps is shown unchanged.
func FuzzInvariants(f *testing.F) {
	for _, s := range []string{
		"", "Épicerie « solidaire » – 20 000 €", "a\x1b]52;c;aGVsbG8=\x07b", "\x1b]8;;https://x.example\x1b\\lien\x1b]8;;\x1b\\",
		"\x1bP1$r\x1b\\", "\x1b_apc\x1b\\", "\u009b31m", "abc\u202edef\u2066", "zéro\u200blargeur\ufeff", "\r\n\t\x7f", "\xff\xfe\xc0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		visible, line := Visible(s), Line(s)
		for name, out := range map[string]string{"Visible": visible, "Line": line} {
			if !utf8.ValidString(out) {
				t.Fatalf("%s(%q) is not UTF-8", name, s)
			}
			for _, r := range out {
				if r != '\n' && r != '\t' && (control(r) || bidi(r) || zeroWidth(r)) {
					t.Fatalf("%s(%q) lets %U through", name, s, r)
				}
			}
		}
		if strings.ContainsAny(line, "\n\t\r") {
			t.Fatalf("Line(%q) keeps a line break: %q", s, line)
		}
		if printable(s) && visible != s {
			t.Fatalf("Visible changed printable text %q into %q", s, visible)
		}
		for _, multiline := range []bool{false, true} {
			c := Clean(s, multiline)
			if Clean(c, multiline) != c {
				t.Fatalf("Clean(%q, %v) is not idempotent: %q then %q", s, multiline, c, Clean(c, multiline))
			}
			if strings.ContainsRune(c, '\r') || strings.ContainsRune(c, 0x1b) {
				t.Fatalf("Clean(%q, %v) keeps CR or ESC: %q", s, multiline, c)
			}
			if !multiline && (Line(c) != c || strings.ContainsAny(c, "\n\t")) {
				t.Fatalf("a clean one-line field %q is not shown as it is: %q", c, Line(c))
			}
			if multiline && Visible(c) != c && containsOnlyShown(c) {
				t.Fatalf("a clean text %q is not shown as it is: %q", c, Visible(c))
			}
		}
	})
}

// printable is text a person typed: letters, marks, numbers, punctuation,
// symbols and plain spaces, valid UTF-8, nothing that drives a terminal.
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r == ' ' {
			continue
		}
		if !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs) || bidi(r) || zeroWidth(r) || control(r) {
			return false
		}
	}
	return true
}

// containsOnlyShown says a multi-line clean text holds nothing Visible must
// rewrite: it may keep zero-width characters, which Visible names.
func containsOnlyShown(s string) bool {
	for _, r := range s {
		if zeroWidth(r) {
			return false
		}
	}
	return true
}

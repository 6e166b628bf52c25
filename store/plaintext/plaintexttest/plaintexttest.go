// Package plaintexttest holds, for the tests of every importer and every
// output, the hostile texts an attacker would put in a file, and the checks
// of what may reach a terminal. It imports no part of essradar but
// plaintext, so the store, the interface and the command line share it.
package plaintexttest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"go.etcd.io/bbolt"
)

// Payload is one hostile text. Text is what a file or a form brings; Word is
// a plain word inside it that must still be seen, whatever the path (cleaned
// at the door or made visible on the way out); Raw is the part that would
// drive the terminal and must never reach it as is.
type Payload struct {
	Name string
	Text string
	Word string
	Raw  string
}

// Payloads are short enough for a table cell at 80 columns, each with its
// own word, at its start so that a cell cut short still shows it.
var Payloads = []Payload{
	{"OSC 52 clipboard", "Presse\x1b]52;c;Y29waWU=\x07", "Presse", "\x1b]52"},
	{"OSC 2 title", "Titre\x1b]2;pirate\x07", "Titre", "\x1b]2;"},
	{"OSC 8 link", "Lien \x1b]8;;https://e.example\x1b\\ici\x1b]8;;\x1b\\", "Lien", "\x1b]8;"},
	{"DCS", "Dcs\x1bPq#0;2;0;0;0\x1b\\", "Dcs", "\x1bP"},
	{"APC", "Apc\x1b_Gf=100\x1b\\", "Apc", "\x1b_"},
	{"CSI colour", "Sang\x1b[31mRouge", "Sang", "\x1b[31mRouge"},
	{"C1 CSI", "Vif\u009b31m", "Vif", "\u009b"},
	{"C1 byte", "Octet\x9b31m", "Octet", "Octet\x9b"},
	{"C1 OSC", "Cdeux\u009d2;nom\u009c", "Cdeux", "\u009d"},
	{"BEL", "Cloche\x07", "Cloche", "\x07"},
	{"backspace", "Faux\x08\x08\x08\x08Vrai", "Faux", "\x08"},
	{"CR overwrite", "Menteur\rJuste", "Menteur", "\r"},
	{"RLO", "Radis\u202eexe.fdp", "Radis", "\u202e"},
	{"isolate", "Iso\u2066late\u2069", "Iso", "\u2066"},
	{"zero width", "Ja\u200brdin\ufeff", "rdin", "\u200b"},
	{"DEL", "Effa\x7fcer", "cer", "\x7f"},
}

// Unsafe returns the first rune of out that would drive a terminal or hide
// text: a control character other than line feed and tab, a C1 control, a
// direction control or a zero-width character; ok is false when there is
// none. Out is plain text (the command line's output, a file).
func Unsafe(out string) (r rune, ok bool) {
	for i := 0; i < len(out); {
		r, n := utf8.DecodeRuneInString(out[i:])
		if r == utf8.RuneError && n == 1 {
			// A byte that is no UTF-8: 0x9b alone is CSI to an 8-bit terminal.
			return rune(out[i]), true
		}
		if r != '\n' && r != '\t' && forbidden(r) {
			return r, true
		}
		i += n
	}
	return 0, false
}

func forbidden(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff:
		return true
	}
	return false
}

// CheckPlain fails t when out, written by a command for a terminal, holds
// anything Unsafe or the raw part of p, or no longer shows p's word.
func CheckPlain(t testing.TB, where string, p Payload, out string) {
	t.Helper()
	if r, bad := Unsafe(out); bad {
		t.Errorf("%s, %s: %U reaches the terminal in %q", where, p.Name, r, excerpt(out, string(r)))
	}
	check(t, where, p, out, out)
}

// CheckScreen is CheckPlain for a screen's View, which holds the
// interface's own styling: select graphic rendition sequences (ESC [ … m)
// are allowed, nothing else.
func CheckScreen(t testing.TB, where string, p Payload, view string) {
	t.Helper()
	if seq, bad := Unstyled(view); bad {
		t.Errorf("%s, %s: %q reaches the terminal", where, p.Name, seq)
	}
	check(t, where, p, view, ansi.Strip(view))
}

func check(t testing.TB, where string, p Payload, out, plain string) {
	t.Helper()
	if strings.Contains(out, p.Raw) {
		t.Errorf("%s, %s: the raw %q reaches the terminal", where, p.Name, p.Raw)
	}
	if !strings.Contains(plain, p.Word) {
		t.Errorf("%s, %s: %q no longer shows in:\n%s", where, p.Name, p.Word, plain)
	}
}

// Unstyled returns the first escape sequence or control of view that is not
// a colour or style (ESC [ digits and semicolons m), nor a line feed.
func Unstyled(view string) (string, bool) {
	for i := 0; i < len(view); {
		r, n := utf8.DecodeRuneInString(view[i:])
		if r == utf8.RuneError && n == 1 {
			return excerpt(view[i:], view[i:i+1]), true
		}
		if r == 0x1b {
			if end, ok := sgrEnd(view[i:]); ok {
				i += end
				continue
			}
			return excerpt(view[i:], "\x1b"), true
		}
		if r != '\n' && forbidden(r) {
			return excerpt(view[i:], string(r)), true
		}
		i += n
	}
	return "", false
}

func sgrEnd(s string) (int, bool) {
	if len(s) < 3 || s[1] != '[' {
		return 0, false
	}
	for j := 2; j < len(s); j++ {
		switch c := s[j]; {
		case c == 'm':
			return j + 1, true
		case c >= '0' && c <= '9', c == ';', c == ':':
		default:
			return 0, false
		}
	}
	return 0, false
}

func excerpt(s, at string) string {
	i := max(strings.Index(s, at), 0)
	return s[i:min(len(s), i+24)]
}

// Soil rewrites, in the closed store file at path, every record of bucket
// through edit: it plays an older essradar, or another program, that wrote
// text the store would clean today, so that the outputs can be tested on
// what such a file holds. Records are JSON objects; ids stay exact.
func Soil(t testing.TB, path, bucket string, edit func(rec map[string]any)) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	err = db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		if b == nil {
			return fmt.Errorf("no bucket %q", bucket)
		}
		changed := map[string][]byte{}
		err := b.ForEach(func(k, v []byte) error {
			rec := map[string]any{}
			d := json.NewDecoder(bytes.NewReader(v))
			d.UseNumber()
			if err := d.Decode(&rec); err != nil {
				return fmt.Errorf("record %x: %w", k, err)
			}
			edit(rec)
			out, err := json.Marshal(rec)
			changed[string(k)] = out
			return err
		})
		if err != nil {
			return err
		}
		for k, v := range changed {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("soil %s in %s: %v", bucket, path, err)
	}
}

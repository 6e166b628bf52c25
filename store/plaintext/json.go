package plaintext

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// EscapeJSON writes, in JSON text, every character that Visible would not
// show as itself (C1 controls, DEL, direction controls, zero-width
// characters) as a \uXXXX escape. encoding/json already escapes C0 but
// leaves these raw, so an export printed on a terminal could drive it. The
// JSON means the same: such characters only ever appear inside strings,
// where \uXXXX is the same character. b must be whole UTF-8; invalid bytes
// pass unchanged.
func EscapeJSON(b []byte) []byte {
	if !needsEscape(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if escaped(r, n) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

func needsEscape(b []byte) bool {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if escaped(r, n) {
			return true
		}
		i += n
	}
	return false
}

func escaped(r rune, n int) bool {
	return n > 1 && (control(r) || bidi(r) || zeroWidth(r)) || r == 0x7f
}

// JSONWriter passes JSON text to w through EscapeJSON, holding back a
// character cut between two writes until its end arrives.
type JSONWriter struct {
	w    io.Writer
	tail []byte
}

// NewJSONWriter returns a JSONWriter writing to w.
func NewJSONWriter(w io.Writer) *JSONWriter { return &JSONWriter{w: w} }

// Write escapes p (see EscapeJSON) and writes it; it reports len(p) when all
// of it was taken.
func (j *JSONWriter) Write(p []byte) (int, error) {
	buf := append(j.tail, p...)
	cut := len(buf)
	// An incomplete last character waits for the next write.
	for k := len(buf) - 1; k >= 0 && k >= len(buf)-utf8.UTFMax; k-- {
		if utf8.RuneStart(buf[k]) {
			if !utf8.FullRune(buf[k:]) {
				cut = k
			}
			break
		}
	}
	j.tail = append([]byte(nil), buf[cut:]...)
	if _, err := j.w.Write(EscapeJSON(buf[:cut])); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what a cut character left behind (the end of the stream).
func (j *JSONWriter) Flush() error {
	if len(j.tail) == 0 {
		return nil
	}
	_, err := j.w.Write(j.tail)
	j.tail = nil
	return err
}

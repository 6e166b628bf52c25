package plaintext

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestVisibleShowsWhatWouldDriveTheTerminal(t *testing.T) {
	cases := map[string]string{
		"Jardin \x1b]52;c;aGVsbG8=\x07partagé": "Jardin ^[]52;c;aGVsbG8=^Gpartagé",
		"rouge \x1b[31m":                       "rouge ^[[31m",
		"c1 \u009b31m":                         "c1 ⟨U+009B⟩31m",
		"abc\u202edef":                         "abc⟨U+202E⟩def",
		"deux\nlignes\tet tab":                 "deux\nlignes\tet tab",
		"bad \xff byte":                        "bad \uFFFD byte",
		"effacer\x7f\b et\rretour":             "effacer^?^H et^Mretour",
		"Épicerie « solidaire » – 20 000 €":    "Épicerie « solidaire » – 20 000 €",
	}
	for in, want := range cases {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Line("a\nb\tc\rd"); got != "a b c d" {
		t.Errorf("Line = %q", got)
	}
}

func TestCleanDropsControlsKeepsLinesWhereAllowed(t *testing.T) {
	in := "Titre\x1b[2J \u202eabc\u200b\r\nsuite\x7f\u0085"
	if got := Clean(in, true); got != "Titre[2J abc\u200b\nsuite" {
		t.Errorf("multiline: %q", got)
	}
	if got := Clean(in, false); got != "Titre[2J abc suite" {
		t.Errorf("one line: %q", got)
	}
	if s := "Épicerie « solidaire »"; Clean(s, false) != s {
		t.Errorf("clean text changed")
	}
}

func FuzzVisible(f *testing.F) {
	for _, s := range []string{"", "a\x1b[31mb", "\u009b", "\xff\xfe", "é\u202e\u2066", "\r\n\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Visible(s), Line(s), Clean(s, true), Clean(s, false)} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out of %q", s)
			}
			for _, r := range out {
				if r == '\n' || r == '\t' {
					continue
				}
				if control(r) || bidi(r) {
					t.Fatalf("%q lets %U through", s, r)
				}
			}
		}
		if strings.ContainsAny(Line(s), "\n\t\r") {
			t.Fatalf("Line kept a line break: %q", s)
		}
	})
}

func TestEscapeJSONKeepsTheTextEscapesTheControls(t *testing.T) {
	in := []byte(`{"t":"a` + "\u009b31m\u202e\u200b\x7f" + `é « b »"}`)
	out := EscapeJSON(in)
	want := `{"t":"a\u009b31m\u202e\u200b\u007fé « b »"}`
	if string(out) != want {
		t.Fatalf("EscapeJSON = %s, want %s", out, want)
	}
	var a, b map[string]string
	if err := json.Unmarshal(in, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out, &b); err != nil || a["t"] != b["t"] {
		t.Fatalf("the text changed: %q → %q (%v)", a["t"], b["t"], err)
	}
}

func TestJSONWriterWaitsForACutCharacter(t *testing.T) {
	in := []byte("x\u009by\u202ez é")
	var out bytes.Buffer
	w := NewJSONWriter(&out)
	for i := range in {
		if _, err := w.Write(in[i : i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), `x\u009by\u202ez é`; got != want {
		t.Fatalf("byte by byte: %q, want %q", got, want)
	}
}

func TestStyledKeepsColoursShowsTheRest(t *testing.T) {
	cases := map[string]string{
		"\x1b[1;38;2;61;220;151mTitre\x1b[m":          "\x1b[1;38;2;61;220;151mTitre\x1b[m",
		"\x1b[38:5:33mA\x1b[0m \x1b]2;pirate\x07":     "\x1b[38:5:33mA\x1b[0m ^[]2;pirate^G",
		"a\x1b]8;;https://e.example\x1b\\lien":        "a^[]8;;https://e.example^[\\lien",
		"x\x1bPq\x1b\\ \x1b_G\x1b\\ \x1b[2J \u009b1m": "x^[Pq^[\\ ^[_G^[\\ ^[[2J ⟨U+009B⟩1m",
		"deux\nlignes\tet \u202e":                     "deux\nlignes\tet ⟨U+202E⟩",
		"fin \x1b":                                    "fin ^[",
		"Épicerie « solidaire »":                      "Épicerie « solidaire »",
	}
	for in, want := range cases {
		if got := Styled(in); got != want {
			t.Errorf("Styled(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkStyledFrame is the guard's cost on every frame of the interface:
// a 120×40 screen of coloured text.
func BenchmarkStyledFrame(b *testing.B) {
	line := "\x1b[1;38;2;61;220;151m  12 Épicerie solidaire des Blancs-Monts\x1b[m \x1b[38;5;245m⠄⠐ ⠁\x1b[0m Arrageois · 12 000 €"
	frame := strings.Repeat(line+strings.Repeat(" ", 30)+"\n", 40)
	b.SetBytes(int64(len(frame)))
	for b.Loop() {
		_ = Styled(frame)
	}
}

package plaintexttest

import (
	"strings"
	"testing"

	"essradar/store/plaintext"
)

// The checks must see every payload raw, and none once made visible: a
// check that saw nothing would let every output test pass.
func TestChecksSeeEveryPayloadRawAndNoneVisible(t *testing.T) {
	for _, p := range Payloads {
		if _, bad := Unsafe(p.Text); !bad {
			t.Errorf("%s: Unsafe misses %q", p.Name, p.Text)
		}
		// A colour is a style to Unstyled: CheckScreen finds it by its raw part.
		if _, bad := Unstyled("\x1b[1m" + p.Text + "\x1b[m"); !bad && !strings.Contains(p.Text, p.Raw) {
			t.Errorf("%s: CheckScreen would miss %q", p.Name, p.Text)
		}
		if strings.Contains(plaintext.Visible(p.Text), p.Raw) || !strings.Contains(plaintext.Line(p.Text), p.Word) {
			t.Errorf("%s: raw %q or word %q wrong for Visible/Line", p.Name, p.Raw, p.Word)
		}
		for _, out := range []string{plaintext.Line(p.Text), plaintext.Visible(p.Text)} {
			if r, bad := Unsafe(out); bad {
				t.Errorf("%s: %q still holds %U", p.Name, out, r)
			}
			if _, bad := Unstyled("\x1b[1m" + out + "\x1b[m"); bad {
				t.Errorf("%s: Unstyled refuses %q", p.Name, out)
			}
		}
	}
}

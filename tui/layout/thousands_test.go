package layout

import "testing"

// A thousands group stays whole: « 1 000 € » is never split after the 1.
func TestWrapKeepsThousandsTogether(t *testing.T) {
	got := Wrap("aaaa bbbb 1\u202f000\u00a0€ cc", 12)
	if len(got) != 2 || got[0] != "aaaa bbbb" || got[1] != "1\u202f000\u00a0€ cc" {
		t.Errorf("%q", got)
	}
}

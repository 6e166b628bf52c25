package main

import (
	"strings"
	"testing"
)

// « nc » on the command line's radar says the committee answered « non
// concerné »; « ? » says nobody scored the marker yet: of the 16 markers,
// one scored, one not applicable, 14 unscored.
func TestRadarMarksNotApplicable(t *testing.T) {
	spec := "gouvernance=3,ancrage=nc"
	for _, tc := range []struct {
		lang []string
		na   string
	}{{nil, "nc"}, {[]string{"--lang", "en"}, "na"}} {
		r := cliOK(t, append(tc.lang, "radar", "--scores", spec, "--width", "100", "--height", "40")...)
		words := strings.Fields(r.stdout)
		if n := count(words, tc.na); n != 1 {
			t.Errorf("%v: %d markers marked %q, want 1:\n%s", tc.lang, n, tc.na, r.stdout)
		}
		if n := count(words, "?"); n != 14 {
			t.Errorf("%v: %d markers marked ?, want 14:\n%s", tc.lang, n, r.stdout)
		}
	}
}

func count(words []string, w string) int {
	n := 0
	for _, x := range words {
		if x == w {
			n++
		}
	}
	return n
}

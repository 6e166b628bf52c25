package radar

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestBars(t *testing.T) {
	labels := []string{"Pratiques", "Innovation", "Participation des habitants", "Partenariats"}
	vals := []float64{3, 2, 2.5, math.NaN()}
	got := Bars(labels, vals, 4, 200)
	want := "Pra ▇▇▇░ 3 · Inn ▇▇░░ 2 · Parti ▇▇▇░ 2,5 · Parte ░░░░ ?"
	if got != want {
		t.Fatalf("Bars:\n got %q\nwant %q", got, want)
	}
	// Cut at an item boundary, with an ellipsis, within the width.
	for w := 0; w <= len(want)+2; w++ {
		b := Bars(labels, vals, 4, w)
		if ansi.StringWidth(b) > w {
			t.Fatalf("width %d: %q is %d wide", w, b, ansi.StringWidth(b))
		}
	}
	if b := Bars(labels, vals, 4, 30); b != "Pra ▇▇▇░ 3 · Inn ▇▇░░ 2 …" {
		t.Fatalf("cut: %q", b)
	}
	if b := bars(labels, vals, 4, 200, true, true); b != "Pra ###- 3 | Inn ##-- 2 | Parti ###- 2,5 | Parte ---- ?" {
		t.Fatalf("ascii: %q", b)
	}
}

func TestFallback(t *testing.T) {
	for _, sz := range [][2]int{{23, 10}, {24, 9}, {1, 1}, {10, 3}} {
		for _, m := range bothModes {
			c := sampleChart(6, sz[0], sz[1], m)
			lines := Render(c)
			if strings.TrimSpace(lines[0]) == "" && sz[0] > 2 {
				t.Fatalf("%v: empty fallback line", sz)
			}
			for _, l := range lines[1:] {
				if strings.TrimSpace(l) != "" {
					t.Fatalf("%v: fallback rows after the first must be blank: %q", sz, l)
				}
			}
			if !c.NeedsLegend() {
				t.Fatalf("%v: the fallback abbreviates, a legend is needed", sz)
			}
		}
	}
	c := sampleChart(6, 23, 10, ASCII)
	if l := Render(c)[0]; strings.ContainsAny(l, "▇░·–") {
		t.Fatalf("ASCII fallback uses non-ASCII: %q", l)
	}
}

func TestFmtNum(t *testing.T) {
	for v, want := range map[float64]string{3: "3", 2.5: "2,5", 0: "0", -0.01: "0", 3.96: "4", 1.25: "1,3", 12: "12"} {
		if got := fmtNum(v); got != want {
			t.Errorf("fmtNum(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestTruncName(t *testing.T) {
	cases := []struct {
		s    string
		w    int
		want string
	}{
		{"Gouvernance démocratique", 30, "Gouvernance démocratique"},
		{"Gouvernance démocratique", 14, "Gouvernance d…"},
		{"Entraide et bénévolat", 13, "Entraide et…"},
		{"Écologie", 4, "Éco…"},
		{"Écologie", 1, "É"},
		{"Écologie", 0, ""},
	}
	for _, c := range cases {
		if got := truncName(c.s, c.w, ellipsis); got != c.want {
			t.Errorf("truncName(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}

func TestLegend(t *testing.T) {
	c := sampleChart(24, 60, 24, Braille)
	if !c.NeedsLegend() {
		t.Fatal("24 numbered axes need a legend")
	}
	lg := Legend(c)
	if len(lg) != 24 || !strings.HasPrefix(lg[0], " 1  Gouvernance démocratique") {
		t.Fatalf("legend: %q", lg)
	}
	c = sampleChart(6, 120, 40, Braille)
	if c.NeedsLegend() || Legend(c) != nil {
		t.Fatalf("6 axes at 120×40 are all labelled in full: %v %q", c.NeedsLegend(), Legend(c))
	}
}

func TestNaNMarksLabel(t *testing.T) {
	c := sampleChart(6, 120, 40, Braille)
	c.ShowValues = false
	out := c.String()
	if !strings.Contains(out, "Besoin mal satisfait ?") {
		t.Fatalf("unscored axis not marked:\n%s", out)
	}
	if strings.Contains(out, "3/4") {
		t.Fatalf("values shown with ShowValues off:\n%s", out)
	}
}

func TestCleanLabelFastPath(t *testing.T) {
	for _, s := range []string{"Écologie", "Lien social", "a  b", " lead", "trail ", "tab\tx", "nb\u00a0sp", "esc\x1b[0m", "c1\u0085", "", "Coopération 3/4", "œuvre"} {
		for _, ascii := range []bool{false, true} {
			fast := cleanLabel(s, ascii)
			if isClean(s, ascii) && fast != s {
				t.Errorf("isClean(%q) but cleanLabel changes it to %q", s, fast)
			}
			if strings.ContainsAny(fast, "\t\x1b\u0085\u00a0") || strings.Contains(fast, "  ") {
				t.Errorf("cleanLabel(%q, %v) = %q still dirty", s, ascii, fast)
			}
		}
	}
}

package radar

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// roomChart is a partly scored evaluation as the committee sees it mid-item:
// axis 3 unscored, axis 5 scored « 0 Absent ».
func roomChart(mode Mode) Chart {
	ev := []float64{3, 4, math.NaN(), 3, 0, 2, 3, 2}
	return Chart{Labels: essLabels[:8], Max: 4, Width: 60, Height: 24, Mode: mode, ShowValues: true,
		Series: []Series{{Name: "Évaluation", Values: ev}}}
}

// An unscored axis is a gap: no series dot on the inner part of its spoke
// (a line to the centre would read as 0), and "?" after its label; a 0 is a
// vertex at the centre, with edges reaching it.
func TestUnscoredIsAGap(t *testing.T) {
	for _, m := range bothModes {
		c := roomChart(m)
		c.Series[0].Values[4] = 1 // no edge to the centre from a 0 nearby
		g := newDotGrid(c)
		sc := g.sc
		series := g.layers[1]
		onSpoke := func(axis int) int {
			hits := 0
			for k := 2; k <= 8; k++ { // from 20 % to 80 % of the radius
				x, y := sc.point(sc.dirs[axis], float64(k)/10)
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < g.gw && yy < g.gh && series[yy*g.gw+xx] != 0 {
							hits++
						}
					}
				}
			}
			return hits
		}
		if n := onSpoke(2); n != 0 {
			t.Errorf("%s: %d series dots along the unscored spoke", modeName(m), n)
		}
		if g.layers[1][g.cy*g.gw+g.cx] != 0 {
			t.Errorf("%s: an unscored axis draws at the centre", modeName(m))
		}
		out := c.String()
		if sc.labels[2].suffix != " ?" || !strings.Contains(out, "sociale ?") {
			t.Errorf("%s: unscored label not marked:\n%s", modeName(m), out)
		}
		c.Series[0].Values[4] = 0
		if g = newDotGrid(c); g.layers[1][g.cy*g.gw+g.cx] == 0 {
			t.Errorf("%s: « 0 Absent » not drawn at the centre", modeName(m))
		}
		if !strings.Contains(c.String(), "0/4") {
			t.Errorf("%s: the 0 lost its value:\n%s", modeName(m), c.String())
		}
	}
}

func TestHighlightMarksLabelAndSpoke(t *testing.T) {
	c := roomChart(Braille)
	plain := c.String()
	c.Highlight = 1
	hl := c.String()
	if !strings.Contains(hl, "[Gouvernance démocratique]") || strings.Contains(plain, "[") {
		t.Fatalf("without colour the highlighted label is bracketed:\n%s", hl)
	}
	g := newDotGrid(c)
	if l := g.layers[g.sc.layerSpoke()]; l[(g.cy-4)*g.gw+g.cx] == 0 {
		t.Error("the highlighted spoke is not drawn solid near the centre")
	}
	c.Color = true
	col := strings.Join(Render(c), "\n")
	if !strings.Contains(col, sgrHighlight+"Gouvernance démocratique") {
		t.Fatalf("with colour the highlighted label is reversed: %q", col)
	}
	if strings.Contains(ansi.Strip(col), "[") {
		t.Fatal("brackets with colour")
	}
	c.Highlight = 0
	if strings.Contains(strings.Join(Render(c), "\n"), sgrHighlight) {
		t.Fatal("highlight drawn with Highlight 0")
	}
}

func TestThresholdRing(t *testing.T) {
	for _, m := range bothModes {
		c := roomChart(m)
		count := func(c Chart) int {
			g := newDotGrid(c)
			n := 0
			for _, v := range g.layers[g.sc.layerThresh()] {
				if v != 0 {
					n++
				}
			}
			return n
		}
		if n := count(c); n != 0 {
			t.Errorf("%s: threshold ring drawn without a threshold (%d dots)", modeName(m), n)
		}
		c.Threshold = 2.5
		if n := count(c); n < 10 {
			t.Errorf("%s: threshold ring missing (%d dots)", modeName(m), n)
		}
		if m == ASCII && !strings.Contains(c.String(), string(asciiThresh)) {
			t.Errorf("ascii: no %q in\n%s", asciiThresh, c.String())
		}
		c.Color = true
		if !strings.Contains(strings.Join(Render(c), ""), sgrThresh) {
			t.Errorf("%s: threshold ring not in its colour", modeName(m))
		}
	}
}

func TestSeriesLegend(t *testing.T) {
	for _, m := range bothModes {
		c := roomChart(m)
		if l := SeriesLegend(c); strings.TrimSpace(l) != "" || ansi.StringWidth(l) != c.Width {
			t.Errorf("%s: one series needs no key, but the line is reserved: %q", modeName(m), l)
		}
		c.Series = append(c.Series, Series{Name: "Médiane de la campagne", Values: filled(8, 2)})
		l := SeriesLegend(c)
		if !strings.Contains(l, "Évaluation") || !strings.Contains(l, "Médiane de la campagne") || ansi.StringWidth(l) != c.Width {
			t.Errorf("%s: legend %q", modeName(m), l)
		}
		sw := brailleSwatch
		if m == ASCII {
			sw = asciiSwatch
		}
		if !strings.Contains(l, sw[0]+" Évaluation") || !strings.Contains(l, sw[1]+" Médiane") || sw[0] == sw[1] {
			t.Errorf("%s: series not keyed by distinct swatches: %q", modeName(m), l)
		}
		c.Color = true
		if col := SeriesLegend(c); !strings.Contains(col, sgrSeries[1]+sw[1]) || !strings.Contains(col, sgrSeries[0]+sw[0]) {
			t.Errorf("%s: swatches not in their series' colours: %q", modeName(m), col)
		}
		for w := 0; w < 70; w++ {
			c.Width = w
			if got := ansi.StringWidth(SeriesLegend(c)); got != w && w >= MinWidth {
				t.Fatalf("%s: width %d gives %d columns", modeName(m), w, got)
			}
		}
	}
}

// Switching the median on must move nothing: same lines, same labels, the
// evaluation's cells where they were.
func TestMedianMovesNothing(t *testing.T) {
	for _, m := range bothModes {
		for _, sz := range [][2]int{{39, 16}, {60, 24}, {80, 19}, {120, 36}} {
			c := sampleChart(16, sz[0], sz[1], m)
			with := c
			c.Series = c.Series[:1]
			a, b := newDotGrid(c), newDotGrid(with)
			if len(Render(c)) != len(Render(with)) {
				t.Fatal("line count changes")
			}
			if a.rx != b.rx || a.cy != b.cy || a.sc.tier != b.sc.tier {
				t.Errorf("%s %v: chart moves when the median shows", modeName(m), sz)
			}
			for i := range a.sc.pl {
				if a.sc.pl[i].row != b.sc.pl[i].row || a.sc.pl[i].col != b.sc.pl[i].col {
					t.Errorf("%s %v: label %d moves", modeName(m), sz, i)
				}
			}
		}
	}
}

// Without colour the median must still be told from the evaluation and the
// grid by its glyphs.
func TestNoColourSeriesDiffer(t *testing.T) {
	c := sampleChart(6, 60, 24, ASCII)
	out := c.String()
	for _, g := range []string{"#", "@", "*", "O", ":"} {
		if !strings.Contains(out, g) {
			t.Errorf("no %q in the colourless ASCII chart:\n%s", g, out)
		}
	}
	c = sampleChart(6, 60, 24, Braille)
	g := newDotGrid(c)
	// The median is dotted: along its outline some dots are off.
	ev, med := 0, 0
	for i := range g.layers[1] {
		if g.layers[1][i] != 0 {
			ev++
		}
		if g.layers[2][i] != 0 {
			med++
		}
	}
	if ev == 0 || med == 0 {
		t.Fatal("a series is missing")
	}
	if seriesDash[1] == seriesDash[0] || seriesDash[1].period == 0 {
		t.Fatal("the median has the evaluation's stroke")
	}
}

// A chart a row taller or shorter labels its axes the same way, so the
// scoring screen does not flip between names and numbers when a header line
// comes and goes.
func TestLabelStrategyStable(t *testing.T) {
	for _, n := range []int{6, 16} {
		for w := 39; w <= 60; w++ {
			for _, m := range bothModes {
				kind := -1
				for h := 15; h <= 21; h++ {
					c := sampleChart(n, w, h, m)
					sc := newScene(c)
					sc.layout()
					k := tiers[sc.tier].kind
					if k == tierTrunc {
						k = tierFull // cut or whole, still names
					}
					if kind >= 0 && k != kind {
						t.Errorf("%s n=%d width %d: labels switch between names and numbers at height %d", modeName(m), n, w, h)
						break
					}
					kind = k
				}
			}
		}
	}
}

// A median equal to the evaluation must not vanish under it: their shared
// cells alternate colours.
func TestEqualMedianStillShows(t *testing.T) {
	c := chartWith(16, 60, 24, Braille, filled(16, 3), filled(16, 3))
	c.Color = true
	out := strings.Join(Render(c), "")
	if strings.Count(out, sgrSeries[1]) < 10 || strings.Count(out, sgrSeries[0]) < 10 {
		t.Fatalf("equal series: evaluation %d cells, median %d cells", strings.Count(out, sgrSeries[0]), strings.Count(out, sgrSeries[1]))
	}
}

package radar

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func filled(n int, v float64) []float64 {
	vs := make([]float64, n)
	for i := range vs {
		vs[i] = v
	}
	return vs
}

func chartWith(n, w, h int, mode Mode, series ...[]float64) Chart {
	c := Chart{Labels: essLabels[:n], Max: 4, Width: w, Height: h, Mode: mode, ShowValues: true}
	for _, s := range series {
		c.Series = append(c.Series, Series{Values: s})
	}
	return c
}

var bothModes = []Mode{Braille, ASCII}

func modeName(m Mode) string {
	if m == ASCII {
		return "ascii"
	}
	return "braille"
}

// checkSize asserts the layout contract callers compose with: exactly h
// lines, each exactly w columns (padding included), no ESC without colour,
// printable ASCII only in ASCII mode with folded labels and no colour.
func checkSize(t *testing.T, c Chart) {
	t.Helper()
	lines := Render(c)
	if c.Height <= 0 {
		if lines != nil {
			t.Fatalf("%dx%d: want nil, got %d lines", c.Width, c.Height, len(lines))
		}
		return
	}
	if len(lines) != c.Height {
		t.Fatalf("%dx%d %s n=%d: %d lines", c.Width, c.Height, modeName(c.Mode), len(c.Labels), len(lines))
	}
	for i, l := range lines {
		plain := l
		if c.Color {
			plain = ansi.Strip(l)
		} else if strings.IndexByte(l, 0x1b) >= 0 {
			t.Fatalf("%dx%d: ESC in line %d with Color off: %q", c.Width, c.Height, i, l)
		}
		if w := ansi.StringWidth(l); w != max(c.Width, 0) {
			t.Fatalf("%dx%d %s n=%d: line %d is %d columns: %q", c.Width, c.Height, modeName(c.Mode), len(c.Labels), i, w, plain)
		}
		if c.Mode == ASCII && c.FoldLabels && !c.Color {
			for j := 0; j < len(l); j++ {
				if l[j] < 0x20 || l[j] > 0x7e {
					t.Fatalf("%dx%d: non-printable-ASCII byte %#x in line %d: %q", c.Width, c.Height, l[j], i, l)
				}
			}
		}
	}
}

func TestSizeContract(t *testing.T) {
	ns := []int{3, 4, 5, 6, 7, 16, 24}
	rng := rand.New(rand.NewPCG(1, 2))
	k := 0
	try := func(w, h int) {
		for _, m := range bothModes {
			n := ns[k%len(ns)]
			k++
			c := sampleChart(n, w, h, m)
			c.Color = k%3 == 0
			c.ShowValues = k%2 == 0
			c.FoldLabels = k%5 < 3
			c.Highlight = k % (n + 2)
			c.Threshold = float64(k%4) * 0.75
			checkSize(t, c)
		}
	}
	wstep, hstep := 1, 1
	if testing.Short() {
		wstep, hstep = 7, 5
	}
	for w := 1; w <= 300; w += wstep {
		for _, h := range []int{1, 2, 9, 10, 11, 24, 40, 100} {
			try(w, h)
		}
	}
	for h := 1; h <= 100; h += hstep {
		for _, w := range []int{1, 2, 23, 24, 25, 31, 60, 120, 300} {
			try(w, h)
		}
	}
	pairs := 3000
	if testing.Short() {
		pairs = 300
	}
	for i := 0; i < pairs; i++ {
		try(1+rng.IntN(300), 1+rng.IntN(100))
	}
	// Degenerate inputs must not panic either.
	checkSize(t, Chart{Width: 0, Height: 3})
	checkSize(t, Chart{Width: 40, Height: 0})
	checkSize(t, Chart{Width: 40, Height: 12, Labels: []string{"a", "b"}})
	checkSize(t, Chart{Width: 40, Height: 12, Labels: essLabels[:5], Max: math.NaN(),
		Series: []Series{{Values: []float64{math.Inf(1), -3, math.NaN()}}}})
	checkSize(t, Chart{Width: 80, Height: 30, Labels: []string{"tab\there", "\x1b[31mred", "", " ", "new\nline"}, Max: 4,
		Series: []Series{{Values: []float64{1, 2, 3, 4, 5}}, {}, {}, {}, {}, {}}})
	many := make([]string, 40)
	for i := range many {
		many[i] = "Critère"
	}
	checkSize(t, Chart{Width: 80, Height: 30, Labels: many, Max: 4})
}

// TestLabelsClear checks that labels never touch a drawn dot or each
// other and stay inside the box, with every vertex at the maximum (the
// chart's largest possible extent) and with random scores.
func TestLabelsClear(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	sizes := [][2]int{{24, 10}, {30, 12}, {40, 16}, {60, 24}, {80, 30}, {100, 20}, {120, 40}, {200, 60}, {300, 100}, {25, 50}}
	extra := 150
	if testing.Short() {
		extra = 20
	}
	for i := 0; i < extra; i++ {
		sizes = append(sizes, [2]int{24 + rng.IntN(280), 10 + rng.IntN(90)})
	}
	for _, sz := range sizes {
		for _, m := range bothModes {
			for _, n := range []int{3, 4, 5, 6, 8, 12, 16, 24} {
				rnd := make([]float64, n)
				for i := range rnd {
					rnd[i] = math.Round(rng.Float64()*8) / 2
				}
				c := chartWith(n, sz[0], sz[1], m, filled(n, 4), rnd, filled(n, 2))
				checkLabels(t, c)
			}
		}
	}
}

func checkLabels(t *testing.T, c Chart) {
	t.Helper()
	g := newDotGrid(c)
	if g == nil {
		t.Fatalf("%dx%d: unexpected fallback", c.Width, c.Height)
	}
	sc := g.sc
	type box struct{ r, c0, c1 int }
	var boxes []box
	for i := range sc.pl {
		p := &sc.pl[i]
		if !p.ok {
			continue
		}
		for k := 0; k < p.f.lines; k++ {
			s := p.seg[k]
			row := p.row + k
			if s.col < 0 || s.col+s.w > c.Width || row < 0 || row >= c.Height {
				t.Fatalf("%dx%d %s n=%d: label %d line %d outside box: row %d cols [%d,%d)",
					c.Width, c.Height, modeName(c.Mode), len(c.Labels), i, k, row, s.col, s.col+s.w)
			}
			for _, b := range boxes {
				if b.r == row && s.col < b.c1 && b.c0 < s.col+s.w {
					t.Fatalf("%dx%d %s n=%d: label %d overlaps another label on row %d",
						c.Width, c.Height, modeName(c.Mode), len(c.Labels), i, row)
				}
			}
			boxes = append(boxes, box{row, s.col, s.col + s.w})
			for col := s.col; col < s.col+s.w; col++ {
				for y := row * sc.sy; y < (row+1)*sc.sy; y++ {
					for x := col * sc.sx; x < (col+1)*sc.sx; x++ {
						for li, l := range g.layers {
							if l[y*g.gw+x] != 0 {
								t.Fatalf("%dx%d %s n=%d: label %d (%q) covers a dot of layer %d at cell (%d,%d)",
									c.Width, c.Height, modeName(c.Mode), len(c.Labels), i, s.text, li, col, row)
							}
						}
					}
				}
			}
		}
	}
}

func TestAllZeroStaysAtCentre(t *testing.T) {
	for _, m := range bothModes {
		for _, n := range []int{3, 4, 6, 16, 24} {
			for _, sz := range [][2]int{{24, 10}, {60, 24}, {120, 40}} {
				g := newDotGrid(chartWith(n, sz[0], sz[1], m, filled(n, 0)))
				reach := g.sc.blob
				for y := 0; y < g.gh; y++ {
					for x := 0; x < g.gw; x++ {
						if g.layers[1][y*g.gw+x] != 0 && (iabs(x-g.cx) > reach || iabs(y-g.cy) > reach) {
							t.Fatalf("%s n=%d %v: series dot at (%d,%d), centre (%d,%d)", modeName(m), n, sz, x, y, g.cx, g.cy)
						}
					}
				}
			}
		}
	}
}

// TestAllMaxOnOuterRing checks that maximum scores put every vertex
// exactly on an outer-ring dot and that the resulting polygon is regular on
// screen: every vertex at the same physical distance from the centre once
// the cell aspect is accounted for.
func TestAllMaxOnOuterRing(t *testing.T) {
	for _, m := range bothModes {
		for _, n := range []int{3, 4, 5, 6, 16, 24} {
			for _, sz := range [][2]int{{24, 10}, {60, 24}, {120, 40}, {300, 100}} {
				c := chartWith(n, sz[0], sz[1], m, filled(n, 4))
				g := newDotGrid(c)
				sc := g.sc
				// Outer ring, solid, alone on a scratch canvas: the drawn
				// ring is dotted, so membership is checked against the path.
				ring := sc.outerRingDots()
				// Physical size of one dot, in cell widths.
				dw := 1 / float64(sc.sx)
				dh := cellAspect / float64(sc.sy)
				want := float64(sc.rx) * dw
				for i := 0; i < n; i++ {
					x, y := sc.point(sc.dirs[i], 1)
					if !ring[[2]int{x, y}] {
						t.Fatalf("%s n=%d %v: vertex %d at (%d,%d) not on outer ring", modeName(m), n, sz, i, x, y)
					}
					if g.layers[1][y*g.gw+x] == 0 {
						t.Fatalf("%s n=%d %v: vertex %d not drawn", modeName(m), n, sz, i)
					}
					dx, dy := float64(x-g.cx)*dw, float64(y-g.cy)*dh
					d := math.Hypot(dx, dy)
					// Rounding moves a vertex by at most half a dot each way.
					if tol := math.Hypot(dw, dh)/2 + 1e-9; math.Abs(d-want) > tol {
						t.Fatalf("%s n=%d %v: vertex %d at physical distance %.2f, want %.2f±%.2f (ellipse, not circle?)",
							modeName(m), n, sz, i, d, want, tol)
					}
				}
			}
		}
	}
}

// TestMirrorSymmetry: scores symmetric about the first axis must give a
// dot grid that is its own mirror image about the centre column.
func TestMirrorSymmetry(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	sizes := [][2]int{{24, 10}, {60, 24}, {61, 25}, {120, 40}, {33, 17}, {200, 70}}
	for _, m := range bothModes {
		for _, n := range []int{3, 4, 5, 6, 7, 8, 11, 16, 24} {
			for _, sz := range sizes {
				var series [][]float64
				for s := 0; s < 3; s++ {
					v := make([]float64, n)
					for i := 0; 2*i <= n; i++ {
						v[i] = math.Round(rng.Float64()*40) / 10
						v[(n-i)%n] = v[i]
					}
					series = append(series, v)
				}
				c := chartWith(n, sz[0], sz[1], m, series...)
				c.Threshold = 2.5
				g := newDotGrid(c)
				for li, l := range g.layers {
					for y := 0; y < g.gh; y++ {
						for x := 0; x < g.gw; x++ {
							mx := 2*g.cx - x
							set := l[y*g.gw+x] != 0
							if mx < 0 || mx >= g.gw {
								if set {
									t.Fatalf("%s n=%d %v layer %d: dot (%d,%d) has no mirror cell", modeName(m), n, sz, li, x, y)
								}
								continue
							}
							if set != (l[y*g.gw+mx] != 0) {
								t.Fatalf("%s n=%d %v layer %d: dot (%d,%d) set=%v but mirror (%d,%d) differs",
									modeName(m), n, sz, li, x, y, set, mx, y)
							}
						}
					}
				}
			}
		}
	}
}

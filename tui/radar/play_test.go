package radar

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// xterm256 is the RGB of a 256-colour index taken from an SGR string
// "…38;5;N…" (the 6×6×6 cube and the first 16 as xterm draws them).
func xterm256(t *testing.T, sgr string) [3]float64 {
	t.Helper()
	i := strings.Index(sgr, "38;5;")
	if i < 0 {
		t.Fatalf("no 256-colour index in %q", sgr)
	}
	n, err := strconv.Atoi(strings.TrimSuffix(sgr[i+5:], "m"))
	if err != nil || n < 16 || n > 231 {
		t.Fatalf("colour %q outside the cube", sgr)
	}
	n -= 16
	level := func(v int) float64 {
		if v == 0 {
			return 0
		}
		return float64(55 + 40*v)
	}
	return [3]float64{level(n / 36), level(n / 6 % 6), level(n % 6)}
}

func luminance(rgb [3]float64) float64 {
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(rgb[0]) + 0.7152*lin(rgb[1]) + 0.0722*lin(rgb[2])
}

// The threshold ring's colour is far from every category's and series'
// colour (the magenta it had was Coopération's raspberry, 89 apart), and
// stays readable as a line on white and on black (3:1 at least).
func TestThresholdColourStandsApart(t *testing.T) {
	th := xterm256(t, sgrThresh)
	others := append(append([]string{}, sgrGroups[:]...), sgrSeries[:]...)
	for _, o := range others {
		c := xterm256(t, o)
		d := math.Sqrt((th[0]-c[0])*(th[0]-c[0]) + (th[1]-c[1])*(th[1]-c[1]) + (th[2]-c[2])*(th[2]-c[2]))
		if d < 120 {
			t.Errorf("threshold %q is %.0f from %q: too close to tell apart", sgrThresh, d, o)
		}
	}
	l := luminance(th)
	if onWhite, onBlack := 1.05/(l+0.05), (l+0.05)/0.05; onWhite < 3 || onBlack < 3 {
		t.Errorf("threshold contrast %.1f:1 on white, %.1f:1 on black", onWhite, onBlack)
	}
}

// A median lying on the threshold does not swallow the ring: the ring
// keeps cells of its own colour where they meet.
func TestThresholdShowsUnderAMedianOnIt(t *testing.T) {
	for _, size := range [][2]int{{80, 17}, {120, 30}} {
		part := filled(16, math.NaN())
		for i := range 6 {
			part[i] = 3
		}
		c := chartWith(16, size[0], size[1], Braille, part, filled(16, 2.5))
		c.Threshold, c.Color = 2.5, true
		alone := c
		alone.Series = alone.Series[:1]
		with := strings.Count(strings.Join(Render(c), ""), sgrThresh)
		without := strings.Count(strings.Join(Render(alone), ""), sgrThresh)
		if with*3 < without {
			t.Errorf("%dx%d: the ring keeps %d of its %d cells under a median on it", size[0], size[1], with, without)
		}
	}
}

// A partly scored evaluation is a surface over its scored part: the wedge
// between two scored axes is tinted, the wedge of an unscored run is not.
func TestPartlyScoredIsFilled(t *testing.T) {
	v := filled(16, math.NaN())
	for i := range 6 {
		v[i] = 3
	}
	c := chartWith(16, 80, 17, Braille, v)
	g := newDotGrid(c)
	sc := g.sc
	fill := g.layers[sc.layerFill()]
	dotsNear := func(a, b int) int {
		// Around the bisector of axes a and b, near the centre: inside
		// the wedges, outside a chord drawn across the gap.
		mid := dir{(sc.dirs[a].s + sc.dirs[b].s) / 2, (sc.dirs[a].c + sc.dirs[b].c) / 2}
		n := 0
		for k := 1; k <= 3; k++ {
			x, y := sc.point(mid, float64(k)/10)
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < g.gw && yy < g.gh && fill[yy*g.gw+xx] != 0 {
						n++
					}
				}
			}
		}
		return n
	}
	if n := dotsNear(2, 3); n == 0 {
		t.Error("the wedge between two scored axes is not tinted")
	}
	if n := dotsNear(10, 11); n != 0 {
		t.Errorf("the wedge of unscored axes is tinted (%d dots)", n)
	}
}

// The threshold ring reads as a line (four fifths of a solid ring's dots,
// where the 7-on-5-off dashes it had kept barely more than half and read as
// the median's dots), with gaps that tell it from the solid evaluation
// without colour.
func TestThresholdRingIsALine(t *testing.T) {
	c := roomChart(Braille)
	c.Threshold = 2.5
	dots := func() int {
		g := newDotGrid(c)
		n := 0
		for _, v := range g.layers[g.sc.layerThresh()] {
			if v != 0 {
				n++
			}
		}
		return n
	}
	drawn := dots()
	keep := threshDash
	threshDash = dash{}
	solid := dots()
	threshDash = keep
	if drawn*10 < solid*8 || drawn == solid {
		t.Errorf("the threshold ring has %d of a solid ring's %d dots", drawn, solid)
	}
}

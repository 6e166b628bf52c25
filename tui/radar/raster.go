package radar

import (
	"math"
	"slices"
)

// canvas holds one cell-sized layer per thing drawn: layer 0 is the grid
// (rings and spokes), layer 1+s is series s, then come the evaluation's
// fill, the threshold ring and the highlighted spoke (see scene.layerFill). Keeping series apart lets a
// shared braille cell show every dot set while colour still goes to the
// most important series, and lets tests inspect exact dot geometry.
//
// In braille mode a layer cell holds the 8 braille dot bits; in ASCII mode
// it holds a small glyph code where larger wins (vertex over edge, spoke
// over ring).
type canvas struct {
	w, h   int
	gw, gh int
	cx, cy int
	ascii  bool
	layers [][]uint8
}

// brailleBit[y%4][x%2] is the Unicode braille bit of a dot inside its cell.
var brailleBit = [4][2]uint8{{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}}

// ASCII glyph codes.
const (
	aRing uint8 = 1 + iota
	aSpokeV
	aSpokeSlash
	aSpokeBack
	aSpokeH
	aCentre
)

const (
	aEdge   uint8 = 1
	aVertex uint8 = 2
	aFill   uint8 = 1
	aThresh uint8 = 1
)

func (cv *canvas) set(l, x, y int, v uint8) {
	if uint(x) >= uint(cv.gw) || uint(y) >= uint(cv.gh) {
		return
	}
	if cv.ascii {
		p := &cv.layers[l][y*cv.w+x]
		if v > *p {
			*p = v
		}
		return
	}
	cv.layers[l][(y>>2)*cv.w+(x>>1)] |= brailleBit[y&3][x&1]
}

// dash is an on/off pattern along a line's major axis; period 0 is solid.
// Phase comes from the position (|x-cx| or y), not from the distance
// walked, so a line and its mirror image get the same dashes.
type dash struct{ period, on int }

// roundDiv is a/b rounded half away from zero (b > 0). Its oddness,
// roundDiv(-a,b) == -roundDiv(a,b), is what keeps mirrored lines mirrored.
func roundDiv(a, b int) int {
	if a >= 0 {
		return (2*a + b) / (2 * b)
	}
	return -((-2*a + b) / (2 * b))
}

func iabs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// line draws a DDA line in dot space. It always starts from the upper end
// (a direction that mirroring does not change) so that an edge and its
// mirror image round identically even though the polygon walks them in
// opposite directions.
func (cv *canvas) line(l, x0, y0, x1, y1 int, v uint8, d dash) {
	cv.thickLine(l, x0, y0, x1, y1, v, d, 0)
}

// sign is -1, 0 or 1.
func sign(a int) int {
	switch {
	case a < 0:
		return -1
	case a > 0:
		return 1
	}
	return 0
}

// thickLine is line with a second dot beside each one when thick is ±1:
// towards the centre (1) or away from it (-1), across the line's major
// axis. The side is taken from the centre, not from the walking direction,
// so mirrored edges stay mirrored; a dot on the centre's own row or column
// gets no twin rather than an arbitrary one.
func (cv *canvas) thickLine(l, x0, y0, x1, y1 int, v uint8, d dash, thick int) {
	if y0 > y1 {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	dx, dy := x1-x0, y1-y0
	n := max(iabs(dx), iabs(dy))
	xmajor := iabs(dx) > iabs(dy)
	for k := 0; k <= n; k++ {
		x, y := x0, y0
		if n > 0 {
			x += roundDiv(dx*k, n)
			y += roundDiv(dy*k, n)
		}
		if d.period > 0 {
			t := y
			if xmajor {
				t = iabs(x - cv.cx)
			}
			if t%d.period >= d.on {
				continue
			}
		}
		cv.set(l, x, y, v)
		if thick == 0 {
			continue
		}
		if xmajor {
			if o := thick * sign(cv.cy-y); o != 0 {
				cv.set(l, x, y+o, v)
			}
		} else if o := thick * sign(cv.cx-x); o != 0 {
			cv.set(l, x+o, y, v)
		}
	}
}

// Per-series styles. Without colour, series must still be told apart:
// the evaluation is solid and filled with heavy vertex squares, overlays
// are thick dotted lines ("pointillé": long dots, short gaps, so they stay
// a line from the back of the room) with lighter markers; the grid is
// sparsest of all, one dot in three or four, so it carries less ink than
// any series. The threshold ring is two dots thick, in long dashes with
// short gaps: a line from afar, never the median's dots nor the
// evaluation's solid stroke.
var (
	ringDash   = dash{3, 1}
	spokeDash  = dash{4, 1}
	threshDash = dash{10, 8}
	seriesDash = [maxSeries]dash{{}, {3, 2}, {4, 2}, {5, 3}}
	markers    = [maxSeries][][2]int{
		{{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {0, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}},
		{{0, -1}, {-1, 0}, {0, 0}, {1, 0}, {0, 1}},
		{{-1, -1}, {1, -1}, {0, 0}, {-1, 1}, {1, 1}},
		{{0, 0}, {-1, 0}, {1, 0}},
	}
)

// point returns the dot at fraction f of the outer radius along d.
// math.Round is odd like roundDiv, so negated directions give mirrored dots.
func (sc *scene) point(d dir, f float64) (int, int) {
	return sc.cx + int(math.Round(float64(sc.rx)*f*d.s)), sc.cy + int(math.Round(-sc.ry*f*d.c))
}

// ringLevels returns the scale levels to draw as rings: every integer (or
// a round step for large scales), thinned when rings would crowd, and
// always the maximum itself.
func (sc *scene) ringLevels() []float64 {
	step := 1.0
	if sc.max > 12 {
		step = niceStep(sc.max / 4)
	}
	minGap := 3.0 // dots (braille) between rings
	if sc.ascii {
		minGap = 1.5 // rows
	}
	for sc.ry*step/sc.max < minGap && step < sc.max {
		step = niceStep(step * 1.5)
	}
	var lv []float64
	for l := step; l < sc.max-1e-9; l += step {
		lv = append(lv, l)
	}
	return append(lv, sc.max)
}

// niceStep rounds x up to 1, 2 or 5 times a power of ten.
func niceStep(x float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= x-1e-9 {
			return m * p
		}
	}
	return 10 * p
}

// Layers after the series: the evaluation's fill, the threshold ring and
// the highlighted spoke, each its own colour.
func (sc *scene) layerFill() int   { return 1 + sc.nser }
func (sc *scene) layerThresh() int { return 2 + sc.nser }
func (sc *scene) layerSpoke() int  { return 3 + sc.nser }

func (sc *scene) rasterize() *canvas {
	cv := &canvas{w: sc.w, h: sc.h, gw: sc.gw, gh: sc.gh, cx: sc.cx, cy: sc.cy, ascii: sc.ascii}
	nl := 4 + sc.nser
	buf := make([]uint8, sc.w*sc.h*nl)
	cv.layers = make([][]uint8, nl)
	for i := range cv.layers {
		cv.layers[i] = buf[i*sc.w*sc.h : (i+1)*sc.w*sc.h]
	}
	sc.finishLabels()
	sc.placeCaptions()
	sc.drawGrid(cv)
	sc.drawThreshold(cv)
	sc.drawHighlight(cv)
	if sc.nser > 0 {
		sc.drawFill(cv)
	}
	for s := sc.nser - 1; s >= 0; s-- {
		sc.drawSeries(cv, s)
	}
	return cv
}

// ringDirs returns the sample directions rings are drawn through: enough
// that chords are ~3 dots long (they look round), and a multiple of n so
// every axis end is exactly a ring sample. A vertex at Max then sits on the
// outer ring, not a dot beside it.
func (sc *scene) ringDirs() []dir {
	per := max(2, int(math.Ceil(2*math.Pi*float64(sc.rx)/3/float64(sc.n))))
	m := per * sc.n
	ring := make([]dir, m)
	for j := 0; 2*j <= m; j++ {
		if j%per == 0 {
			ring[j] = sc.dirs[j/per]
			continue
		}
		s, c := math.Sincos(2 * math.Pi * float64(j) / float64(m))
		ring[j] = dir{s, c}
	}
	for j := m/2 + 1; j < m; j++ {
		if j%per == 0 {
			ring[j] = sc.dirs[j/per]
		} else {
			ring[j] = dir{-ring[m-j].s, ring[m-j].c}
		}
	}
	return ring
}

func (sc *scene) drawGrid(cv *canvas) {
	ring := sc.ringDirs()
	m := len(ring)
	var rd, sd dash
	if !sc.ascii {
		rd, sd = ringDash, spokeDash
	}
	levels := sc.ringLevels()
	for _, lv := range levels {
		if sc.hasThreshold() && math.Abs(lv-sc.c.Threshold) < 1e-9 {
			continue // the threshold ring stands for this level
		}
		f := lv / sc.max
		px, py := sc.point(ring[m-1], f)
		for j := 0; j < m; j++ {
			x, y := sc.point(ring[j], f)
			cv.line(0, px, py, x, y, aRing, rd)
			px, py = x, y
		}
	}
	// Spokes start at half the first ring: with many axes they would
	// otherwise merge into a blot at the centre that hides low scores.
	f0 := levels[0] / sc.max / 2
	for i := 0; i < sc.n; i++ {
		if i == sc.hi1 {
			continue // drawn solid on its own layer
		}
		d := sc.dirs[i]
		x0, y0 := sc.point(d, f0)
		x1, y1 := sc.point(d, 1)
		v := aRing
		if sc.ascii {
			v = sc.spokeGlyph(d)
		}
		cv.line(0, x0, y0, x1, y1, v, sd)
	}
	if sc.ascii {
		cv.set(0, sc.cx, sc.cy, aCentre)
	}
}

// spokeGlyph picks the ASCII character whose stroke follows the spoke as
// it runs across cells (cells are twice as tall as wide, so a 60° spoke is
// nearly flat in cell terms and reads best as '-', not a '\\\' staircase).
func (sc *scene) spokeGlyph(d dir) uint8 {
	dx := math.Abs(float64(sc.rx) * d.s)
	dy := math.Abs(sc.ry * d.c)
	switch {
	case dy > 3*dx:
		return aSpokeV
	case dy < 0.35*dx:
		return aSpokeH
	case d.s*d.c > 0:
		return aSpokeSlash
	}
	return aSpokeBack
}

func (sc *scene) hasThreshold() bool {
	t := sc.c.Threshold
	return t > 0 && t <= sc.max && !math.IsInf(t, 0)
}

// drawThreshold draws the proposal threshold as a ring of its own, so the
// room sees at a glance which markers fall short of it.
func (sc *scene) drawThreshold(cv *canvas) {
	if !sc.hasThreshold() {
		return
	}
	ring := sc.ringDirs()
	f := sc.c.Threshold / sc.max
	// Two dots thick, the twin inside the ring, in long dashes with short
	// gaps: the room tells it from the median's short dots by its stroke
	// as well as its colour (7 on 5 off read as a second median; one dot
	// sank into a dark screen), and from the solid evaluation without
	// colour (glyphs never depend on colour). Overlays thicken outwards,
	// so a median on the threshold keeps a line of its own beside it; its
	// dark green keeps it under the bright blue evaluation in weight.
	d, v, thick := threshDash, aThresh, 1
	if sc.ascii {
		d, thick = dash{}, 0
	}
	px, py := sc.point(ring[len(ring)-1], f)
	for _, r := range ring {
		x, y := sc.point(r, f)
		cv.thickLine(sc.layerThresh(), px, py, x, y, v, d, thick)
		px, py = x, y
	}
}

// drawHighlight draws the spoke of the marker under discussion solid from
// the centre to the outer ring.
func (sc *scene) drawHighlight(cv *canvas) {
	if sc.hi1 < 0 {
		return
	}
	d := sc.dirs[sc.hi1]
	x1, y1 := sc.point(d, 1)
	v := uint8(1)
	if sc.ascii {
		v = sc.spokeGlyph(d)
	}
	cv.line(sc.layerSpoke(), sc.cx, sc.cy, x1, y1, v, dash{})
}

// drawFill tints the inside of the evaluation's polygon with a sparse
// lattice of dots: enough to make the shape read as a surface from across
// a room, sparse enough that the grid rings and the outline stay distinct.
// Dots on the boundary are left to the outline; the lattice's phase comes
// from |x-cx| so the fill is mirrored exactly like everything else.
func (sc *scene) drawFill(cv *canvas) {
	xs, ys := sc.fillPolygon()
	if len(xs) < 3 {
		return
	}
	y0, y1 := slices.Min(ys), slices.Max(ys)
	x0, x1 := slices.Min(xs), slices.Max(xs)
	l := sc.layerFill()
	var cross []crossing
	for y := y0; y <= y1; y++ {
		if !sc.ascii && y%2 != 0 {
			continue
		}
		// Only the two or so edges crossing this row matter: finding them
		// once per row keeps the fill within the frame budget.
		cross = rowCrossings(xs, ys, y, cross[:0])
		if len(cross) == 0 {
			continue
		}
		for x := x0; x <= x1; x++ {
			if !sc.ascii && iabs(x-sc.cx)%2 != 0 {
				continue
			}
			if insideRow(cross, x) {
				cv.set(l, x, y, aFill)
			}
		}
	}
}

// fillPolygon is the area under the outline drawn: the wedge from the
// centre under every edge between two scored axes. Each run of unscored
// axes becomes one corner at the centre, so a partly scored item shows its
// scored part as a surface, as heavy as a whole one, and its gaps stay
// gaps; a chord across the gap (the scored vertices alone) drew a sliver
// that carried less ink than the median.
func (sc *scene) fillPolygon() (xs, ys []int) {
	miss := sc.miss[0]
	first := slices.Index(miss[:sc.n], false)
	if first < 0 {
		return nil, nil
	}
	// Start on a scored axis so a gap that wraps past the last axis is
	// still one corner.
	for k := 0; k < sc.n; k++ {
		i := (first + k) % sc.n
		if !miss[i] {
			x, y := sc.point(sc.dirs[i], sc.frac[0][i])
			xs, ys = append(xs, x), append(ys, y)
			continue
		}
		if p := (i + sc.n - 1) % sc.n; !miss[p] {
			xs, ys = append(xs, sc.cx), append(ys, sc.cy)
		}
	}
	return xs, ys
}

// crossing is where a polygon edge meets a dot row: x = num/den (den > 0),
// or a horizontal edge spanning [num, den] when flat.
type crossing struct {
	num, den int
	flat     bool
}

func rowCrossings(xs, ys []int, y int, out []crossing) []crossing {
	n := len(xs)
	for i, j := 0, n-1; i < n; j, i = i, i+1 {
		xi, yi, xj, yj := xs[i], ys[i], xs[j], ys[j]
		if (yi > y) == (yj > y) {
			if yi == y && yj == y {
				out = append(out, crossing{min(xi, xj), max(xi, xj), true})
			}
			continue
		}
		num := xi*(yj-yi) + (y-yi)*(xj-xi)
		den := yj - yi
		if den < 0 {
			num, den = -num, -den
		}
		out = append(out, crossing{num: num, den: den})
	}
	return out
}

// insideRow is the even-odd test for dot x of a row, in integers so that a
// dot and its mirror image always get the same answer; a dot exactly on an
// edge counts as outside (the outline is drawn there).
func insideRow(cross []crossing, x int) bool {
	in := false
	for _, c := range cross {
		switch {
		case c.flat:
			if x >= c.num && x <= c.den {
				return false
			}
		case x*c.den == c.num:
			return false
		case x*c.den < c.num:
			in = !in
		}
	}
	return in
}

// drawSeries draws series s's outline between consecutive scored axes
// only: an unscored axis leaves a gap rather than a line to the centre,
// which would read as « 0 Absent ». In braille every outline is two dots
// thick, the evaluation's inwards and overlays' outwards, so an overlay
// equal to the evaluation still shows beside it.
func (sc *scene) drawSeries(cv *canvas, s int) {
	l := 1 + s
	f, miss := sc.frac[s], sc.miss[s]
	var d dash
	thick := 0
	if !sc.ascii {
		d = seriesDash[s]
		thick = 1
		if s > 0 {
			thick = -1
		}
	}
	for i := 0; i < sc.n; i++ {
		p := (i + sc.n - 1) % sc.n
		if miss[i] || miss[p] {
			continue
		}
		px, py := sc.point(sc.dirs[p], f[p])
		x, y := sc.point(sc.dirs[i], f[i])
		cv.thickLine(l, px, py, x, y, aEdge, d, thick)
	}
	// Markers shrink when axes are close together (many axes, small
	// chart): full-size squares would merge into one blot and hide the
	// shape they are meant to punctuate.
	mk := markers[s]
	if chord := 2 * float64(sc.rx) * math.Sin(math.Pi/float64(sc.n)); chord < 9 {
		mk = markers[len(markers)-1][:1]
		if s == 0 && chord >= 5 {
			mk = markers[1]
		}
	}
	for i := 0; i < sc.n; i++ {
		if miss[i] {
			continue
		}
		x, y := sc.point(sc.dirs[i], f[i])
		if sc.ascii {
			cv.set(l, x, y, aVertex)
			continue
		}
		for _, o := range mk {
			cv.set(l, x+o[0], y+o[1], 1)
		}
	}
}

// dotGrid is the chart's geometry without glyphs, for tests: one []uint8
// per layer (grid, then each series) of gw×gh dots, row-major, holding the
// glyph code (ASCII) or 1 (braille) where a dot is set. cx is the dot
// column the chart is mirror-symmetric around. nil when Render falls back.
type dotGrid struct {
	gw, gh, cx, cy int
	rx             int
	ry             float64
	layers         [][]uint8
	sc             *scene
}

func newDotGrid(c Chart) *dotGrid {
	if c.Height <= 0 {
		return nil
	}
	sc := newScene(c)
	if sc.fallback {
		return nil
	}
	sc.layout()
	cv := sc.rasterize()
	g := &dotGrid{gw: sc.gw, gh: sc.gh, cx: sc.cx, cy: sc.cy, rx: sc.rx, ry: sc.ry, sc: sc}
	for _, l := range cv.layers {
		d := make([]uint8, sc.gw*sc.gh)
		for y := 0; y < sc.gh; y++ {
			for x := 0; x < sc.gw; x++ {
				if sc.ascii {
					d[y*sc.gw+x] = l[y*sc.w+x]
				} else if l[(y>>2)*sc.w+(x>>1)]&brailleBit[y&3][x&1] != 0 {
					d[y*sc.gw+x] = 1
				}
			}
		}
		g.layers = append(g.layers, d)
	}
	return g
}

// outerRingDots lists the dots of the outer ring's path (ignoring dashes),
// for tests.
func (sc *scene) outerRingDots() map[[2]int]bool {
	cv := &canvas{w: sc.w, h: sc.h, gw: sc.gw, gh: sc.gh, cx: sc.cx, ascii: true}
	cv.layers = [][]uint8{make([]uint8, sc.gw*sc.gh)}
	cv.w = sc.gw // one byte per dot
	ring := sc.ringDirs()
	px, py := sc.point(ring[len(ring)-1], 1)
	for _, d := range ring {
		x, y := sc.point(d, 1)
		cv.line(0, px, py, x, y, 1, dash{})
		px, py = x, y
	}
	out := map[[2]int]bool{}
	for y := 0; y < sc.gh; y++ {
		for x := 0; x < sc.gw; x++ {
			if cv.layers[0][y*sc.gw+x] != 0 {
				out[[2]int{x, y}] = true
			}
		}
	}
	return out
}

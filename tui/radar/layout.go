package radar

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// cellAspect is a terminal cell's height divided by its width. Most
// monospace fonts sit between 1.9 and 2.2; 2 makes braille dots square,
// which keeps the arithmetic exact for the common case.
const cellAspect = 2.0

// dir is an axis direction on screen: s grows rightwards, c grows upwards.
type dir struct{ s, c float64 }

// label is one axis label in its candidate textual forms.
type label struct {
	name   string // cleaned (and folded in ASCII mode)
	nameW  int
	suffix string // " 3/4", " –" or ""
	sufW   int
	num    string // "12": the form used when names cannot fit
	numW   int
	// Word boundaries (byte offsets) and the name's width up to the end of
	// each word, so wrapping inside the layout search is integer work only.
	wordStart, wordEnd []int
	wordW              []int
}

// maxLines bounds a side label's height: a fourth line would drift too far
// from its axis end to be read as belonging to it.
const maxLines = 3

// form is one way to write a label: which word ends each line, and whether
// the last line's name part is cut to cut columns (ellipsis included).
type form struct {
	lines, w int
	ends     [maxLines]int // word index ending each line; -1 marks a value-only line
	cut      int
	shown    int // columns of name shown, to compare cut forms
	full     bool
}

// segment is one line of a placed label.
type segment struct {
	col, w int
	text   string // name part as displayed
	suffix string // value part as displayed (coloured separately)
}

// place is where a label landed: a box of f.lines×f.w cells at (row, col).
type place struct {
	ok       bool
	row, col int
	f        form
	seg      [maxLines]segment
}

// tier is one level of label compromise. Layout tries them best-first and
// keeps the first that fits with a chart of reasonable size, because a big
// chart with unreadable labels and readable labels around a dot are both
// useless to a committee.
type tier struct {
	kind     int
	minKeep  int     // smallest acceptable shown name width when cutting
	lines    int     // most lines a side label may take
	loFrac   float64 // smallest radius accepted, as a fraction of the largest
	maxShift int     // how far (rows) a label may drift from its axis end
}

const (
	tierFull = iota
	tierTrunc
	tierNum
	tierNumBare
)

// Full names are worth shrinking the chart a little, not a lot: the order
// alternates "whole" and "cut" with decreasing chart sizes.
var tiers = [...]tier{
	{kind: tierFull, lines: 3, loFrac: 0.75, maxShift: 2},
	{kind: tierTrunc, minKeep: 14, lines: 3, loFrac: 0.75, maxShift: 2},
	{kind: tierFull, lines: 3, loFrac: 0.6, maxShift: 2},
	{kind: tierTrunc, minKeep: 10, lines: 3, loFrac: 0.6, maxShift: 2},
	{kind: tierTrunc, minKeep: 6, lines: 2, loFrac: 0.5, maxShift: 2},
	{kind: tierNum, lines: 1, loFrac: 0.4, maxShift: 2},
	{kind: tierNumBare, lines: 1, maxShift: 3},
}

// scene holds a normalised chart and everything derived from it. It is
// built per Render call; nothing is cached across calls because charts are
// cheap and callers resize freely.
type scene struct {
	c         Chart
	ascii     bool
	fallback  bool
	n         int
	max       float64
	nser      int
	frac      [][]float64 // per series, value/Max clamped to [0,1], NaN→0
	miss      [][]bool    // per series, value missing (not scored)
	nan       []bool      // Series[0] value missing
	hi1       int         // highlighted axis from 0, -1 for none
	underlays []underlay
	labels    []label
	group     []int // per axis, its group in Chart.Groups or -1
	captions  []caption

	w, h   int // cells
	sx, sy int // dots per cell
	gw, gh int // dot grid size
	cx, cy int // centre dot
	blob   int // reach of a vertex marker, in dots
	occM   float64
	k      float64 // ry = k * rx
	dirs   []dir
	order  []int // label placement order
	gap    int   // blank cells between a label and the chart

	rx       int
	ry       float64
	tier     int
	dropped  bool // best-effort layout left some labels out
	pl       []place
	placed   []int
	lo, hi   []int // per row: occupied cell columns, lo > hi when empty
	occCache []occEntry
	occSlab  []int
}

func newScene(c Chart) *scene {
	sc := &scene{c: c, ascii: c.Mode == ASCII, n: len(c.Labels)}
	sc.max = c.Max
	if !(sc.max > 0) || math.IsInf(sc.max, 0) {
		sc.max = 0
		for _, s := range c.Series {
			for _, v := range s.Values {
				if v > sc.max && !math.IsInf(v, 0) {
					sc.max = v
				}
			}
		}
		if sc.max <= 0 {
			sc.max = 1
		}
	}
	if c.Width < MinWidth || c.Height < MinHeight || sc.n < 3 {
		sc.fallback = true
		return sc
	}
	sc.nser = min(len(c.Series), maxSeries)
	sc.frac = make([][]float64, sc.nser)
	sc.miss = make([][]bool, sc.nser)
	sc.nan = make([]bool, sc.n)
	sc.hi1 = -1
	if c.Highlight >= 1 && c.Highlight <= sc.n {
		sc.hi1 = c.Highlight - 1
	}
	for si := 0; si < sc.nser; si++ {
		f := make([]float64, sc.n)
		miss := make([]bool, sc.n)
		vs := c.Series[si].Values
		for i := range f {
			v := math.NaN()
			if i < len(vs) {
				v = vs[i]
			}
			if math.IsNaN(v) {
				miss[i] = true
				continue
			}
			f[i] = math.Min(math.Max(v/sc.max, 0), 1)
		}
		sc.frac[si], sc.miss[si] = f, miss
	}
	if sc.nser > 0 {
		sc.nan = sc.miss[0]
	}
	sc.initLabels()
	sc.initGeom()
	sc.group = sc.axisGroups()
	return sc
}

func (sc *scene) initLabels() {
	sc.labels = make([]label, sc.n)
	d := unscored
	if sc.ascii {
		d = asciiUnscored
	}
	words := 0
	for i, s := range sc.c.Labels {
		l := &sc.labels[i]
		l.name = cleanLabel(s, sc.c.FoldLabels)
		if i == sc.hi1 && !sc.c.Color {
			// Without colour the label cannot be reversed: brackets are
			// the mark that survives NO_COLOR, a pipe and a printer.
			l.name = "[" + l.name + "]"
		}
		words += strings.Count(l.name, " ") + 1
	}
	// One backing array for every label's word tables: labels are many and
	// small, and Render runs once per frame.
	slab := make([]int, 0, 3*words)
	for i := range sc.labels {
		l := &sc.labels[i]
		l.nameW = strWidth(l.name)
		l.num = strconv.Itoa(i + 1)
		if i == sc.hi1 && !sc.c.Color {
			l.num = "[" + l.num + "]"
		}
		l.numW = len(l.num)
		switch {
		case sc.nser > 0 && sc.nan[i]:
			l.suffix = " " + sc.missingMark(i, d)
		case sc.nser > 0 && sc.c.ShowValues:
			l.suffix = " " + fmtNum(sc.frac[0][i]*sc.max) + "/" + fmtNum(sc.max)
		}
		l.sufW = strWidth(l.suffix)
		nw := strings.Count(l.name, " ") + 1
		base := len(slab)
		slab = slab[:base+3*nw]
		l.wordStart = slab[base : base : base+nw]
		l.wordEnd = slab[base+nw : base+nw : base+2*nw]
		l.wordW = slab[base+2*nw : base+2*nw : base+3*nw]
		start := 0
		for b := 0; b <= len(l.name); b++ {
			if b == len(l.name) || l.name[b] == ' ' {
				l.wordStart = append(l.wordStart, start)
				l.wordEnd = append(l.wordEnd, b)
				l.wordW = append(l.wordW, strWidth(l.name[:b]))
				start = b + 1
			}
		}
	}
}

// missingMark is what follows the label of axis i when Series[0] has no
// value there: the caller's mark for it, else d (« ? »).
func (sc *scene) missingMark(i int, d string) string {
	if i < len(sc.c.Marks) && sc.c.Marks[i] != "" {
		return cleanLabel(sc.c.Marks[i], sc.c.FoldLabels)
	}
	return d
}

func (sc *scene) initGeom() {
	sc.w, sc.h = sc.c.Width, sc.c.Height
	// occM inflates the ring when reserving room for labels: rounding can
	// put a dot ~0.7 dot outside the ideal ring and a braille vertex marker
	// reaches one dot further. Together with rounding columns up, these
	// margins keep labels clear of every dot that can be drawn
	// (TestLabelsClear hunts for counter-examples) without leaving a
	// visible moat.
	sc.gap = 1
	if sc.ascii {
		sc.sx, sc.sy, sc.blob = 1, 1, 0
		sc.occM = 0.75
	} else {
		sc.sx, sc.sy, sc.blob = 2, 4, 1
		sc.occM = 1.5
	}
	sc.gw, sc.gh = sc.w*sc.sx, sc.h*sc.sy
	// An odd-width dot grid centred on a dot column makes mirror symmetry
	// exact; the last dot column (braille) or cell (ASCII, even width) stays
	// empty, which is invisible.
	sc.cx = (sc.gw - 1) / 2
	top, bot := sc.sy, sc.sy*(sc.h-1)-1 // rows 0 and h-1 are kept for labels
	sc.cy = (top + bot) / 2
	// One cell is sx dots wide and sy dots tall but cellAspect times taller
	// than wide, so a vertical dot is this many horizontal dots tall.
	sc.k = float64(sc.sy) / (float64(sc.sx) * cellAspect)
	sc.dirs = axisDirs(sc.n, make([]dir, sc.n))
	sc.order = make([]int, 0, sc.n)
	for i := 0; i < sc.n; i++ {
		sc.order = append(sc.order, i)
	}
	// Centre labels first, then from the poles towards the horizontal:
	// crowding happens near the poles, slack near the horizontal, so labels
	// displaced by a collision get pushed where there is room.
	slices.SortStableFunc(sc.order, func(a, b int) int {
		ka, kb := sc.orderKey(a), sc.orderKey(b)
		switch {
		case ka > kb:
			return -1
		case ka < kb:
			return 1
		}
		return 0
	})
	sc.pl = make([]place, sc.n)
	sc.placed = make([]int, 0, sc.n)
	sc.occCache = make([]occEntry, max(sc.rmax()+1, 0))
	for i := range sc.occCache {
		sc.occCache[i].off = -1
	}
	sc.occSlab = make([]int, 0, 24*2*sc.h)
}

func (sc *scene) orderKey(i int) float64 {
	if sc.isCentre(i) {
		return 2
	}
	return math.Abs(sc.dirs[i].c)
}

// isCentre reports whether axis i points straight up or down, where its
// label is centred above/below the chart instead of hugging a side.
func (sc *scene) isCentre(i int) bool { return i == 0 || 2*i == sc.n }

// axisDirs returns the screen direction of each axis, clockwise from the
// top (see Spoke).
func axisDirs(n int, d []dir) []dir {
	for i := range d[:n] {
		d[i].s, d[i].c = Spoke(i, n)
	}
	return d
}

// rmax is the largest horizontal radius (dots) that leaves a label row
// above and below and at least a one-character label on each side.
func (sc *scene) rmax() int {
	half := min(sc.cy-sc.sy, sc.sy*(sc.h-1)-1-sc.cy)
	rv := int((float64(half-sc.blob) + 0.49) / sc.k)
	rh := sc.cx - sc.blob - (sc.gap+1)*sc.sx - 1
	r := min(rv, rh)
	for r > 0 && int(math.Round(float64(r)*sc.k))+sc.blob > half {
		r--
	}
	return r
}

func (sc *scene) rmin() int {
	if sc.ascii {
		return 4
	}
	return 6
}

// strategyHeight is the height a chart's labelling strategy (names or
// numbers) is chosen at. An 80x24 screen gives its chart 15 to 21 rows
// depending on the header, recusal and notice lines shown; within that band
// the chart names its axes only if 15 rows can, so it does not flip between
// names and numbers in the middle of an initiative. Outside the band the
// decision is the height's own: small charts have no rows to spare, and
// large ones (a 120x40 screen, the printed minutes) have room for names.
func strategyHeight(h int) int {
	if h >= 15 && h <= 21 {
		return 15
	}
	return h
}

// layout picks the outer radius and label forms: the best tier that fits,
// and within it the largest radius. When the chart's strategy height has
// to number its axes, so does the chart (see strategyHeight).
func (sc *scene) layout() {
	first := 0
	if hq := strategyHeight(sc.h); hq < sc.h {
		c := sc.c
		c.Height = hq
		q := newScene(c)
		if !q.fallback {
			q.layoutFrom(0)
			if tiers[q.tier].kind >= tierNum {
				first = q.tier
			}
		}
	}
	sc.layoutFrom(first)
}

func (sc *scene) layoutFrom(first int) {
	hi := sc.rmax()
	lo0 := min(sc.rmin(), hi)
	for ti, t := range tiers {
		if ti < first {
			continue
		}
		lo := max(lo0, int(t.loFrac*float64(hi)))
		if r := sc.search(lo, hi, t); r >= 0 {
			sc.tier = ti
			sc.setRadius(r)
			sc.placeLabels(t, false)
			return
		}
	}
	// Nothing fits even as bare numbers (many axes in a tiny box): draw the
	// chart anyway and keep the labels that fit; NeedsLegend says so.
	sc.tier = len(tiers) - 1
	sc.dropped = true
	sc.setRadius(max(lo0, hi*2/3))
	sc.placeLabels(tiers[sc.tier], true)
}

// search returns the largest radius in [lo, hi] where every label fits at
// tier t, or -1. Fit is not monotone in the radius (a larger chart leaves
// less width but spreads labels over more rows), so it scans coarsely from
// the top and refines just above the first success.
func (sc *scene) search(lo, hi int, t tier) int {
	if lo > hi {
		return -1
	}
	step := max(2, (hi-lo)/5)
	for r := hi; r > lo-step; r -= step {
		r = max(r, lo) // always try the smallest radius the tier accepts
		if !sc.fits(r, t) {
			continue
		}
		if r == hi {
			return r
		}
		// Bisect between the success r and the failure above it.
		good, bad := r, min(hi+1, r+step)
		for bad-good > 1 {
			mid := (good + bad) / 2
			if sc.fits(mid, t) {
				good = mid
			} else {
				bad = mid
			}
		}
		return good
	}
	return -1
}

func (sc *scene) fits(r int, t tier) bool {
	sc.setRadius(r)
	return sc.placeLabels(t, false)
}

// occEntry caches one radius's vertical position and row occupancy: the
// search revisits the same radii once per tier.
type occEntry struct {
	cy  int
	off int // into scene.occSlab: lo[h] then hi[h]; -1 when not computed
}

func (sc *scene) setRadius(r int) {
	sc.rx = r
	sc.ry = float64(r) * sc.k
	if r < len(sc.occCache) && sc.occCache[r].off >= 0 {
		e := sc.occCache[r]
		sc.cy = e.cy
		sc.lo = sc.occSlab[e.off : e.off+sc.h]
		sc.hi = sc.occSlab[e.off+sc.h : e.off+2*sc.h]
		return
	}
	// Nudge the centre by a dot or two so the chart touches as few cell rows
	// as possible: a row holding one stray dot row of the outer ring pushes
	// the top or bottom label a whole row away from the chart.
	top, bot := sc.sy, sc.sy*(sc.h-1)-1
	c0 := (top + bot) / 2
	ext := int(math.Round(sc.ry)) + sc.blob
	// Among equally compact positions, keep the blank rows above and below
	// balanced.
	best, bestRows, bestSkew := c0, sc.h+1, sc.h+1
	for d := 0; d < 2*sc.sy; d++ {
		for _, c := range [2]int{c0 - d, c0 + d} {
			if c-ext < top || c+ext > bot {
				continue
			}
			r0, r1 := (c-ext)/sc.sy, (c+ext)/sc.sy
			rows, skew := r1-r0, iabs((r0-1)-(sc.h-2-r1))
			if rows < bestRows || rows == bestRows && skew < bestSkew {
				best, bestRows, bestSkew = c, rows, skew
			}
		}
	}
	sc.cy = best
	off := len(sc.occSlab)
	sc.occSlab = append(sc.occSlab, make([]int, 2*sc.h)...)
	sc.lo = sc.occSlab[off : off+sc.h]
	sc.hi = sc.occSlab[off+sc.h : off+2*sc.h]
	sc.occupancy()
	if r < len(sc.occCache) {
		sc.occCache[r] = occEntry{cy: best, off: off}
	}
}

// occupancy records, per cell row, the columns that drawn dots may touch,
// using an ellipse inflated by occM and clipped to the exact extremes.
func (sc *scene) occupancy() {
	ryi := int(math.Round(sc.ry))
	top, bot := sc.cy-ryi-sc.blob, sc.cy+ryi+sc.blob
	left, right := sc.cx-sc.rx-sc.blob, sc.cx+sc.rx+sc.blob
	ex, ey := float64(sc.rx)+sc.occM, sc.ry+sc.occM
	for r := 0; r < sc.h; r++ {
		lo, hi := sc.w, -1
		for y := max(r*sc.sy, top); y < (r+1)*sc.sy && y <= bot; y++ {
			dy := float64(y-sc.cy) / ey
			hw := int(math.Ceil(ex * math.Sqrt(math.Max(0, 1-dy*dy))))
			xl, xh := max(sc.cx-hw, left), min(sc.cx+hw, right)
			lo = min(lo, max(xl, 0)/sc.sx)
			hi = max(hi, xh/sc.sx)
		}
		sc.lo[r], sc.hi[r] = lo, hi
	}
}

// span is the width of words j..k on one line.
func (l *label) span(j, k int) int {
	if j == 0 {
		return l.wordW[k]
	}
	return l.wordW[k] - l.wordW[j-1] - 1
}

// wrap fills at most maxL lines of avail columns greedily, keeping the
// value glued to the last word when it fits and on its own line otherwise.
// When the name does not fit and cut is allowed, the last line is cut with
// an ellipsis; full reports whether the whole name is shown.
func (l *label) wrap(avail, maxL int, cut bool) (f form, ok bool) {
	nw := len(l.wordW)
	j := 0
	for line := 0; line < maxL; line++ {
		last := line == maxL-1
		k := j - 1
		for k+1 < nw && l.span(j, k+1) <= avail {
			k++
		}
		if k == nw-1 {
			w := l.span(j, k)
			switch {
			case w+l.sufW <= avail:
				f.ends[line], f.lines, f.full = k, line+1, true
				f.w = max(f.w, w+l.sufW)
				f.shown += w
				return f, true
			case !last && l.sufW-1 <= avail:
				f.ends[line], f.ends[line+1], f.lines, f.full = k, -1, line+2, true
				f.w = max(f.w, w, l.sufW-1)
				f.shown += w
				return f, true
			}
		} else if !last && k >= j {
			f.ends[line] = k
			f.w = max(f.w, l.span(j, k))
			f.shown += l.span(j, k)
			j = k + 1
			continue
		}
		// The rest of the name does not fit on this line: cut it here.
		room := avail - l.sufW
		if !cut || room < 2 {
			return f, false
		}
		rest := l.nameW - l.span(0, max(j-1, 0)) - 1
		if j == 0 {
			rest = l.nameW
		}
		f.ends[line], f.lines, f.cut = nw-1, line+1, min(room, rest)
		f.w = max(f.w, f.cut+l.sufW)
		f.shown += f.cut
		return f, true
	}
	return f, false
}

// form chooses how axis i's label is written in avail columns and at most
// maxL lines at tier t; ok is false when nothing acceptable fits.
func (sc *scene) form(i int, t tier, avail, maxL int) (form, bool) {
	l := &sc.labels[i]
	switch t.kind {
	case tierNum:
		w := l.numW + l.sufW
		return form{lines: 1, w: w, full: true}, w <= avail
	case tierNumBare:
		return form{lines: 1, w: l.numW, full: true}, l.numW <= avail
	}
	f, ok := l.wrap(avail, maxL, t.kind == tierTrunc)
	if !ok {
		return f, false
	}
	return f, f.full || f.shown >= min(l.nameW, t.minKeep)
}

// placeLabels positions every label for the current radius. With
// bestEffort it skips labels that cannot be placed instead of failing.
func (sc *scene) placeLabels(t tier, bestEffort bool) bool {
	for i := range sc.pl {
		sc.pl[i] = place{}
	}
	sc.placed = sc.placed[:0]
	first, last := -1, -1
	for r := 0; r < sc.h; r++ {
		if sc.lo[r] <= sc.hi[r] {
			if first < 0 {
				first = r
			}
			last = r
		}
	}
	cxCol := (float64(sc.cx) + 0.5) / float64(sc.sx)
	for _, i := range sc.order {
		var ok bool
		if sc.isCentre(i) {
			row := first - 1
			if i != 0 {
				row = last + 1
			}
			if f, fok := sc.form(i, t, sc.w, 1); fok && row >= 0 && row < sc.h {
				col := int(math.Round(cxCol - float64(f.w)/2))
				col = max(0, min(col, sc.w-f.w))
				ok = sc.tryPlace(i, row, col, f)
			}
		} else {
			ok = sc.placeSide(i, t)
		}
		if !ok && !bestEffort {
			return false
		}
	}
	return true
}

// span returns the free columns for a side label whose box covers rows
// [row, row+lines): right of the chart for right-side axes, left of it
// otherwise, never closer to the centre than the axis end itself. For the
// left side col is the exclusive end of the box.
func (sc *scene) span(row, lines, anchor int, right bool) (col, avail int) {
	if right {
		col = anchor + 1
		for r := row; r < row+lines; r++ {
			if sc.lo[r] <= sc.hi[r] {
				col = max(col, sc.hi[r]+1+sc.gap)
			}
		}
		return col, sc.w - col
	}
	end := anchor - 1
	for r := row; r < row+lines; r++ {
		if sc.lo[r] <= sc.hi[r] {
			end = min(end, sc.lo[r]-1-sc.gap)
		}
	}
	return end + 1, end + 1
}

func (sc *scene) placeSide(i int, t tier) bool {
	d := sc.dirs[i]
	ox := int(math.Round(float64(sc.rx) * d.s))
	oy := int(math.Round(-sc.ry * d.c))
	anchor := (sc.cx + ox) / sc.sx
	natural := (sc.cy + oy) / sc.sy
	// Rows towards the horizontal axis: near the poles labels crowd, near
	// the horizontal they have room, so that is where they are pushed and
	// where a multi-line label grows.
	inward := 1
	if d.c < 0 {
		inward = -1
	}
	right := d.s > 0
	var best form
	for k := 0; k <= 2*t.maxShift; k++ {
		shift := (k + 1) / 2
		if k%2 == 0 {
			shift = -shift
		}
		anchorRow := natural + inward*shift
		// Fewest lines that show the whole name; failing that, the cut form
		// showing the most of it.
		bestRow, bestCol := 0, 0
		best.lines = 0
		for lines := 1; lines <= t.lines; lines++ {
			top := anchorRow - (lines-1)/2
			if lines%2 == 0 && inward < 0 {
				top--
			}
			if top < 0 || top+lines > sc.h {
				continue
			}
			col, avail := sc.span(top, lines, anchor, right)
			f, ok := sc.form(i, t, avail, lines)
			if !ok || f.w <= 0 || (best.lines > 0 && !f.full && f.shown <= best.shown) {
				continue
			}
			if !right {
				col -= f.w
			}
			best, bestRow, bestCol = f, top, col
			if f.full {
				break
			}
		}
		if best.lines > 0 && sc.tryPlace(i, bestRow, bestCol, best) {
			return true
		}
	}
	return false
}

// labelGap is the number of blank cells kept between two labels sharing a
// row, so "Essaimage  Nouveauté" never reads as one phrase.
const labelGap = 2

func (sc *scene) tryPlace(i, row, col int, f form) bool {
	for _, j := range sc.placed {
		p := &sc.pl[j]
		if row < p.row+p.f.lines && p.row < row+f.lines &&
			col < p.col+p.f.w+labelGap && p.col < col+f.w+labelGap {
			return false
		}
	}
	sc.pl[i] = place{ok: true, row: row, col: col, f: f}
	sc.placed = append(sc.placed, i)
	return true
}

// finishLabels turns the chosen forms into text. Labels left of the chart
// are right-aligned against it, those right of it left-aligned, so every
// label starts or ends next to its axis.
func (sc *scene) finishLabels() {
	t := tiers[sc.tier]
	ell := ellipsis
	if sc.ascii {
		ell = asciiEllipsis
	}
	for i := range sc.pl {
		p := &sc.pl[i]
		if !p.ok {
			continue
		}
		l := &sc.labels[i]
		var segs [maxLines]segment
		switch t.kind {
		case tierNum:
			segs[0] = segment{text: l.num, suffix: l.suffix}
		case tierNumBare:
			segs[0] = segment{text: l.num}
		default:
			j := 0
			for k := 0; k < p.f.lines; k++ {
				e := p.f.ends[k]
				switch {
				case e < 0:
					segs[k].suffix = l.suffix[1:]
				case k == p.f.lines-1 && p.f.cut > 0:
					segs[k].text = truncName(l.name[l.wordStart[j]:], p.f.cut, ell)
				default:
					segs[k].text = l.name[l.wordStart[j]:l.wordEnd[e]]
				}
				j = e + 1
			}
			if last := p.f.lines - 1; p.f.ends[last] >= 0 {
				segs[last].suffix = l.suffix
			}
		}
		left := sc.dirs[i].s < 0 && !sc.isCentre(i)
		bw := 0
		for k := 0; k < p.f.lines; k++ {
			segs[k].w = strWidth(segs[k].text) + strWidth(segs[k].suffix)
			bw = max(bw, segs[k].w)
		}
		if left {
			p.col += p.f.w - bw
		} else if sc.isCentre(i) {
			p.col += (p.f.w - bw) / 2
		}
		p.f.w = bw
		for k := 0; k < p.f.lines; k++ {
			segs[k].col = p.col
			if left {
				segs[k].col = p.col + bw - segs[k].w
			}
		}
		p.seg = segs
	}
}

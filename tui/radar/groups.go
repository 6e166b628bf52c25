package radar

import "math"

// Group is a run of consecutive axes that belong together (a category of
// the grid), named with its mean around the chart so the room sees which
// quarter of the radar is which category without reading a line below it.
type Group struct {
	Name string
	// Mean is written by the caller ("2,75", "–"): the chart does not know
	// the language's number format.
	Mean string
	// Axes is how many axes the group holds, following the previous
	// group's (the first group starts at the first axis).
	Axes int
}

// meanRoom is the width kept for a group's mean whatever it says, so a
// caption does not move or vanish when a mean goes from « – » to « 2,75 ».
const meanRoom = 4

// Category colours tint the axis labels of each group and its caption.
// They are apart from the series' blue and orange and from each other, and
// mid-tone so they read on dark and light themes alike.
var sgrGroups = [...]string{
	"\x1b[38;5;30m",
	"\x1b[38;5;136m",
	"\x1b[38;5;125m",
	"\x1b[38;5;97m",
}

// caption is a group's name and mean placed in a corner of the chart.
type caption struct {
	row, col, w int
	text        string
	group       int
}

// axisGroups maps every axis to its group, -1 for axes no group covers.
func (sc *scene) axisGroups() []int {
	out := make([]int, sc.n)
	for i := range out {
		out[i] = -1
	}
	a := 0
	for g, gr := range sc.c.Groups {
		for k := 0; k < gr.Axes && a < sc.n; k++ {
			out[a] = g
			a++
		}
	}
	return out
}

// placeCaptions puts each group's caption at the outside of its axes: in
// the corner its middle axis points to, on the row nearest the edge that
// neither the chart nor a label nor another caption uses. It reports
// whether every caption found a place; when one did not, none is drawn
// and the caller writes the means elsewhere (all or nothing, so the
// categories never appear half named).
func (sc *scene) placeCaptions() bool {
	sc.captions = sc.captions[:0]
	if len(sc.c.Groups) == 0 {
		return false
	}
	a := 0
	for g, gr := range sc.c.Groups {
		if gr.Axes <= 0 || a+gr.Axes > sc.n {
			sc.captions = sc.captions[:0]
			return false
		}
		mid := 2 * math.Pi * (float64(a) + float64(gr.Axes-1)/2) / float64(sc.n)
		a += gr.Axes
		s, c := math.Sincos(mid)
		if math.Abs(s) < 1e-9 {
			sc.captions = sc.captions[:0]
			return false
		}
		text := cleanLabel(gr.Name, sc.c.FoldLabels) + " " + cleanLabel(gr.Mean, sc.c.FoldLabels)
		w := strWidth(cleanLabel(gr.Name, sc.c.FoldLabels)) + 1 + max(strWidth(gr.Mean), meanRoom)
		cp, ok := sc.cornerSpot(w, s > 0, c > 0)
		if !ok {
			sc.captions = sc.captions[:0]
			return false
		}
		cp.text, cp.group, cp.w = text, g, strWidth(text)
		if s > 0 {
			// A right caption ends at the edge, its mean last.
			cp.col = sc.w - cp.w
		}
		sc.captions = append(sc.captions, cp)
	}
	return true
}

// cornerSpot is the free row nearest the top or bottom edge, in the chart's
// half on that side, for a box of w columns against the left or right edge.
func (sc *scene) cornerSpot(w int, right, top bool) (caption, bool) {
	if w > sc.w/2 {
		return caption{}, false
	}
	col := 0
	if right {
		col = sc.w - w
	}
	for k := 0; k < sc.h/2; k++ {
		row := k
		if !top {
			row = sc.h - 1 - k
		}
		if sc.rowFree(row, col, w) {
			return caption{row: row, col: col, w: w}, true
		}
	}
	return caption{}, false
}

// rowFree says whether columns [col, col+w) of row keep clear of the chart,
// the labels and the captions already placed, by the labels' own gap.
func (sc *scene) rowFree(row, col, w int) bool {
	if sc.lo[row] <= sc.hi[row] && col < sc.hi[row]+1+sc.gap && sc.lo[row]-sc.gap < col+w {
		return false
	}
	for j := range sc.pl {
		p := &sc.pl[j]
		if p.ok && row >= p.row && row < p.row+p.f.lines &&
			col < p.col+p.f.w+labelGap && p.col < col+w+labelGap {
			return false
		}
	}
	for _, cp := range sc.captions {
		if cp.row == row && col < cp.col+cp.w+labelGap && cp.col < col+w+labelGap {
			return false
		}
	}
	return true
}

// GroupsFit reports whether Render names every group of c around the chart.
// When it does not, Render draws no caption and the caller should write the
// groups' means beside or under the chart.
func (c Chart) GroupsFit() bool {
	sc := newScene(c)
	if sc.fallback {
		return false
	}
	sc.layout()
	sc.finishLabels()
	return sc.placeCaptions()
}

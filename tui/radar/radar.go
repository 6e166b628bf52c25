// Package radar draws the committee's radar (spider) chart as terminal text.
//
// It is a pure renderer: a Chart value in, lines of text out. It knows
// nothing about evaluations, campaigns or Bubble Tea so that the same chart
// can be shown live on a laptop or projector and pasted verbatim into the
// printed minutes.
//
// Labels sit outside the outer ring at the end of their axis, on up to
// three lines, and never overlap the drawing or each other. When space is
// short the layout first shrinks the chart a little, then cuts labels with
// "…", and as a last resort numbers the axes; NeedsLegend then reports true
// and Legend gives the key to print beside or under the chart. Below
// MinWidth×MinHeight the chart becomes the one-line Bars summary.
//
// The evaluation (Series[0]) is what the room reads, so it carries the most
// ink: a tinted fill, a two-dot outline and square vertices, in bold blue.
// Overlays such as the campaign median are a thick dotted line of their
// own colour (orange, then purple, green), drawn over the fill so they
// never vanish under it; SeriesLegend names every series by swatch. The
// grid (rings, spokes) is sparse grey; Threshold adds a thick solid green ring
// and Highlight a solid spoke and a reversed (or [bracketed]) label for the
// marker under discussion. Without colour the series still differ by
// stroke and glyph: in ASCII '#'/'@' with ':' shading against '*'/'O'.
//
// Groups (the grid's categories) are named with their means in the corners
// their axes point to, and colour their axes' labels; GroupsFit says
// whether the corners had room, all or nothing, so a caller can write the
// means elsewhere. SeriesLegend names the threshold ring too.
//
// An unscored axis (NaN) is a gap: no vertex, no edge to or from it, and
// "?" after its label, so it cannot be mistaken for « 0 Absent », which is
// a vertex at the centre.
//
// Two drawing modes exist. Braille (the default) packs 2×4 dots into each
// cell and is what a modern terminal should get. ASCII uses printable ASCII
// glyphs only, for consoles whose fonts lack braille; labels keep their
// accents unless FoldLabels asks for pure ASCII ("Écologie" → "Ecologie").
//
// Geometry is computed in "dot space" and corrected for the shape of a
// terminal cell (about twice as tall as it is wide), so equal scores draw a
// regular polygon on screen rather than a squashed one. The dot grid has an
// odd width with the centre on a dot column, which makes a mirror-symmetric
// evaluation draw an exactly mirror-symmetric chart: the committee compares
// shapes, and a one-dot wobble would read as a difference that isn't there.
package radar

import "strings"

// Mode selects the glyph repertoire.
type Mode int

const (
	// Braille draws with U+2800 braille patterns: 2 dots wide, 4 high per cell.
	Braille Mode = iota
	// ASCII draws with printable ASCII only, one "dot" per cell.
	ASCII
)

// MinWidth and MinHeight are the smallest size, in cells, at which a radar
// is drawn. Below it Render falls back to the one-line Bars summary, since a
// radar squeezed further has no room left for a single readable label.
const MinWidth, MinHeight = 24, 10

// Series is one polygon on the chart. Values holds one score per axis, in
// the order of Chart.Labels. NaN means "not scored": the axis is left out
// of the polygon (never drawn as 0) and, for the main series, its label is
// marked "?" even when ShowValues is off, since an unscored axis is
// something the committee must notice. Missing trailing values count as
// NaN. Values are clamped to [0, Max]. Name is not drawn inside the chart;
// SeriesLegend shows it beside the series' swatch.
type Series struct {
	Name   string
	Values []float64
}

// Chart describes one radar to draw.
type Chart struct {
	// Labels names the axes, clockwise from the top. 3 to 24 axes are
	// supported; fewer than 3 renders the Bars fallback.
	Labels []string
	// Max is the scale maximum (typically 4). Rings are drawn at every
	// integer level up to Max (coarser when Max > 12 or space is short) and
	// always at Max. A non-positive Max is replaced by the largest value, or 1.
	Max float64
	// Series[0] is the evaluation being discussed and is drawn on top and
	// strongest; later series (at most 3, e.g. the campaign median) are
	// overlays. Series beyond the fourth are ignored.
	Series []Series
	// Width and Height are the size of the output in terminal cells.
	Width, Height int
	Mode          Mode
	// Color enables ANSI SGR colouring. When false the output contains no
	// ESC byte at all, so it can be pasted into minutes or piped to a file.
	Color bool
	// ShowValues appends Series[0]'s score to each label, e.g. "2,5/4".
	ShowValues bool
	// Highlight is the axis under discussion, counted from 1 (0: none): its
	// spoke and label stand out so the room sees which marker is scored.
	Highlight int
	// Threshold, when positive, is drawn as a ring of its own: the level a
	// category's mean must reach to be proposed (2,5 on the default grid).
	Threshold float64
	// Marks, per axis, replace the « ? » after the label of an axis that
	// Series[0] leaves out on purpose: « nc » for a marker answered « non
	// concerné » is not a marker still to score. "" keeps the « ? ».
	Marks []string
	// ThresholdName names the threshold ring in SeriesLegend (« seuil 2,5 »);
	// without it the legend leaves the ring out.
	ThresholdName string
	// Groups name runs of axes (the grid's categories) with their means,
	// in the chart's corners, and colour their labels; see GroupsFit.
	Groups []Group
	// FoldLabels folds labels to ASCII ("Écologie" → "Ecologie") for output
	// that must be pure ASCII; Mode ASCII alone only changes the drawing.
	FoldLabels bool
}

// maxSeries is how many polygons stay distinguishable, both by colour and
// by dot/character style when colour is off.
const maxSeries = 4

// Render draws c. It returns exactly c.Height lines (nil if Height <= 0),
// each padded with spaces to exactly c.Width display columns so the result
// composes with lipgloss layouts without re-measuring.
func Render(c Chart) []string {
	if c.Height <= 0 {
		return nil
	}
	sc := newScene(c)
	if sc.fallback {
		return fallbackLines(sc)
	}
	sc.layout()
	cv := sc.rasterize()
	return sc.paint(cv)
}

// String renders the chart as a single newline-separated string.
func (c Chart) String() string { return strings.Join(Render(c), "\n") }

func fallbackLines(sc *scene) []string {
	c := sc.c
	w := max(c.Width, 0)
	lines := make([]string, c.Height)
	blank := strings.Repeat(" ", w)
	for i := range lines {
		lines[i] = blank
	}
	if w > 0 && len(c.Labels) > 0 {
		var vals []float64
		if len(c.Series) > 0 {
			vals = c.Series[0].Values
		}
		b := bars(c.Labels, vals, sc.max, w, sc.ascii, c.FoldLabels)
		lines[0] = b + strings.Repeat(" ", w-strWidth(b))
	}
	return lines
}

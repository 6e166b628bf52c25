package statistics

import (
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/guptarohit/asciigraph"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/i18n"
	"essradar/tui/layout"
)

// seriesColours tell the categories apart on a terminal with colours.
var seriesColours = []asciigraph.AnsiColor{asciigraph.Blue, asciigraph.Green, asciigraph.DarkOrange, asciigraph.Magenta, asciigraph.Cyan, asciigraph.Red}

// Without colour the series are told apart by their glyph: asciigraph's
// own legend marks every series with the same box, so the legend is ours.
var (
	seriesGlyphs = []string{"─", "•", "+", "×", "o", "#"}
	asciiGlyphs  = []string{"*", "o", "x", "=", "#", "@"}
)

// asciiAxis replaces the box-drawing characters asciigraph always draws
// its axes with.
var asciiAxis = strings.NewReplacer("┤", "|", "┼", "+", "└", "+", "┬", "+", "─", "-")

// trends draws, across campaigns, the labels by category and the mean of
// each category, one line per category of the latest campaign's grid.
func trends(t *i18n.Catalogue, all []store.CampaignStats, o Options) []string {
	first, last := all[0], all[len(all)-1]
	out := []string{o.heading(t.T("stats.trends", plaintext.Line(first.Campaign.ID), plaintext.Line(last.Campaign.ID)))}
	if len(all) < 2 {
		return append(out, o.muted(t.T("stats.trend_need_two")))
	}
	g := last.Grid
	names := make([]string, len(g.Categories))
	labels := make([][]float64, len(g.Categories))
	means := make([][]float64, len(g.Categories))
	for i, c := range g.Categories {
		names[i] = categoryName(t, g, c.ID)
		for _, cs := range all {
			labels[i] = append(labels[i], float64(cs.LabelledIn(c.ID)))
			mean, ok := cs.CategoryMean(c.ID)
			if !ok {
				mean = math.NaN() // a gap in the line
			}
			means[i] = append(means[i], mean)
		}
	}
	years := make([]string, len(all))
	for i, cs := range all {
		years[i] = plaintext.Line(cs.Campaign.ID)
	}
	out = append(out, "", o.heading(t.T("stats.trend_labels")))
	out = append(out, chart(t, labels, years, 0, o)...)
	out = append(out, legend(names, o)...)
	out = append(out, "", o.heading(t.T("stats.trend_means")))
	if !anyNumber(means) {
		return append(out, o.muted(t.T("stats.trend_no_means")))
	}
	out = append(out, chart(t, means, years, 2, o)...)
	return append(out, legend(names, o)...)
}

// chart plots the series over the years, the years written under their
// ticks; places is the number of decimals on the vertical axis.
func chart(t *i18n.Catalogue, series [][]float64, years []string, places int, o Options) []string {
	step := 1.0 // counts
	if places > 0 {
		step = 0.25 // means: close enough to the values to show them apart
	}
	lo, hi := bounds(series, step)
	// As many rows per step as fit, so lines at different values stand
	// apart; only the steps are written on the axis, so labels read round.
	steps := int(math.Round((hi - lo) / step))
	height := steps * max(o.ChartHeight/steps, 1)
	label := func(v float64) string {
		if q := v / step; math.Abs(q-math.Round(q)) > 1e-6 {
			return ""
		}
		return t.Decimal(v, places)
	}
	opts := []asciigraph.Option{
		asciigraph.Height(height),
		asciigraph.Width(min(max(o.Width-14, 2*len(years)), 120)),
		asciigraph.LowerBound(lo), asciigraph.UpperBound(hi),
		asciigraph.YAxisValueFormatter(label),
		asciigraph.XAxisRange(0, float64(len(years)-1)),
		asciigraph.XAxisTickCount(len(years)),
		asciigraph.XAxisValueFormatter(func(v float64) string {
			return years[min(max(int(math.Round(v)), 0), len(years)-1)]
		}),
		asciigraph.SeriesChars(charSets(len(series), o)...),
	}
	if o.Colour {
		opts = append(opts, asciigraph.SeriesColors(colours(len(series))...))
	}
	plot := asciigraph.PlotMany(series, opts...)
	if !o.Colour {
		plot = ansi.Strip(plot)
	}
	if o.ASCII {
		plot = asciiAxis.Replace(plot)
	}
	return strings.Split(plot, "\n")
}

// bounds is the range the vertical axis shows: the values rounded out to
// the step, so the axis labels read round.
func bounds(series [][]float64, step float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range series {
		for _, v := range s {
			if !math.IsNaN(v) {
				lo, hi = min(lo, v), max(hi, v)
			}
		}
	}
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if hi <= lo {
		hi = lo + step
	}
	return lo, hi
}

func anyNumber(series [][]float64) bool {
	for _, s := range series {
		for _, v := range s {
			if !math.IsNaN(v) {
				return true
			}
		}
	}
	return false
}

func charSets(n int, o Options) []asciigraph.CharSet {
	out := make([]asciigraph.CharSet, n)
	for i := range out {
		switch {
		case o.ASCII:
			out[i] = asciigraph.CreateCharSet(asciiGlyphs[i%len(asciiGlyphs)])
		case o.Colour || i == 0:
			out[i] = asciigraph.DefaultCharSet
		default:
			out[i] = asciigraph.CreateCharSet(seriesGlyphs[i%len(seriesGlyphs)])
		}
	}
	return out
}

func colours(n int) []asciigraph.AnsiColor {
	out := make([]asciigraph.AnsiColor, n)
	for i := range out {
		out[i] = seriesColours[i%len(seriesColours)]
	}
	return out
}

// legend names each series after the glyph (and colour) it is drawn with,
// wrapped to the width.
func legend(names []string, o Options) []string {
	items := make([]string, len(names))
	for i, name := range names {
		glyph := seriesGlyphs[i%len(seriesGlyphs)]
		switch {
		case o.ASCII:
			glyph = asciiGlyphs[i%len(asciiGlyphs)]
		case o.Colour:
			glyph = seriesColours[i%len(seriesColours)].String() + "──" + asciigraph.Default.String()
		}
		items[i] = glyph + " " + name
	}
	var out []string
	line := "   "
	for _, it := range items {
		if ansi.StringWidth(line)+ansi.StringWidth(it)+3 > o.Width && strings.TrimSpace(line) != "" {
			out = append(out, line)
			line = "   "
		}
		line += it + "   "
	}
	out = append(out, line)
	for i, l := range out {
		l = strings.TrimRight(l, " ")
		out[i] = layout.Fit(l, min(ansi.StringWidth(l), o.Width))
	}
	return out
}

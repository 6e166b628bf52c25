// Package statistics writes the year in figures: one campaign's decisions,
// labels by category, territories and marker means (weakest first), then
// the trends across campaigns as line charts drawn by asciigraph. The
// statistics screen and `essradar stats` print the same text: it is written
// here once, for a width, from what store.Statistics read.
package statistics

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"charm.land/lipgloss/v2"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/i18n"
	"essradar/tui/layout"
)

// Options says how the text is drawn.
type Options struct {
	Width       int // columns available
	ChartHeight int // rows of a trend chart's plot
	// Colour lets the charts colour their series (ANSI); only for a
	// terminal that shows colours.
	Colour bool
	// ASCII draws without box-drawing characters or blocks.
	ASCII bool
	// Heading and Muted style headings and notes; nil writes them plain.
	Heading, Muted func(string) string
}

func (o Options) heading(s string) string {
	if o.Heading == nil {
		return s
	}
	return o.Heading(s)
}

func (o Options) muted(s string) string {
	if o.Muted == nil {
		return s
	}
	return o.Muted(s)
}

// Render writes campaign all[selected] in figures, then the trends across
// every campaign of all (oldest first, as store.Statistics gives them).
func Render(t *i18n.Catalogue, all []store.CampaignStats, selected int, o Options) []string {
	o.Width = max(o.Width, 40)
	o.ChartHeight = max(o.ChartHeight, 3)
	if len(all) == 0 {
		return []string{o.muted(t.T("stats.none"))}
	}
	selected = min(max(selected, 0), len(all)-1)
	cs := all[selected]
	var out []string
	out = append(out, o.heading(t.T("stats.campaign", plaintext.Line(cs.Campaign.ID), plaintext.Line(cs.Campaign.Name))))
	out = append(out, decisions(t, cs, o)...)
	out = append(out, "")
	out = append(out, sideBySide(byCategory(t, cs, o), byTerritory(t, cs, o), o.Width)...)
	out = append(out, "")
	out = append(out, markers(t, cs, o)...)
	out = append(out, "")
	out = append(out, trends(t, all, o)...)
	return out
}

// decisions is how many initiatives and sessions the campaign had, and
// what became of the initiatives.
func decisions(t *i18n.Catalogue, cs store.CampaignStats, o Options) []string {
	oc := cs.Outcomes
	parts := []string{
		t.StatusCount(store.StatusLabelled, oc.Labelled),
		t.StatusCount(store.StatusDeferred, oc.Deferred),
		t.StatusCount(store.StatusNotRetained, oc.NotRetained),
	}
	if oc.Pending > 0 {
		parts = append(parts, t.N(oc.Pending, "stats.pending"))
	}
	if oc.Withdrawn > 0 {
		parts = append(parts, t.StatusCount(store.StatusWithdrawn, oc.Withdrawn))
	}
	summary := t.N(cs.Initiatives, "stats.initiatives") + " · " + t.N(cs.Sessions, "stats.n_sessions")
	if cs.Sessions > 0 {
		summary += ", " + t.N(cs.Closed, "stats.n_closed")
	}
	out := layout.Wrap(summary, o.Width)
	return append(out, joinWrapped(o.heading(t.T("stats.decisions"))+t.T("stats.colon"), parts, o.Width)...)
}

// joinWrapped writes head then parts separated by « · », going to the next
// line between two parts rather than inside one (« 17 en attente de
// décision » stays whole).
func joinWrapped(head string, parts []string, width int) []string {
	const sep, indent = " · ", "  "
	var out []string
	line := head
	for i, p := range parts {
		switch {
		case i == 0:
			line += p
		case ansi.StringWidth(line)+ansi.StringWidth(sep+p) > width:
			out = append(out, line+" ·")
			line = indent + p
		default:
			line += sep + p
		}
	}
	return append(out, line)
}

// byCategory counts the campaign's labels by category, with a bar each.
func byCategory(t *i18n.Catalogue, cs store.CampaignStats, o Options) []string {
	nameW, most := 0, 0
	for _, c := range cs.Labelled {
		nameW = max(nameW, ansi.StringWidth(categoryName(t, cs.Grid, c.ID)))
		most = max(most, c.N)
	}
	nameW = min(nameW, nameCap(o.Width))
	barW := min(max(most, 1), 12)
	out := []string{o.heading(t.T("stats.by_category"))}
	for _, c := range cs.Labelled {
		out = append(out, "  "+layout.Fit(categoryName(t, cs.Grid, c.ID), nameW)+" "+
			layout.FitRight(t.Decimal(float64(c.N), 0), 3)+"  "+bar(float64(c.N), float64(max(most, 1)), barW, o.ASCII))
	}
	return out
}

// byTerritory counts each territory's initiatives and labels.
func byTerritory(t *i18n.Catalogue, cs store.CampaignStats, o Options) []string {
	nameW := 0
	for _, tc := range cs.Territories {
		nameW = max(nameW, ansi.StringWidth(plaintext.Line(tc.Name)))
	}
	nameW = min(max(nameW, 10), nameCap(o.Width))
	colA, colB := t.T("stats.col.initiatives"), t.T("stats.col.labelled")
	wA, wB := max(ansi.StringWidth(colA), 3), max(ansi.StringWidth(colB), 3)
	out := []string{o.heading(layout.Fit(t.T("stats.by_territory"), nameW+2)) + " " + o.muted(layout.FitRight(colA, wA)+"  "+layout.FitRight(colB, wB))}
	for _, tc := range cs.Territories {
		out = append(out, "  "+layout.Fit(plaintext.Line(tc.Name), nameW)+" "+
			layout.FitRight(t.Decimal(float64(tc.Initiatives), 0), wA)+"  "+layout.FitRight(t.Decimal(float64(tc.Labelled), 0), wB))
	}
	return out
}

// sideBySide puts two blocks next to each other when the width holds both,
// one under the other otherwise.
func sideBySide(left, right []string, width int) []string {
	lw, rw := blockWidth(left), blockWidth(right)
	const gap = 4
	if lw+gap+rw > width {
		return append(append(left, ""), right...)
	}
	l := lipgloss.NewStyle().Width(lw + gap).Render(strings.Join(left, "\n"))
	return strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, l, strings.Join(right, "\n")), "\n")
}

func blockWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

// markers lists every marker's mean, weakest first.
func markers(t *i18n.Catalogue, cs store.CampaignStats, o Options) []string {
	out := []string{o.heading(t.T("stats.markers"))}
	if cs.Evaluated == 0 {
		return append(out, o.muted(t.T("stats.markers_none")))
	}
	for _, l := range layout.Wrap(t.N(cs.Evaluated, "stats.markers_note")+" "+t.T("stats.markers_weakest"), o.Width) {
		out = append(out, o.muted(l))
	}
	lang := t.GridLang()
	nameW, catW := 0, 0
	for _, m := range cs.MarkerMeans {
		nameW = max(nameW, ansi.StringWidth(plaintext.Line(m.Ref.Marker.ShortLabelIn(lang))))
		catW = max(catW, ansi.StringWidth(categoryName(t, cs.Grid, cs.Grid.Categories[m.Ref.Category].ID)))
	}
	nameW, catW = min(nameW, nameCap(o.Width)), min(catW, nameCap(o.Width)*2/3)
	barW := min(max(o.Width-2-nameW-1-catW-1-5-2, 4), 24)
	top := float64(cs.Grid.Scale.Max)
	for _, m := range scoring.WeakestFirst(cs.MarkerMeans) {
		row := "  " + layout.Fit(plaintext.Line(m.Ref.Marker.ShortLabelIn(lang)), nameW) + " " +
			o.muted(layout.Fit(categoryName(t, cs.Grid, cs.Grid.Categories[m.Ref.Category].ID), catW)) + " "
		if !m.HasScore() {
			out = append(out, row+o.muted(t.T("stats.not_scored")))
			continue
		}
		out = append(out, row+layout.FitRight(t.Score(m.Mean), 5)+"  "+bar(m.Mean, top, barW, o.ASCII))
	}
	return out
}

// nameCap is the widest a name column gets: wider when there is room.
func nameCap(width int) int { return max(16, (width-32)/2) }

// categoryName is a category's short name in the catalogue's language,
// read from the grid file: data, so made safe for the terminal.
func categoryName(t *i18n.Catalogue, g *scoring.Grid, id string) string {
	return plaintext.Line(t.CategoryShort(g, id))
}

// bar draws v out of top on w cells, to the half cell.
func bar(v, top float64, w int, ascii bool) string {
	if top <= 0 || v <= 0 {
		return ""
	}
	halves := int(v/top*float64(2*w) + 0.5)
	full, half := halves/2, halves%2 == 1
	if ascii {
		s := strings.Repeat("#", full)
		if half {
			s += "+"
		}
		return s
	}
	s := strings.Repeat("█", full)
	if half {
		s += "▌"
	}
	return s
}

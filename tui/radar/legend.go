package radar

import "strings"

// legibleWidth is the narrowest truncated name still taken as a name: below
// it ("Part…", "Mut…") the committee can no longer tell axes apart.
const legibleWidth = 10

// NeedsLegend reports whether Render, at c's size, identifies some axis by
// a code the reader cannot decode alone, so Legend should be shown next to
// (or under) the chart. That happens when labels had to become numbers
// (many axes or a small chart), when a label was cut below ~10 columns or
// two cut labels look alike, when a label could not be placed at all, and
// in the one-line Bars fallback, which uses short prefixes.
func (c Chart) NeedsLegend() bool {
	sc := newScene(c)
	if sc.fallback {
		return c.Height > 0 && c.Width > 0 && sc.n > 0
	}
	sc.layout()
	sc.finishLabels()
	return sc.needsLegend()
}

func (sc *scene) needsLegend() bool {
	if sc.dropped || tiers[sc.tier].kind >= tierNum {
		return true
	}
	seen := make(map[string]bool, sc.n)
	for i := range sc.pl {
		p := &sc.pl[i]
		if !p.ok {
			return true
		}
		txt := p.shown()
		if txt == sc.labels[i].name {
			continue
		}
		if strWidth(txt) < legibleWidth || seen[txt] {
			return true
		}
		seen[txt] = true
	}
	return false
}

// Legend maps the short labels Render drew to the full ones, one line per
// axis whose label was shortened (all axes when they were numbered or in
// the Bars fallback), in axis order: " 3  Utilité sociale  2,5/4". The
// score is repeated when ShowValues is set or the axis is unscored, since a
// numbered label may have had to drop it. It returns nil when every label
// was drawn in full. Lines are plain text (no colour) and are not cut to
// c.Width: the legend usually goes beside or under the chart, in a box of
// its own size. FoldLabels yields ASCII-only lines.
func Legend(c Chart) []string {
	sc := newScene(c)
	if sc.n == 0 {
		return nil
	}
	var short []string
	numbered := false
	if sc.fallback {
		short = abbreviations(c.Labels, c.FoldLabels)
	} else {
		sc.layout()
		sc.finishLabels()
		numbered = sc.dropped || tiers[sc.tier].kind >= tierNum
		short = make([]string, sc.n)
		for i := range sc.pl {
			p := &sc.pl[i]
			switch {
			case numbered:
				short[i] = sc.labels[i].num
			case !p.ok:
				short[i] = sc.labels[i].num
			case p.shown() != sc.labels[i].name:
				short[i] = p.shown()
			}
		}
	}
	full := make([]string, sc.n)
	for i, l := range c.Labels {
		full[i] = cleanLabel(l, c.FoldLabels)
	}
	vals := legendValues(sc)
	sw := 0
	for _, s := range short {
		sw = max(sw, strWidth(s))
	}
	var out []string
	for i, s := range short {
		if s == "" {
			continue
		}
		pad := strings.Repeat(" ", sw-strWidth(s))
		line := s + pad
		if numbered {
			line = pad + s
		}
		line += "  " + full[i]
		if vals[i] != "" {
			line += "  " + vals[i]
		}
		out = append(out, line)
	}
	return out
}

func legendValues(sc *scene) []string {
	out := make([]string, sc.n)
	if len(sc.c.Series) == 0 {
		return out
	}
	d := unscored
	if sc.ascii {
		d = asciiUnscored
	}
	vs := sc.c.Series[0].Values
	for i := range out {
		if i >= len(vs) || vs[i] != vs[i] {
			out[i] = sc.missingMark(i, d)
			continue
		}
		if sc.c.ShowValues {
			v := min(max(vs[i], 0), sc.max)
			out[i] = fmtNum(v) + "/" + fmtNum(sc.max)
		}
	}
	return out
}

// shown is the name part of a placed label as the reader sees it.
func (p *place) shown() string {
	s := p.seg[0].text
	for k := 1; k < p.f.lines; k++ {
		if p.seg[k].text != "" {
			s += " " + p.seg[k].text
		}
	}
	return s
}

// SeriesLegendHeight is how many lines SeriesLegend takes, shown or not: a
// screen that always reserves them keeps its chart where it is when the
// median is switched on or off.
const SeriesLegendHeight = 1

// Swatches repeat each series' stroke (thickness, dots, vertex mark) so the
// key reads without colour too.
var (
	brailleSwatch = [maxSeries]string{"⠶⣿⠶", "⠶⠀⠶", "⠒⠀⠒", "⠂⠀⠂"}
	asciiSwatch   = [maxSeries]string{"#@#", "*O*", "=%=", "^&^"}
)

// Threshold swatches: the ring's thick solid stroke.
const (
	brailleThreshSwatch = "⠶⠶⠶"
	asciiThreshSwatch   = "~~~"
)

// legendItem is one entry of SeriesLegend: a swatch in its colour, a name.
type legendItem struct {
	swatch, sgr, name string
}

// SeriesLegend names the series drawn on c, each after a swatch of its
// stroke in its colour, then the threshold ring when c names it:
// "⠶⣿⠶ Évaluation   ⠶⠀⠶ Médiane de la campagne   ⠶⠶⠶ seuil 2,5". It is
// one line of exactly c.Width columns, blank when there is nothing to tell
// apart (a single series and no named threshold) or c falls back to Bars.
// Names are cut with "…" so every entry keeps its swatch on the line.
func SeriesLegend(c Chart) string {
	w := max(c.Width, 0)
	sc := newScene(c)
	thresh := c.ThresholdName != "" && sc.hasThreshold()
	if sc.fallback || sc.nser == 0 || (sc.nser < 2 && !thresh) {
		return strings.Repeat(" ", w)
	}
	sw, tsw, ell := brailleSwatch, brailleThreshSwatch, ellipsis
	if sc.ascii {
		sw, tsw, ell = asciiSwatch, asciiThreshSwatch, asciiEllipsis
	}
	var items []legendItem
	for s := 0; s < sc.nser; s++ {
		items = append(items, legendItem{sw[s], sgrSeries[s], cleanLabel(c.Series[s].Name, c.FoldLabels)})
	}
	if thresh {
		items = append(items, legendItem{tsw, sgrThresh, cleanLabel(c.ThresholdName, c.FoldLabels)})
	}
	return legendLine(items, w, c.Color, ell)
}

func legendLine(items []legendItem, w int, colour bool, ell string) string {
	const sep = "   "
	fixed := 0
	for _, it := range items {
		fixed += strWidth(it.swatch) + 1
	}
	fixed += (len(items) - 1) * len(sep)
	// Share the room left among the names, longest cut first.
	room := w - fixed
	for s := range items {
		share := room / (len(items) - s)
		rest := 0
		for _, it := range items[s+1:] {
			rest += strWidth(it.name)
		}
		if strWidth(items[s].name)+rest > room {
			items[s].name = truncName(items[s].name, max(share, room-rest), ell)
		}
		room -= strWidth(items[s].name)
	}
	var b strings.Builder
	used := 0
	for s, it := range items {
		gap := 0
		if s > 0 {
			gap = len(sep)
		}
		if used+gap+strWidth(it.swatch) > w {
			break
		}
		if gap > 0 {
			b.WriteString(sep)
			used += gap
		}
		if colour {
			b.WriteString(it.sgr + it.swatch + sgrReset)
		} else {
			b.WriteString(it.swatch)
		}
		used += strWidth(it.swatch)
		if n := it.name; n != "" && used+1+strWidth(n) <= w {
			b.WriteString(" " + n)
			used += 1 + strWidth(n)
		}
	}
	if used < w {
		b.WriteString(strings.Repeat(" ", w-used))
	}
	return b.String()
}

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
			out[i] = d
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

// SeriesLegend names the series drawn on c, each after a swatch of its
// stroke in its colour: "⠶⣿⠶ Évaluation   ⠶⠀⠶ Médiane de la campagne". It
// is one line of exactly c.Width columns, blank when c draws a single
// series (nothing to tell apart) or falls back to Bars. Names are cut with
// "…" so every series keeps its swatch on the line.
func SeriesLegend(c Chart) string {
	w := max(c.Width, 0)
	sc := newScene(c)
	if sc.fallback || sc.nser < 2 {
		return strings.Repeat(" ", w)
	}
	sw, ell := brailleSwatch, ellipsis
	if sc.ascii {
		sw, ell = asciiSwatch, asciiEllipsis
	}
	const sep = "   "
	names := make([]string, sc.nser)
	fixed := 0
	for s := range names {
		names[s] = cleanLabel(c.Series[s].Name, c.FoldLabels)
		fixed += strWidth(sw[s]) + 1
	}
	fixed += (sc.nser - 1) * len(sep)
	// Share the room left among the names, longest cut first.
	room := w - fixed
	for s := range names {
		share := room / (sc.nser - s)
		rest := 0
		for _, n := range names[s+1:] {
			rest += strWidth(n)
		}
		if strWidth(names[s])+rest > room {
			names[s] = truncName(names[s], max(share, room-rest), ell)
		}
		room -= strWidth(names[s])
	}
	var b strings.Builder
	used := 0
	for s := range names {
		item := sw[s]
		gap := 0
		if s > 0 {
			gap = len(sep)
		}
		if used+gap+strWidth(item) > w {
			break
		}
		if gap > 0 {
			b.WriteString(sep)
			used += gap
		}
		if c.Color {
			b.WriteString(sgrSeries[s] + item + sgrReset)
		} else {
			b.WriteString(item)
		}
		used += strWidth(item)
		if n := names[s]; n != "" && used+1+strWidth(n) <= w {
			b.WriteString(" " + n)
			used += 1 + strWidth(n)
		}
	}
	if used < w {
		b.WriteString(strings.Repeat(" ", w-used))
	}
	return b.String()
}

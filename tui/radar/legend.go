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
// its own size. ASCII mode yields ASCII-only lines.
func Legend(c Chart) []string {
	sc := newScene(c)
	if sc.n == 0 {
		return nil
	}
	var short []string
	numbered := false
	if sc.fallback {
		short = abbreviations(c.Labels, sc.ascii)
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
		full[i] = cleanLabel(l, sc.ascii)
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

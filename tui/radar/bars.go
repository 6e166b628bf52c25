package radar

import (
	"math"
	"strings"

	"github.com/clipperhouse/displaywidth"
)

// Bars is the one-line summary Render falls back to below MinWidth×MinHeight,
// e.g. "Pra ▇▇▇░ 3 · Inn ▇▇░░ 2,5". Each axis gets a short unique prefix of
// its label, a bar and its score; unscored axes show "?". The line is cut
// at an item boundary (ending in "…") to fit width display columns.
// values[i] belongs to labels[i]; missing values count as unscored. A
// non-positive max is replaced by the largest value, or 1.
func Bars(labels []string, values []float64, max float64, width int) string {
	return bars(labels, values, max, width, false, false)
}

func bars(labels []string, values []float64, mx float64, width int, ascii, fold bool) string {
	if width <= 0 || len(labels) == 0 {
		return ""
	}
	if !(mx > 0) || math.IsInf(mx, 0) {
		mx = 0
		for _, v := range values {
			if v > mx && !math.IsInf(v, 0) {
				mx = v
			}
		}
		if mx <= 0 {
			mx = 1
		}
	}
	full, empty, sep, ell, nan := "▇", "░", " · ", ellipsis, unscored
	if ascii {
		full, empty, sep, ell, nan = "#", "-", " | ", "...", asciiUnscored
	}
	// One block per scale point reads as "3 out of 4" at a glance; large
	// scales are compressed so the line stays short.
	cells := min(max(int(math.Ceil(mx)), 3), 5)
	abbr := abbreviations(labels, fold)
	items := make([]string, len(labels))
	for i := range labels {
		v := math.NaN()
		if i < len(values) {
			v = values[i]
		}
		var b strings.Builder
		b.WriteString(abbr[i])
		b.WriteByte(' ')
		if math.IsNaN(v) {
			b.WriteString(strings.Repeat(empty, cells))
			b.WriteString(" " + nan)
		} else {
			v = math.Min(math.Max(v, 0), mx)
			k := int(math.Round(v / mx * float64(cells)))
			b.WriteString(strings.Repeat(full, k))
			b.WriteString(strings.Repeat(empty, cells-k))
			b.WriteString(" " + fmtNum(v))
		}
		items[i] = b.String()
	}
	sepW, ellW := strWidth(sep), strWidth(ell)
	var out strings.Builder
	used := 0
	for i, it := range items {
		iw := strWidth(it)
		add := iw
		if i > 0 {
			add += sepW
		}
		// Keep room for " …" unless this is the last item.
		reserve := 0
		if i < len(items)-1 {
			reserve = 1 + ellW
		}
		if used+add+reserve > width {
			if i == 0 {
				if width <= ellW {
					return prefix(it, width)
				}
				return displaywidth.TruncateString(it, width, ell)
			}
			if used+1+ellW <= width {
				out.WriteString(" " + ell)
			}
			return out.String()
		}
		if i > 0 {
			out.WriteString(sep)
		}
		out.WriteString(it)
		used += add
	}
	return out.String()
}

// abbreviations gives each label the shortest prefix of at least three
// columns that no other label shares ("Parti" / "Parte" rather than two
// "Par"), so the tiny summary stays unambiguous.
func abbreviations(labels []string, fold bool) []string {
	clean := make([]string, len(labels))
	for i, l := range labels {
		clean[i] = cleanLabel(l, fold)
	}
	out := make([]string, len(labels))
	for i, l := range clean {
		for w := 3; ; w++ {
			p := prefix(l, w)
			unique := true
			for j, o := range clean {
				if j != i && o != l && prefix(o, w) == p {
					unique = false
					break
				}
			}
			if unique || p == l {
				out[i] = strings.TrimRight(p, " ")
				break
			}
		}
	}
	return out
}

// prefix returns the leading graphemes of s fitting in w columns.
func prefix(s string, w int) string {
	g := displaywidth.StringGraphemes(s)
	pos, used := 0, 0
	for g.Next() {
		gw := g.Width()
		if used+gw > w {
			break
		}
		used += gw
		pos += len(g.Value())
	}
	return s[:pos]
}

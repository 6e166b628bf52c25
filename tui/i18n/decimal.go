package i18n

import (
	"math"
	"strconv"
	"strings"
)

// Decimal writes v with at most places decimals and the language's decimal
// separator, "2,75" (fr) or "2.75" (en): trailing zeros dropped ("3", not
// "3,00"), never "-0", and "–" for NaN, the mean of a category with no
// scored marker. It is the one way every score, mean, threshold and margin
// is written, on screen, in the radar and on the command line, so the same
// number never reads two ways.
//
// Halves round away from zero, as the committee rounds on paper: 2,125
// reads "2,13" and 1,25 at one decimal reads "1,3". (fmt's %.2f rounds the
// binary value half to even and would write "2,12".)
func (c *Catalogue) Decimal(v float64, places int) string {
	if math.IsNaN(v) {
		return "–"
	}
	if math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	places = max(places, 0)
	p := math.Pow10(places)
	r := math.Round(v*p) / p
	if r == 0 {
		r = 0 // -0.001 rounds to -0: written "0"
	}
	s := strconv.FormatFloat(r, 'f', places, 64)
	if places > 0 {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if c.Lang != EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Score writes a score, a mean or a threshold: Decimal with two places, the
// precision of the grid's threshold and margin.
func (c *Catalogue) Score(v float64) string { return c.Decimal(v, 2) }

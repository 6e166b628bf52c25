package scoring

import (
	"math"
	"sort"
)

// MedianProfile is, for each marker of the grid in grid order (Markers), the
// median of the values the profiles give it; "non concerné" and unscored
// markers are left out, and a marker no profile scores gets NaN (a radar
// chart draws no point there).
func MedianProfile(g *Grid, profiles []Scores) []float64 {
	refs := g.Markers()
	out := make([]float64, len(refs))
	vals := make([]float64, 0, len(profiles))
	for i, r := range refs {
		vals = vals[:0]
		for _, p := range profiles {
			if v, ok := p[r.Marker.ID]; ok && v != NotApplicable {
				vals = append(vals, float64(v))
			}
		}
		out[i] = Median(vals)
	}
	return out
}

// Median is the middle value of vals (the mean of the two middle ones when
// their number is even), NaN when there is none. vals is not changed.
func Median(vals []float64) float64 {
	if len(vals) == 0 {
		return math.NaN()
	}
	v := append([]float64(nil), vals...)
	sort.Float64s(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

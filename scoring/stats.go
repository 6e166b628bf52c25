package scoring

import (
	"cmp"
	"slices"
)

// MarkerMean is the mean a marker gets over several evaluations, taken over
// the values on the scale only: a "non concerné" answer or a marker left
// unscored says nothing of how the initiative does on it.
type MarkerMean struct {
	Ref    MarkerRef
	Mean   float64 // meaningful only when Scored > 0
	Scored int     // evaluations giving the marker a value on the scale
	NA     int     // evaluations answering "non concerné"
}

// HasScore says whether any evaluation scored the marker.
func (m MarkerMean) HasScore() bool { return m.Scored > 0 }

// MarkerMeans is, for each marker in grid order, its mean over profiles.
func MarkerMeans(g *Grid, profiles []Scores) []MarkerMean {
	refs := g.Markers()
	out := make([]MarkerMean, len(refs))
	for i, r := range refs {
		mm := MarkerMean{Ref: r}
		sum := 0
		for _, p := range profiles {
			v, ok := p[r.Marker.ID]
			switch {
			case !ok:
			case v == NotApplicable:
				mm.NA++
			default:
				mm.Scored++
				sum += v
			}
		}
		if mm.Scored > 0 {
			mm.Mean = float64(sum) / float64(mm.Scored)
		}
		out[i] = mm
	}
	return out
}

// WeakestFirst orders marker means from the lowest mean up, grid order
// breaking ties; markers nobody scored come last. The weakest markers are
// where the initiatives of a campaign most need support.
func WeakestFirst(means []MarkerMean) []MarkerMean {
	out := slices.Clone(means)
	slices.SortStableFunc(out, func(a, b MarkerMean) int {
		if a.HasScore() != b.HasScore() {
			if a.HasScore() {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Mean, b.Mean)
	})
	return out
}

// CategoryMean is a category's mean score over several evaluations: the
// mean of each evaluation's category mean (CategoryScores), over the
// evaluations where the category has a score.
type CategoryMean struct {
	ID     string
	Mean   float64 // meaningful only when Scored > 0
	Scored int     // evaluations where the category has a score
}

// HasScore says whether any evaluation gave the category a score.
func (c CategoryMean) HasScore() bool { return c.Scored > 0 }

// CategoryMeans is, for each category in grid order, its mean over profiles.
func CategoryMeans(g *Grid, profiles []Scores) []CategoryMean {
	out := make([]CategoryMean, len(g.Categories))
	sums := make([]float64, len(g.Categories))
	for i, c := range g.Categories {
		out[i].ID = c.ID
	}
	for _, p := range profiles {
		for i, cs := range g.CategoryScores(p) {
			if cs.HasScore() {
				out[i].Scored++
				sums[i] += cs.Mean
			}
		}
	}
	for i := range out {
		if out[i].Scored > 0 {
			out[i].Mean = sums[i] / float64(out[i].Scored)
		}
	}
	return out
}

package scoring

import (
	"math"
	"sort"
)

// ProposalKind says what the rules suggest to the committee.
type ProposalKind string

const (
	// ProposeLabel: label in Categories[0], or in one of Categories when several
	// are ex aequo and the committee chooses.
	ProposeLabel ProposalKind = "label"
	// ProposeDeferral: no category reaches the threshold; Weakest names the
	// markers to work on.
	ProposeDeferral ProposalKind = "ajournement"
	// ProposeNone: nothing is scored yet, so there is nothing to suggest.
	ProposeNone ProposalKind = "aucune"
)

// Proposal is the category the rules suggest, as data: the sentence that
// explains it to the committee is written by the interface, in its language
// (tui/i18n), from these fields and the grid.
type Proposal struct {
	Kind        ProposalKind
	Categories  []string // label categories, best first; two or more are ex aequo
	Provisional bool     // some markers are still unscored
	Unscored    int      // markers without an answer yet
	Weakest     []string // marker ids to work on (deferral), weakest first
	// WeakestScores are the Weakest markers with their scores, same order.
	WeakestScores []MarkerScore
	Scores        []CategoryScore // in grid order
	// Ranked are the categories that have a score, best first (ties by id);
	// empty when Kind is ProposeNone.
	Ranked []CategoryScore
	// Margin is how far the best category's mean lies above the threshold
	// (negative under it, for a deferral); exactly 0 when the threshold is
	// just reached, float rounding absorbed. Meaningless for ProposeNone.
	Margin float64
	// TieGap is the gap between the first and the last ex aequo category;
	// exactly 0 when their means are equal. Only for ExAequo.
	TieGap float64
}

// MarkerScore is one marker's score.
type MarkerScore struct {
	ID    string
	Score int
}

// ExAequo says whether the committee has to choose between categories.
func (p Proposal) ExAequo() bool { return p.Kind == ProposeLabel && len(p.Categories) > 1 }

// maxWeakest bounds the "points to work on" so the sentence stays readable.
const maxWeakest = 3

// Propose applies the grid's rules to the scores.
func (g *Grid) Propose(s Scores) Proposal {
	scores := g.CategoryScores(s)
	p := Proposal{Scores: scores}
	for _, c := range scores {
		p.Unscored += c.Unscored
	}
	p.Provisional = p.Unscored > 0

	// Rank by mean, then by id: the id only breaks exact ties so that the
	// result never depends on the order categories or markers are listed in.
	var ranked []CategoryScore
	for _, c := range scores {
		if c.HasScore() {
			ranked = append(ranked, c)
		}
	}
	sort.SliceStable(ranked, func(i, j int) bool {
		if ranked[i].Mean != ranked[j].Mean {
			return ranked[i].Mean > ranked[j].Mean
		}
		return ranked[i].ID < ranked[j].ID
	})

	switch {
	case len(ranked) == 0:
		p.Kind = ProposeNone
	case AtLeast(ranked[0].Mean, g.Threshold):
		p.Kind = ProposeLabel
		for _, c := range ranked {
			if AtLeast(c.Mean, g.Threshold) && AtLeast(c.Mean, ranked[0].Mean-g.TieMargin) {
				p.Categories = append(p.Categories, c.ID)
			}
		}
	default:
		p.Kind = ProposeDeferral
		p.Weakest = g.weakest(s)
		for _, id := range p.Weakest {
			p.WeakestScores = append(p.WeakestScores, MarkerScore{ID: id, Score: s[id]})
		}
	}
	p.Ranked = ranked
	if len(ranked) > 0 {
		p.Margin = ranked[0].Mean - g.Threshold
		if math.Abs(p.Margin) <= eps {
			p.Margin = 0
		}
	}
	if p.ExAequo() {
		p.TieGap = ranked[0].Mean - ranked[len(p.Categories)-1].Mean
		if p.TieGap <= eps {
			p.TieGap = 0
		}
	}
	return p
}

// Weakest lists the markers scored under the threshold, lowest first (ties
// by id), at most three: the points a deferred initiative should work on,
// whatever was proposed.
func (g *Grid) Weakest(s Scores) []MarkerScore {
	var out []MarkerScore
	for _, id := range g.weakest(s) {
		out = append(out, MarkerScore{ID: id, Score: s[id]})
	}
	return out
}

// weakest lists the lowest-scored markers, lowest first, ties by id.
func (g *Grid) weakest(s Scores) []string {
	type ms struct {
		id string
		v  int
	}
	var all []ms
	for _, r := range g.Markers() {
		if v, ok := s[r.Marker.ID]; ok && v != NotApplicable && float64(v) < g.Threshold {
			all = append(all, ms{r.Marker.ID, v})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v < all[j].v
		}
		return all[i].id < all[j].id
	})
	var out []string
	for i := 0; i < len(all) && i < maxWeakest; i++ {
		out = append(out, all[i].id)
	}
	return out
}

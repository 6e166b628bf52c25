package scoring

import (
	"cmp"
	"slices"

	"essradar/scoring"
	"essradar/tui/layout"
)

// proposalLines is how many lines the presentation view keeps for the
// proposal at width w: the longest sentence the grid can give with two
// categories at stake, so the whole proposal is read in the room and the
// chart above keeps its rows whatever is scored. Two at least, so a decision
// with its rationale keeps its place; a tie between three categories or more
// may still be cut.
func (m *Model) proposalLines(w int) int {
	pr := &m.proposalRows
	if pr.n > 0 && pr.w == w {
		return pr.n
	}
	n := 2
	for _, p := range m.longestProposals() {
		n = max(n, len(layout.WrapLines(m.proposalText(p, true), w, 0)))
	}
	pr.w, pr.n = w, n
	return n
}

// longestProposals are the longest sentences of each kind the grid can
// give: its longest category labels with two-digit means, its longest
// marker names to work on, and one marker short of a full score.
func (m *Model) longestProposals() []scoring.Proposal {
	g := m.b.Grid
	lang := m.ctx.Text.GridLang()
	cats := make([]scoring.CategoryScore, len(g.Categories))
	for i, c := range g.Categories {
		cats[i] = scoring.CategoryScore{ID: c.ID, Mean: 2.75, Scored: 1}
	}
	slices.SortStableFunc(cats, func(a, b scoring.CategoryScore) int {
		return cmp.Compare(len(g.CategoryLabel(b.ID, lang)), len(g.CategoryLabel(a.ID, lang)))
	})
	refs := slices.Clone(m.refs)
	slices.SortStableFunc(refs, func(a, b scoring.MarkerRef) int {
		return cmp.Compare(len(b.Marker.ShortLabelIn(lang)), len(a.Marker.ShortLabelIn(lang)))
	})
	var weakest []scoring.MarkerScore
	for _, r := range refs[:min(3, len(refs))] {
		weakest = append(weakest, scoring.MarkerScore{ID: r.Marker.ID, Score: 0})
	}
	unscored := max(len(m.refs)-1, 1)
	base := scoring.Proposal{Provisional: true, Unscored: unscored, Ranked: cats, Margin: 0.75}
	label, tie, deferral := base, base, base
	label.Kind, label.Categories = scoring.ProposeLabel, []string{cats[0].ID}
	tie.Kind, tie.TieGap = scoring.ProposeLabel, 0.25
	for _, c := range cats[:min(2, len(cats))] {
		tie.Categories = append(tie.Categories, c.ID)
	}
	deferral.Kind, deferral.Margin, deferral.WeakestScores = scoring.ProposeDeferral, -0.25, weakest
	return []scoring.Proposal{label, tie, deferral}
}

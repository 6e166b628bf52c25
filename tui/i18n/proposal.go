package i18n

import (
	"fmt"
	"strings"

	"essradar/scoring"
)

// proposalWords are the fixed parts of the proposal sentence in one
// language. The sentence's shape is the same in both, so one function writes
// it; the words and the list conjunction differ.
type proposalWords struct {
	provisional  string // %s: "3 marqueurs non notés"
	unscoredOne  string
	unscoredMany string // %d
	// unscoredBrief is unscoredMany without the noun, for the room's
	// screen where every line counts: "3 non notés".
	unscoredBrief    string // %d
	unscoredOneBrief string
	none             string
	ahead            string // %s label, %s score
	threshold        string // %s threshold
	exceeded         string // %s margin
	justReached      string
	exAequo          string
	gap              string // %s gap, %s tie margin
	level            string
	deferral         string // %s threshold, %s label, %s score, %s max
	toWork           string // %s list
	and              string
	outOf            string // %d: the scale's maximum, after a mean
}

var proposalFR = proposalWords{
	provisional:      "Provisoire (%s)\u00a0: ",
	unscoredOne:      "1 marqueur non noté",
	unscoredMany:     "%d marqueurs non notés",
	unscoredBrief:    "%d non notés",
	unscoredOneBrief: "1 non noté",
	none:             "Aucun marqueur noté\u00a0: pas encore de proposition.",
	ahead:            ", devant %s (%s)",
	threshold:        "\u00a0: seuil de %s ",
	exceeded:         "dépassé de %s.",
	justReached:      "tout juste atteint.",
	exAequo:          "Ex aequo\u00a0: ",
	gap:              ", à %s d'écart (marge %s)\u00a0: au comité de choisir.",
	level:            ", à égalité\u00a0: au comité de choisir.",
	deferral:         "Ajournement\u00a0: aucune catégorie n'atteint le seuil de %s\u00a0; la meilleure est %s (%s%s).",
	toWork:           " Points à travailler\u00a0: %s.",
	and:              " et ",
	// « (2,5 / 4) » never breaks apart when wrapped, nor « seuil : ».
	outOf: "\u00a0/\u00a0%d",
}

var proposalEN = proposalWords{
	provisional:      "Provisional (%s): ",
	unscoredOne:      "1 marker not scored",
	unscoredMany:     "%d markers not scored",
	unscoredBrief:    "%d not scored",
	unscoredOneBrief: "1 not scored",
	none:             "No marker scored: no proposal yet.",
	ahead:            ", ahead of %s (%s)",
	threshold:        ": threshold of %s ",
	exceeded:         "exceeded by %s.",
	justReached:      "just reached.",
	exAequo:          "Tie: ",
	gap:              ", %s apart (margin %s): the committee chooses.",
	level:            ", level: the committee chooses.",
	deferral:         "Deferral: no category reaches the threshold of %s; the best is %s (%s%s).",
	toWork:           " Points to work on: %s.",
	and:              " and ",
	outOf:            " / %d",
}

// Proposal explains the rules' proposal in words, in the catalogue's
// language: why this category and by how much, or why a deferral and what to
// work on. Category and marker labels come from the grid in that language,
// French when the grid has none.
func (c *Catalogue) Proposal(g *scoring.Grid, p scoring.Proposal) string {
	return c.proposal(g, p, false)
}

// ProposalBrief is Proposal with the unscored markers counted without their
// noun (« Provisoire (3 non notés) »), for the presentation view.
func (c *Catalogue) ProposalBrief(g *scoring.Grid, p scoring.Proposal) string {
	return c.proposal(g, p, true)
}

func (c *Catalogue) proposal(g *scoring.Grid, p scoring.Proposal, brief bool) string {
	w, lang := proposalFR, scoring.LangFR
	if c.Lang == EN {
		w, lang = proposalEN, scoring.LangEN
	}
	label := func(id string) string { return g.CategoryLabel(id, lang) }
	max := fmt.Sprintf(w.outOf, g.Scale.Max)
	var b strings.Builder
	if p.Provisional && p.Kind != scoring.ProposeNone {
		n := w.unscoredOne
		switch {
		case brief && p.Unscored == 1:
			n = w.unscoredOneBrief
		case brief:
			n = fmt.Sprintf(w.unscoredBrief, p.Unscored)
		case p.Unscored != 1:
			n = fmt.Sprintf(w.unscoredMany, p.Unscored)
		}
		fmt.Fprintf(&b, w.provisional, n)
	}
	switch p.Kind {
	case scoring.ProposeNone:
		b.WriteString(w.none)
	case scoring.ProposeLabel:
		if len(p.Categories) == 1 {
			first := p.Ranked[0]
			fmt.Fprintf(&b, "%s (%s%s)", label(first.ID), c.Number(first.Mean), max)
			if len(p.Ranked) > 1 {
				fmt.Fprintf(&b, w.ahead, label(p.Ranked[1].ID), c.Number(p.Ranked[1].Mean))
			}
			fmt.Fprintf(&b, w.threshold, c.Number(g.Threshold))
			if p.Margin > 0 {
				fmt.Fprintf(&b, w.exceeded, c.Number(p.Margin))
			} else {
				b.WriteString(w.justReached)
			}
		} else {
			b.WriteString(w.exAequo)
			parts := make([]string, len(p.Categories))
			for i, id := range p.Categories {
				parts[i] = fmt.Sprintf("%s (%s%s)", label(id), c.Number(p.Ranked[i].Mean), max)
			}
			b.WriteString(joinList(parts, w.and))
			if p.TieGap > 0 {
				fmt.Fprintf(&b, w.gap, c.Number(p.TieGap), c.Number(g.TieMargin))
			} else {
				b.WriteString(w.level)
			}
		}
	case scoring.ProposeDeferral:
		best := p.Ranked[0]
		fmt.Fprintf(&b, w.deferral, c.Number(g.Threshold), label(best.ID), c.Number(best.Mean), max)
		if len(p.WeakestScores) > 0 {
			parts := make([]string, len(p.WeakestScores))
			for i, m := range p.WeakestScores {
				parts[i] = fmt.Sprintf("%s (%d)", g.MarkerShortLabel(m.ID, lang), m.Score)
			}
			fmt.Fprintf(&b, w.toWork, strings.Join(parts, ", "))
		}
	}
	return b.String()
}

// joinList joins "a", "b" and "c" as « a, b et c » (and: " et ", " and ").
func joinList(parts []string, and string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + and + parts[len(parts)-1]
}

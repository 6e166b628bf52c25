package scoring

import (
	"fmt"
	"sort"
	"strings"
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

// Proposal is the category the rules suggest, with its explanation in words.
type Proposal struct {
	Kind        ProposalKind
	Categories  []string // label categories, best first; two or more are ex aequo
	Provisional bool     // some markers are still unscored
	Unscored    int
	Weakest     []string        // marker ids to work on (deferral), weakest first
	Scores      []CategoryScore // in grid order
	Explanation string          // French sentence(s)
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
	}
	p.Explanation = g.explain(p, ranked, s)
	return p
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

func (g *Grid) catLabel(id string) string {
	if c, ok := g.Category(id); ok {
		return c.Label
	}
	return id
}

func (g *Grid) explain(p Proposal, ranked []CategoryScore, s Scores) string {
	max := fmt.Sprintf(" / %d", g.Scale.Max)
	var b strings.Builder
	if p.Provisional && p.Kind != ProposeNone {
		fmt.Fprintf(&b, "Provisoire (%s) : ", plural(p.Unscored, "marqueur non noté", "marqueurs non notés"))
	}
	switch p.Kind {
	case ProposeNone:
		b.WriteString("Aucun marqueur noté : pas encore de proposition.")
	case ProposeLabel:
		if len(p.Categories) == 1 {
			first := ranked[0]
			fmt.Fprintf(&b, "%s (%s%s)", first.Label, FormatScore(first.Mean), max)
			if len(ranked) > 1 {
				fmt.Fprintf(&b, ", devant %s (%s)", ranked[1].Label, FormatScore(ranked[1].Mean))
			}
			fmt.Fprintf(&b, " : seuil de %s ", FormatScore(g.Threshold))
			if over := first.Mean - g.Threshold; over > eps {
				fmt.Fprintf(&b, "dépassé de %s.", FormatScore(over))
			} else {
				b.WriteString("tout juste atteint.")
			}
		} else {
			b.WriteString("Ex aequo : ")
			parts := make([]string, len(p.Categories))
			for i, id := range p.Categories {
				parts[i] = fmt.Sprintf("%s (%s%s)", g.catLabel(id), FormatScore(ranked[i].Mean), max)
			}
			b.WriteString(joinFrench(parts))
			if gap := ranked[0].Mean - ranked[len(p.Categories)-1].Mean; gap > eps {
				fmt.Fprintf(&b, ", à %s d'écart (marge %s) : au comité de choisir.", FormatScore(gap), FormatScore(g.TieMargin))
			} else {
				b.WriteString(", à égalité : au comité de choisir.")
			}
		}
	case ProposeDeferral:
		best := ranked[0]
		fmt.Fprintf(&b, "Ajournement : aucune catégorie n'atteint le seuil de %s ; la meilleure est %s (%s%s).",
			FormatScore(g.Threshold), best.Label, FormatScore(best.Mean), max)
		if len(p.Weakest) > 0 {
			parts := make([]string, len(p.Weakest))
			for i, id := range p.Weakest {
				r, _ := g.Marker(id)
				parts[i] = fmt.Sprintf("%s (%d)", r.Marker.ShortLabel(), s[id])
			}
			fmt.Fprintf(&b, " Points à travailler : %s.", strings.Join(parts, ", "))
		}
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// joinFrench joins "a", "b" and "c" as « a, b et c ».
func joinFrench(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " et " + parts[len(parts)-1]
}

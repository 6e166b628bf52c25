package i18n

import (
	"strings"
	"testing"

	"essradar/scoring"
)

func scoreAll(g *scoring.Grid, byCat map[string][]int) scoring.Scores {
	s := scoring.Scores{}
	for _, c := range g.Categories {
		for i, m := range c.Markers {
			if vals, ok := byCat[c.ID]; ok && i < len(vals) {
				s[m.ID] = vals[i]
			}
		}
	}
	return s
}

// The French sentences are those scoring used to write itself (moved from
// scoring's tests when Proposal lost its Explanation).
func TestProposalFrench(t *testing.T) {
	g := scoring.Default()
	fr, en := New(FR), New(EN)
	zero := []int{0, 0, 0, 0}
	cases := []struct {
		name     string
		scores   scoring.Scores
		fr, en   string
		contains bool // fr/en are substrings of the sentence
		prefix   bool // fr/en begin the sentence
	}{
		{name: "label", scores: scoreAll(g, map[string][]int{"pratique": {3, 3, 3, 2}, "innovation": {1, 2, 2, 1}, "cooperation": {4, 3, 3, 3}, "transformation": {2, 2, 1, 2}}),
			fr: "Coopération (3,25\u00a0/\u00a04), devant Pratique de l'ESS (2,75)\u00a0: seuil de 2,5 dépassé de 0,75.",
			en: "Cooperation (3.25 / 4), ahead of ESS practice (2.75): threshold of 2.5 exceeded by 0.75."},
		{name: "just reached", scores: scoreAll(g, map[string][]int{"pratique": {2, 3, 2, 3}, "innovation": zero, "cooperation": zero, "transformation": zero}),
			fr: "Pratique de l'ESS (2,5\u00a0/\u00a04), devant Coopération (0)\u00a0: seuil de 2,5 tout juste atteint.",
			en: "ESS practice (2.5 / 4), ahead of Cooperation (0): threshold of 2.5 just reached."},
		{name: "ex aequo", scores: scoreAll(g, map[string][]int{"pratique": {3, 3, 3, 3}, "innovation": {3, 3, 3, 2}, "cooperation": zero, "transformation": zero}),
			fr: "Ex aequo\u00a0: Pratique de l'ESS (3\u00a0/\u00a04) et Innovation sociétale (2,75\u00a0/\u00a04), à 0,25 d'écart (marge 0,25)\u00a0: au comité de choisir.",
			en: "Tie: ESS practice (3 / 4) and Social innovation (2.75 / 4), 0.25 apart (margin 0.25): the committee chooses."},
		{name: "level", scores: scoreAll(g, map[string][]int{"pratique": {3, 3, 3, 3}, "innovation": {3, 3, 3, 3}, "cooperation": zero, "transformation": zero}),
			fr: "à égalité\u00a0: au comité de choisir.", en: "level: the committee chooses.", contains: true},
		{name: "deferral", scores: scoreAll(g, map[string][]int{"pratique": {2, 2, 3, 2}, "innovation": {1, 2, 0, 1}, "cooperation": {2, 2, 2, 2}, "transformation": {2, 2, 1, 2}}),
			fr: "Ajournement\u00a0: aucune catégorie n'atteint le seuil de 2,5\u00a0; la meilleure est Pratique de l'ESS (2,25\u00a0/\u00a04). Points à travailler\u00a0: Participation (0), Besoin mal satisfait (1), Essaimage (1).",
			en: "Deferral: no category reaches the threshold of 2.5; the best is ESS practice (2.25 / 4). Points to work on: Participation (0), Unmet need (1), Replicability (1)"},
		{name: "provisional", scores: scoring.Scores{"gouvernance": 4, "lucrativite": 3},
			fr: "Provisoire (14 marqueurs non notés)\u00a0: ", en: "Provisional (14 markers not scored): ", prefix: true},
		{name: "none", scores: scoring.Scores{},
			fr: "Aucun marqueur noté\u00a0: pas encore de proposition.", en: "No marker scored: no proposal yet."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := g.Propose(c.scores)
			for _, l := range []struct {
				cat  *Catalogue
				want string
			}{{fr, c.fr}, {en, c.en}} {
				got := l.cat.Proposal(g, p)
				ok := got == l.want
				switch {
				case c.contains:
					ok = strings.Contains(got, l.want)
				case c.prefix:
					ok = strings.HasPrefix(got, l.want)
				case l.cat == en && c.name == "deferral":
					ok = strings.HasPrefix(got, l.want)
				}
				if !ok {
					t.Errorf("%s\n got %q\nwant %q", l.cat.Lang, got, l.want)
				}
			}
		})
	}
}

// A grid without English labels still gives an English sentence, with the
// French labels.
func TestProposalEnglishFallsBackToFrenchLabels(t *testing.T) {
	g := scoring.Default()
	for i := range g.Categories {
		g.Categories[i].LabelEN = ""
	}
	p := g.Propose(scoreAll(g, map[string][]int{"cooperation": {4, 4, 4, 4}}))
	got := New(EN).Proposal(g, p)
	if !strings.HasPrefix(got, "Provisional (12 markers not scored): Coopération (4 / 4): threshold of 2.5 exceeded by 1.5.") {
		t.Fatalf("got %q", got)
	}
}

package i18n

import (
	"strings"
	"testing"

	"essradar/scoring"
)

// The room's proposal counts the unscored markers without their noun, in
// both languages, one and many.
func TestProposalBriefCountsWithoutTheNoun(t *testing.T) {
	g := scoring.Default()
	all := scoring.Scores{}
	for _, r := range g.Markers() {
		all[r.Marker.ID] = 3
	}
	oneLeft := scoring.Scores{}
	for id, v := range all {
		oneLeft[id] = v
	}
	delete(oneLeft, "viabilite")
	for _, c := range []struct {
		lang   Lang
		scores scoring.Scores
		want   string
	}{
		{FR, scoring.Scores{"gouvernance": 4, "lucrativite": 3}, "Provisoire (14 non notés)\u00a0: "},
		{FR, oneLeft, "Provisoire (1 non noté)\u00a0: "},
		{EN, scoring.Scores{"gouvernance": 4, "lucrativite": 3}, "Provisional (14 not scored): "},
		{EN, oneLeft, "Provisional (1 not scored): "},
	} {
		got := New(c.lang).ProposalBrief(g, g.Propose(c.scores))
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: got %q, want it to begin with %q", c.lang, got, c.want)
		}
	}
	if got := New(FR).ProposalBrief(g, g.Propose(all)); strings.Contains(got, "Provisoire") {
		t.Errorf("a complete evaluation is not provisional: %q", got)
	}
}

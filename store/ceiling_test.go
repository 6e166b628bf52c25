package store

import (
	"strings"
	"testing"

	"essradar/scoring"
)

// The ceiling for an initiative is its category's where the grid gives one,
// the campaign's otherwise, and none when neither does.
func TestCeilingIn(t *testing.T) {
	src := strings.Replace(string(scoring.DefaultSource()), "id = \"innovation\"\n", "id = \"innovation\"\ngrant_ceiling = 15000\n", 1)
	g, err := scoring.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c := Campaign{GrantCeilingCents: 20_000_00}
	for _, tc := range []struct {
		category string
		amount   int64
		ceiling  int64
		above    bool
	}{
		{"innovation", 16_000_00, 15_000_00, true},
		{"innovation", 15_000_00, 15_000_00, false},
		{"pratique", 16_000_00, 20_000_00, false},
		{"", 25_000_00, 20_000_00, true},
	} {
		ceiling, above := c.AboveCeilingIn(g, tc.category, tc.amount)
		if ceiling != tc.ceiling || above != tc.above {
			t.Errorf("%q %d: ceiling %d above %v", tc.category, tc.amount, ceiling, above)
		}
	}
	if _, above := (Campaign{}).AboveCeilingIn(g, "pratique", 1e12); above {
		t.Error("no ceiling anywhere, yet above")
	}
}

package scoring

import (
	"strings"
	"testing"
)

// A category may carry its own grant ceiling, in euros; none means the
// campaign's, and a negative one is refused where it is written.
func TestCategoryGrantCeiling(t *testing.T) {
	src := strings.Replace(string(DefaultSource()), "id = \"innovation\"\n", "id = \"innovation\"\ngrant_ceiling = 15500\n", 1)
	g, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := g.GrantCeilingCents("innovation"); got != 15_500_00 {
		t.Errorf("innovation's ceiling = %d cents", got)
	}
	if got := g.GrantCeilingCents("pratique"); got != 0 {
		t.Errorf("a category without a ceiling = %d cents", got)
	}
	bad := strings.Replace(src, "grant_ceiling = 15500", "grant_ceiling = -1", 1)
	_, err = Parse([]byte(bad))
	ge, ok := err.(*GridError)
	if !ok || ge.What.Key != "grid.err.grant_ceiling" || ge.Line == 0 {
		t.Fatalf("a negative ceiling: %v", err)
	}
}

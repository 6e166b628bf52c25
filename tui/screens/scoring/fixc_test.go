package scoring

import (
	"strings"
	"testing"
)

// The tester's walk: in the presentation view the help said « p
// présentation » although p leaves it.
func TestPresentationHelpSaysPLeavesIt(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24)
	if h := flat(scr.FullHelp()); !strings.Contains(h, "p présentation") {
		t.Fatalf("outside the view p opens it:\n%s", h)
	}
	scr.Press("p")
	h := flat(scr.FullHelp())
	if !strings.Contains(h, "p quitter la présentation") || strings.Contains(h, "p présentation") {
		t.Fatalf("in the view p leaves it:\n%s", h)
	}
}

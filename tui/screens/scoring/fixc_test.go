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
	for _, col := range scr.S.Help().FullHelp() {
		for _, b := range col {
			if b.Enabled() && b.Help().Key == "tab" {
				t.Errorf("tab does nothing in the view, the help must not offer it:\n%s", h)
			}
		}
	}
}

// The guide says tab shows the radar on a small screen; at 80x24 it did
// nothing. It gives the radar the whole width there too, and back.
func TestTabGivesTheRadarTheWholeWidthAt80(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24)
	if h := flat(scr.FullHelp()); !strings.Contains(h, "tab radar seul ou questionnaire") {
		t.Errorf("the help must say what tab does:\n%s", h)
	}
	before := scr.Plain()
	if !strings.Contains(before, "Gouvernance") {
		t.Fatalf("the questionnaire must show first:\n%s", before)
	}
	scr.Press("tab")
	after := scr.Plain()
	if after == before || strings.Contains(after, "Gouvernance ") && strings.Contains(after, "Affirmé") {
		t.Fatalf("tab must show the radar alone:\n%s", after)
	}
	scr.Fits(80, 24, "radar alone")
	scr.Press("tab")
	if scr.Plain() != before {
		t.Fatalf("tab again must bring the questionnaire back:\n%s", scr.Plain())
	}
}

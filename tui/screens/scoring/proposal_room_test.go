package scoring

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/layout"
	"essradar/tui/tuitest"
)

// legendRow is the screen row of the chart's legend: where the chart ends.
func legendRow(t *testing.T, scr *tuitest.Screen, legend string) int {
	t.Helper()
	for i, l := range strings.Split(scr.Plain(), "\n") {
		if strings.Contains(l, legend) {
			return i
		}
	}
	t.Fatalf("no legend %q:\n%s", legend, scr.Plain())
	return -1
}

// No wrapped line of the proposal starts with the colon of the word before
// it, and the room reads the whole proposal, even at 80x24, in French and in
// English; the chart keeps its rows from one marker and one score to the next.
func TestTheRoomReadsTheWholeProposal(t *testing.T) {
	for _, lang := range []struct {
		cat         i18n.Lang
		end, legend string
		provisional string
	}{
		{i18n.FR, "au comité de choisir.", "cette initiative", "Provisoire (10 non notés)"},
		{i18n.EN, "the committee chooses.", "this initiative", "Provisional (10 not scored)"},
	} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			ctx := context.New(tuitest.DemoStore(t), lang.cat)
			scr := openItem(t, ctx, 2, size[0], size[1]) // partly scored: a provisional tie
			scr.Press("p")
			v := scr.Plain()
			if !strings.Contains(flat(v), lang.provisional) || !strings.Contains(flat(v), lang.end) || strings.Contains(v, "…") {
				t.Errorf("%s %dx%d: the proposal is not whole:\n%s", lang.cat, size[0], size[1], v)
			}
			for _, l := range strings.Split(v, "\n") {
				if strings.HasPrefix(strings.TrimSpace(l), ":") || strings.HasPrefix(strings.TrimSpace(l), "/") {
					t.Errorf("%s %dx%d: a line starts with the end of the one before: %q", lang.cat, size[0], size[1], l)
				}
			}
			row := legendRow(t, scr, lang.legend)
			for _, keys := range [][]string{{"4"}, {"pgdown"}, {"x"}, {"down", "down", "down", "down", "down", "down"}} {
				scr.Press(keys...)
				if got := legendRow(t, scr, lang.legend); got != row {
					t.Errorf("%s %dx%d: after %v the chart ends on row %d, not %d:\n%s", lang.cat, size[0], size[1], keys, got, row, scr.Plain())
				}
			}
			scr.Fits(size[0], size[1], "presentation view")
		}
	}
}

// Wherever the proposal wraps, on the scoring screen and in the room, a
// colon or « / 4 » stays with the word before it.
func TestTheProposalKeepsItsColonsWithTheWordBefore(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.FR)
	scr := openItem(t, ctx, 2, 80, 24)
	if !strings.Contains(flat(scr.Plain()), "Provisoire (10 marqueurs non notés) : Ex aequo") {
		t.Fatalf("no proposal:\n%s", scr.Plain())
	}
	m := scr.S.(*Model)
	for _, p := range append(m.longestProposals(), m.b.Grid.Propose(m.ev.Scores)) {
		for _, brief := range []bool{false, true} {
			text := m.proposalText(p, brief)
			for w := 20; w <= 130; w++ {
				for _, l := range layout.Wrap(text, w) {
					if s := strings.TrimSpace(ansi.Strip(l)); strings.HasPrefix(s, ":") || strings.HasPrefix(s, ";") || strings.HasPrefix(s, "/") {
						t.Errorf("at %d columns a line starts with the end of the one before: %q", w, s)
					}
				}
			}
		}
	}
}

// At 120x40 the corner captions around the chart keep a blank column from
// the list's category lines, so « Pratique 2,75 » and « Transformation – »
// read as two things.
func TestTheCornerCaptionsStandApartFromTheList(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.FR)
	scr := openItem(t, ctx, 2, 120, 40)
	gap := regexp.MustCompile(`^Pratique +2,75( +)Transformation`)
	for _, l := range strings.Split(scr.Plain(), "\n") {
		if m := gap.FindStringSubmatch(l); m != nil {
			if len(m[1]) < 2 {
				t.Errorf("the corner caption touches the list: %q", l)
			}
			return
		}
	}
	t.Fatalf("no list line beside the corner caption:\n%s", scr.Plain())
}

package scoring

import (
	"strings"
	"testing"
)

// lineWith is the index of the first line of screen holding text, -1 if none.
func lineWith(screen, text string) int {
	for i, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, text) {
			return i
		}
	}
	return -1
}

// On the projector the four categories are named with their means around
// the radar, at 80x24 and 120x40, and the legend names the threshold ring;
// scoring a marker or showing the median moves neither the captions nor
// the chart's labels.
func TestThePresentationViewNamesTheCategoriesAroundTheChart(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		_, ctx := demoContext(t)
		scr := openItem(t, ctx, 2, size[0], size[1]) // partly scored
		scr.Press("p")
		v := scr.Plain()
		for _, want := range []string{"Pratique 2,75", "Innovation 2,5", "Coopération –", "Transformation –", "seuil 2,5"} {
			if !strings.Contains(v, want) {
				t.Errorf("%dx%d: %q not shown:\n%s", size[0], size[1], want, v)
			}
		}
		if strings.Contains(v, "Pratique 2,75 · Innovation") {
			t.Errorf("%dx%d: the means still on a line of their own while the corners name them:\n%s", size[0], size[1], v)
		}
		rows := func(s string) []int {
			var out []int
			for _, w := range []string{"Transformation", "Coopération", "Gouvernance", "Partenariats", "seuil 2,5"} {
				out = append(out, lineWith(s, w))
			}
			return out
		}
		before := rows(v)
		scr.Press("m")
		if got := rows(scr.Plain()); !equalInts(got, before) {
			t.Errorf("%dx%d: showing the median moved the chart: %v → %v", size[0], size[1], before, got)
		}
		if !strings.Contains(scr.Plain(), "médiane") {
			t.Errorf("%dx%d: the legend does not name the median:\n%s", size[0], size[1], scr.Plain())
		}
		scr.Press("4")
		after := scr.Plain()
		if got := rows(after); !equalInts(got, before) {
			t.Errorf("%dx%d: scoring moved the chart: %v → %v", size[0], size[1], before, got)
		}
		scr.Fits(size[0], size[1], "presentation view")
	}
}

// Where the corners have no room (a narrow window) the means stay on a
// line of their own under the chart.
func TestTheMeansFallBackToALine(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 40, 24)
	scr.Press("p")
	if v := flat(scr.Plain()); !strings.Contains(v, "Pratique 2,75 · Innovation 2,5 · Coopération – · Transformation –") {
		t.Errorf("the means' line is missing at 40 columns:\n%s", scr.Plain())
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// At 80x24 every marker's guiding question is wrapped whole, never cut,
// and the chart keeps its rows from one marker to the next.
func TestEveryQuestionIsWholeAt80x24(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24)
	m := scr.S.(*Model)
	scr.Press("p")
	for m.cursor > 0 {
		scr.Press("up")
	}
	legendRow := lineWith(scr.Plain(), "seuil 2,5")
	for i := range m.refs {
		v := scr.Plain()
		if q := m.refs[i].Marker.Question; !strings.Contains(flat(v), flat(q)) {
			t.Errorf("marker %d: question cut:\n%s", i+1, v)
		}
		if got := lineWith(v, "seuil 2,5"); got != legendRow {
			t.Errorf("marker %d: the chart's legend moved from row %d to %d", i+1, legendRow, got)
		}
		scr.Press("down")
	}
	scr.Fits(80, 24, "presentation view")
}

// A marker answered « non concerné » is marked « nc » on the chart, not
// « ? » like the markers still to score.
func TestNotApplicableIsNotAQuestionMark(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 120, 40)
	m := scr.S.(*Model)
	scr.Press("p")
	name := m.refs[m.cursor].Marker.ShortLabelIn("fr")
	scr.Press("-")
	if v := scr.Plain(); !strings.Contains(v, name+" nc") || strings.Contains(v, name+" ?") {
		t.Errorf("%s answered « non concerné »:\n%s", name, v)
	}
}

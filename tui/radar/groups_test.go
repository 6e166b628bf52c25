package radar

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// roomGroups are the default grid's four categories of four markers.
func roomGroups(means ...string) []Group {
	names := []string{"Pratique", "Innovation", "Coopération", "Transformation"}
	out := make([]Group, 4)
	for i := range out {
		out[i] = Group{Name: names[i], Mean: "–", Axes: 4}
		if i < len(means) {
			out[i].Mean = means[i]
		}
	}
	return out
}

func groupedChart(w, h int, mode Mode) Chart {
	ev := make([]float64, 16)
	for i := range ev {
		ev[i] = math.NaN()
		if i < 6 {
			ev[i] = float64(i % 5)
		}
	}
	return Chart{Labels: essLabels[:16], Max: 4, Width: w, Height: h, Mode: mode, ShowValues: true, Threshold: 2.5,
		Series: []Series{{Name: "Évaluation", Values: ev}}, Groups: roomGroups("2,75", "2,5")}
}

// Each category is named with its mean in the corner its axes point to:
// the first quarter (clockwise from the top) top right, the second bottom
// right, the third bottom left, the fourth top left.
func TestGroupsNamedInTheirCorners(t *testing.T) {
	for _, size := range [][2]int{{80, 16}, {120, 30}} {
		for _, m := range bothModes {
			c := groupedChart(size[0], size[1], m)
			if !c.GroupsFit() {
				t.Fatalf("%dx%d %s: the groups do not fit", size[0], size[1], modeName(m))
			}
			lines := Render(c)
			top, bottom := lines[:len(lines)/2], lines[len(lines)/2:]
			in := func(half []string, text string, right bool) bool {
				for _, l := range half {
					l = strings.TrimRight(l, " ")
					if right && strings.HasSuffix(l, text) || !right && strings.HasPrefix(l, text) {
						return true
					}
				}
				return false
			}
			for _, want := range []struct {
				half  []string
				text  string
				right bool
			}{{top, "Pratique 2,75", true}, {bottom, "Innovation 2,5", true}, {bottom, "Coopération –", false}, {top, "Transformation –", false}} {
				if !in(want.half, want.text, want.right) {
					t.Errorf("%dx%d %s: %q not in its corner:\n%s", size[0], size[1], modeName(m), want.text, strings.Join(lines, "\n"))
				}
			}
		}
	}
}

// A mean that changes (a marker scored) changes the caption's text, never
// where the captions and the labels are: nothing jumps while scoring.
func TestGroupsStayPutWhileScoring(t *testing.T) {
	c := groupedChart(80, 16, Braille)
	before := Render(c)
	c.Groups = roomGroups("2,75", "2,5", "3,25", "1")
	after := Render(c)
	caps := []string{"Pratique", "Innovation", "Coopération", "Transformation"}
	for i := range before {
		hasCaption := false
		for _, cp := range caps {
			hasCaption = hasCaption || strings.Contains(before[i], cp)
		}
		if !hasCaption && before[i] != after[i] {
			t.Errorf("row %d changed with the means alone:\n%s\n%s", i, before[i], after[i])
		}
	}
	for i, l := range after {
		for _, cap := range caps {
			if column(l, cap) != column(before[i], cap) {
				t.Errorf("row %d: %s moved:\n%s\n%s", i, cap, before[i], l)
			}
		}
	}
}

// Where the corners have no room, no caption is drawn at all and
// GroupsFit says so, so the caller writes the means under the chart.
func TestGroupsAllOrNothing(t *testing.T) {
	c := groupedChart(39, 16, Braille)
	if c.GroupsFit() {
		t.Fatalf("groups said to fit in 39 columns:\n%s", c.String())
	}
	if out := c.String(); strings.Contains(out, "Pratique") || strings.Contains(out, "Transformation") {
		t.Errorf("a caption drawn though they do not all fit:\n%s", out)
	}
}

// In colour every label takes its category's colour, the same as the
// category's caption; without colour there is no escape at all and the
// captions still name the categories.
func TestGroupColours(t *testing.T) {
	c := groupedChart(80, 16, Braille)
	c.Color = true
	out := c.String()
	if !strings.Contains(out, sgrGroups[0]+"Lucrativité") || !strings.Contains(out, "\x1b[1m"+sgrGroups[0]+"Pratique 2,75") {
		t.Errorf("the first category's label and caption not in its colour:\n%q", out)
	}
	if !strings.Contains(out, sgrGroups[2]+"Mutualisation") {
		t.Errorf("the third category's label not in its colour:\n%q", out)
	}
	c.Color = false
	plain := c.String()
	if strings.Contains(plain, "\x1b") || !strings.Contains(plain, "Coopération –") {
		t.Errorf("without colour:\n%s", plain)
	}
	if ansi.Strip(out) != strings.ReplaceAll(plain, "[Gouvernance démocratique]", "Gouvernance démocratique") && c.Highlight == 0 {
		t.Errorf("colour changed the text:\n%s\n%s", ansi.Strip(out), plain)
	}
}

// The legend names the threshold ring after the series, by its own swatch.
func TestSeriesLegendNamesTheThreshold(t *testing.T) {
	for _, m := range bothModes {
		c := groupedChart(80, 16, m)
		c.ThresholdName = "seuil 2,5"
		l := SeriesLegend(c)
		sw := brailleThreshSwatch
		if m == ASCII {
			sw = asciiThreshSwatch
		}
		if !strings.Contains(l, sw+" seuil 2,5") || !strings.Contains(l, "Évaluation") || strWidth(l) != 80 {
			t.Errorf("%s: legend %q", modeName(m), l)
		}
		c.ThresholdName = ""
		if l := SeriesLegend(c); strings.TrimSpace(l) != "" {
			t.Errorf("%s: one series and no threshold named, legend %q", modeName(m), l)
		}
	}
}

// column is the display column where text starts in line, -1 if absent.
func column(line, text string) int {
	i := strings.Index(line, text)
	if i < 0 {
		return -1
	}
	return strWidth(line[:i])
}

// An axis left out on purpose carries the caller's mark (« nc »), not the
// « ? » of an axis still to score; both stay out of the polygon.
func TestMarksTellNotApplicableFromUnscored(t *testing.T) {
	c := groupedChart(80, 16, Braille)
	c.Marks = make([]string, 16)
	c.Marks[7] = "nc"
	out := c.String()
	if !strings.Contains(out, "Essaimage nc") || !strings.Contains(out, "Partenariats ?") {
		t.Errorf("marks:\n%s", out)
	}
}

package scoring

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzParse: a grid file, whatever it holds, is either refused with a
// GridError naming a line within the file, or gives a grid every function of
// the package can use: scores at every level, "non concerné" everywhere, the
// proposal, the means, the labels in both languages.
func FuzzParse(f *testing.F) {
	src := DefaultSource()
	for _, s := range [][]byte{
		src,
		src[:len(src)/2],
		bytes.Replace(src, []byte("max = 4"), []byte("max = 1"), 1),
		bytes.Replace(src, []byte("threshold = 2.5"), []byte("threshold = -1e308"), 1),
		[]byte("id = \"g\"\nversion = 1\n[scale]\nmin = 0\nmax = 1\nlevels = [\"a\", \"b\"]\n[[categories]]\nid = \"c\"\nlabel = \"C\"\n[[categories.markers]]\nid = \"m\"\nlabel = \"M\"\nquestion = \"?\"\n"),
		[]byte("id = \"g\"\nversion = 1\n[scale]\nmin = 5\nmax = 2\n"),
		{},
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		g, err := Parse(src)
		if err != nil {
			var ge *GridError
			if !errors.As(err, &ge) {
				t.Fatalf("error is not a GridError: %T %v", err, err)
			}
			if lines := bytes.Count(src, []byte("\n")) + 1; ge.Line < 0 || ge.Line > lines {
				t.Fatalf("error names line %d of a %d-line file: %v", ge.Line, lines, err)
			}
			if key, _ := ge.MessageKey(); key == "" || err.Error() == "" {
				t.Fatalf("error without a key or a text: %v", err)
			}
			return
		}
		useGrid(t, g)
	})
}

// useGrid runs the grid through what the screens and the minutes do with it.
func useGrid(t *testing.T, g *Grid) {
	markers := g.Markers()
	if len(markers) == 0 {
		t.Fatalf("a valid grid without a marker")
	}
	profiles := []Scores{{}, {}, {}}
	for _, m := range markers {
		profiles[0][m.Marker.ID] = g.Scale.Min
		profiles[1][m.Marker.ID] = g.Scale.Max
		profiles[2][m.Marker.ID] = NotApplicable
		if _, ok := g.Marker(m.Marker.ID); !ok {
			t.Fatalf("marker %q listed but not found", m.Marker.ID)
		}
		for _, lang := range []string{"fr", "en"} {
			_ = m.Marker.ShortLabelIn(lang) + m.Marker.LabelIn(lang) + g.MarkerShortLabel(m.Marker.ID, lang)
		}
	}
	for _, s := range profiles {
		if err := g.ValidateScores(s); err != nil {
			t.Fatalf("scores on the scale refused: %v", err)
		}
		if got := len(g.CategoryScores(s)); got != len(g.Categories) {
			t.Fatalf("%d category scores for %d categories", got, len(g.Categories))
		}
		_ = g.Propose(s)
		_ = g.Weakest(s)
		_ = g.Complete(s)
	}
	_ = MedianProfile(g, profiles)
	_ = WeakestFirst(MarkerMeans(g, profiles))
	_ = CategoryMeans(g, profiles)
	for v := g.Scale.Min; v <= g.Scale.Max; v++ {
		_ = g.LevelName(v) + g.LevelNameIn(v, "en")
	}
	for _, c := range g.Categories {
		_ = c.ShortLabelIn("fr") + c.ShortLabelIn("en") + g.CategoryLabel(c.ID, "en")
	}
}

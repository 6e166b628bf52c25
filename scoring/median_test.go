package scoring

import (
	"math"
	"testing"
)

func TestMedian(t *testing.T) {
	if !math.IsNaN(Median(nil)) {
		t.Fatal("no value: NaN")
	}
	in := []float64{4, 1, 3}
	if got := Median(in); got != 3 {
		t.Fatalf("odd count: %v", got)
	}
	if in[0] != 4 {
		t.Fatal("Median must not sort its argument")
	}
	if got := Median([]float64{1, 4, 2, 3}); got != 2.5 {
		t.Fatalf("even count: %v", got)
	}
}

func TestMedianProfile(t *testing.T) {
	g := Default()
	refs := g.Markers()
	a, b, c := refs[0].Marker.ID, refs[1].Marker.ID, refs[2].Marker.ID
	profiles := []Scores{
		{a: 1, b: NotApplicable},
		{a: 3, b: 2},
		{a: 4},
	}
	got := MedianProfile(g, profiles)
	if len(got) != len(refs) {
		t.Fatalf("%d values for %d markers", len(got), len(refs))
	}
	if got[0] != 3 || got[1] != 2 {
		t.Fatalf("medians %v %v, want 3 and 2 (non concerné left out)", got[0], got[1])
	}
	if !math.IsNaN(got[2]) {
		t.Fatalf("marker %s scored by nobody: %v, want NaN", c, got[2])
	}
	for _, v := range MedianProfile(g, nil) {
		if !math.IsNaN(v) {
			t.Fatal("no profile: every marker NaN")
		}
	}
}

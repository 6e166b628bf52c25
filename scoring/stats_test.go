package scoring

import "testing"

func TestMarkerMeansLeaveOutNotApplicableAndUnscored(t *testing.T) {
	g := Default()
	a := scoreAll(g, map[string][]int{"pratique": {4, NotApplicable, 2, 3}})
	b := scoreAll(g, map[string][]int{"pratique": {2, 1, NotApplicable}})
	means := MarkerMeans(g, []Scores{a, b})
	if len(means) != 16 {
		t.Fatalf("%d means, want one per marker", len(means))
	}
	want := []struct {
		mean       float64
		scored, na int
	}{{3, 2, 0}, {1, 1, 1}, {2, 1, 1}, {3, 1, 0}}
	for i, w := range want {
		m := means[i]
		if m.Mean != w.mean || m.Scored != w.scored || m.NA != w.na {
			t.Errorf("marker %s: %+v, want %+v", m.Ref.Marker.ID, m, w)
		}
	}
	if means[4].HasScore() {
		t.Errorf("a marker nobody scored has no mean: %+v", means[4])
	}
	weak := WeakestFirst(means)
	if weak[0].Ref.Marker.ID != means[1].Ref.Marker.ID || weak[1].Ref.Marker.ID != means[2].Ref.Marker.ID ||
		weak[2].Ref.Marker.ID != means[0].Ref.Marker.ID || weak[3].Ref.Marker.ID != means[3].Ref.Marker.ID {
		t.Errorf("weakest first: %s %s %s %s", weak[0].Ref.Marker.ID, weak[1].Ref.Marker.ID, weak[2].Ref.Marker.ID, weak[3].Ref.Marker.ID)
	}
	if weak[4].HasScore() || !weak[3].HasScore() {
		t.Error("markers without a score come after every scored one")
	}
}

func TestCategoryMeansAverageEachEvaluationsCategoryMean(t *testing.T) {
	g := Default()
	a := scoreAll(g, map[string][]int{"pratique": {4, NotApplicable, 2, 3}, "innovation": {1, 1, 1, 1}}) // 3 and 1
	b := scoreAll(g, map[string][]int{"pratique": {2, 2, 2, 2}})                                         // 2
	cm := CategoryMeans(g, []Scores{a, b})
	if cm[0].ID != "pratique" || cm[0].Mean != 2.5 || cm[0].Scored != 2 {
		t.Errorf("pratique: %+v, want 2,5 over 2 evaluations", cm[0])
	}
	if cm[1].Mean != 1 || cm[1].Scored != 1 {
		t.Errorf("innovation: %+v, want 1 over the one evaluation scoring it", cm[1])
	}
	if cm[2].HasScore() {
		t.Errorf("coopération has no score: %+v", cm[2])
	}
}

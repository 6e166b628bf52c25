package radar

import (
	"math"
	"testing"
)

// The printed minutes place their axes with Spoke and Point: the top axis
// first, clockwise, values scaled to the outer ring, unscored at the centre.
func TestSpokeAndPoint(t *testing.T) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if x, y := Spoke(0, 5); x != 0 || y != 1 {
		t.Errorf("axis 0 of 5 points to (%v, %v), want straight up", x, y)
	}
	if x, y := Spoke(1, 4); x != 1 || y != 0 {
		t.Errorf("axis 1 of 4 points to (%v, %v), want right", x, y)
	}
	for i := 1; i < 7; i++ {
		x, y := Spoke(i, 7)
		mx, my := Spoke(7-i, 7)
		if x != -mx || y != my {
			t.Errorf("axes %d and %d of 7 are not mirrored: (%v, %v) and (%v, %v)", i, 7-i, x, y, mx, my)
		}
	}
	if x, y := Point(2, 8, 2, 4); !near(x, 0.5) || !near(y, 0) {
		t.Errorf("2/4 on axis 2 of 8 at (%v, %v), want (0.5, 0)", x, y)
	}
	if x, y := Point(1, 8, math.NaN(), 4); x != 0 || y != 0 {
		t.Errorf("an unscored value at (%v, %v), want the centre", x, y)
	}
	if x, y := Point(0, 8, 9, 4); x != 0 || y != 1 {
		t.Errorf("a value over the scale at (%v, %v), want the outer ring", x, y)
	}
}

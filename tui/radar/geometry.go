package radar

import "math"

// Spoke is the direction of axis i of n on a circle of radius 1, clockwise
// from the top: x grows rightwards, y upwards. Every drawing of the radar
// (terminal, printed minutes) takes its geometry from here, so the axes sit
// in the same places wherever the committee reads the chart. The left half
// is the exact negation of the right half rather than a fresh sin/cos, so
// mirrored axes round to mirrored dots.
func Spoke(i, n int) (x, y float64) {
	if i > n/2 {
		x, y = Spoke(n-i, n)
		return -x, y
	}
	switch {
	case i == 0:
		return 0, 1
	case 4*i == n:
		return 1, 0
	case 2*i == n:
		return 0, -1
	}
	return math.Sincos(2 * math.Pi * float64(i) / float64(n))
}

// Point is where value v of a scale up to max lies on axis i of n, on a
// chart of radius 1: clamped to the outer ring, and at the centre when v is
// NaN (not scored), as the terminal chart draws it.
func Point(i, n int, v, max float64) (x, y float64) {
	f := 0.0
	if max > 0 && !math.IsNaN(v) {
		f = math.Min(math.Max(v/max, 0), 1)
	}
	x, y = Spoke(i, n)
	return f * x, f * y
}

package listwindow

import "testing"

// check fails unless the cursor is c and rows start to end are shown, the
// cursor among them.
func check(t *testing.T, what string, w Window, c, start, end int) {
	t.Helper()
	s, e := w.Visible()
	if w.Cursor() != c || s != start || e != end {
		t.Fatalf("%s: cursor %d, rows [%d,%d), want cursor %d, rows [%d,%d)", what, w.Cursor(), s, e, c, start, end)
	}
	if w.Len() > 0 && (w.Cursor() < s || w.Cursor() >= e) {
		t.Fatalf("%s: the cursor %d is off the window [%d,%d)", what, w.Cursor(), s, e)
	}
}

// step is a move and where it must leave the cursor and the window.
type step struct {
	what          string
	do            func(*Window)
	c, start, end int
}

func to(i int) func(*Window)     { return func(w *Window) { w.SetCursor(i) } }
func size(h int) func(*Window)   { return func(w *Window) { w.SetSize(h) } }
func length(n int) func(*Window) { return func(w *Window) { w.SetLen(n) } }
func centre(i int) func(*Window) { return func(w *Window) { w.SetCursor(i); w.Center() } }

// run plays steps on a window of n rows in h lines.
func run(t *testing.T, n, h int, steps []step) {
	t.Helper()
	w := New(n, h)
	check(t, "new", w, 0, 0, min(n, h))
	for _, s := range steps {
		s.do(&w)
		check(t, s.what, w, s.c, s.start, s.end)
	}
}

func TestMovesKeepTheCursorInView(t *testing.T) {
	run(t, 30, 10, []step{
		{"up at the top", (*Window).Up, 0, 0, 10},
		{"down to the last line", to(9), 9, 0, 10},
		{"down past it scrolls one row", (*Window).Down, 10, 1, 11},
		{"up stays in the window", (*Window).Up, 9, 1, 11},
		{"page down", (*Window).PageDown, 19, 10, 20},
		{"page down to the end", (*Window).PageDown, 29, 20, 30},
		{"page down at the end", (*Window).PageDown, 29, 20, 30},
		{"down at the bottom", (*Window).Down, 29, 20, 30},
		{"page up", (*Window).PageUp, 19, 19, 29},
		{"top", (*Window).Top, 0, 0, 10},
		{"bottom", (*Window).Bottom, 29, 20, 30},
	})
}

func TestSetCursorScrollsAsLittleAsNeeded(t *testing.T) {
	run(t, 30, 10, []step{
		{"below", to(15), 15, 6, 16},
		{"above", to(3), 3, 3, 13},
		{"inside", to(8), 8, 3, 13},
		{"before the first row", to(-4), 0, 0, 10},
		{"after the last row", to(99), 29, 20, 30},
	})
}

func TestCenter(t *testing.T) {
	run(t, 30, 10, []step{
		{"middle", centre(15), 15, 10, 20},
		{"near the top", centre(2), 2, 0, 10},
		{"near the bottom", centre(28), 28, 20, 30},
	})
}

func TestSizeAndLengthClamp(t *testing.T) {
	run(t, 30, 10, []step{
		{"bottom", (*Window).Bottom, 29, 20, 30},
		{"smaller window", size(5), 29, 25, 30},
		{"taller than the list", size(40), 29, 0, 30},
		{"back to 10 lines", size(10), 29, 20, 30},
		{"shorter list", length(12), 11, 2, 12},
		{"empty", length(0), 0, 0, 0},
		{"down in an empty list", (*Window).Down, 0, 0, 0},
		{"bottom of an empty list", (*Window).Bottom, 0, 0, 0},
		{"rows again", length(3), 0, 0, 3},
		{"no lines: one", size(0), 0, 0, 1},
		{"on one line", to(2), 2, 2, 3},
	})
}

func TestCursorSetBeforeTheRowsCome(t *testing.T) {
	run(t, 0, 10, []step{
		{"still empty", to(14), 0, 0, 0},
		{"a key while loading changes nothing asked", (*Window).Down, 0, 0, 0},
		{"rows come", length(30), 14, 5, 15},
		{"emptied", length(0), 0, 0, 0},
		{"asked once only", length(30), 0, 0, 10},
		{"emptied again", length(0), 0, 0, 0},
		{"asked past the end", to(50), 0, 0, 0},
		{"fewer rows come", length(20), 19, 10, 20},
	})
}

func TestZeroValue(t *testing.T) {
	var w Window
	check(t, "zero", w, 0, 0, 0)
	w.SetLen(4)
	w.Down()
	check(t, "one line by default", w, 1, 1, 2)
}

func TestAround(t *testing.T) {
	for _, c := range []struct{ n, h, cursor, start, end int }{
		{30, 10, 15, 10, 20},
		{30, 10, 1, 0, 10},
		{30, 10, 29, 20, 30},
		{5, 10, 3, 0, 5},
		{0, 10, 3, 0, 0},
	} {
		if s, e := Around(c.n, c.h, c.cursor); s != c.start || e != c.end {
			t.Errorf("Around(%d, %d, %d) = %d, %d, want %d, %d", c.n, c.h, c.cursor, s, e, c.start, c.end)
		}
	}
}

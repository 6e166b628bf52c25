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

func TestMovesKeepTheCursorInView(t *testing.T) {
	w := New(30, 10)
	check(t, "new", w, 0, 0, 10)
	w.Up()
	check(t, "up at the top", w, 0, 0, 10)
	for range 9 {
		w.Down()
	}
	check(t, "down to the last line", w, 9, 0, 10)
	w.Down()
	check(t, "down past it scrolls one row", w, 10, 1, 11)
	w.Up()
	check(t, "up stays in the window", w, 9, 1, 11)
	w.PageDown()
	check(t, "page down", w, 19, 10, 20)
	w.PageDown()
	w.PageDown()
	check(t, "page down at the end", w, 29, 20, 30)
	w.Down()
	check(t, "down at the bottom", w, 29, 20, 30)
	w.PageUp()
	check(t, "page up", w, 19, 19, 29)
	w.Top()
	check(t, "top", w, 0, 0, 10)
	w.Bottom()
	check(t, "bottom", w, 29, 20, 30)
}

func TestSetCursorScrollsAsLittleAsNeeded(t *testing.T) {
	w := New(30, 10)
	w.SetCursor(15)
	check(t, "below", w, 15, 6, 16)
	w.SetCursor(3)
	check(t, "above", w, 3, 3, 13)
	w.SetCursor(8)
	check(t, "inside", w, 8, 3, 13)
	w.SetCursor(-4)
	check(t, "before the first row", w, 0, 0, 10)
	w.SetCursor(99)
	check(t, "after the last row", w, 29, 20, 30)
}

func TestCenter(t *testing.T) {
	w := New(30, 10)
	w.SetCursor(15)
	w.Center()
	check(t, "middle", w, 15, 10, 20)
	w.SetCursor(2)
	w.Center()
	check(t, "near the top", w, 2, 0, 10)
	w.SetCursor(28)
	w.Center()
	check(t, "near the bottom", w, 28, 20, 30)
}

func TestSizeAndLengthClamp(t *testing.T) {
	w := New(30, 10)
	w.Bottom()
	w.SetSize(5)
	check(t, "smaller window", w, 29, 25, 30)
	w.SetSize(40)
	check(t, "taller than the list", w, 29, 0, 30)
	w.SetSize(10)
	w.SetLen(12)
	check(t, "shorter list", w, 11, 2, 12)
	w.SetLen(0)
	check(t, "empty", w, 0, 0, 0)
	w.Down()
	w.PageDown()
	w.Bottom()
	check(t, "moves in an empty list", w, 0, 0, 0)
	w.SetLen(3)
	check(t, "rows again", w, 0, 0, 3)
	w.SetSize(0)
	if w.Height() != 1 {
		t.Fatalf("a window is at least one line high, got %d", w.Height())
	}
	w.SetCursor(2)
	check(t, "one line", w, 2, 2, 3)
}

func TestZeroValue(t *testing.T) {
	var w Window
	check(t, "zero", w, 0, 0, 0)
	w.SetLen(4)
	w.Down()
	check(t, "one line by default", w, 1, 1, 2)
}

func TestCursorSetBeforeTheRowsCome(t *testing.T) {
	w := New(0, 10)
	w.SetCursor(14)
	check(t, "still empty", w, 0, 0, 0)
	w.Down() // a key while loading does not change what was asked
	w.SetLen(30)
	check(t, "rows come", w, 14, 5, 15)
	w.SetLen(0)
	w.SetLen(30)
	check(t, "asked once only", w, 0, 0, 10)
	w.SetLen(0)
	w.SetCursor(50)
	w.SetLen(20)
	check(t, "asked past the end", w, 19, 10, 20)
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

// Package listwindow keeps the cursor of a list and the window of it that
// fits on screen: n rows shown h lines at a time, the cursor always among
// the rows shown. Screens draw rows start to end of Visible and move the
// cursor with its methods; none scrolls by hand.
package listwindow

// Window is a cursor over n rows and the first of the h rows shown. Its
// zero value is an empty list one line high; every method keeps the cursor
// in [0, n-1] (0 when empty) and in view.
type Window struct {
	cursor, offset int
	n, h           int
	pending        int // a cursor set while the list was empty
}

// New is a window over n rows, h lines high, the cursor on the first row.
func New(n, h int) Window {
	var w Window
	w.n, w.h = max(n, 0), max(h, 1)
	return w
}

// SetSize changes the number of lines shown (at least one).
func (w *Window) SetSize(h int) {
	w.h = max(h, 1)
	w.clamp()
}

// SetLen changes the number of rows, e.g. after a reload or a filter. The
// first rows to come put the cursor where SetCursor asked while there were
// none.
func (w *Window) SetLen(n int) {
	if w.n == 0 && n > 0 {
		w.cursor, w.pending = w.pending, 0
	}
	w.n = max(n, 0)
	w.clamp()
}

// Len is the number of rows; Height the number of lines shown.
func (w Window) Len() int    { return w.n }
func (w Window) Height() int { return max(w.h, 1) }

// Cursor is the row under the cursor (0 when the list is empty).
func (w Window) Cursor() int { return w.cursor }

// SetCursor puts the cursor on row i (clamped), scrolling as little as
// needed to show it. On an empty list (rows still loading) it is kept for
// the rows to come: a screen reopened on the row it was left on.
func (w *Window) SetCursor(i int) {
	if w.n == 0 {
		w.pending = i
	}
	w.move(i)
}

// Up, Down, PageUp, PageDown, Top and Bottom move the cursor by a row, by
// a screenful, or to either end.
func (w *Window) Up()       { w.move(w.cursor - 1) }
func (w *Window) Down()     { w.move(w.cursor + 1) }
func (w *Window) PageUp()   { w.move(w.cursor - w.Height()) }
func (w *Window) PageDown() { w.move(w.cursor + w.Height()) }
func (w *Window) Top()      { w.move(0) }
func (w *Window) Bottom()   { w.move(w.n - 1) }

func (w *Window) move(i int) {
	w.cursor = i
	w.clamp()
}

// Center scrolls so that the cursor stands in the middle of the window,
// as far as the ends of the list allow.
func (w *Window) Center() {
	w.offset = w.cursor - w.Height()/2
	w.clamp()
}

// Visible is the rows to draw: start included, end excluded.
func (w Window) Visible() (start, end int) {
	return w.offset, min(w.offset+w.Height(), w.n)
}

// clamp keeps the cursor on a row and in view, and the window on the list
// (no blank lines after the last row when there are rows enough).
func (w *Window) clamp() {
	h := w.Height()
	w.cursor = max(min(w.cursor, w.n-1), 0)
	if w.cursor < w.offset {
		w.offset = w.cursor
	}
	if w.cursor >= w.offset+h {
		w.offset = w.cursor - h + 1
	}
	w.offset = max(min(w.offset, w.n-h), 0)
}

// Around is the rows to draw of n rows in h lines, centred on row cursor:
// for a list laid out afresh at each drawing, with no window to keep.
func Around(n, h, cursor int) (start, end int) {
	w := New(n, h)
	w.SetCursor(cursor)
	w.Center()
	return w.Visible()
}

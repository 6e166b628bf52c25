// Package tui is everything a person looks at: the Bubble Tea screens, their
// keys, styles and texts. One root model (App) routes between screens; each
// screen is its own model with its own KeyMap and knows nothing of the others.
package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui/i18n"
)

// Context is what every screen shares: the store handle, texts, styles and
// display options. Screens get a pointer so a theme change reaches them all.
type Context struct {
	Store  *store.Store
	Text   *i18n.Catalogue
	Styles Styles
	ASCII  bool
	// Grid replaces the campaign's grid for new work when --grid is given.
	Grid       *scoring.Grid
	GridSource []byte
}

// T is a shortcut to the catalogue.
func (c *Context) T(key string, args ...any) string { return c.Text.T(key, args...) }

// fit cuts s to w display columns with an ellipsis and pads it to exactly w,
// so table columns line up whatever the accents.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	if pad := w - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// binding builds a key binding whose help text comes from the catalogue.
func binding(t *i18n.Catalogue, helpKey, descKey string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(t.KeyName(helpKey), t.T(descKey)))
}

// newTextInput is a text field with a steady cursor: a blinking one only
// distracts a room watching the projector.
func newTextInput() textinput.Model {
	ti := textinput.New()
	st := ti.Styles()
	st.Cursor.Blink = false
	ti.SetStyles(st)
	return ti
}

// wrapLines wraps s to w columns and keeps at most n lines, the last one
// ending with an ellipsis when something was left out.
func wrapLines(s string, w, n int) []string {
	ls := strings.Split(lipgloss.NewStyle().Width(w).Render(s), "\n")
	if n > 0 && len(ls) > n {
		ls = ls[:n]
		ls[n-1] = ansi.Truncate(ls[n-1], w-1, "") + "…"
	}
	for i, l := range ls {
		ls[i] = fit(l, w)
	}
	return ls
}

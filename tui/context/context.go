// Package context is what every screen shares: the store handle, the
// catalogue, the styles, the shared key map and the display options. The
// root builds one and hands the same pointer to every screen, so a theme
// change reaches them all.
package context

import (
	"os"
	"strings"
	"sync/atomic"

	"charm.land/bubbles/v2/textinput"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui/i18n"
	"essradar/tui/keys"
	"essradar/tui/nav"
	"essradar/tui/styles"
)

// Context is handed to every screen.
type Context struct {
	Store  *store.Store
	Text   *i18n.Catalogue
	Styles styles.Styles
	Keys   keys.Map
	ASCII  bool
	// NoColor is NO_COLOR, read once: charts then tell their series apart
	// by glyph, since Bubble Tea strips every colour on the way out.
	NoColor bool
	// Grid replaces the campaign's grid for new work when --grid is given.
	Grid       *scoring.Grid
	GridSource []byte

	owners atomic.Uint64
}

// NewOwner gives a new screen its name for the background work it starts.
func (c *Context) NewOwner() nav.Owner { return nav.Owner(c.owners.Add(1)) }

// New builds the context for a language, on dark-background styles until
// the terminal says otherwise.
func New(s *store.Store, lang i18n.Lang) *Context {
	t := i18n.New(lang)
	return &Context{Store: s, Text: t, Styles: styles.New(true), Keys: keys.Default(t), NoColor: os.Getenv("NO_COLOR") != ""}
}

// T is a shortcut to the catalogue.
func (c *Context) T(key string, args ...any) string { return c.Text.T(key, args...) }

// Rule draws a horizontal separator w columns wide.
func (c *Context) Rule(w int) string {
	ch := "─"
	if c.ASCII {
		ch = "-"
	}
	return c.Styles.Rule.Render(strings.Repeat(ch, max(w, 0)))
}

// NewTextInput is a text field with a steady cursor: a blinking one only
// distracts a room watching the projector.
func NewTextInput() textinput.Model {
	ti := textinput.New()
	st := ti.Styles()
	st.Cursor.Blink = false
	ti.SetStyles(st)
	return ti
}

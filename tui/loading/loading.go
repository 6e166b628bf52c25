// Package loading is the screen shown while another one reads what it
// needs: it runs the load in the background, then hands over.
package loading

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/nav"
)

// Screen reads what a screen needs in the background, then hands over to
// it; until then it says it is loading, or why it could not.
type Screen struct {
	ctx    *context.Context
	load   func() (nav.Screen, error)
	err    error
	owner  nav.Owner
	width  int
	height int
}

type loadedMsg struct {
	s   nav.Screen
	err error
}

// New is a screen that runs load, then shows what it returns.
func New(ctx *context.Context, load func() (nav.Screen, error)) *Screen {
	return &Screen{ctx: ctx, load: load, owner: ctx.NewOwner(), width: 80, height: 22}
}

func (l *Screen) Init() tea.Cmd {
	load := l.load
	// Addressed to this loading screen: a load that ends after the
	// secretary went elsewhere is dropped, never shown in place of another.
	return nav.Background(l.owner, func() tea.Msg {
		s, err := load()
		return loadedMsg{s: s, err: err}
	})
}

func (l *Screen) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			l.err = msg.err
			return l, nil
		}
		msg.s.SetSize(l.width, l.height)
		return msg.s, msg.s.Init()
	case tea.KeyPressMsg:
		if msg.String() == "esc" {
			return l, nav.To(nav.GoHome{})
		}
	}
	return l, nil
}

func (l *Screen) View() string {
	if l.err != nil {
		return l.ctx.Styles.Error.Render(l.ctx.T("error.prefix")) + " " + l.ctx.Text.Error(l.err) + "\n\n" + l.ctx.Styles.Muted.Render(l.ctx.T("loading.back"))
	}
	return l.ctx.Styles.Muted.Render(l.ctx.T("home.loading"))
}

func (l *Screen) SetSize(w, h int)  { l.width, l.height = w, h }
func (l *Screen) Capturing() bool   { return false }
func (l *Screen) Help() help.KeyMap { return keys.List{} }

// Owner names this screen for the load it runs.
func (l *Screen) Owner() nav.Owner { return l.owner }

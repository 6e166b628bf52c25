package tui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// loadingScreen reads what a screen needs in the background, then hands over
// to it; until then it says it is loading, or why it could not.
type loadingScreen struct {
	ctx    *Context
	load   func() (screen, error)
	err    error
	width  int
	height int
}

type loadedMsg struct {
	s   screen
	err error
}

func newLoading(ctx *Context, load func() (screen, error)) *loadingScreen {
	return &loadingScreen{ctx: ctx, load: load, width: 80, height: 22}
}

func (l *loadingScreen) Init() tea.Cmd {
	load := l.load
	return func() tea.Msg {
		s, err := load()
		return loadedMsg{s: s, err: err}
	}
}

func (l *loadingScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
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
			return l, func() tea.Msg { return goHomeMsg{} }
		}
	}
	return l, nil
}

func (l *loadingScreen) View() string {
	if l.err != nil {
		return l.ctx.Styles.Error.Render(l.ctx.T("error.prefix")) + " " + l.err.Error() + "\n\n" + l.ctx.Styles.Muted.Render(l.ctx.T("loading.back"))
	}
	return l.ctx.Styles.Muted.Render(l.ctx.T("home.loading"))
}

func (l *loadingScreen) SetSize(w, h int)  { l.width, l.height = w, h }
func (l *loadingScreen) Capturing() bool   { return false }
func (l *loadingScreen) Help() help.KeyMap { return simpleKeyMap{} }

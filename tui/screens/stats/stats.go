// Package stats is the statistics screen: the year in figures for one
// campaign at a time, and the trends across campaigns, scrolled in a
// viewport. The text comes from tui/statistics, as for `essradar stats`.
package stats

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/loading"
	"essradar/tui/nav"
	"essradar/tui/statistics"
)

// Model shows the figures of campaign all[selected], the latest when it
// opens.
type Model struct {
	ctx      *context.Context
	keys     statsKeys
	all      []store.CampaignStats
	selected int
	view     viewport.Model
	// colour: the charts colour their series unless NO_COLOR asks
	// otherwise (read once here, never while drawing).
	colour bool
	width  int
	height int
}

// New reads every campaign's figures in the background, then shows them.
func New(ctx *context.Context) nav.Screen {
	s := ctx.Store
	colour := !ctx.NoColor && !ctx.ASCII
	return loading.New(ctx, func() (nav.Screen, error) {
		all, err := s.Statistics()
		if err != nil {
			return nil, err
		}
		return newOn(ctx, all, colour), nil
	})
}

func newOn(ctx *context.Context, all []store.CampaignStats, colour bool) *Model {
	m := &Model{ctx: ctx, keys: newStatsKeys(ctx), all: all, selected: len(all) - 1, colour: colour,
		view: viewport.New(), width: 80, height: 23}
	m.SetSize(m.width, m.height)
	return m
}

func (m *Model) Init() tea.Cmd   { return nil }
func (m *Model) Capturing() bool { return false }

// SetSize lays the figures out again: the charts take the room there is.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.view.SetWidth(w)
	m.view.SetHeight(m.viewHeight())
	m.render()
}

// viewHeight is the room under the title and the rule.
func (m *Model) viewHeight() int { return max(m.height-2, 1) }

// render writes the selected campaign's figures into the viewport,
// keeping the scroll position where it can.
func (m *Model) render() {
	st := m.ctx.Styles
	lines := statistics.Render(m.ctx.Text, m.all, m.selected, statistics.Options{
		Width:       m.width,
		ChartHeight: min(max(m.viewHeight()-11, 4), 14),
		Colour:      m.colour,
		ASCII:       m.ctx.ASCII,
		Heading:     func(s string) string { return st.Subtitle.Render(s) },
		Muted:       func(s string) string { return st.Muted.Render(s) },
	})
	y := m.view.YOffset()
	m.view.SetContentLines(lines)
	m.view.SetYOffset(y)
}

func (m *Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	k := m.keys
	switch {
	case key.Matches(kp, k.Back):
		return m, nav.To(nav.GoHome{})
	case key.Matches(kp, k.Up):
		m.view.ScrollUp(1)
	case key.Matches(kp, k.Down):
		m.view.ScrollDown(1)
	case key.Matches(kp, k.PageUp):
		m.view.PageUp()
	case key.Matches(kp, k.PageDown):
		m.view.PageDown()
	case key.Matches(kp, k.Top):
		m.view.GotoTop()
	case key.Matches(kp, k.Bottom):
		m.view.GotoBottom()
	case key.Matches(kp, k.Prev):
		m.show(m.selected - 1)
	case key.Matches(kp, k.Next):
		m.show(m.selected + 1)
	}
	return m, nil
}

// show moves to campaign i, when there is one, from its top.
func (m *Model) show(i int) {
	if i < 0 || i >= len(m.all) || i == m.selected {
		return
	}
	m.selected = i
	m.render()
	// Another campaign is another page: it opens at its heading, not at
	// the line the previous one was scrolled to.
	m.view.GotoTop()
}

// Selected is the campaign shown; "" when there is none.
func (m *Model) Selected() string {
	if len(m.all) == 0 {
		return ""
	}
	return m.all[m.selected].Campaign.ID
}

func (m *Model) Help() help.KeyMap {
	k := m.keys
	return keys.Help{
		// Going back first: at 80 columns the help keeps what it can, and a
		// secretary must always see the way out.
		Short: []key.Binding{k.Back, k.Prev, k.Next, k.PageDown},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Prev, k.Next, k.Back}},
	}
}

func (m *Model) View() string {
	c := m.ctx
	st := c.Styles
	title := st.Title.Render(c.T("stats.title"))
	if len(m.all) > 0 {
		title += "  " + st.Muted.Render(c.T("stats.position", m.selected+1, len(m.all)))
	}
	if total := m.view.TotalLineCount(); total > m.view.VisibleLineCount() {
		first := m.view.YOffset() + 1
		last := min(m.view.YOffset()+m.view.VisibleLineCount(), total)
		pos := st.Muted.Render(c.T("stats.scroll", first, last, total))
		if gap := m.width - ansi.StringWidth(title) - ansi.StringWidth(pos); gap >= 2 {
			title += strings.Repeat(" ", gap) + pos
		}
	}
	return layout.Fit(title, m.width) + "\n" + c.Rule(m.width) + "\n" + m.view.View()
}

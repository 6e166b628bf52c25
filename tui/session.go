package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"essradar/store"
)

// Routing messages sent by the session screen.
type (
	openSessionMsg struct{ id uint64 }
	openScoringMsg struct {
		bundle *sessionBundle
		index  int
	}
)

type sessionKeys struct {
	Up, Down, Score, Recuse, Postpone, Close, Back key.Binding
	Prepare                                        key.Binding
	Yes, No                                        key.Binding
}

func newSessionKeys(c *Context) sessionKeys {
	t := c.Text
	return sessionKeys{
		Up:       binding(t, "↑/k", "key.up", "up", "k"),
		Down:     binding(t, "↓/j", "key.down", "down", "j"),
		Score:    binding(t, "entrée", "key.score", "enter"),
		Recuse:   binding(t, "r", "key.recusals", "r"),
		Postpone: binding(t, "p", "key.postpone", "p"),
		Close:    binding(t, "c", "key.close_session", "c"),
		Prepare:  binding(t, "e", "key.prepare_session", "e"),
		Back:     binding(t, "échap", "key.back", "esc"),
		Yes:      binding(t, "o", "key.confirm", "o", "y"),
		No:       binding(t, "n", "key.cancel", "n", "esc"),
	}
}

type sessionLoadedMsg struct {
	bundle *sessionBundle
	err    error
}

type sessionSavedMsg struct {
	session store.Session
	err     error
}

// sessionModel shows one session: when, where, who, and its agenda with each
// item's state. From here the secretary scores an item, records recusals,
// postpones an item and closes the session.
type sessionModel struct {
	ctx       *Context
	keys      sessionKeys
	id        uint64
	b         *sessionBundle
	err       error
	notice    string
	cursor    int
	confirm   bool // closing asks first
	recusals  *recusalDialog
	width     int
	height    int
	lastSaved store.Session
}

func newSession(ctx *Context, id uint64, cursor int) *sessionModel {
	return &sessionModel{ctx: ctx, keys: newSessionKeys(ctx), id: id, cursor: cursor, width: 80, height: 22}
}

func (m *sessionModel) Init() tea.Cmd {
	s, id := m.ctx.Store, m.id
	return func() tea.Msg {
		b, err := loadBundle(s, id)
		return sessionLoadedMsg{bundle: b, err: err}
	}
}

func (m *sessionModel) Capturing() bool { return m.recusals != nil && m.recusals.Capturing() }

func (m *sessionModel) SetSize(w, h int) { m.width, m.height = w, h }

func (m *sessionModel) agendaID() (uint64, bool) {
	if m.b == nil || m.cursor < 0 || m.cursor >= len(m.b.session.Agenda) {
		return 0, false
	}
	return m.b.session.Agenda[m.cursor], true
}

// saveSession writes a changed session in the background; the screen shows
// the change at once and reverts it if the write fails.
func (m *sessionModel) saveSession(se store.Session) tea.Cmd {
	s := m.ctx.Store
	return func() tea.Msg {
		err := s.PutSession(se)
		return sessionSavedMsg{session: se, err: err}
	}
}

func (m *sessionModel) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case sessionLoadedMsg:
		m.err = msg.err
		if msg.err == nil {
			m.b = msg.bundle
			m.lastSaved = m.b.session
			m.cursor = max(min(m.cursor, len(m.b.session.Agenda)-1), 0)
		}
		return m, nil
	case sessionSavedMsg:
		if msg.err != nil {
			m.err = msg.err
			m.b.session = m.lastSaved
			return m, nil
		}
		m.err = nil
		m.lastSaved = msg.session
		return m, nil
	case sessionClosedMsg:
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		m.notice = m.ctx.T("session.closed_notice")
		return m, m.Init()
	case tea.KeyPressMsg:
		if m.b == nil {
			if key.Matches(msg, m.keys.Back) {
				return m, func() tea.Msg { return goHomeMsg{tab: tabSessions} }
			}
			return m, nil
		}
		if m.recusals != nil {
			done, changed := m.recusals.Update(msg, &m.b.session)
			if done {
				m.recusals = nil
			}
			if changed {
				return m, m.saveSession(m.b.session)
			}
			return m, nil
		}
		if m.confirm {
			switch {
			case key.Matches(msg, m.keys.Yes):
				m.confirm = false
				return m, m.closeSession()
			case key.Matches(msg, m.keys.No):
				m.confirm = false
			}
			return m, nil
		}
		return m.handleKey(msg)
	}
	return m, nil
}

type sessionClosedMsg struct{ err error }

func (m *sessionModel) closeSession() tea.Cmd {
	s, id := m.ctx.Store, m.id
	return func() tea.Msg { return sessionClosedMsg{err: s.CloseSession(id)} }
}

func (m *sessionModel) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	k := m.keys
	m.notice = ""
	sealed := m.b.session.Sealed()
	switch {
	case key.Matches(msg, k.Back):
		return m, func() tea.Msg { return goHomeMsg{tab: tabSessions} }
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, len(m.b.session.Agenda)-1)
	case key.Matches(msg, k.Score):
		if _, ok := m.agendaID(); ok {
			b, i := m.b, m.cursor
			return m, func() tea.Msg { return openScoringMsg{bundle: b, index: i} }
		}
	case key.Matches(msg, k.Recuse):
		if sealed {
			m.notice = m.ctx.T("session.sealed_readonly")
			return m, nil
		}
		if id, ok := m.agendaID(); ok {
			m.recusals = newRecusalDialog(m.ctx, m.b, id)
		}
	case key.Matches(msg, k.Postpone):
		id, ok := m.agendaID()
		switch {
		case sealed:
			m.notice = m.ctx.T("session.sealed_readonly")
		case ok && m.b.state(id) == itemDecided:
			m.notice = m.ctx.T("session.postpone_decided")
		case ok:
			se := m.b.session
			if contains(se.Postponed, id) {
				se.Postponed = slices.DeleteFunc(slices.Clone(se.Postponed), func(x uint64) bool { return x == id })
			} else {
				se.Postponed = append(slices.Clone(se.Postponed), id)
			}
			m.b.session = se
			return m, m.saveSession(se)
		}
	case key.Matches(msg, k.Prepare):
		if sealed {
			m.notice = m.ctx.T("session.sealed_readonly")
			return m, nil
		}
		id := m.id
		return m, func() tea.Msg { return prepareSessionMsg{id: id} }
	case key.Matches(msg, k.Close):
		if sealed {
			m.notice = m.ctx.T("session.already_closed")
			return m, nil
		}
		if open := m.undecided(); len(open) > 0 {
			m.notice = m.ctx.T("session.cannot_close", strings.Join(open, " · "))
			return m, nil
		}
		m.confirm = true
	}
	return m, nil
}

// undecided lists the numbers of the agenda items neither decided nor
// postponed: a session closes only without them.
func (m *sessionModel) undecided() []string {
	var out []string
	for i, id := range m.b.session.Agenda {
		if st := m.b.state(id); st != itemDecided && st != itemPostponed {
			out = append(out, fmt.Sprintf("%d. %s", i+1, m.b.initiatives[id].Title))
		}
	}
	return out
}

func (m *sessionModel) Help() help.KeyMap {
	k := m.keys
	switch {
	case m.recusals != nil:
		return m.recusals.Help()
	case m.confirm:
		return simpleKeyMap{k.Yes, k.No}
	case m.b != nil && m.b.session.Sealed():
		view := k.Score
		view.SetHelp(view.Help().Key, m.ctx.T("key.view_item"))
		return simpleKeyMap{k.Up, k.Down, view, k.Back}
	}
	return keyMap{short: []key.Binding{k.Score, k.Recuse, k.Postpone, k.Close, k.Back},
		full: [][]key.Binding{{k.Up, k.Down, k.Score}, {k.Recuse, k.Postpone, k.Prepare, k.Close, k.Back}}}
}

func (m *sessionModel) View() string {
	c := m.ctx
	st := c.Styles
	if m.b == nil {
		if m.err != nil {
			return st.Error.Render(c.T("error.prefix")) + " " + m.err.Error()
		}
		return st.Muted.Render(c.T("home.loading"))
	}
	b := m.b
	se := b.session
	w := m.width
	var out strings.Builder
	status := c.T("session.open")
	if se.Sealed() {
		status = c.T("session.sealed", c.Text.Date(se.ClosedAt.Format(time.DateOnly)))
	}
	out.WriteString(fit(st.Title.Render(c.T("session.title", c.Text.Date(se.Date), se.Territory))+" · "+se.Place, w) + "\n")
	out.WriteString(fit(st.Muted.Render(status+" · "+b.campaign.Name), w) + "\n")
	// Who is present matters for the minutes: two lines, never cut mid-name.
	for _, l := range wrapLines(c.T("session.present", len(se.Present))+" "+m.presentNames(), w, 2) {
		out.WriteString(l + "\n")
	}
	out.WriteString(c.rule(w) + "\n")

	lines := 4
	stateW := 26
	titleW := max(w-6-stateW-4, 10)
	for i, id := range se.Agenda {
		in := b.initiatives[id]
		extra := ""
		if n := len(b.recused(id)); n > 0 {
			extra = " " + c.T("session.recused_count", n)
		}
		row := fmt.Sprintf(" %2d. ", i+1) + fit(in.Title+extra, titleW) + "  " + fit(m.itemState(id), stateW)
		row = fit(row, w)
		if i == m.cursor {
			row = st.Selected.Render(row)
		}
		out.WriteString(row + "\n")
		lines++
	}
	out.WriteString(c.rule(w) + "\n")
	lines++

	// What the selected item is about, and who stands aside for it.
	if id, ok := m.agendaID(); ok {
		in := b.initiatives[id]
		out.WriteString(fit(st.Subtitle.Render(in.Title)+" — "+in.Holder.Name+", "+in.Commune, w) + "\n")
		lines++
		if rec := b.recused(id); len(rec) > 0 {
			var names []string
			for _, mid := range se.Present {
				if rec[mid] {
					names = append(names, b.members[mid].Name)
				}
			}
			out.WriteString(fit(st.Warning.Render(c.T("session.recused_names", strings.Join(names, ", "))), w) + "\n")
			lines++
		}
	}
	var msg string
	switch {
	case m.confirm:
		msg = st.Warning.Render(c.T("session.confirm_close"))
	case m.err != nil:
		msg = st.Error.Render(c.T("error.prefix")+" ") + m.err.Error()
	case m.notice != "":
		msg = st.Warning.Render(m.notice)
	}
	if msg != "" {
		out.WriteString(strings.Join(wrapLines(msg, w, 4), "\n") + "\n")
	}
	view := out.String()
	if m.recusals != nil {
		view = overlay(view, m.recusals.View(), w, m.height)
	}
	return view
}

func (m *sessionModel) presentNames() string {
	var names []string
	for _, id := range m.b.session.Present {
		names = append(names, m.b.members[id].Name)
	}
	return strings.Join(names, ", ")
}

func (m *sessionModel) itemState(id uint64) string {
	c := m.ctx
	switch m.b.state(id) {
	case itemPostponed:
		return c.T("item.postponed")
	case itemDecided:
		return decisionText(c, m.b.grid, m.b.decision(id))
	case itemScoring:
		ev := m.b.evals[id]
		return c.T("item.scoring", len(ev.Scores), len(m.b.grid.Markers()))
	}
	return c.T("item.not_started")
}

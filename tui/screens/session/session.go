package session

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/dialogs"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/nav"
	"essradar/tui/savequeue"
)

type sessionKeys struct {
	Up, Down, Score, Recuse, Postpone, Close, Back key.Binding
	Prepare                                        key.Binding
	Yes, No                                        key.Binding
}

func newSessionKeys(c *context.Context) sessionKeys {
	t := c.Text
	return sessionKeys{
		Up:       c.Keys.Up,
		Down:     c.Keys.Down,
		Score:    keys.Relabel(t, c.Keys.Open, "key.score"),
		Recuse:   keys.New(t, "r", "key.recusals", "r"),
		Postpone: keys.New(t, "p", "key.postpone", "p"),
		Close:    keys.New(t, "c", "key.close_session", "c"),
		Prepare:  keys.Relabel(t, c.Keys.Edit, "key.prepare_session"),
		Back:     c.Keys.Back,
		Yes:      c.Keys.Yes,
		No:       c.Keys.No,
	}
}

type sessionLoadedMsg struct {
	bundle *store.SessionSheet
	err    error
}

type sessionSavedMsg struct {
	session store.Session
	err     error
}

// Model shows one session: when, where, who, and its agenda with each
// item's state. From here the secretary scores an item, records recusals,
// postpones an item and closes the session.
type Model struct {
	ctx      *context.Context
	keys     sessionKeys
	id       uint64
	b        *store.SessionSheet
	err      error
	notice   string
	agenda   listwindow.Window
	confirm  bool // closing asks first
	recusals *dialogs.Recusal
	width    int
	height   int
	writes   *savequeue.Queue[store.Session]
	owner    nav.Owner
	closing  bool // the session is being closed
}

func New(ctx *context.Context, id uint64, cursor int) *Model {
	m := &Model{ctx: ctx, keys: newSessionKeys(ctx), id: id, owner: ctx.NewOwner(), width: 80, height: 22}
	m.agenda.SetCursor(cursor) // kept until the session is read
	return m
}

func (m *Model) Init() tea.Cmd {
	s, id := m.ctx.Store, m.id
	return nav.Background(m.owner, func() tea.Msg {
		b, err := s.SessionSheet(id)
		return sessionLoadedMsg{bundle: b, err: err}
	})
}

func (m *Model) Capturing() bool { return m.recusals != nil && m.recusals.Capturing() }

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.fitAgenda()
}

func (m *Model) agendaID() (uint64, bool) {
	if m.b == nil || m.agenda.Cursor() >= len(m.b.Session.Agenda) {
		return 0, false
	}
	return m.b.Session.Agenda[m.agenda.Cursor()], true
}

// saveSession writes a changed session in the background, one write at a
// time; the screen shows the change at once and reverts it if the write
// fails.
func (m *Model) saveSession(se store.Session) tea.Cmd {
	if !m.writes.Push(se) {
		return nil // sent when the write on its way returns
	}
	return m.write(se)
}

func (m *Model) write(se store.Session) tea.Cmd {
	s := m.ctx.Store
	return nav.Background(m.owner, func() tea.Msg {
		err := s.PutSession(se)
		return sessionSavedMsg{session: se, err: err}
	})
}

func (m *Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	s, cmd := m.update(msg)
	m.fitAgenda()
	return s, cmd
}

func (m *Model) update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case sessionLoadedMsg:
		m.err = msg.err
		if msg.err == nil {
			m.b = msg.bundle
			m.writes = savequeue.New(m.b.Session)
			m.agenda.SetLen(len(m.b.Session.Agenda))
		}
		return m, nil
	case sessionSavedMsg:
		next := m.writes.Done(msg.session, msg.err)
		if msg.err != nil {
			m.err = msg.err
			m.b.Session = m.writes.Saved()
			return m, nil
		}
		m.err = nil
		if next != nil {
			return m, m.write(*next)
		}
		return m, nil
	case sessionClosedMsg:
		m.closing = false
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		m.notice = m.ctx.T("session.closed_notice")
		return m, m.Init()
	case tea.KeyPressMsg:
		if m.b == nil {
			if key.Matches(msg, m.keys.Back) {
				return m, func() tea.Msg { return nav.GoHome{Tab: nav.TabSessions} }
			}
			return m, nil
		}
		if m.recusals != nil {
			done, changed := m.recusals.Update(msg, &m.b.Session)
			if done {
				m.recusals = nil
			}
			if changed {
				return m, m.saveSession(m.b.Session)
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

func (m *Model) closeSession() tea.Cmd {
	s, id := m.ctx.Store, m.id
	m.closing = true
	return nav.Background(m.owner, func() tea.Msg { return sessionClosedMsg{err: s.CloseSession(id)} })
}

func (m *Model) handleKey(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	k := m.keys
	m.notice = ""
	sealed := m.b.Session.Sealed()
	switch {
	case key.Matches(msg, k.Back):
		return m, func() tea.Msg { return nav.GoHome{Tab: nav.TabSessions} }
	case key.Matches(msg, k.Up):
		m.agenda.Up()
	case key.Matches(msg, k.Down):
		m.agenda.Down()
	case key.Matches(msg, k.Score):
		if _, ok := m.agendaID(); ok {
			b, i := m.b, m.agenda.Cursor()
			return m, func() tea.Msg { return nav.OpenScoring{SessionID: b.Session.ID, Index: i} }
		}
	case key.Matches(msg, k.Recuse):
		if sealed {
			m.notice = m.ctx.T("session.sealed_readonly")
			return m, nil
		}
		if id, ok := m.agendaID(); ok {
			m.recusals = dialogs.NewRecusal(m.ctx, m.b, id)
		}
	case key.Matches(msg, k.Postpone):
		id, ok := m.agendaID()
		switch {
		case sealed:
			m.notice = m.ctx.T("session.sealed_readonly")
		case ok && m.b.State(id) == store.ItemDecided:
			m.notice = m.ctx.T("session.postpone_decided")
		case ok:
			se := m.b.Session
			if slices.Contains(se.Postponed, id) {
				se.Postponed = slices.DeleteFunc(slices.Clone(se.Postponed), func(x uint64) bool { return x == id })
			} else {
				se.Postponed = append(slices.Clone(se.Postponed), id)
			}
			m.b.Session = se
			return m, m.saveSession(se)
		}
	case key.Matches(msg, k.Prepare):
		if sealed {
			m.notice = m.ctx.T("session.sealed_readonly")
			return m, nil
		}
		id := m.id
		return m, func() tea.Msg { return nav.PrepareSession{ID: id} }
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
func (m *Model) undecided() []string {
	var out []string
	for i, id := range m.b.Session.Agenda {
		if st := m.b.State(id); st != store.ItemDecided && st != store.ItemPostponed {
			out = append(out, fmt.Sprintf("%d. %s", i+1, m.b.Initiatives[id].Title))
		}
	}
	return out
}

func (m *Model) Help() help.KeyMap {
	k := m.keys
	switch {
	case m.recusals != nil:
		return m.recusals.Help()
	case m.confirm:
		return keys.List{k.Yes, k.No}
	case m.b != nil && m.b.Session.Sealed():
		return keys.List{k.Up, k.Down, keys.Relabel(m.ctx.Text, k.Score, "key.view_item"), k.Back}
	}
	return keys.Help{Short: []key.Binding{k.Score, k.Recuse, k.Postpone, k.Close, k.Back},
		Full: [][]key.Binding{{k.Up, k.Down, k.Score}, {k.Recuse, k.Postpone, k.Prepare, k.Close, k.Back}}}
}

func (m *Model) View() string {
	c := m.ctx
	st := c.Styles
	if m.b == nil {
		if m.err != nil {
			return st.Error.Render(c.T("error.prefix")) + " " + c.Text.Error(m.err)
		}
		return st.Muted.Render(c.T("home.loading"))
	}
	b := m.b
	se := b.Session
	w := m.width
	var out strings.Builder
	out.WriteString(m.header())
	stateW := 26
	if w >= 100 { // room for the longest states in full (« Labelled · Social innovation »)
		stateW = 36
	}
	titleW := max(w-6-stateW-4, 10)
	start, end := m.agenda.Visible()
	for i := start; i < end; i++ {
		id := se.Agenda[i]
		in := b.Initiatives[id]
		extra := ""
		if n := len(b.Recused(id)); n > 0 {
			extra = " " + c.Text.N(n, "session.recused_count")
		}
		row := fmt.Sprintf(" %2d. ", i+1) + layout.Fit(in.Title+extra, titleW) + "  " + layout.Fit(m.itemState(id), stateW)
		row = layout.Fit(row, w)
		if i == m.agenda.Cursor() {
			row = st.Selected.Render(row)
		}
		out.WriteString(row + "\n")
	}
	out.WriteString(m.footer())
	view := out.String()
	if m.recusals != nil {
		view = layout.Overlay(view, m.recusals.View(), w, m.height)
	}
	return view
}

// header is what stands above the agenda: when, where, who.
func (m *Model) header() string {
	c := m.ctx
	st := c.Styles
	b := m.b
	se := b.Session
	w := m.width
	var out strings.Builder
	status := c.T("session.open")
	if se.Sealed() {
		status = c.T("session.sealed", c.Text.Date(se.ClosedAt.Format(time.DateOnly)))
	}
	out.WriteString(layout.Fit(st.Title.Render(c.T("session.title", c.Text.Date(se.Date), se.Territory))+" · "+se.Place, w) + "\n")
	out.WriteString(layout.Fit(st.Muted.Render(status+" · "+b.Campaign.Name), w) + "\n")
	// Who is present matters for the minutes: two lines, never cut mid-name.
	for _, l := range layout.WrapLines(c.T("session.present", len(se.Present))+" "+m.presentNames(), w, 2) {
		out.WriteString(l + "\n")
	}
	out.WriteString(c.Rule(w) + "\n")
	return out.String()
}

// footer is what stands under the agenda: what the selected item is about,
// who stands aside for it, and the screen's message.
func (m *Model) footer() string {
	c := m.ctx
	st := c.Styles
	b := m.b
	se := b.Session
	w := m.width
	var foot strings.Builder
	foot.WriteString(c.Rule(w) + "\n")
	if id, ok := m.agendaID(); ok {
		in := b.Initiatives[id]
		foot.WriteString(layout.Fit(st.Subtitle.Render(in.Title)+" — "+in.Holder.Name+", "+in.Commune, w) + "\n")
		if rec := b.Recused(id); len(rec) > 0 {
			var names []string
			for _, mid := range se.Present {
				if rec[mid] {
					names = append(names, b.Members[mid].Name)
				}
			}
			foot.WriteString(layout.Fit(st.Warning.Render(c.T("session.recused_names", strings.Join(names, ", "))), w) + "\n")
		}
	}
	var msg string
	switch {
	case m.confirm:
		msg = st.Warning.Render(c.T("session.confirm_close"))
	case m.err != nil:
		msg = st.Error.Render(c.T("error.prefix")+" ") + c.Text.Error(m.err)
	case m.notice != "":
		msg = st.Warning.Render(m.notice)
	}
	if msg != "" {
		foot.WriteString(strings.Join(layout.WrapLines(msg, w, 4), "\n") + "\n")
	}
	return foot.String()
}

// fitAgenda gives the agenda the lines left between the header and the
// footer, scrolled to the cursor. Both change with the size, the session,
// the selected item and the message, so it runs after every update.
func (m *Model) fitAgenda() {
	if m.b == nil {
		return
	}
	m.agenda.SetSize(m.height - strings.Count(m.header(), "\n") - strings.Count(m.footer(), "\n"))
}

func (m *Model) presentNames() string {
	var names []string
	for _, id := range m.b.Session.Present {
		names = append(names, m.b.Members[id].Name)
	}
	return strings.Join(names, ", ")
}

func (m *Model) itemState(id uint64) string {
	c := m.ctx
	switch m.b.State(id) {
	case store.ItemPostponed:
		return c.T("item.postponed")
	case store.ItemDecided:
		return c.Text.Decision(m.b.Grid, m.b.Decision(id))
	case store.ItemScoring:
		ev := m.b.Evals[id]
		return c.T("item.scoring", len(ev.Scores), len(m.b.Grid.Markers()))
	}
	return c.T("item.not_started")
}

// Sheet is the session as this screen shows it.
func (m *Model) Sheet() *store.SessionSheet { return m.b }

// Cursor is the agenda position under the cursor.
func (m *Model) Cursor() int { return m.agenda.Cursor() }

// ID is the session shown.
func (m *Model) ID() uint64 { return m.id }

// Owner names this screen for the work it starts in the background.
func (m *Model) Owner() nav.Owner { return m.owner }

// Busy says a change of the session (recusals, postponement, closing) is
// being written.
func (m *Model) Busy() string {
	if (m.writes != nil && m.writes.Busy()) || m.closing {
		return m.ctx.T("busy.session")
	}
	return ""
}

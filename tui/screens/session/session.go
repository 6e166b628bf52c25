package session

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/dialogs"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/minutes"
	"essradar/tui/nav"
	"essradar/tui/savequeue"
)

type sessionKeys struct {
	Up, Down, Score, Recuse, Postpone, Close, Back key.Binding
	Prepare, Minutes                               key.Binding
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
		Minutes:  keys.New(t, "v", "key.minutes", "v"),
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
	// field is the one line the screen asks for (the minutes' file, a
	// postponement's reason), nil when none is open.
	field *field
	// writing is the file the minutes are being written to, "" when none.
	writing string
}

// fieldKind says what the open field's text is for.
type fieldKind int

const (
	fieldMinutes  fieldKind = iota // where to write the minutes
	fieldPostpone                  // why the item is postponed
)

type field struct {
	kind   fieldKind
	item   uint64 // the postponed item
	prompt string
	input  textinput.Model
}

type minutesWrittenMsg struct {
	path string
	err  error
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

func (m *Model) Capturing() bool {
	return m.field != nil || (m.recusals != nil && m.recusals.Capturing())
}

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
		// The minutes are what a closed session is for: offer them now,
		// the offer saying the session is closed and sealed.
		// The root takes the closed session's backup.
		return m, tea.Batch(m.Init(), m.askMinutes("minutes.offer"), nav.To(nav.SessionClosed{ID: m.id}))
	case minutesWrittenMsg:
		m.writing = ""
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		m.err = nil
		m.notice = m.ctx.T("minutes.written", msg.path)
		return m, nil
	case tea.PasteMsg:
		if m.field != nil {
			var cmd tea.Cmd
			m.field.input, cmd = m.field.input.Update(msg)
			return m, cmd
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.b == nil {
			if key.Matches(msg, m.keys.Back) {
				return m, func() tea.Msg { return nav.GoHome{Tab: nav.TabSessions} }
			}
			return m, nil
		}
		if m.field != nil {
			return m.updateField(msg)
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
	// A refusal, like a notice, answers the key before: the next one
	// clears it.
	m.notice, m.err = "", nil
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
			var ask tea.Cmd
			if slices.Contains(se.Postponed, id) {
				se.Postponed = slices.DeleteFunc(slices.Clone(se.Postponed), func(x uint64) bool { return x == id })
				se.PostponeReasons = maps.Clone(se.PostponeReasons)
				delete(se.PostponeReasons, id)
			} else {
				se.Postponed = append(slices.Clone(se.Postponed), id)
				ask = m.open(fieldPostpone, id, m.ctx.T("minutes.postpone_ask"), "")
			}
			m.b.Session = se
			return m, tea.Batch(m.saveSession(se), ask)
		}
	case key.Matches(msg, k.Minutes):
		return m, m.askMinutes("minutes.ask_path")
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
		// Refused before asking: a yes would only be refused by the store.
		if err := store.NotYetHeld(m.b.Session, m.ctx.Store.Today()); err != nil {
			m.err = err
			return m, nil
		}
		m.confirm = true
	}
	return m, nil
}

// askMinutes opens the field for the minutes' file, prefilled with a PDF
// next to the database, and says what it is for with promptKey.
func (m *Model) askMinutes(promptKey string) tea.Cmd {
	path := minutes.DefaultPath(m.ctx.Store.Path(), m.b.Session)
	return m.open(fieldMinutes, 0, m.ctx.T(promptKey), path)
}

func (m *Model) open(kind fieldKind, item uint64, prompt, value string) tea.Cmd {
	ti := context.NewTextInput()
	ti.Prompt = "› "
	ti.CharLimit = 1000
	ti.SetWidth(max(m.width-4, 10))
	ti.SetValue(value)
	ti.CursorEnd()
	m.field = &field{kind: kind, item: item, prompt: prompt, input: ti}
	return m.field.input.Focus()
}

// updateField types into the open field. Enter uses the text: a reason is
// written on the session, a file starts the minutes; esc closes the field
// (the postponement stays, without a reason; the minutes wait).
func (m *Model) updateField(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	f := m.field
	switch {
	case key.Matches(msg, m.ctx.Keys.Cancel):
		m.field = nil
		return m, nil
	case key.Matches(msg, m.ctx.Keys.Record):
		text := strings.TrimSpace(plaintext.Clean(f.input.Value(), false))
		if f.kind == fieldMinutes {
			return m, m.writeMinutes(text)
		}
		m.field = nil
		se := m.b.Session
		if text == "" || !slices.Contains(se.Postponed, f.item) {
			return m, nil
		}
		se.PostponeReasons = maps.Clone(se.PostponeReasons)
		if se.PostponeReasons == nil {
			se.PostponeReasons = map[uint64]string{}
		}
		se.PostponeReasons[f.item] = text
		m.b.Session = se
		return m, m.saveSession(se)
	}
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	return m, cmd
}

// writeMinutes writes the session's minutes to path in the background,
// read afresh so they hold what the store holds. A path it cannot use
// keeps the field open with the reason under it.
func (m *Model) writeMinutes(path string) tea.Cmd {
	c := m.ctx
	if strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, path[2:])
		}
	}
	switch _, err := minutes.FormatOf(path); {
	case path == "":
		m.notice = c.T("minutes.err_no_path")
		return nil
	case err != nil:
		m.notice = c.T("minutes.err_format", path)
		return nil
	}
	m.field = nil
	m.writing = path
	m.notice = c.T("minutes.writing")
	s, id, text := c.Store, m.id, c.Text
	return nav.Background(m.owner, func() tea.Msg {
		b, err := s.SessionSheet(id)
		if err != nil {
			return minutesWrittenMsg{path: path, err: err}
		}
		if err := minutes.Build(b, text).WriteFile(path); err != nil {
			return minutesWrittenMsg{path: path, err: errors.New(text.T("minutes.err_write", path, m.osReason(err)))}
		}
		return minutesWrittenMsg{path: path}
	})
}

// osReason says in the secretary's words why the file could not be written.
func (m *Model) osReason(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return m.ctx.T("minutes.err_no_dir")
	case errors.Is(err, os.ErrPermission):
		return m.ctx.T("cli.os.permission")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// undecided lists the numbers of the agenda items neither decided nor
// postponed: a session closes only without them.
func (m *Model) undecided() []string {
	var out []string
	for i, id := range m.b.Session.Agenda {
		if st := m.b.State(id); st != store.ItemDecided && st != store.ItemPostponed {
			out = append(out, fmt.Sprintf("%d. %s", i+1, plaintext.Line(m.b.Initiatives[id].Title)))
		}
	}
	return out
}

func (m *Model) Help() help.KeyMap {
	k := m.keys
	switch {
	case m.field != nil && m.field.kind == fieldMinutes:
		t := m.ctx.Text
		return keys.List{keys.Relabel(t, m.ctx.Keys.Record, "minutes.key_write"), keys.Relabel(t, m.ctx.Keys.Cancel, "minutes.key_later")}
	case m.field != nil:
		t := m.ctx.Text
		return keys.List{m.ctx.Keys.Record, keys.Relabel(t, m.ctx.Keys.Cancel, "minutes.key_no_reason")}
	case m.recusals != nil:
		return m.recusals.Help()
	case m.confirm:
		return keys.List{k.Yes, k.No}
	case m.b != nil && m.b.Session.Sealed():
		// The minutes before the arrows: on a closed session they are what
		// the secretary came for, and a narrow help line drops the last.
		return keys.List{keys.Relabel(m.ctx.Text, k.Score, "key.view_item"), k.Minutes, k.Back, k.Up, k.Down}
	}
	return keys.Help{Short: []key.Binding{k.Score, k.Recuse, k.Postpone, k.Close, k.Back, k.Minutes},
		Full: [][]key.Binding{{k.Up, k.Down, k.Score}, {k.Recuse, k.Postpone, k.Prepare, k.Close, k.Minutes, k.Back}}}
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
	stateW, full := m.stateColumn(w)
	titleW := max(w-6-stateW-4, 10)
	start, end := m.agenda.Visible()
	for i := start; i < end; i++ {
		id := se.Agenda[i]
		in := b.Initiatives[id]
		extra := ""
		if n := len(b.Recused(id)); n > 0 {
			extra = " " + c.Text.N(n, "session.recused_count")
		}
		row := fmt.Sprintf(" %2d. ", i+1) + layout.Fit(plaintext.Line(in.Title)+extra, titleW) + "  " + layout.Fit(m.itemState(id, full), stateW)
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
	out.WriteString(layout.Fit(st.Title.Render(c.T("session.title", c.Text.Date(se.Date), plaintext.Line(se.Territory)))+" · "+plaintext.Line(se.Place), w) + "\n")
	out.WriteString(layout.Fit(st.Muted.Render(status+" · "+c.T("minutes.session_number", se.ID)+" · "+plaintext.Line(b.Campaign.Name)), w) + "\n")
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
		foot.WriteString(layout.Fit(st.Subtitle.Render(plaintext.Line(in.Title))+" — "+plaintext.Line(in.Holder.Name+", "+in.Commune), w) + "\n")
		if rec := b.Recused(id); len(rec) > 0 {
			var names []string
			for _, mid := range se.Present {
				if rec[mid] {
					names = append(names, plaintext.Line(b.Members[mid].Name))
				}
			}
			foot.WriteString(layout.Fit(st.Warning.Render(c.T("session.recused_names", strings.Join(names, ", "))), w) + "\n")
		}
		if why := se.PostponeReasons[id]; why != "" && b.State(id) == store.ItemPostponed {
			foot.WriteString(layout.Fit(st.Muted.Render(c.T("minutes.postponed_reason", plaintext.Line(why))), w) + "\n")
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
	if f := m.field; f != nil {
		foot.WriteString(layout.Fit(st.Subtitle.Render(f.prompt), w) + "\n")
		foot.WriteString(f.input.View() + "\n")
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
		names = append(names, plaintext.Line(m.b.Members[id].Name))
	}
	return strings.Join(names, ", ")
}

// agendaTitleMin is the room the agenda keeps for titles before its state
// column may take the categories' full names.
const agendaTitleMin = 40

// stateColumn is the agenda's state column for a width, and whether it says
// the categories in full: only when every labelled state fits in full, so
// one column never mixes full and short names.
func (m *Model) stateColumn(w int) (width int, full bool) {
	c := m.ctx
	fullW, shortW := 0, 0
	if g := m.b.Grid; g != nil {
		for _, cat := range g.Categories {
			fullW = max(fullW, ansi.StringWidth(c.T("decision.labelled_in", c.Text.CategoryFull(g, cat.ID))))
			shortW = max(shortW, ansi.StringWidth(c.T("decision.labelled_in", c.Text.CategoryShort(g, cat.ID))))
		}
	}
	width = 26
	if w >= 100 { // room for the other states in full (« Labelled · Social innovation »)
		width = 36
	}
	if fullW > 0 && w-10-max(fullW, width) >= agendaTitleMin {
		return max(fullW, width), true
	}
	// The short names whole when the titles keep their room.
	return max(width, min(shortW, w-10-agendaTitleMin)), false
}

func (m *Model) itemState(id uint64, full bool) string {
	c := m.ctx
	switch m.b.State(id) {
	case store.ItemPostponed:
		return c.T("item.postponed")
	case store.ItemDecided:
		if d := m.b.Decision(id); full && d != nil && d.Outcome == store.OutcomeLabelled {
			return c.T("decision.labelled_in", c.Text.CategoryFull(m.b.Grid, d.Category))
		}
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
	switch {
	case (m.writes != nil && m.writes.Busy()) || m.closing:
		return m.ctx.T("busy.session")
	case m.writing != "":
		return m.ctx.T("minutes.busy")
	}
	return ""
}

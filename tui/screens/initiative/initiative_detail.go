package initiative

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/nav"
	"essradar/tui/radar"
)

// The detail of one initiative: its holder, summary and every evaluation it
// has had, each with its decision, category means and radar. From here the
// secretary edits, withdraws or deletes it.

type detailKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Back, Edit, Withdraw, Reinstate, Delete key.Binding
	Yes, No                                 key.Binding
	History, Forget, Choose, Confirm        key.Binding
}

func newDetailKeys(c *context.Context) detailKeys {
	t := c.Text
	return detailKeys{
		Up:        c.Keys.Up,
		Down:      c.Keys.Down,
		PageUp:    c.Keys.PageUp,
		PageDown:  keys.Also(c.Keys.PageDown, "space"),
		Top:       c.Keys.Top,
		Bottom:    c.Keys.Bottom,
		Back:      c.Keys.Back,
		Edit:      c.Keys.Edit,
		Withdraw:  keys.New(t, "w", "key.withdraw", "w"),
		Reinstate: keys.New(t, "w", "key.reinstate", "w"),
		Delete:    c.Keys.Delete,
		Yes:       c.Keys.Yes,
		No:        c.Keys.No,
		History:   keys.New(t, "h", "history.key.toggle", "h"),
		// Capital F: erasure cannot be undone, it must not come by accident.
		Forget:  keys.New(t, "F", "history.key.forget", "F"),
		Choose:  keys.New(t, "←/→", "key.choose", "left", "right", "tab", "shift+tab"),
		Confirm: keys.Relabel(t, c.Keys.Open, "key.confirm"),
	}
}

type detailLoadedMsg struct {
	seq int
	d   *store.InitiativeFile
	err error
}

// detailAction is what a confirmation is about.
type detailAction int

const (
	actNone detailAction = iota
	actWithdraw
	actReinstate
	actDelete
	actForget
)

type detailChangedMsg struct {
	act detailAction
	err error
}

// Detail is the detail screen.
type Detail struct {
	ctx  *context.Context
	keys detailKeys
	id   uint64
	seq  int

	d       *store.InitiativeFile
	err     error
	notice  string
	bad     bool // notice is a refusal or an error
	confirm detailAction
	busy    bool

	hist      *history // the history panel, nil while closed
	forgetYes bool     // the erasure dialog's choice

	vp            viewport.Model
	width, height int
	owner         nav.Owner
}

func NewDetail(ctx *context.Context, id uint64) *Detail {
	m := &Detail{ctx: ctx, keys: newDetailKeys(ctx), id: id, owner: ctx.NewOwner(), width: 80, height: 23}
	m.vp = viewport.New()
	m.vp.KeyMap = viewport.KeyMap{Up: m.keys.Up, Down: m.keys.Down, PageUp: m.keys.PageUp, PageDown: m.keys.PageDown}
	m.vp.MouseWheelEnabled = true
	m.SetSize(m.width, m.height)
	return m
}

// Init reads the initiative and its evaluations in the background.
func (m *Detail) Init() tea.Cmd {
	m.seq++
	seq, s, id := m.seq, m.ctx.Store, m.id
	return nav.Background(m.owner, func() tea.Msg {
		d, err := s.InitiativeFile(id)
		return detailLoadedMsg{seq: seq, d: d, err: err}
	})
}

func (m *Detail) Capturing() bool { return false }

// The title and a rule above the viewport, a status line under it.
const detailChromeLines = 3

func (m *Detail) SetSize(w, h int) {
	m.width, m.height = w, h
	m.vp.SetWidth(w)
	m.vp.SetHeight(max(h-detailChromeLines, 1))
	m.render()
}

func (m *Detail) Help() help.KeyMap {
	k := m.keys
	if m.confirm == actForget {
		return keys.List{k.Choose, k.Confirm, k.Yes, k.No}
	}
	if m.confirm != actNone {
		return keys.List{k.Yes, k.No}
	}
	if m.d == nil {
		return keys.List{k.Back}
	}
	w := k.Withdraw
	if m.d.In.Status == store.StatusWithdrawn {
		w = k.Reinstate
	}
	return keys.Help{
		Short: []key.Binding{k.Edit, w, k.History, k.Delete, k.Back},
		Full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Edit, w, k.Delete, k.Back}, {k.History, k.Forget}},
	}
}

func (m *Detail) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case detailLoadedMsg:
		if msg.seq != m.seq {
			return m, nil // an older load, overtaken
		}
		m.err = msg.err
		if msg.err == nil {
			top := m.vp.YOffset()
			m.d = msg.d
			m.render()
			m.vp.SetYOffset(top)
			if m.hist != nil {
				// What was just written shows in the open panel too.
				return m, m.loadHistory()
			}
		}
		return m, nil
	case historyLoadedMsg:
		m.historyLoaded(msg)
		return m, nil
	case detailChangedMsg:
		m.busy = false
		return m, m.changed(msg)
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Detail) changed(msg detailChangedMsg) tea.Cmd {
	c := m.ctx
	m.bad = msg.err != nil
	switch {
	case msg.err == nil && msg.act == actDelete:
		return func() tea.Msg { return nav.GoHome{Tab: nav.TabInitiatives} }
	case msg.err == nil && msg.act == actForget:
		m.notice = c.T("history.forget.done")
		return m.Init()
	case msg.err == nil && msg.act == actWithdraw:
		m.notice = c.T("detail.withdrawn")
		return m.Init()
	case msg.err == nil:
		m.notice = c.T("detail.reinstated")
		return m.Init()
	case errors.Is(msg.err, store.ErrDecided):
		m.notice = c.T("detail.withdraw_decided")
	case errors.Is(msg.err, store.ErrHasEvaluations):
		m.notice = c.T("detail.delete_evaluated")
	case errors.Is(msg.err, store.ErrInUse):
		// The store names the session; say what else can be done.
		m.notice = sentence(c.Text.Error(msg.err)) + " " + c.T("detail.delete_or_withdraw")
	default:
		m.notice = c.T("error.prefix") + " " + c.Text.Error(msg.err)
	}
	return nil
}

func (m *Detail) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if m.confirm == actForget {
		return m.forgetKey(msg)
	}
	if m.confirm != actNone {
		switch {
		case key.Matches(msg, k.Yes):
			act := m.confirm
			m.confirm = actNone
			m.busy = true
			return m.act(act)
		case key.Matches(msg, k.No):
			m.confirm = actNone
		}
		return nil
	}
	if key.Matches(msg, k.Back) {
		if m.busy {
			// Home would read the initiative before the change lands.
			return nil
		}
		return func() tea.Msg { return nav.GoHome{Tab: nav.TabInitiatives} }
	}
	if m.d == nil || m.busy {
		return nil
	}
	m.notice, m.bad = "", false
	switch {
	case key.Matches(msg, k.Top):
		m.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		m.vp.GotoBottom()
	case key.Matches(msg, k.History):
		return m.toggleHistory()
	case key.Matches(msg, k.Forget):
		m.askForget()
	case key.Matches(msg, k.Edit):
		id := m.id
		return func() tea.Msg { return nav.EditInitiative{ID: id} }
	case key.Matches(msg, k.Withdraw):
		switch {
		case m.d.In.Status == store.StatusWithdrawn:
			m.confirm = actReinstate
		case m.d.Decided():
			m.notice, m.bad = m.ctx.T("detail.withdraw_decided"), true
		default:
			m.confirm = actWithdraw
		}
	case key.Matches(msg, k.Delete):
		if len(m.d.Evals) > 0 {
			// Known without asking the store: say it at once.
			m.notice, m.bad = m.ctx.T("detail.delete_evaluated"), true
			return nil
		}
		m.confirm = actDelete
	default:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return cmd
	}
	return nil
}

func (m *Detail) act(a detailAction) tea.Cmd {
	s, id := m.ctx.Store, m.id
	return nav.Background(m.owner, func() tea.Msg {
		var err error
		switch a {
		case actDelete:
			err = s.DeleteInitiative(id)
		case actWithdraw:
			err = s.WithdrawInitiative(id)
		case actReinstate:
			err = s.ReinstateInitiative(id)
		case actForget:
			err = s.EraseHolderContact(id)
		}
		return detailChangedMsg{act: a, err: err}
	})
}

// ---- drawing ----

// render lays the content out for the current width, once per load or
// resize; View only shows the viewport's window on it.
func (m *Detail) render() {
	switch {
	case m.d == nil:
		m.vp.SetContentLines(nil)
	case m.hist != nil:
		m.vp.SetContentLines(m.historyLines(m.width))
	default:
		m.vp.SetContentLines(m.contentLines(m.width))
	}
}

// labelWidth is the width of the field names column.
const labelWidth = 17

func (m *Detail) contentLines(w int) []string {
	c := m.ctx
	st := c.Styles
	d := m.d
	in := d.In
	var out []string
	// Every value is a record's text: shown, never obeyed.
	field := func(label, value string) {
		value = plaintext.Line(value)
		if strings.TrimSpace(value) == "" {
			value = st.Muted.Render("—")
		}
		vw := max(w-labelWidth, 10)
		lines := strings.Split(lipgloss.NewStyle().Width(vw).Render(value), "\n")
		for i, l := range lines {
			name := ""
			if i == 0 {
				name = st.Subtitle.Render(label)
			}
			out = append(out, layout.Fit(layout.Fit(name, labelWidth)+l, w))
		}
	}
	holder := in.Holder.Name
	if in.Holder.LegalForm != "" {
		holder += " (" + in.Holder.LegalForm + ")"
	}
	field(c.T("detail.holder"), holder)
	field(c.T("detail.contact"), in.Holder.ContactName)
	field(c.T("detail.email"), in.Holder.Email)
	// A phone number never breaks across lines.
	field(c.T("detail.phone"), strings.ReplaceAll(in.Holder.Phone, " ", "\u00a0"))
	field(c.T("detail.territory"), in.Territory)
	field(c.T("detail.commune"), in.Commune)
	amount := ""
	if in.AmountCents > 0 {
		amount = c.Text.Euros(in.AmountCents)
	}
	field(c.T("detail.amount"), amount)
	wide, _ := c.Text.InitiativeState(d.Grid, in)
	field(c.T("detail.state"), wide)
	field(c.T("detail.campaign"), d.Campaign.Name)

	out = append(out, "", layout.Fit(st.Subtitle.Render(c.T("detail.summary")), w))
	if strings.TrimSpace(in.Summary) == "" {
		out = append(out, layout.Fit(st.Muted.Render(c.T("detail.no_summary")), w))
	} else {
		for _, l := range strings.Split(lipgloss.NewStyle().Width(w).Render(plaintext.Visible(in.Summary)), "\n") {
			out = append(out, layout.Fit(l, w))
		}
	}

	title := " " + c.T("detail.evaluations", len(d.Evals)) + " "
	out = append(out, "", layout.Fit(st.Subtitle.Render(title)+c.Rule(w-lipgloss.Width(title)), w))
	wrapped := func(s string) {
		for _, l := range strings.Split(lipgloss.NewStyle().Width(w).Render(s), "\n") {
			out = append(out, layout.Fit(l, w))
		}
	}
	if len(d.Evals) == 0 {
		wrapped(st.Muted.Render(c.T("detail.no_evaluation")))
	}
	for _, se := range d.Agendas {
		wrapped(st.Accent.Render(c.T("detail.on_agenda", c.Text.Date(se.Date), plaintext.Line(se.Territory))))
	}
	for i, e := range d.Evals {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, m.evalLines(e, w)...)
	}
	return out
}

// evalLines: the session, the decision, the category means and the radar,
// beside the text on a wide screen, under it otherwise.
func (m *Detail) evalLines(e store.SessionEvaluation, w int) []string {
	c := m.ctx
	st := c.Styles
	g := e.Grid
	se := e.Session
	state := c.T("session.open")
	if se.Sealed() {
		state = c.T("detail.session_closed")
	}
	head := st.Accent.Render(c.T("session.title", c.Text.Date(se.Date), plaintext.Line(se.Territory)))
	if se.Place != "" {
		head += " · " + plaintext.Line(se.Place)
	}
	head += st.Muted.Render(" (" + state + ")")

	side := w >= 100
	textW := w
	radarW := min(w, 64)
	if side {
		radarW = min(w/2, 64)
		textW = w - radarW - 2
	}
	var text []string
	wrap := func(s string) {
		for _, l := range strings.Split(lipgloss.NewStyle().Width(textW).Render(s), "\n") {
			text = append(text, layout.Fit(l, textW))
		}
	}
	wrap(head)
	if rec := e.Recorded; rec != nil && rec.Decision != nil {
		s := st.Badge.Render(c.T("scoring.decision", c.Text.Decision(g, rec.Decision)))
		if r := strings.TrimSpace(rec.Decision.Rationale); r != "" {
			s += " — " + plaintext.Visible(r)
		}
		wrap(s)
		if v := rec.Decision.Votes; v != nil {
			wrap(c.T("detail.votes", v.For, v.Against, c.Text.N(v.Abstain, "detail.abstentions")))
		}
	} else if e.Recorded != nil {
		wrap(st.Muted.Render(c.T("detail.no_decision")))
	}
	for _, a := range e.Amendments {
		if a.After != nil && a.After.Decision != nil {
			s := c.T("scoring.amendment", c.Text.Date(a.At.Format(time.DateOnly)), c.Text.Decision(g, a.After.Decision),
				c.T("amendment.reason", plaintext.Line(a.Reason)))
			if r := strings.TrimSpace(a.After.Decision.Rationale); r != "" {
				s += " — " + c.T("amendment.rationale", plaintext.Visible(r))
			}
			wrap(st.Warning.Render(s))
		}
	}

	scored, total := 0, 0
	for _, r := range g.Markers() {
		total++
		if _, ok := e.Current.Scores[r.Marker.ID]; ok {
			scored++
		}
	}
	text = append(text, layout.Fit(st.Subtitle.Render(c.T("detail.means")), textW))
	for _, cs := range g.CategoryScores(e.Current.Scores) {
		cat, _ := g.Category(cs.ID)
		v := "–"
		if cs.HasScore() {
			v = c.Text.Number(cs.Mean)
		}
		text = append(text, layout.Fit("  "+layout.Fit(c.Text.CategoryShort(g, cat.ID), min(max(textW-10, 8), 24))+fmt.Sprintf("%6s", v), textW))
	}
	if scored < total {
		text = append(text, layout.Fit(st.Muted.Render("  "+c.Text.N(scored, "detail.scored", total)), textW))
	}

	chart := m.chart(e, radarW, 14)
	lines := radar.Render(chart)
	if chart.NeedsLegend() {
		for _, l := range radar.Legend(chart) {
			lines = append(lines, layout.Fit(st.Muted.Render(l), radarW))
		}
	}
	if !side {
		return append(text, lines...)
	}
	n := max(len(text), len(lines))
	out := make([]string, n)
	for i := range n {
		l, r := strings.Repeat(" ", textW), ""
		if i < len(text) {
			l = text[i]
		}
		if i < len(lines) {
			r = lines[i]
		}
		out[i] = layout.Fit(l+"  "+r, w)
	}
	return out
}

func (m *Detail) chart(e store.SessionEvaluation, w, h int) radar.Chart {
	refs := e.Grid.Markers()
	labels := make([]string, len(refs))
	vals := make([]float64, len(refs))
	for i, r := range refs {
		labels[i] = r.Marker.ShortLabelIn(m.ctx.Text.GridLang())
		vals[i] = math.NaN()
		if v, ok := e.Current.Scores[r.Marker.ID]; ok && v != scoring.NotApplicable {
			vals[i] = float64(v)
		}
	}
	mode := radar.Braille
	if m.ctx.ASCII {
		mode = radar.ASCII
	}
	return radar.Chart{Labels: labels, Max: float64(e.Grid.Scale.Max), Series: []radar.Series{{Name: plaintext.Line(m.d.In.Title), Values: vals}},
		Width: w, Height: h, Mode: mode, Color: true}
}

func (m *Detail) View() string {
	c := m.ctx
	st := c.Styles
	w := m.width
	switch {
	case m.err != nil:
		return st.Error.Render(c.T("error.prefix")) + " " + c.Text.Error(m.err) + "\n\n" + st.Muted.Render(c.T("loading.back"))
	case m.d == nil:
		return st.Muted.Render(c.T("home.loading"))
	}
	in := m.d.In
	wide, short := c.Text.InitiativeState(m.d.Grid, in)
	if w < 70 {
		wide = short // the title needs the room more
	}
	badge := st.Badge.Render(wide)
	title := st.Title.Render(c.T("detail.title", in.ID, plaintext.Line(in.Title)))
	head := layout.Fit(title, max(w-lipgloss.Width(badge)-1, 10)) + " " + badge

	var status string
	switch {
	case m.confirm == actForget:
		status = st.Warning.Render(c.T("history.forget.title"))
	case m.confirm != actNone:
		status = st.Warning.Render(m.confirmText())
	case m.busy:
		status = st.Muted.Render(c.T("form.saving"))
	case m.notice != "" && m.bad:
		status = st.Error.Render(m.notice)
	case m.notice != "":
		status = st.OK.Render(m.notice)
	case m.vp.TotalLineCount() > m.vp.Height():
		first := m.vp.YOffset() + 1
		last := min(m.vp.YOffset()+m.vp.Height(), m.vp.TotalLineCount())
		status = st.Muted.Render(c.T("detail.lines", first, last, m.vp.TotalLineCount()))
	case m.hist != nil:
		status = st.Muted.Render(c.T("history.panel.hint"))
	}
	// A long refusal wraps rather than being cut: it is the one line that
	// says what to do. The viewport gives up the room it takes.
	statusLines := strings.Split(lipgloss.NewStyle().Width(w).Render(status), "\n")
	body := m.vp.View()
	if extra := len(statusLines) - 1; extra > 0 {
		bl := strings.Split(body, "\n")
		body = strings.Join(bl[:max(len(bl)-extra, 1)], "\n")
	}
	view := layout.Fit(head, w) + "\n" + c.Rule(w) + "\n" + body + "\n" + strings.Join(statusLines, "\n")
	if m.confirm == actForget {
		view = layout.Overlay(view, m.forgetDialog(), w, m.height)
	}
	return view
}

// sentence makes a store message a sentence: a capital, a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	if !strings.ContainsRune(".!?…", r[len(r)-1]) {
		r = append(r, '.')
	}
	return string(r)
}

func (m *Detail) confirmText() string {
	c := m.ctx
	title := plaintext.Line(m.d.In.Title)
	switch m.confirm {
	case actWithdraw:
		return c.T("detail.confirm_withdraw", title)
	case actReinstate:
		return c.T("detail.confirm_reinstate", title)
	}
	return c.T("detail.confirm_delete", title)
}

// Busy says a withdrawal, reinstatement or deletion is being written.
func (m *Detail) Busy() string {
	if m.busy {
		return m.ctx.T("busy.saving")
	}
	return ""
}

// Owner names this screen for the work it starts in the background.
func (m *Detail) Owner() nav.Owner { return m.owner }

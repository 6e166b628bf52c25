package home

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/demo"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/nav"
)

// homeKeys are the home screen's bindings.
type homeKeys struct {
	Up, Down, Demo, NoDemo, Tab, Open    key.Binding
	Members, NewSession, Prepare, Import key.Binding
	NewCampaign, Settings, Stats         key.Binding
	DeleteSession, Yes, No               key.Binding
	Resume, NoResume                     key.Binding
}

func newHomeKeys(c *context.Context) homeKeys {
	t := c.Text
	return homeKeys{
		Up:            c.Keys.Up,
		Down:          c.Keys.Down,
		Demo:          keys.Relabel(t, c.Keys.Yes, "key.demo_yes"),
		NoDemo:        keys.New(t, "n", "key.demo_no", "n"),
		Tab:           keys.Relabel(t, c.Keys.Tab, "key.home_tab"),
		Open:          keys.Relabel(t, c.Keys.Open, "key.open_session"),
		Members:       keys.New(t, "m", "key.members", "m"),
		NewSession:    keys.New(t, "n", "key.new_session", "n"),
		Prepare:       keys.Relabel(t, c.Keys.Edit, "key.prepare_session"),
		Import:        keys.New(t, "i", "key.import_csv", "i"),
		NewCampaign:   keys.New(t, "c", "key.new_campaign", "c"),
		Settings:      keys.New(t, "c", "key.campaign_settings", "c"),
		Stats:         keys.New(t, "b", "key.stats", "b"),
		DeleteSession: c.Keys.Delete,
		Yes:           c.Keys.Yes,
		No:            c.Keys.No,
		Resume:        keys.New(t, "o/entrée", "resume.key_yes", "o", "y", "enter"),
		NoResume:      keys.New(t, "n/échap", "resume.key_no", "n", "esc"),
	}
}

// sessionRow is a session with how far its agenda has gone.
type sessionRow struct {
	session store.Session
	decided int
}

type homeState int

const (
	homeLoading homeState = iota
	homeOfferDemo
	homeNoCampaign
	homeReady
)

// Model shows the current campaign, its counts by status and the
// initiatives. On an empty database it offers the demo data.
type Model struct {
	ctx   *context.Context
	keys  homeKeys
	state homeState
	err   error
	busy  string

	campaign    store.Campaign
	grid        *scoring.Grid
	initiatives []store.Initiative
	sessions    []sessionRow
	counts      []string // the total, then one count per status
	table       *initiativesTable
	tab         nav.HomeTab
	sList       listwindow.Window // over sessions
	confirmDel  bool              // deleting a session asks first
	notice      string            // a refusal under the sessions list
	width       int
	height      int
	owner       nav.Owner
	deleting    bool          // a session is being deleted
	public      *publicExport // the public list for the vote (public.go)
	// resumeAsked: the first load looked for a session in progress; the
	// offer to go back to it is for the start-up only, not every return.
	resumeAsked bool
	resume      *store.Resume // the offer showing, nil when none
	generation  uint64        // the store's generation the data was read at
	more        []uint64      // initiatives still being read after the first screenful (firstscreen.go)
	restSeq     uint64        // the latest reading of more
}

type homeLoadedMsg struct {
	empty       bool
	campaign    store.Campaign
	hasCampaign bool
	grid        *scoring.Grid
	initiatives []store.Initiative
	table       *tableData
	sessions    []sessionRow
	resume      *store.Resume
	generation  uint64
	more        []uint64
	err         error
}

type demoLoadedMsg struct{ err error }

type sessionDeletedMsg struct{ err error }

func New(ctx *context.Context) *Model {
	m := &Model{ctx: ctx, keys: newHomeKeys(ctx), table: newInitiativesTable(ctx), owner: ctx.NewOwner(), width: 80, height: 22}
	m.public = newPublicExport(ctx, m.owner)
	return m
}

// SetTab shows a tab: the root brings the same home back on the tab the
// previous screen asked for.
func (m *Model) SetTab(t nav.HomeTab) { m.tab = t }

// Init loads the home data; coming back to a loaded home, it reads only
// what was written since (refresh).
func (m *Model) Init() tea.Cmd {
	if m.state == homeReady && m.err == nil && m.generation > 0 && !m.loadingRest() {
		return m.refresh()
	}
	return m.load()
}

// refresh brings the loaded campaign up to date with the writes made since
// it was read: the initiatives written, the sessions when one changed; a
// change of campaign, or a home too far behind, reloads everything.
func (m *Model) refresh() tea.Cmd {
	s, text := m.ctx.Store, m.ctx.Text
	c, g, gen := m.campaign, m.grid, m.generation
	inits, sessions, table := m.initiatives, m.sessions, m.table.data
	full := m.reader()
	return nav.Background(m.owner, func() tea.Msg {
		u, err := s.CampaignOverviewSince(gen, c.ID)
		if err != nil {
			return homeLoadedMsg{err: err}
		}
		if !u.Changes.Complete {
			return full()
		}
		if len(u.Changes.Initiatives) == 0 && !u.Changes.Other {
			return homeUnchangedMsg{generation: u.Changes.Generation}
		}
		msg := homeLoadedMsg{campaign: c, hasCampaign: true, grid: g, sessions: sessions, generation: u.Changes.Generation}
		msg.initiatives = patchInitiatives(inits, u.Changes.Initiatives, u.Initiatives)
		if u.Sessions != nil {
			msg.sessions = sessionRows(u.Sessions)
		}
		changed := make(map[uint64]bool, len(u.Changes.Initiatives))
		for _, id := range u.Changes.Initiatives {
			changed[id] = true
		}
		msg.table = patchTableData(table, msg.initiatives, changed, c, g, text)
		return msg
	})
}

// homeUnchangedMsg: nothing was written since the home was read.
type homeUnchangedMsg struct{ generation uint64 }

// patchInitiatives is old (sorted by id) with the initiatives of changed
// replaced by their new records, or dropped when absent from fresh (deleted
// or moved to another campaign); old itself is left as it was.
func patchInitiatives(old []store.Initiative, changed []uint64, fresh []store.Initiative) []store.Initiative {
	gone := make(map[uint64]bool, len(changed))
	for _, id := range changed {
		gone[id] = true
	}
	out := make([]store.Initiative, 0, len(old)+len(fresh))
	for _, in := range old {
		if !gone[in.ID] {
			out = append(out, in)
		}
	}
	out = append(out, fresh...)
	slices.SortFunc(out, func(a, b store.Initiative) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func sessionRows(ps []store.SessionProgress) []sessionRow {
	rows := make([]sessionRow, len(ps))
	for i, p := range ps {
		rows[i] = sessionRow{session: p.Session, decided: p.Decided}
	}
	return rows
}

func (m *Model) load() tea.Cmd { return nav.Background(m.owner, m.reader()) }

// reader reads the whole overview, for the first load and a reload.
func (m *Model) reader() func() tea.Msg {
	s := m.ctx.Store
	override := m.ctx.Grid
	text := m.ctx.Text
	askResume := !m.resumeAsked
	m.resumeAsked = true
	return func() tea.Msg {
		o, err := s.CampaignOverviewFirst(override, firstScreenful)
		if errors.Is(err, store.ErrNotFound) {
			return homeLoadedMsg{empty: true}
		}
		if err != nil {
			return homeLoadedMsg{err: err}
		}
		msg := homeLoadedMsg{campaign: o.Campaign, hasCampaign: true, grid: o.Grid, initiatives: o.Initiatives,
			sessions: sessionRows(o.Sessions), generation: o.Generation, more: o.More,
			table: newTableData(o.Initiatives, o.Campaign, o.Grid, text)}
		if askResume {
			r, ok, err := s.InProgress()
			if err != nil {
				return homeLoadedMsg{err: err}
			}
			if ok {
				msg.resume = &r
			}
		}
		return msg
	}
}

func (m *Model) loadDemo() tea.Cmd {
	s := m.ctx.Store
	g := m.ctx.Grid
	return nav.Background(m.owner, func() tea.Msg {
		_, err := demo.Load(s, g)
		return demoLoadedMsg{err: err}
	})
}

// Capturing: the initiatives' filter field is taking text.
func (m *Model) Capturing() bool {
	return m.public.capturing() || m.state == homeReady && m.tab == nav.TabInitiatives && m.table.Capturing()
}

// homeHeaderLines are the campaign, counts and tabs lines above the lists.
const homeHeaderLines = 3

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.public.setWidth(w)
	m.fitLists()
}

// headerLines are the lines above the lists: the offer to resume takes one
// while it shows, counts too long for the width one more each.
func (m *Model) headerLines() int {
	n := homeHeaderLines + max(len(m.countsLines()), 1) - 1
	if m.resume != nil {
		return n + 1
	}
	return n
}

// fitLists gives both lists the room under the header.
func (m *Model) fitLists() {
	m.table.SetSize(m.width, max(m.height-m.headerLines(), 3))
	m.fitSessions()
}

func (m *Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	s, cmd := m.update(msg)
	m.fitSessions()
	return s, cmd
}

// fitSessions gives the sessions list the lines under its column header,
// less the question or the refusal below it; they come and go with the
// keys, so it runs after every update.
func (m *Model) fitSessions() {
	foot := 0
	if m.confirmDel {
		foot += 2
	}
	if m.notice != "" {
		foot += 2
	}
	m.sList.SetSize(m.height - m.headerLines() - 1 - foot)
}

func (m *Model) update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	if cmd, ok := m.public.update(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case homeLoadedMsg:
		m.err = msg.err
		m.more, m.table.loading = nil, false
		switch {
		case msg.err != nil:
			m.state = homeReady
		case msg.empty:
			m.state = homeOfferDemo
		default:
			m.state = homeReady
			m.campaign, m.grid, m.initiatives, m.sessions = msg.campaign, msg.grid, msg.initiatives, msg.sessions
			m.generation = msg.generation
			m.sList.SetLen(len(m.sessions))
			m.counts = m.countParts()
			m.table.setData(msg.table)
			m.resume = msg.resume
			m.fitLists()
			if len(msg.more) > 0 {
				return m, m.awaitRest(msg.more)
			}
		}
		return m, nil
	case restDueMsg:
		return m, m.loadRest(msg.seq)
	case homeRestMsg:
		m.restLoaded(msg)
		return m, nil
	case homeUnchangedMsg:
		m.generation = msg.generation
		return m, nil
	case sessionDeletedMsg:
		m.deleting = false
		if msg.err != nil {
			m.notice = m.ctx.Text.Error(msg.err)
			return m, nil
		}
		return m, m.load()
	case demoLoadedMsg:
		m.busy = ""
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		return m, m.load()
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.Capturing() {
			return m, m.table.Update(msg)
		}
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	k := m.keys
	if m.state == homeOfferDemo {
		switch {
		case key.Matches(msg, k.Demo):
			m.busy = m.ctx.T("home.demo_loading")
			return m, m.loadDemo()
		case key.Matches(msg, k.NoDemo):
			m.state = homeNoCampaign
		}
		return m, nil
	}
	if m.state == homeNoCampaign {
		switch {
		case key.Matches(msg, k.NewCampaign):
			return m, func() tea.Msg { return nav.NewCampaign{} }
		case key.Matches(msg, k.Import):
			return m, func() tea.Msg { return nav.ImportCSV{} }
		case key.Matches(msg, k.Members):
			return m, func() tea.Msg { return nav.OpenMembers{} }
		}
		return m, nil
	}
	if m.state != homeReady {
		return m, nil
	}
	if m.resume != nil {
		r := m.resume
		m.resume = nil
		m.fitLists()
		switch {
		case key.Matches(msg, k.Resume):
			return m, nav.To(nav.OpenScoring{SessionID: r.Session.ID, Index: r.Index})
		case key.Matches(msg, k.NoResume):
			return m, nil
		}
		// Any other key: the secretary has moved on; it acts as usual.
	}
	if m.Capturing() {
		return m, m.table.Update(msg)
	}
	switch {
	case key.Matches(msg, k.Tab):
		m.tab = 1 - m.tab
		return m, nil
	case key.Matches(msg, k.Members):
		return m, func() tea.Msg { return nav.OpenMembers{} }
	case key.Matches(msg, k.Import):
		return m, func() tea.Msg { return nav.ImportCSV{} }
	case key.Matches(msg, k.Settings):
		return m, func() tea.Msg { return nav.CampaignSettings{} }
	case key.Matches(msg, m.public.keys.Open) && m.campaign.ID != "":
		return m, m.public.open(m.campaign.ID)
	case key.Matches(msg, k.Stats):
		return m, nav.To(nav.OpenStats{})
	case key.Matches(msg, k.NewSession) && m.tab == nav.TabInitiatives:
		// The guide's « n préparer une séance » holds on both tabs; the
		// session prepared is then found on its own tab.
		m.tab = nav.TabSessions
		return m, func() tea.Msg { return nav.PrepareSession{} }
	}
	if m.tab == nav.TabSessions {
		if m.confirmDel {
			m.confirmDel = false
			if se, ok := m.selectedSession(); ok && key.Matches(msg, k.Yes) {
				id, s := se.ID, m.ctx.Store
				m.deleting = true
				return m, nav.Background(m.owner, func() tea.Msg { return sessionDeletedMsg{err: s.DeleteSession(id)} })
			}
			return m, nil
		}
		m.notice = ""
		switch {
		case key.Matches(msg, k.DeleteSession):
			_, m.confirmDel = m.selectedSession()
		case key.Matches(msg, k.Up):
			m.sList.Up()
		case key.Matches(msg, k.Down):
			m.sList.Down()
		case key.Matches(msg, k.Open):
			if se, ok := m.selectedSession(); ok {
				id := se.ID
				return m, func() tea.Msg { return nav.OpenSession{ID: id} }
			}
		case key.Matches(msg, k.NewSession):
			return m, func() tea.Msg { return nav.PrepareSession{} }
		case key.Matches(msg, k.Prepare):
			if se, ok := m.selectedSession(); ok {
				if se.Sealed() {
					m.notice = m.ctx.T("session.sealed_readonly")
					return m, nil
				}
				return m, func() tea.Msg { return nav.PrepareSession{ID: se.ID, FromHome: true} }
			}
		}
		return m, nil
	}
	return m, m.table.Update(msg)
}

// selectedSession is the session under the cursor on the Sessions tab.
func (m *Model) selectedSession() (store.Session, bool) {
	if i := m.sList.Cursor(); i < len(m.sessions) {
		return m.sessions[i].session, true
	}
	return store.Session{}, false
}

// Help lists the bindings that make sense in the current state; the offer
// to resume comes first while it shows, the other keys still act.
func (m *Model) Help() help.KeyMap {
	h := m.stateHelp()
	if m.state != homeReady || m.resume == nil {
		return h
	}
	offer := []key.Binding{m.keys.Resume, m.keys.NoResume}
	full := [][]key.Binding{offer}
	for _, col := range h.FullHelp() {
		full = append(full, notTakenBy(offer, col))
	}
	return keys.Help{Short: append(offer, notTakenBy(offer, h.ShortHelp())...), Full: full}
}

// notTakenBy leaves out the bindings whose keys the offer answers to (enter
// resumes rather than opening), so the help never says two things of a key.
func notTakenBy(offer, bs []key.Binding) []key.Binding {
	var out []key.Binding
	for _, b := range bs {
		taken := slices.ContainsFunc(b.Keys(), func(k string) bool {
			return slices.ContainsFunc(offer, func(o key.Binding) bool { return slices.Contains(o.Keys(), k) })
		})
		if !taken {
			out = append(out, b)
		}
	}
	return out
}

func (m *Model) stateHelp() help.KeyMap {
	k := m.keys
	switch m.state {
	case homeOfferDemo:
		return keys.List{k.Demo, k.NoDemo}
	case homeNoCampaign:
		return keys.List{k.NewCampaign, k.Import, k.Members}
	case homeReady:
		if m.public.active() {
			return m.public.help()
		}
		if m.tab == nav.TabSessions && m.confirmDel {
			return keys.List{k.Yes, k.No}
		}
		if m.tab == nav.TabSessions {
			return keys.Help{Short: []key.Binding{k.Open, k.NewSession, k.Prepare, k.Tab, k.Members},
				Full: [][]key.Binding{{k.Up, k.Down, k.Open}, {k.NewSession, k.Prepare, k.DeleteSession}, {k.Tab, k.Members, k.Import, k.Settings, k.Stats, m.public.keys.Open}}}
		}
		return m.table.Help([]key.Binding{k.Tab, k.Members, k.Import, k.Stats}, []key.Binding{k.Tab, k.NewSession, k.Members, k.Import, k.Settings, k.Stats, m.public.keys.Open})
	}
	return keys.List{}
}

func (m *Model) View() string {
	c := m.ctx
	st := c.Styles
	var b strings.Builder
	switch {
	case m.busy != "":
		b.WriteString(st.Title.Render("essradar") + "\n\n" + m.busy)
	case m.err != nil:
		b.WriteString(st.Title.Render("essradar") + "\n\n" + st.Error.Render(c.T("error.prefix")) + " " + c.Text.Error(m.err))
	case m.state == homeLoading:
		b.WriteString(st.Title.Render("essradar") + "\n\n" + st.Muted.Render(c.T("home.loading")))
	case m.state == homeOfferDemo:
		b.WriteString(st.Title.Render("essradar") + "\n\n" + m.about() + "\n\n")
		b.WriteString(strings.Join(layout.WrapLines(c.T("home.empty"), m.width, 0), "\n") + "\n\n")
		b.WriteString(strings.Join(layout.WrapLines(st.Subtitle.Render(c.T("home.offer_demo")), m.width, 0), "\n") + "\n")
		b.WriteString(strings.Join(layout.WrapLines(st.Muted.Render(c.T("home.offer_demo_detail")), m.width, 0), "\n"))
	case m.state == homeNoCampaign:
		b.WriteString(st.Title.Render("essradar") + "\n\n" + m.about() + "\n\n")
		b.WriteString(wrapEachLine(c.T("home.no_campaign"), m.width))
	default:
		m.viewReady(&b)
	}
	return b.String()
}

// about says what essradar is for and where its guide is: a secretary
// opening it for the first time has nothing else to go on.
func (m *Model) about() string {
	return m.ctx.Styles.Muted.Render(wrapEachLine(m.ctx.T("home.about"), m.width))
}

// wrapEachLine wraps a catalogue text line by line, keeping the lines and
// blank lines it was written with.
func wrapEachLine(text string, w int) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l == "" {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, layout.WrapLines(l, w, 0)...)
	}
	return strings.Join(lines, "\n")
}

func (m *Model) viewReady(b *strings.Builder) {
	c := m.ctx
	st := c.Styles
	w := m.width
	gridInfo := ""
	if m.grid != nil {
		gridInfo = c.T("home.grid", m.grid.ID, m.grid.Version)
	}
	title := st.Title.Render("essradar") + " · " + st.Subtitle.Render(plaintext.Line(m.campaign.Name))
	b.WriteString(layout.Fit(title+"  "+st.Muted.Render(gridInfo), w) + "\n")
	for _, l := range m.countsLines() {
		b.WriteString(layout.Fit(l, w) + "\n")
	}
	b.WriteString(layout.Fit(m.tabsLine(), w) + "\n")
	if m.resume != nil {
		b.WriteString(m.resumeLine() + "\n")
	}
	if m.public.active() {
		b.WriteString(m.public.view(w))
		return
	}
	if m.tab == nav.TabSessions {
		m.viewSessions(b)
		return
	}

	b.WriteString(m.table.View())
}

func (m *Model) tabsLine() string {
	c := m.ctx
	st := c.Styles
	tabs := []string{c.T("home.tab_initiatives", c.Text.Count(m.initiativeCount())), c.T("home.tab_sessions", c.Text.Count(len(m.sessions)))}
	for i, t := range tabs {
		if nav.HomeTab(i) == m.tab {
			tabs[i] = st.Selected.Render(" " + t + " ")
		} else {
			tabs[i] = st.Muted.Render(" " + t + " ")
		}
	}
	return strings.Join(tabs, " ") + st.Muted.Render("  "+c.T("home.tab_hint"))
}

func (m *Model) viewSessions(b *strings.Builder) {
	c := m.ctx
	st := c.Styles
	w := m.width
	if len(m.sessions) == 0 {
		b.WriteString(st.Muted.Render(c.T("home.no_sessions")))
		return
	}
	dateW, terrW, stateW := 11, 14, 24
	placeW := max(w-dateW-terrW-stateW-5, 10)
	header := " " + layout.Fit(c.T("col.date"), dateW) + " " + layout.Fit(c.T("col.territory"), terrW) + " " + layout.Fit(c.T("col.place"), placeW) + " " + layout.Fit(c.T("col.progress"), stateW)
	b.WriteString(st.Header.Render(layout.Fit(header, w)) + "\n")
	start, end := m.sList.Visible()
	for i := start; i < end; i++ {
		r := m.sessions[i]
		se := r.session
		state := c.Text.N(len(se.Agenda), "home.session_open", r.decided)
		if se.Sealed() {
			state = c.Text.N(len(se.Agenda), "home.session_closed", r.decided)
		}
		row := layout.Fit(" "+layout.Fit(c.Text.Date(se.Date), dateW)+" "+layout.Fit(plaintext.Line(se.Territory), terrW)+" "+layout.Fit(plaintext.Line(se.Place), placeW)+" "+layout.Fit(state, stateW), w)
		if i == m.sList.Cursor() {
			row = st.Selected.Render(row)
		}
		b.WriteString(row)
		if i < end-1 {
			b.WriteString("\n")
		}
	}
	if se, ok := m.selectedSession(); ok && m.confirmDel {
		b.WriteString("\n\n" + st.Warning.Render(c.T("home.confirm_delete_session", c.Text.Date(se.Date), plaintext.Line(se.Territory))))
	}
	if m.notice != "" {
		b.WriteString("\n\n" + st.Warning.Render(m.notice))
	}
}

// countParts sums the initiatives by status, in the order of the process.
func (m *Model) countParts() []string {
	c := m.ctx
	counts := map[store.Status]int{}
	for _, in := range m.initiatives {
		counts[in.Status]++
	}
	parts := []string{c.Text.N(m.initiativeCount(), "home.count")}
	if m.loadingRest() {
		// Counts by status would be the first screenful's: wrong.
		return []string{parts[0] + " · " + c.T("home.loading_rest")}
	}
	for _, s := range statusOrder {
		if n := counts[s]; n > 0 {
			parts = append(parts, c.Text.StatusCount(s, n))
		}
	}
	return parts
}

// countsLines lays the counts out for the width, going to the next line
// between two counts rather than cutting one: "1 r…" said nothing.
func (m *Model) countsLines() []string {
	if len(m.counts) == 0 {
		return nil
	}
	if len(m.counts) == 1 {
		return []string{m.counts[0]}
	}
	const sep = " · "
	line := m.ctx.T("home.counts", m.counts[0], m.counts[1])
	var lines []string
	for _, p := range m.counts[2:] {
		if lipgloss.Width(line+sep+p) > m.width {
			lines = append(lines, line)
			line = "  " + p
			continue
		}
		line += sep + p
	}
	return append(lines, line)
}

var statusOrder = []store.Status{store.StatusSubmitted, store.StatusLabelled, store.StatusDeferred, store.StatusNotRetained, store.StatusWithdrawn}

// Owner names the home for the work it starts in the background; the root
// keeps the same home for the whole run.
func (m *Model) Owner() nav.Owner { return m.owner }

// Busy says the demo or a session deletion is being written.
func (m *Model) Busy() string {
	if m.busy != "" || m.deleting || m.public.busy() {
		return m.ctx.T("busy.saving")
	}
	return ""
}

// resumeLine offers to go back to the item in progress, its keys said when
// they fit (the help line says them anyway).
func (m *Model) resumeLine() string {
	c := m.ctx
	st := c.Styles
	r := m.resume
	q := c.T("resume.offer", c.Text.Date(r.Session.Date), plaintext.Line(r.Session.Territory), plaintext.Line(r.Initiative.Title))
	line := st.Warning.Render(q)
	if withKeys := line + " " + st.Muted.Render(c.T("resume.offer_keys")); lipgloss.Width(withKeys) <= m.width {
		line = withKeys
	}
	return layout.Fit(line, m.width)
}

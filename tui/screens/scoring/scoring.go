package scoring

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/dialogs"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/loading"
	"essradar/tui/nav"
	"essradar/tui/radar"
	"essradar/tui/savequeue"
)

type scoringKeys struct {
	Up, Down, Lower, Raise, Clear, NotApplicable key.Binding
	Digits, Note, Tab, Decide, Reopen, Recuse    key.Binding
	NextItem, PrevItem, Present, Median, Back    key.Binding
}

func newScoringKeys(c *context.Context, max int) scoringKeys {
	t := c.Text
	digits := make([]string, 0, max+1)
	for i := 0; i <= max && i <= 9; i++ {
		digits = append(digits, fmt.Sprint(i))
	}
	return scoringKeys{
		Up:            keys.Relabel(t, c.Keys.Up, "key.prev_marker"),
		Down:          keys.Relabel(t, c.Keys.Down, "key.next_marker"),
		Lower:         keys.New(t, "←/h", "key.lower", "left", "h"),
		Raise:         keys.New(t, "→/l", "key.raise", "right", "l"),
		Digits:        keys.New(t, fmt.Sprintf("0–%d", min(max, 9)), "key.set_score", digits...),
		Clear:         keys.New(t, "x", "key.clear", "x", "delete", "backspace"),
		NotApplicable: keys.New(t, "-", "key.not_applicable", "-"),
		Note:          keys.New(t, "n", "key.note", "n"),
		Tab:           keys.Relabel(t, c.Keys.Tab, "key.radar_pane"),
		Decide:        keys.New(t, "d", "key.decide", "d"),
		Reopen:        keys.New(t, "o", "key.reopen", "o"),
		Recuse:        keys.New(t, "r", "key.recusals", "r"),
		NextItem:      keys.New(t, "pg↓/>", "key.next_item", "pgdown", ">"),
		PrevItem:      keys.New(t, "pg↑/<", "key.prev_item", "pgup", "<"),
		Present:       keys.New(t, "p", "key.presentation", "p"),
		Median:        keys.New(t, "m", "key.median", "m"),
		Back:          c.Keys.Back,
	}
}

// scoringKeyMap feeds the help view.
type scoringKeyMap struct{ k scoringKeys }

func (s scoringKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{s.k.Digits, s.k.Decide, s.k.Present, s.k.Back}
}

func (s scoringKeyMap) FullHelp() [][]key.Binding {
	k := s.k
	// Two columns (the global keys join the second), so it fits 80.
	return [][]key.Binding{
		{k.Up, k.Down, k.Digits, k.Lower, k.Raise, k.Clear, k.NotApplicable, k.Note, k.Recuse},
		{k.Decide, k.Reopen, k.Median, k.Present, k.NextItem, k.PrevItem, k.Tab, k.Back},
	}
}

// Save state of the evaluation shown on screen.
type evalSavedMsg struct {
	ev  store.Evaluation
	in  store.Initiative // as the store left it, when readErr is nil
	err error
	// readErr: saved, but the initiative could not be read back; the
	// screen keeps the status it had.
	readErr error
}

// recusalsSavedMsg: the session's recusals, changed from this screen, were
// written (or not).
type recusalsSavedMsg struct {
	session store.Session
	err     error
}

type retrySaveMsg struct{ initiativeID uint64 }

type amendSavedMsg struct {
	a   store.Amendment
	err error
}

// retryDelay is how long a failed save waits before it is tried again.
const retryDelay = 2 * time.Second

// Model is the screen kept open during the whole meeting: the
// questionnaire, the live radar, the category scores and the proposal.
type Model struct {
	ctx   *context.Context
	keys  scoringKeys
	b     *store.SessionSheet
	index int // agenda position
	refs  []scoring.MarkerRef

	ev    store.Evaluation // what the screen shows
	saved store.Evaluation // what the store confirmed
	// One save at a time, so that an older state can never land after a newer
	// one; changes made meanwhile are sent when it returns.
	inflight bool
	dirty    bool
	saveErr  error
	notice   string

	cursor     int
	radarPane  bool // tab: the radar alone, the whole width
	present    bool
	showMedian bool
	// groupsFit remembers, for one chart size, whether the categories fit
	// around the chart: asked once per size, not on every frame.
	groupsFit struct {
		w, h    int
		fit, ok bool
	}
	// markerRows remembers markerLines for one width: every marker's text
	// is wrapped to find it, once per size rather than every frame.
	markerRows struct {
		w, n  int
		roomy bool
	}
	// proposalRows remembers proposalLines for one width.
	proposalRows struct{ w, n int }

	note     *textinput.Model
	decision *decisionDialog
	recusals *dialogs.Recusal
	owner    nav.Owner
	amending bool // an amendment is being written
	// sessionWrites orders the writes of the recusals recorded here.
	sessionWrites *savequeue.Queue[store.Session]
	width         int
	height        int
}

// newScoring reads the session, then scores its agenda item at index.
func New(ctx *context.Context, sessionID uint64, index int) nav.Screen {
	s := ctx.Store
	return loading.New(ctx, func() (nav.Screen, error) {
		b, err := s.SessionSheet(sessionID)
		if err != nil {
			return nil, err
		}
		return newScoringOn(ctx, b, index), nil
	})
}

func newScoringOn(ctx *context.Context, b *store.SessionSheet, index int) *Model {
	m := &Model{ctx: ctx, b: b, refs: b.Grid.Markers(), keys: newScoringKeys(ctx, b.Grid.Scale.Max), owner: ctx.NewOwner(), width: 80, height: 23}
	m.sessionWrites = savequeue.New(b.Session)
	m.load(index)
	return m
}

// load shows another agenda item; the bundle already holds its evaluation.
func (m *Model) load(index int) {
	m.index = index
	id := m.b.Session.Agenda[index]
	ev, ok := m.b.Evals[id]
	if !ok {
		ev = store.Evaluation{SessionID: m.b.Session.ID, InitiativeID: id, Grid: m.b.Grid.Ref()}
	}
	ev.Scores = ev.Scores.Clone()
	if ev.Notes == nil {
		ev.Notes = map[string]string{}
	}
	m.ev, m.saved = ev, ev
	m.saved.Scores = ev.Scores.Clone()
	m.cursor, m.notice, m.saveErr = m.firstUnscored(), "", nil
	m.note, m.decision, m.recusals = nil, nil, nil
}

// firstUnscored is where an item reopens: its first marker neither scored
// nor « non concerné », so the committee picks up where it stopped; the
// first marker when every one is answered.
func (m *Model) firstUnscored() int {
	for i, r := range m.refs {
		if _, ok := m.ev.Scores[r.Marker.ID]; !ok {
			return i
		}
	}
	return 0
}

// Init: the bundle is already loaded by the session screen.
func (m *Model) Init() tea.Cmd { return nil }

func (m *Model) initiative() store.Initiative { return m.b.Initiatives[m.ev.InitiativeID] }

func (m *Model) Capturing() bool {
	return m.note != nil || (m.decision != nil && m.decision.Capturing()) || (m.recusals != nil && m.recusals.Capturing())
}

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.decision != nil {
		m.decision.SetWidth(w)
	}
}

// presentKey is p as the help says it: in the presentation view, p leaves it.
func (m *Model) presentKey() key.Binding {
	if m.present {
		return keys.Relabel(m.ctx.Text, m.keys.Present, "key.presentation_leave")
	}
	return m.keys.Present
}

func (m *Model) Help() help.KeyMap {
	k := m.keys
	k.Present = m.presentKey()
	// The presentation view is the radar already: tab does nothing there.
	k.Tab.SetEnabled(!m.present)
	switch {
	case m.decision != nil:
		return m.decision.Help()
	case m.recusals != nil:
		return m.recusals.Help()
	case m.note != nil:
		return keys.List{m.ctx.Keys.Record, m.ctx.Keys.Cancel}
	case m.b.Session.Sealed():
		return keys.Help{Short: []key.Binding{k.Decide, k.Present, k.Back},
			Full: [][]key.Binding{{k.Up, k.Down, k.NextItem, k.PrevItem}, {k.Decide, k.Present, k.Median, k.Back}}}
	case m.present:
		// The room watches the scoring here: the help line names the keys
		// the secretary types while the committee speaks.
		// pg↓ calls the next item in: short words, so it fits beside the
		// scoring keys at 80 columns.
		t := m.ctx.Text
		next := keys.New(t, "pg↓", "key.next_item_short", k.NextItem.Keys()...)
		prev := keys.New(t, "pg↑", "key.prev_item_short", k.PrevItem.Keys()...)
		return keys.Help{Short: []key.Binding{k.Digits, k.NotApplicable, k.Decide, next, prev, k.Back},
			Full: scoringKeyMap{k}.FullHelp()}
	}
	return scoringKeyMap{m.keys}
}

// locked says why scores cannot change right now, or "".
func (m *Model) locked() string {
	switch {
	case m.b.Session.Sealed():
		return m.ctx.T("scoring.sealed")
	case m.ev.Decision != nil:
		return m.ctx.T("scoring.decided")
	}
	return ""
}

// changed records a change on screen and saves it.
func (m *Model) changed() tea.Cmd {
	m.dirty = true
	m.b.Evals[m.ev.InitiativeID] = m.ev
	if m.inflight {
		return nil
	}
	return m.flush()
}

func (m *Model) flush() tea.Cmd {
	m.inflight, m.dirty = true, false
	ev := cloneEvaluation(m.ev)
	s := m.ctx.Store
	return nav.Background(m.owner, func() tea.Msg { return saveEvaluation(s, ev) })
}

// writeSession writes the session's recusals changed from this screen; one
// write at a time (sessionWrites).
func (m *Model) writeSession(se store.Session) tea.Cmd {
	s := m.ctx.Store
	return nav.Background(m.owner, func() tea.Msg { return recusalsSavedMsg{session: se, err: s.PutSession(se)} })
}

// cloneEvaluation copies an evaluation with maps of its own, so the copy
// sent to the store (or kept as saved) never changes under the screen's edits.
func cloneEvaluation(ev store.Evaluation) store.Evaluation {
	ev.Scores = ev.Scores.Clone()
	notes := make(map[string]string, len(ev.Notes))
	for k, v := range ev.Notes {
		notes[k] = v
	}
	ev.Notes = notes
	return ev
}

// saveEvaluation writes the evaluation (the store sets the initiative's
// status from its decision in the same transaction) and reads the
// initiative back, so the screen shows the status the store decided.
func saveEvaluation(s *store.Store, ev store.Evaluation) evalSavedMsg {
	if err := s.PutEvaluation(ev); err != nil {
		return evalSavedMsg{ev: ev, err: err}
	}
	in, err := s.Initiative(ev.InitiativeID)
	return evalSavedMsg{ev: ev, in: in, readErr: err}
}

func (m *Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case evalSavedMsg:
		m.inflight = false
		if msg.err != nil {
			if store.Refused(msg.err) {
				// The rules refuse it (a sealed session, a withdrawn
				// initiative…): trying again cannot help. The screen goes
				// back to what the store holds and says why.
				m.ev, m.dirty, m.saveErr = cloneEvaluation(m.saved), false, nil
				m.notice = m.ctx.T("error.prefix") + " " + m.ctx.Text.Error(msg.err)
				return m, nil
			}
			m.saveErr = msg.err
			m.dirty = true
			id := m.ev.InitiativeID
			return m, nav.Background(m.owner, nav.Later(retryDelay, retrySaveMsg{initiativeID: id}))
		}
		m.saveErr = nil
		m.saved = msg.ev
		if msg.readErr == nil {
			m.b.Initiatives[msg.ev.InitiativeID] = msg.in
		}
		return m, m.flushIfDirty()
	case retrySaveMsg:
		if msg.initiativeID == m.ev.InitiativeID {
			return m, m.flushIfDirty()
		}
		return m, nil
	case amendSavedMsg:
		m.amending = false
		if msg.err != nil {
			m.notice = m.ctx.T("error.prefix") + " " + m.ctx.Text.Error(msg.err)
			return m, nil
		}
		m.b.Amendments[msg.a.InitiativeID] = append(m.b.Amendments[msg.a.InitiativeID], msg.a)
		m.notice = m.ctx.T("scoring.amended")
		return m, nil
	case recusalsSavedMsg:
		next := m.sessionWrites.Done(msg.session, msg.err)
		if msg.err != nil {
			m.b.Session = m.sessionWrites.Saved()
			m.notice = m.ctx.T("error.prefix") + " " + m.ctx.Text.Error(msg.err)
			return m, nil
		}
		if next != nil {
			return m, m.writeSession(*next)
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.note != nil {
			var cmd tea.Cmd
			*m.note, cmd = m.note.Update(msg)
			return m, cmd
		}
	}
	if m.decision != nil {
		_, _, _, cmd := m.decision.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) flushIfDirty() tea.Cmd {
	if m.dirty && !m.inflight {
		return m.flush()
	}
	return nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	k := m.keys
	switch {
	case m.decision != nil:
		return m.updateDecision(msg)
	case m.recusals != nil:
		done, changed := m.recusals.Update(msg, &m.b.Session)
		if done {
			m.recusals = nil
		}
		if changed && m.sessionWrites.Push(m.b.Session) {
			return m, m.writeSession(m.b.Session)
		}
		return m, nil
	case m.note != nil:
		return m.updateNote(msg)
	}
	m.notice = ""
	switch {
	case key.Matches(msg, k.Back):
		if m.present {
			m.present = false
			return m, nil
		}
		// A save still on its way may be left to land in the background
		// (the root keeps this screen until it does); a failed one may not:
		// the secretary must see it through.
		if m.saveErr != nil || m.amending {
			m.pending()
			return m, nil
		}
		id, idx := m.b.Session.ID, m.index
		return m, func() tea.Msg { return nav.OpenSession{ID: id, Cursor: idx} }
	case key.Matches(msg, k.Present):
		m.present = !m.present
		return m, nil
	case key.Matches(msg, k.Median):
		m.showMedian = !m.showMedian
		if m.showMedian && m.b.MedianOf == 0 {
			m.notice = m.ctx.T("scoring.no_median")
		}
		return m, nil
	case key.Matches(msg, k.NextItem), key.Matches(msg, k.PrevItem):
		if m.pending() {
			return m, nil
		}
		next := m.index + 1
		if key.Matches(msg, k.PrevItem) {
			next = m.index - 1
		}
		if next >= 0 && next < len(m.b.Session.Agenda) {
			m.load(next)
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, len(m.refs)-1)
	case key.Matches(msg, k.Tab) && !m.present:
		m.radarPane = !m.radarPane
	case key.Matches(msg, k.Digits):
		v := int(msg.Code - '0')
		return m, m.setScore(v, true)
	case key.Matches(msg, k.Lower), key.Matches(msg, k.Raise):
		cur, ok := m.ev.Scores[m.refs[m.cursor].Marker.ID]
		step := 1
		if key.Matches(msg, k.Lower) {
			step = -1
		}
		g := m.b.Grid
		// The hand reads the answers as a row, « no number » left of the
		// scale's first level: → from « non concerné » or « non noté »
		// starts the scale at its first level, ← has nothing to lower and
		// says so (it used to jump to the top, which nobody expected).
		switch {
		case (!ok || cur == scoring.NotApplicable) && step < 0:
			if why := m.locked(); why != "" {
				m.notice = why
				return m, nil
			}
			m.notice = m.ctx.T("scoring.lower_nothing")
			return m, nil
		case !ok || cur == scoring.NotApplicable:
			cur = g.Scale.Min
		default:
			cur = min(max(cur+step, g.Scale.Min), g.Scale.Max)
		}
		return m, m.setScore(cur, false)
	case key.Matches(msg, k.Clear):
		return m, m.setScore(unscoredValue, false)
	case key.Matches(msg, k.NotApplicable):
		return m, m.setScore(scoring.NotApplicable, true) // moves on like a digit
	case key.Matches(msg, k.Note):
		if why := m.locked(); why != "" {
			m.notice = why
			return m, nil
		}
		ti := context.NewTextInput()
		ti.Prompt = "› "
		ti.CharLimit = 500
		ti.SetWidth(max(m.width-6, 10))
		ti.SetValue(plaintext.Clean(m.ev.Notes[m.refs[m.cursor].Marker.ID], false))
		ti.CursorEnd()
		m.note = &ti
		return m, m.note.Focus()
	case key.Matches(msg, k.Recuse):
		if m.b.Session.Sealed() {
			m.notice = m.ctx.T("session.sealed_readonly")
			return m, nil
		}
		m.recusals = dialogs.NewRecusal(m.ctx, m.b, m.ev.InitiativeID)
	case key.Matches(msg, k.Decide):
		amend := m.b.Session.Sealed()
		if amend && m.ev.Decision == nil {
			m.notice = m.ctx.T("session.sealed_readonly")
			return m, nil
		}
		m.decision = newDecisionDialog(m.ctx, m.b.Grid, m.ev.Scores, m.currentDecision(), m.b.Voters(m.ev.InitiativeID), amend, m.width)
		m.decision.campaign, m.decision.amountCents = m.b.Campaign, m.initiative().AmountCents
	case key.Matches(msg, k.Reopen):
		switch {
		case m.b.Session.Sealed():
			m.notice = m.ctx.T("scoring.sealed")
		case m.ev.Decision == nil:
			m.notice = m.ctx.T("scoring.not_decided")
		default:
			m.ev.Decision = nil
			m.notice = m.ctx.T("scoring.reopened")
			return m, m.changed()
		}
	}
	return m, nil
}

// unscoredValue asks setScore to remove the answer.
const unscoredValue = math.MinInt

// setScore changes the marker under the cursor; a digit also moves to the
// next marker, so a committee can dictate a whole grid quickly.
func (m *Model) setScore(v int, advance bool) tea.Cmd {
	if why := m.locked(); why != "" {
		m.notice = why
		return nil
	}
	g := m.b.Grid
	id := m.refs[m.cursor].Marker.ID
	switch {
	case v == unscoredValue:
		if _, ok := m.ev.Scores[id]; !ok {
			return nil
		}
		delete(m.ev.Scores, id)
	case v != scoring.NotApplicable && (v < g.Scale.Min || v > g.Scale.Max):
		m.notice = m.ctx.T("scoring.off_scale", v, g.Scale.Min, g.Scale.Max)
		return nil
	default:
		m.ev.Scores[id] = v
	}
	if advance && m.cursor < len(m.refs)-1 {
		m.cursor++
	}
	return m.changed()
}

func (m *Model) updateNote(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	switch msg.String() {
	case "esc":
		m.note = nil
		return m, nil
	case "enter":
		id := m.refs[m.cursor].Marker.ID
		text := strings.TrimSpace(m.note.Value())
		m.note = nil
		if text == m.ev.Notes[id] {
			return m, nil
		}
		if text == "" {
			delete(m.ev.Notes, id)
		} else {
			m.ev.Notes[id] = text
		}
		return m, m.changed()
	}
	var cmd tea.Cmd
	*m.note, cmd = m.note.Update(msg)
	return m, cmd
}

// currentDecision is the decision in force (amendments included).
func (m *Model) currentDecision() *store.Decision { return m.b.Decision(m.ev.InitiativeID) }

func (m *Model) updateDecision(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	dec, reason, cancelled, cmd := m.decision.Update(msg)
	switch {
	case cancelled:
		m.decision = nil
	case dec != nil && m.decision.amend:
		m.decision = nil
		before := m.ev
		after := m.ev
		after.Decision = dec
		a := store.Amendment{SessionID: m.ev.SessionID, InitiativeID: m.ev.InitiativeID, Reason: reason, Before: &before, After: &after}
		s := m.ctx.Store
		m.amending = true
		return m, nav.Background(m.owner, func() tea.Msg {
			err := s.AddAmendment(&a)
			return amendSavedMsg{a: a, err: err}
		})
	case dec != nil:
		m.decision = nil
		m.ev.Decision = dec
		m.notice = m.ctx.T("scoring.decided_notice", m.ctx.Text.Decision(m.b.Grid, dec))
		return m, m.changed()
	}
	return m, cmd
}

// pending keeps the screen while a change is not yet on disk: leaving would
// drop the retry of a failed save. It says so, with the reason.
func (m *Model) pending() bool {
	switch {
	case m.saveErr != nil:
		m.notice = m.ctx.T("save.blocked_failed")
	case m.inflight || m.dirty || m.amending:
		m.notice = m.ctx.T("save.blocked_saving")
	default:
		return false
	}
	return true
}

// ---- drawing ----

func (m *Model) saveIndicator() string {
	c := m.ctx
	st := c.Styles
	switch {
	case m.saveErr != nil:
		return st.Error.Render(c.T("save.failed"))
	case m.inflight || m.dirty:
		return st.Warning.Render(c.T("save.saving"))
	}
	return st.OK.Render(c.T("save.saved"))
}

func (m *Model) chart(w, h int, showValues bool) radar.Chart {
	labels := make([]string, len(m.refs))
	vals := make([]float64, len(m.refs))
	marks := make([]string, len(m.refs))
	for i, r := range m.refs {
		labels[i] = r.Marker.ShortLabelIn(m.ctx.Text.GridLang())
		vals[i] = math.NaN()
		v, ok := m.ev.Scores[r.Marker.ID]
		switch {
		case ok && v == scoring.NotApplicable:
			marks[i] = m.ctx.T("grid.not_applicable_short")
		case ok:
			vals[i] = float64(v)
		}
	}
	series := []radar.Series{{Name: m.ctx.T("scoring.series_name"), Values: vals}}
	if m.showMedian && m.b.MedianOf > 0 {
		series = append(series, radar.Series{Name: m.ctx.Text.N(m.b.MedianOf, "scoring.median_legend"), Values: m.b.Median})
	}
	mode := radar.Braille
	if m.ctx.ASCII {
		mode = radar.ASCII
	}
	g := m.b.Grid
	return radar.Chart{Labels: labels, Max: float64(g.Scale.Max), Series: series, Width: w, Height: h,
		Mode: mode, Color: !m.ctx.NoColor, ShowValues: showValues, Highlight: m.cursor + 1, Threshold: g.Threshold, Marks: marks,
		ThresholdName: m.ctx.T("radar.threshold", m.ctx.Text.Number(g.Threshold)), Groups: m.groups()}
}

// groups are the grid's categories with their means, for the chart to name
// around itself.
func (m *Model) groups() []radar.Group {
	g := m.b.Grid
	scores := g.CategoryScores(m.ev.Scores)
	out := make([]radar.Group, len(g.Categories))
	for ci, cat := range g.Categories {
		mean := "–"
		if scores[ci].HasScore() {
			mean = m.ctx.Text.Number(scores[ci].Mean)
		}
		out[ci] = radar.Group{Name: m.ctx.Text.CategoryShort(g, cat.ID), Mean: mean, Axes: len(cat.Markers)}
	}
	return out
}

// chartBlock is the radar in w×h cells, its last row kept for the legend
// naming the series and the threshold ring by colour and glyph; the median
// joins the legend on the same row, so showing it moves nothing.
func (m *Model) chartBlock(w, h int, showValues bool) string {
	if h < 8 {
		return strings.Join(radar.Render(m.chart(w, h, showValues)), "\n")
	}
	c := m.chart(w, h-radar.SeriesLegendHeight, showValues)
	lines := radar.Render(c)
	return strings.Join(append(lines, m.legend(c)), "\n")
}

// legend names the series and the threshold; where the median's full name
// would be cut, its short one (« médiane (5 labellisées) ») keeps the count.
func (m *Model) legend(c radar.Chart) string {
	w := c.Width
	full := strings.TrimRight(radar.SeriesLegend(c), " ")
	if len(c.Series) > 1 && !strings.Contains(full, c.Series[1].Name) {
		c.Series = slices.Clone(c.Series)
		c.Series[1].Name = m.ctx.Text.N(m.b.MedianOf, "scoring.median_short")
		full = strings.TrimRight(radar.SeriesLegend(c), " ")
	}
	return lipgloss.PlaceHorizontal(w, lipgloss.Center, full)
}

// groupsAround says whether a chart block of w×h names the categories and
// their means around the radar; it depends on the size alone, so the means'
// line below the chart comes or goes with the window, never while scoring.
func (m *Model) groupsAround(w, h int) bool {
	if h < 8 {
		return false
	}
	gf := &m.groupsFit
	if gf.ok && gf.w == w && gf.h == h {
		return gf.fit
	}
	// Asked with every marker at its widest (« 4/4 ») and none highlighted,
	// so the answer is the size's, whatever is scored.
	c := m.chart(w, h-radar.SeriesLegendHeight, true)
	widest := make([]float64, len(c.Labels))
	for i := range widest {
		widest[i] = c.Max
	}
	c.Series = []radar.Series{{Values: widest}}
	c.Marks, c.Highlight = nil, 0
	gf.w, gf.h, gf.fit, gf.ok = w, h, c.GroupsFit(), true
	return gf.fit
}

func (m *Model) View() string {
	var v string
	switch {
	case m.present:
		v = m.presentationView()
	default:
		v = m.mainView()
	}
	switch {
	case m.decision != nil:
		v = layout.Overlay(v, m.decision.View(), m.width, m.height)
	case m.recusals != nil:
		v = layout.Overlay(v, m.recusals.View(), m.width, m.height)
	}
	return v
}

func (m *Model) header(w int) string {
	c := m.ctx
	st := c.Styles
	in := m.initiative()
	right := fmt.Sprintf("%d/%d · ", m.index+1, len(m.b.Session.Agenda)) + m.saveIndicator()
	left := st.Title.Render(c.T("detail.title", in.ID, plaintext.Line(in.Title))) + st.Muted.Render(" — "+plaintext.Line(in.Holder.Name))
	lw := w - lipgloss.Width(right) - 1
	return layout.Fit(left, lw) + " " + right
}

func (m *Model) mainView() string {
	c := m.ctx
	st := c.Styles
	w, h := m.width, m.height
	g := m.b.Grid
	p := g.Propose(m.ev.Scores)
	wide := w >= 120 && h >= 36

	var top []string
	top = append(top, m.header(w))
	if rec := m.b.Recused(m.ev.InitiativeID); len(rec) > 0 {
		var names []string
		for _, id := range m.b.Session.Present {
			if rec[id] {
				names = append(names, plaintext.Line(m.b.Members[id].Name))
			}
		}
		top = append(top, layout.Fit(st.Warning.Render(c.T("session.recused_names", strings.Join(names, ", "))), w))
	}
	top = append(top, c.Rule(w))

	var bottom []string
	bottom = append(bottom, c.Rule(w))
	if wide {
		bottom = append(bottom, m.questionLines(w)...)
		bottom = append(bottom, c.Rule(w))
	}
	bottom = append(bottom, layout.Fit(m.categoryLine(p), w))
	// The proposal is what the committee reads: two lines at most on a
	// laptop, all of it on a large screen.
	maxProposal := 2
	if wide {
		maxProposal = 0
	}
	bottom = append(bottom, layout.WrapLines(m.proposalText(p, false), w, maxProposal)...)
	if d := m.decisionLine(); d != "" {
		// At most three lines: the decision in force, why it was amended
		// and why it departs from the proposal, and what it amended.
		bottom = append(bottom, layout.WrapLines(d, w, 3)...)
	}
	switch {
	case m.note != nil:
		bottom = append(bottom, layout.Fit(c.T("scoring.note_prompt", m.refs[m.cursor].Marker.ShortLabelIn(c.Text.GridLang())), w), m.note.View())
	case m.notice != "":
		bottom = append(bottom, layout.Fit(st.Warning.Render(m.notice), w))
	case m.saveErr != nil:
		bottom = append(bottom, layout.Fit(st.Error.Render(c.T("save.failed_detail", c.Text.Error(m.saveErr))), w))
	}

	bodyH := max(h-len(top)-len(bottom), 3)
	var body string
	switch {
	case m.radarPane:
		// At any width: beside the questionnaire at 80 columns the radar
		// is small, and tab did nothing there.
		body = m.chartBlock(w, bodyH, w >= 80)
	case w < 80:
		body = m.questionnaire(w, bodyH)
	default:
		qw := 40
		if wide {
			qw = 46
		}
		gap := " "
		// The corner captions (« Transformation 2,25 ») would read as the
		// end of the list's category line beside them: one more column.
		if m.groupsAround(w-qw-2, bodyH) {
			gap = "  "
		}
		rw := w - qw - len(gap)
		q := m.questionnaire(qw, bodyH)
		r := m.chartBlock(rw, bodyH, wide)
		body = lipgloss.JoinHorizontal(lipgloss.Top, q, gap, r)
	}
	return strings.Join(top, "\n") + "\n" + body + "\n" + strings.Join(bottom, "\n")
}

// questionnaire lists the markers under their categories, scrolled so the
// cursor stays visible.
func (m *Model) questionnaire(w, h int) string {
	c := m.ctx
	st := c.Styles
	g := m.b.Grid
	type row struct {
		text   string
		marker int // -1 for a category header
	}
	var rows []row
	cursorRow := 0
	i := 0
	scores := g.CategoryScores(m.ev.Scores)
	for ci, cat := range g.Categories {
		score := "–"
		if scores[ci].HasScore() {
			score = c.Text.Number(scores[ci].Mean)
		}
		rows = append(rows, row{st.Subtitle.Render(layout.Fit(c.Text.CategoryShort(g, cat.ID), w-6)) + st.Subtitle.Render(fmt.Sprintf("%6s", score)), -1})
		for range cat.Markers {
			if i == m.cursor {
				cursorRow = len(rows)
			}
			rows = append(rows, row{m.markerRow(i, w), i})
			i++
		}
	}
	// Scroll: keep the cursor's category header in view when possible.
	start, end := listwindow.Around(len(rows), h, cursorRow)
	var out []string
	for j := start; j < end; j++ {
		out = append(out, rows[j].text)
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", w))
	}
	return strings.Join(out, "\n")
}

func (m *Model) markerRow(i, w int) string {
	c := m.ctx
	st := c.Styles
	g := m.b.Grid
	mk := m.refs[i].Marker
	v, ok := m.ev.Scores[mk.ID]
	val := "·"
	level := ""
	switch {
	case !ok:
	case v == scoring.NotApplicable:
		val, level = c.T("grid.not_applicable_short"), c.Text.NotApplicable(g)
	default:
		val, level = fmt.Sprint(v), g.LevelNameIn(v, c.Text.GridLang())
	}
	sv, sok := m.saved.Scores[mk.ID]
	unsaved := sok != ok || sv != v
	mark := " "
	if m.ev.Notes[mk.ID] != "" {
		mark = "✎"
		if c.ASCII {
			mark = "n"
		}
	}
	if unsaved {
		mark = "*"
	}
	cursor := "  "
	if i == m.cursor {
		cursor = "▸ "
		if c.ASCII {
			cursor = "> "
		}
	}
	levelW := 12
	nameW := max(w-2-3-1-3-levelW-1, 6)
	// The number matches the radar's axis numbers when labels do not fit.
	line := cursor + fmt.Sprintf("%2d ", i+1) + layout.Fit(mk.ShortLabelIn(c.Text.GridLang()), nameW) + " " + fmt.Sprintf("%2s", val) + " " + layout.Fit(level, levelW) + mark
	line = layout.Fit(line, w)
	switch {
	case i == m.cursor:
		line = st.Selected.Render(line)
	case unsaved:
		line = st.Warning.Render(line)
	case !ok:
		line = st.Muted.Render(line)
	}
	return line
}

// questionLines: the guiding question of the marker under the cursor, and
// the scale's level names (or the marker's own texts for each level).
func (m *Model) questionLines(w int) []string {
	c := m.ctx
	st := c.Styles
	g := m.b.Grid
	mk := m.refs[m.cursor].Marker
	lang := c.Text.GridLang()
	lines := []string{layout.Fit(st.Subtitle.Render(plaintext.Line(mk.LabelIn(lang))), w)}
	for _, l := range strings.Split(lipgloss.NewStyle().Width(w).Render(plaintext.Line(mk.QuestionIn(lang))), "\n") {
		lines = append(lines, layout.Fit(l, w))
	}
	var levels []string
	texts := mk.LevelTextsIn(lang)
	for v := g.Scale.Min; v <= g.Scale.Max; v++ {
		name := plaintext.Line(g.LevelNameIn(v, lang))
		if len(texts) == len(g.Scale.Levels) {
			name += " (" + plaintext.Line(texts[v-g.Scale.Min]) + ")"
		}
		levels = append(levels, fmt.Sprintf("%d %s", v, name))
	}
	levels = append(levels, "- "+c.Text.NotApplicable(g))
	for _, l := range strings.Split(lipgloss.NewStyle().Width(w).Render(st.Muted.Render(strings.Join(levels, " · "))), "\n") {
		lines = append(lines, layout.Fit(l, w))
	}
	if n := m.ev.Notes[mk.ID]; n != "" {
		lines = append(lines, layout.Fit(st.Accent.Render(c.T("scoring.note_label"))+" "+plaintext.Line(n), w))
	}
	return lines
}

func (m *Model) categoryLine(p scoring.Proposal) string {
	c := m.ctx
	var parts []string
	for _, cs := range p.Scores {
		v := "–"
		if cs.HasScore() {
			v = c.Text.Number(cs.Mean)
		}
		parts = append(parts, c.Text.CategoryShort(m.b.Grid, cs.ID)+" "+v)
	}
	return strings.Join(parts, " · ")
}

// proposalText is the proposal after its label; brief counts the unscored
// markers without their noun, for the room.
func (m *Model) proposalText(p scoring.Proposal, brief bool) string {
	c := m.ctx
	st := c.Styles
	label := st.Subtitle.Render(c.T("scoring.proposal")) + " "
	text := c.Text.Proposal(m.b.Grid, p)
	if brief {
		text = c.Text.ProposalBrief(m.b.Grid, p)
	}
	if p.Provisional && p.Kind != scoring.ProposeNone {
		return label + st.Provisory.Render(text)
	}
	return label + text
}

// decisionLine shows the decision in force; after an amendment, the
// amended decision and its reason come first, the original beside it.
func (m *Model) decisionLine() string {
	c := m.ctx
	st := c.Styles
	orig := m.ev.Decision
	if orig == nil {
		return ""
	}
	am := m.b.Amendments[m.ev.InitiativeID]
	if len(am) == 0 || am[len(am)-1].After == nil || am[len(am)-1].After.Decision == nil {
		s := st.Badge.Render(c.T("scoring.decision", c.Text.Decision(m.b.Grid, orig)))
		if orig.Rationale != "" {
			s += " — " + plaintext.Line(orig.Rationale)
		}
		return s
	}
	last := am[len(am)-1]
	s := st.Badge.Render(c.T("scoring.amended_decision", c.Text.Date(last.At.Format(time.DateOnly)), c.Text.Decision(m.b.Grid, last.After.Decision))) +
		" — " + c.T("amendment.reason", plaintext.Line(last.Reason))
	if r := strings.TrimSpace(last.After.Decision.Rationale); r != "" {
		s += " — " + c.T("amendment.rationale", plaintext.Line(r))
	}
	return s + st.Muted.Render(" · "+c.T("scoring.original_decision", c.Text.Decision(m.b.Grid, orig)))
}

// presentationView is for the projector, and where the scoring happens
// while the committee watches: the radar as large as the screen allows, the
// marker under discussion with its guiding question, the category means, the
// proposal, who takes no part, and who comes next. Every block keeps its
// height whatever it holds, so the chart never jumps while the secretary
// types.
func (m *Model) presentationView() string {
	c := m.ctx
	st := c.Styles
	w, h := m.width, m.height
	roomy := h >= 30
	in := m.initiative()
	p := m.b.Grid.Propose(m.ev.Scores)

	centre := func(s string) string { return lipgloss.PlaceHorizontal(w, lipgloss.Center, ansi.Truncate(s, w, "…")) }
	var top []string
	if roomy {
		top = append(top, centre(st.Title.Render(plaintext.Line(in.Title))),
			centre(st.Muted.Render(plaintext.Line(in.Holder.Name+" · "+in.Commune+" · "+in.Territory))))
	} else {
		top = append(top, centre(st.Title.Render(plaintext.Line(in.Title))+st.Muted.Render(" — "+plaintext.Line(in.Holder.Name))))
	}

	marker := m.markerBlock(w, roomy)
	proposal := m.presentedProposal(p, w, roomy)
	footer := m.presentedFooter(w)
	chartH := max(h-len(top)-len(marker)-len(proposal)-len(footer), 1)
	var means []string
	if !m.groupsAround(w, chartH) {
		// The means go on their own line when the corners have no room.
		means = m.meansLines(p, w)
		chartH = max(chartH-len(means), 1)
	}
	bottom := append(append(append(marker, means...), proposal...), footer...)
	chart := m.chartBlock(w, chartH, true)
	return strings.Join(top, "\n") + "\n" + chart + "\n" + strings.Join(bottom, "\n")
}

// meansLines are the category means under the chart, centred, on as many
// lines as the widest means would take, so that scoring never changes how
// many rows the chart keeps.
func (m *Model) meansLines(p scoring.Proposal, w int) []string {
	widest := 0
	for _, cs := range p.Scores {
		widest += lipgloss.Width(m.ctx.Text.CategoryShort(m.b.Grid, cs.ID)) + len(" 0,00 · ")
	}
	n := 1
	if widest > w {
		n = 2
	}
	var out []string
	for _, l := range layout.WrapLines(m.categoryLine(p), w, n) {
		out = append(out, lipgloss.PlaceHorizontal(w, lipgloss.Center, strings.TrimRight(l, " ")))
	}
	for len(out) < n {
		out = append(out, strings.Repeat(" ", w))
	}
	return out
}

// markerBlock names the marker under discussion, its score and its guiding
// question, wrapped, never cut; while a note is written, its prompt and
// field take their place. Its height is the tallest marker's (see
// markerLines), so the chart keeps its rows from one marker to the next.
func (m *Model) markerBlock(w int, roomy bool) []string {
	c := m.ctx
	lines := m.markerLines(w, roomy)
	var out []string
	if m.note != nil {
		out = append(out, layout.Fit(c.T("scoring.note_prompt", plaintext.Line(m.refs[m.cursor].Marker.ShortLabelIn(c.Text.GridLang()))), w), m.note.View())
	} else {
		for _, l := range layout.WrapLines(m.markerText(m.cursor, m.scoreWords(m.refs[m.cursor].Marker.ID), roomy), w, lines) {
			out = append(out, lipgloss.PlaceHorizontal(w, lipgloss.Center, strings.TrimRight(l, " ")))
		}
	}
	for len(out) < lines {
		out = append(out, strings.Repeat(" ", w))
	}
	return out
}

// markerText is marker i's heading with its score words, then its question.
// On a small screen the heading takes the marker's short name: the full one
// would push the question off the lines the chart leaves.
func (m *Model) markerText(i int, words string, roomy bool) string {
	c := m.ctx
	mk := m.refs[i].Marker
	name := mk.LabelIn(c.Text.GridLang())
	head := c.Styles.Selected.Render(c.T("present.marker", i+1, plaintext.Line(name), words))
	return head + " — " + plaintext.Line(mk.QuestionIn(c.Text.GridLang()))
}

// markerLines is how many lines the longest marker's text takes at width w
// with its widest possible answer: two at least (three on a large screen),
// so the block's height follows the window, never the marker or its score.
func (m *Model) markerLines(w int, roomy bool) int {
	mr := &m.markerRows
	if mr.n > 0 && mr.w == w && mr.roomy == roomy {
		return mr.n
	}
	n := 2
	if roomy {
		n = 3
	}
	widest := m.widestScoreWords()
	for i := range m.refs {
		n = max(n, len(layout.WrapLines(m.markerText(i, widest, roomy), w, 0)))
	}
	mr.w, mr.n, mr.roomy = w, n, roomy
	return n
}

// widestScoreWords is the longest of the answers scoreWords can give.
func (m *Model) widestScoreWords() string {
	c := m.ctx
	g := m.b.Grid
	words := []string{c.T("present.unscored"), midSentence(c.Text.NotApplicable(g))}
	for v := g.Scale.Min; v <= g.Scale.Max; v++ {
		words = append(words, fmt.Sprintf("%d · %s", v, g.LevelNameIn(v, c.Text.GridLang())))
	}
	widest := ""
	for _, s := range words {
		if lipgloss.Width(s) > lipgloss.Width(widest) {
			widest = s
		}
	}
	return widest
}

// scoreWords says a marker's answer: its score and level, « non
// concerné », or that it is not scored yet.
func (m *Model) scoreWords(markerID string) string {
	c := m.ctx
	g := m.b.Grid
	v, ok := m.ev.Scores[markerID]
	switch {
	case !ok:
		return c.T("present.unscored")
	case v == scoring.NotApplicable:
		return midSentence(c.Text.NotApplicable(g))
	}
	return fmt.Sprintf("%d · %s", v, g.LevelNameIn(v, c.Text.GridLang()))
}

// midSentence writes a label as it reads inside a sentence, beside
// « non noté »: « Non concerné » becomes « non concerné »; an acronym
// (« NC ») stays as it is.
func midSentence(s string) string {
	r := []rune(s)
	if len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) {
		return s
	}
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// presentedProposal is the proposal, centred, or once the committee has
// decided, the decision it stands behind, on proposalLines lines whatever it
// says (a decision's long rationale is cut there on a small screen).
func (m *Model) presentedProposal(p scoring.Proposal, w int, roomy bool) []string {
	n := m.proposalLines(w)
	limit := n
	if roomy {
		limit = 0
	}
	text := m.decisionLine()
	if text == "" {
		text = m.proposalText(p, true)
	}
	var out []string
	for _, l := range layout.WrapLines(text, w, limit) {
		out = append(out, lipgloss.PlaceHorizontal(w, lipgloss.Center, strings.TrimRight(l, " ")))
	}
	for len(out) < n {
		out = append(out, strings.Repeat(" ", w))
	}
	return out
}

// presentedFooter: who takes no part in this item and who comes next. Both
// lines stay whether they say something or not: the chart keeps its height
// (and so its labels) from one item to the next. A notice or a failed save
// takes the place of the next item while it lasts.
func (m *Model) presentedFooter(w int) []string {
	c := m.ctx
	st := c.Styles
	recused := m.recusedLine()
	next := st.Muted.Render(m.nextLine())
	switch {
	case m.saveErr != nil:
		next = st.Error.Render(c.T("save.failed_detail", c.Text.Error(m.saveErr)))
	case m.notice != "":
		next = st.Warning.Render(m.notice)
	}
	if recused != "" {
		recused = st.Warning.Render(recused)
	}
	centre := func(s string) string { return lipgloss.PlaceHorizontal(w, lipgloss.Center, ansi.Truncate(s, w, "…")) }
	return []string{centre(recused), centre(next)}
}

// recusedLine names the members present who take no part in this item, or
// says nothing.
func (m *Model) recusedLine() string {
	rec := m.b.Recused(m.ev.InitiativeID)
	var names []string
	for _, id := range m.b.Session.Present {
		if rec[id] {
			names = append(names, plaintext.Line(m.b.Members[id].Name))
		}
	}
	if len(names) == 0 {
		return ""
	}
	return m.ctx.Text.N(len(names), "present.recused", strings.Join(names, ", "))
}

// nextLine names the next item still to examine and its holder, so the
// secretary can call them in; decided and postponed items are passed over.
func (m *Model) nextLine() string {
	agenda := m.b.Session.Agenda
	for i := m.index + 1; i < len(agenda); i++ {
		switch m.b.State(agenda[i]) {
		case store.ItemDecided, store.ItemPostponed:
			continue
		}
		in := m.b.Initiatives[agenda[i]]
		return m.ctx.T("present.next", plaintext.Line(in.Title), plaintext.Line(in.Holder.Name))
	}
	return m.ctx.T("present.last")
}

// Shown is the evaluation as the screen shows it, saved or not yet.
func (m *Model) Shown() store.Evaluation { return m.ev }

// Saved is the evaluation as the store last confirmed it.
func (m *Model) Saved() store.Evaluation { return m.saved }

// Owner names this screen for the work it starts in the background.
func (m *Model) Owner() nav.Owner { return m.owner }

// Busy says what would be lost if the screen went away now: scores or notes
// not yet on disk, or an amendment being written.
func (m *Model) Busy() string {
	switch {
	case m.saveErr != nil || m.dirty || m.inflight:
		return m.ctx.T("busy.scores", plaintext.Line(m.initiative().Title))
	case m.amending:
		return m.ctx.T("busy.amendment", plaintext.Line(m.initiative().Title))
	case m.sessionWrites.Busy():
		return m.ctx.T("busy.session")
	}
	return ""
}

// Failing says the last save failed and is being retried.
func (m *Model) Failing() bool { return m.saveErr != nil }

// Sheet is the session as this screen holds it.
func (m *Model) Sheet() *store.SessionSheet { return m.b }

package preparation

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/formscreen"
	"essradar/tui/i18n"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/loading"
	"essradar/tui/nav"
)

// prepareSessionMsg opens the preparation of a session; id 0 creates one.
type prepareSessionMsg struct{ id uint64 }

// sessionDraft is a session being prepared, with what its form needs.
type sessionDraft struct {
	se          store.Session
	campaign    store.Campaign
	members     []store.Member
	initiatives []store.Initiative // the campaign's, by id
	date        string             // as typed, dd/mm/yyyy
	present     []uint64
	evaluated   map[uint64]bool          // agenda items already scored: they stay
	elsewhere   map[uint64]store.Session // held by another open session: not offered
	fromHome    bool                     // esc goes back home, not to the session
}

// New reads the campaign, the directory and the initiatives,
// then shows the session's form; the agenda comes next. fromHome: the
// secretary came from the home screen, where esc takes them back.
func New(ctx *context.Context, id uint64, fromHome bool) nav.Screen {
	s := ctx.Store
	return loading.New(ctx, func() (nav.Screen, error) {
		d := &sessionDraft{fromHome: fromHome}
		p, err := s.SessionPreparation(id)
		if err == nil && p.Session.Sealed() {
			err = errors.New(ctx.T("session.sealed_readonly"))
		}
		d.se, d.campaign, d.members, d.initiatives, d.evaluated = p.Session, p.Campaign, p.Members, p.Initiatives, p.Evaluated
		d.elsewhere = p.Elsewhere
		if err != nil {
			return nil, err
		}
		if id == 0 {
			d.se = store.Session{CampaignID: d.campaign.ID, Status: store.SessionOpen}
			if len(d.campaign.Territories) > 0 {
				d.se.Territory = d.campaign.Territories[0]
			}
		} else {
			d.date = i18n.InputDate(d.se.Date)
		}
		d.present = slices.Clone(d.se.Present)
		return sessionForm(ctx, d), nil
	})
}

func sessionForm(ctx *context.Context, d *sessionDraft) *formscreen.Screen {
	t := ctx.T
	// An older file's place is edited as the store would keep it.
	d.se.Place = plaintext.Clean(d.se.Place, false)
	build := func() *huh.Form {
		terr := make([]huh.Option[string], len(d.campaign.Territories))
		for i, name := range d.campaign.Territories {
			terr[i] = huh.NewOption(plaintext.Line(name), name)
		}
		var people []huh.Option[uint64]
		for _, m := range d.members {
			if m.Active || slices.Contains(d.present, m.ID) {
				people = append(people, huh.NewOption(plaintext.Line(m.Name+" ("+m.College+")"), m.ID).Selected(slices.Contains(d.present, m.ID)))
			}
		}
		return huh.NewForm(
			huh.NewGroup(
				huh.NewInput().Title(t("form.session.date")).Placeholder(t("form.session.date_example")).Value(&d.date).Validate(formscreen.Date(t)),
				huh.NewSelect[string]().Title(t("form.session.territory")).Options(terr...).Value(&d.se.Territory).Height(min(len(terr)+2, 10)),
				huh.NewInput().Title(t("form.session.place")).Value(&d.se.Place).CharLimit(200).Validate(formscreen.Required(t)),
			),
			huh.NewGroup(
				formscreen.Quiet(huh.NewMultiSelect[uint64]().Title(t("form.session.present")).Description(t("form.session.present_hint")).
					Options(people...).Value(&d.present).Height(min(len(people)+3, 16)), func(ids []uint64) error {
					if len(ids) == 0 {
						return errors.New(t("form.session.nobody"))
					}
					return nil
				}),
			),
		)
	}
	title := t("form.session.new", plaintext.Line(d.campaign.Name))
	if d.se.ID != 0 {
		title = t("form.session.edit", ctx.Text.Date(d.se.Date))
	}
	next := func() tea.Cmd {
		d.se.Date, _ = i18n.ParseDate(d.date) // validated by the form
		d.se.Present = slices.Clone(d.present)
		return func() tea.Msg { return formscreen.Saved{Next: newAgenda(ctx, d)} }
	}
	cancel := func() tea.Msg {
		if d.se.ID != 0 && !d.fromHome {
			return nav.OpenSession{ID: d.se.ID}
		}
		return nav.GoHome{Tab: nav.TabSessions}
	}
	warn := func() []string {
		date, err := i18n.ParseDate(d.date)
		if err != nil || !d.campaign.OutsideYear(date) {
			return nil
		}
		return []string{t("sanity.outside_year", ctx.Text.Date(date), d.campaign.ID)}
	}
	return formscreen.New(ctx, title, build, next, cancel).WithWarnings(warn)
}

type agendaKeys struct {
	Up, Down, Toggle, MoveUp, MoveDown, AllTerritories, Save, Back key.Binding
}

// agendaModel builds the agenda: the chosen initiatives in order, then the
// others that could be added. A new session starts with the undecided
// initiatives of its territory.
type agendaModel struct {
	ctx    *context.Context
	keys   agendaKeys
	d      *sessionDraft
	chosen []uint64 // in order
	others []uint64
	all    bool // offer every territory's initiatives, not only the session's
	cursor int  // over chosen then others
	err    error
	saving bool
	width  int
	height int
	owner  nav.Owner
}

type sessionSavedToStoreMsg struct {
	id  uint64
	err error
}

func newAgenda(ctx *context.Context, d *sessionDraft) *agendaModel {
	t := ctx.Text
	m := &agendaModel{ctx: ctx, d: d, owner: ctx.NewOwner(), width: 80, height: 22, keys: agendaKeys{
		Up:             ctx.Keys.Up,
		Down:           ctx.Keys.Down,
		Toggle:         keys.Also(keys.Relabel(t, ctx.Keys.Toggle, "key.agenda_toggle"), "x"),
		MoveUp:         keys.New(t, "K/maj+↑", "key.agenda_up", "K", "shift+up"),
		MoveDown:       keys.New(t, "J/maj+↓", "key.agenda_down", "J", "shift+down"),
		AllTerritories: keys.New(t, "t", "key.agenda_all", "t"),
		Save:           ctx.Keys.Record,
		Back:           ctx.Keys.Back,
	}}
	m.chosen = slices.Clone(d.se.Agenda)
	if d.se.ID == 0 && len(m.chosen) == 0 {
		m.chosen = m.candidates()
	}
	m.refreshOthers()
	return m
}

// undecided: submitted or deferred, not withdrawn nor decided for good.
func undecided(in store.Initiative) bool {
	return in.Status == store.StatusSubmitted || in.Status == store.StatusDeferred
}

// candidates are the undecided initiatives offered for the agenda, but
// those another open session holds (the store would refuse them).
func (m *agendaModel) candidates() []uint64 {
	out, _ := m.offered()
	return out
}

// offered splits the undecided initiatives of the scope into those offered
// and the number left out because another open session holds them.
func (m *agendaModel) offered() (out []uint64, heldElsewhere int) {
	terr := store.NormalizeName(m.d.se.Territory)
	ins := slices.Clone(m.d.initiatives)
	sort.Slice(ins, func(i, j int) bool { return ins[i].ID < ins[j].ID })
	for _, in := range ins {
		if !undecided(in) || (!m.all && store.NormalizeName(in.Territory) != terr) {
			continue
		}
		if _, held := m.d.elsewhere[in.ID]; held && !slices.Contains(m.d.se.Agenda, in.ID) {
			heldElsewhere++
			continue
		}
		out = append(out, in.ID)
	}
	return out, heldElsewhere
}

func (m *agendaModel) refreshOthers() {
	m.others = m.others[:0]
	for _, id := range m.candidates() {
		if !slices.Contains(m.chosen, id) {
			m.others = append(m.others, id)
		}
	}
	m.cursor = max(min(m.cursor, len(m.chosen)+len(m.others)-1), 0)
}

func (m *agendaModel) initiative(id uint64) store.Initiative {
	for _, in := range m.d.initiatives {
		if in.ID == id {
			return in
		}
	}
	return store.Initiative{ID: id}
}

func (m *agendaModel) Init() tea.Cmd { return nil }

// Capturing: no text is typed here; q asks first (see Unsaved) and ? shows
// the full help as everywhere.
func (m *agendaModel) Capturing() bool { return false }

// Unsaved: the agenda is only written when the secretary saves it.
func (m *agendaModel) Unsaved() string {
	if m.saving {
		return ""
	}
	return m.ctx.T("resume.agenda_unsaved")
}

func (m *agendaModel) SetSize(w, h int) { m.width, m.height = w, h }

func (m *agendaModel) Help() help.KeyMap {
	k := m.keys
	return keys.Help{Short: []key.Binding{k.Save, k.Toggle, k.MoveUp, k.MoveDown, k.Back},
		// Two columns: the root adds its keys to the last, and a third
		// column no longer fitted 80 (enter and esc were cut).
		Full: [][]key.Binding{{k.Up, k.Down, k.Toggle, k.Save, k.Back}, {k.MoveUp, k.MoveDown, k.AllTerritories}}}
}

func (m *agendaModel) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case sessionSavedToStoreMsg:
		m.saving = false
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		id := msg.id
		return m, func() tea.Msg { return nav.OpenSession{ID: id} }
	case tea.KeyPressMsg:
		if m.saving {
			return m, nil
		}
		return m.handleKey(msg)
	}
	return m, nil
}

func (m *agendaModel) handleKey(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	k := m.keys
	n := len(m.chosen) + len(m.others)
	m.err = nil
	switch {
	case key.Matches(msg, k.Back):
		// Back to the form, with everything typed kept.
		f := sessionForm(m.ctx, m.d)
		m.d.se.Agenda = slices.Clone(m.chosen)
		return f, f.Init()
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = max(min(m.cursor+1, n-1), 0)
	case key.Matches(msg, k.Toggle):
		if m.cursor < len(m.chosen) && m.d.evaluated[m.chosen[m.cursor]] {
			// Its scores belong to this session's record.
			m.err = errors.New(m.ctx.T("agenda.evaluated"))
		} else if m.cursor < len(m.chosen) {
			m.chosen = slices.Delete(m.chosen, m.cursor, m.cursor+1)
		} else if i := m.cursor - len(m.chosen); i < len(m.others) {
			m.chosen = append(m.chosen, m.others[i])
			m.cursor = len(m.chosen) - 1
		}
		m.refreshOthers()
	case key.Matches(msg, k.MoveUp):
		if i := m.cursor; i > 0 && i < len(m.chosen) {
			m.chosen[i-1], m.chosen[i] = m.chosen[i], m.chosen[i-1]
			m.cursor--
		}
	case key.Matches(msg, k.MoveDown):
		if i := m.cursor; i < len(m.chosen)-1 {
			m.chosen[i+1], m.chosen[i] = m.chosen[i], m.chosen[i+1]
			m.cursor++
		}
	case key.Matches(msg, k.AllTerritories):
		m.all = !m.all
		m.refreshOthers()
	case key.Matches(msg, k.Save):
		return m, m.save()
	}
	return m, nil
}

func (m *agendaModel) save() tea.Cmd {
	m.saving = true
	se := m.d.se
	se.Agenda = slices.Clone(m.chosen)
	// Recusals and postponements only make sense for items still on it.
	se.Recusals = slices.DeleteFunc(slices.Clone(se.Recusals), func(r store.Recusal) bool { return !slices.Contains(se.Agenda, r.InitiativeID) })
	se.Postponed = slices.DeleteFunc(slices.Clone(se.Postponed), func(id uint64) bool { return !slices.Contains(se.Agenda, id) })
	s := m.ctx.Store
	return nav.Background(m.owner, func() tea.Msg {
		var err error
		if se.ID == 0 {
			err = s.CreateSession(&se)
		} else {
			err = s.PutSession(se)
		}
		return sessionSavedToStoreMsg{id: se.ID, err: err}
	})
}

// Owner names the agenda step for the save it starts in the background.
func (m *agendaModel) Owner() nav.Owner { return m.owner }

// Busy says the session is being written.
func (m *agendaModel) Busy() string {
	if m.saving {
		return m.ctx.T("busy.session")
	}
	return ""
}

func (m *agendaModel) View() string {
	c := m.ctx
	st := c.Styles
	w := m.width
	se := m.d.se
	var b strings.Builder
	b.WriteString(layout.Fit(st.Title.Render(c.T("agenda.title", c.Text.Date(se.Date), plaintext.Line(se.Territory)))+"  "+st.Muted.Render(plaintext.Line(se.Place)), w) + "\n")
	b.WriteString(layout.Fit(st.Muted.Render(c.Text.N(len(se.Present), "agenda.present")), w) + "\n")
	b.WriteString(c.Rule(w) + "\n")
	lines := []string{st.Subtitle.Render(c.T("agenda.chosen", len(m.chosen)))}
	cursorLine := 0
	row := func(i int, id uint64, on bool, num string) string {
		in := m.initiative(id)
		box := "[ ]"
		if on {
			box = "[x]"
		}
		terr := ""
		if store.NormalizeName(in.Territory) != store.NormalizeName(se.Territory) {
			terr = " · " + plaintext.Line(in.Territory)
		}
		line := layout.Fit(fmt.Sprintf(" %s %3s %s %s", box, num, c.T("agenda.number", in.ID), plaintext.Line(in.Title)+st.Muted.Render(" — "+plaintext.Line(in.Holder.Name)+terr)), w)
		if i == m.cursor {
			cursorLine = len(lines)
			return st.Selected.Render(line)
		}
		return line
	}
	if len(m.chosen) == 0 {
		lines = append(lines, st.Muted.Render("  "+c.T("agenda.empty")))
	}
	for i, id := range m.chosen {
		lines = append(lines, row(i, id, true, fmt.Sprintf("%d.", i+1)))
	}
	scope := c.T("agenda.others_territory", plaintext.Line(se.Territory))
	if m.all {
		scope = c.T("agenda.others_all")
	}
	lines = append(lines, "", st.Subtitle.Render(scope))
	if len(m.others) == 0 {
		lines = append(lines, st.Muted.Render("  "+c.T("agenda.no_others")))
	}
	if _, held := m.offered(); held > 0 {
		for _, l := range layout.Wrap(c.Text.N(held, "agenda.held_elsewhere"), max(w-2, 10)) {
			lines = append(lines, st.Muted.Render("  "+l))
		}
	}
	for j, id := range m.others {
		lines = append(lines, row(len(m.chosen)+j, id, false, ""))
	}
	// The lines are rows, headings and blanks: a window over them, centred
	// on the cursor's line.
	start, end := listwindow.Around(len(lines), max(m.height-5, 3), cursorLine)
	b.WriteString(strings.Join(lines[start:end], "\n") + "\n")
	switch {
	case m.saving:
		b.WriteString(st.Muted.Render(c.T("form.saving")))
	case m.err != nil:
		b.WriteString(layout.Fit(st.Error.Render(c.T("error.prefix"))+" "+c.Text.Error(m.err), w))
	}
	return b.String()
}

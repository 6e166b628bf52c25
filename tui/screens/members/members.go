package members

import (
	"errors"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
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
	"essradar/tui/nav"
)

// openMembersMsg shows the committee's directory.
type openMembersMsg struct{ cursor int }

type membersKeys struct {
	Up, Down, Add, Edit, Toggle, Delete, Back, Yes, No key.Binding
	Filter, Apply, Cancel, Clear                       key.Binding
}

// Model lists the committee members with their college; members are
// made inactive rather than deleted once they have sat in a session.
type Model struct {
	ctx      *context.Context
	keys     membersKeys
	members  []store.Member
	colleges []string
	// shown are the members the filter lets through (indexes in members),
	// the rows the list window moves over.
	shown     []int
	input     textinput.Model
	filtering bool
	query     string            // folded
	list      listwindow.Window // centred on the cursor
	confirm   bool
	err       error
	notice    string
	loaded    bool
	width     int
	height    int
	owner     nav.Owner
	saving    int // member writes on their way
}

type membersLoadedMsg struct {
	members  []store.Member
	colleges []string
	err      error
}

type memberChangedMsg struct {
	err    error
	notice string
}

func New(ctx *context.Context, cursor int) *Model {
	t := ctx.Text
	m := &Model{ctx: ctx, owner: ctx.NewOwner(), width: 80, height: 22, keys: membersKeys{
		Up:     ctx.Keys.Up,
		Down:   ctx.Keys.Down,
		Add:    keys.Relabel(t, ctx.Keys.Add, "key.add_member"),
		Edit:   keys.Also(keys.Relabel(t, ctx.Keys.Open, "key.edit"), "e"),
		Toggle: keys.Relabel(t, ctx.Keys.Toggle, "key.toggle_active"),
		Delete: ctx.Keys.Delete,
		Back:   ctx.Keys.Back,
		Yes:    ctx.Keys.Yes,
		No:     ctx.Keys.No,
		// As on the home list: « / » filters, so that typing a name does
		// not reach a, e or d one letter at a time.
		Filter: keys.New(t, "/", "key.filter", "/"),
		Apply:  keys.Relabel(t, ctx.Keys.Record, "key.filter_apply"),
		Cancel: keys.Relabel(t, ctx.Keys.Cancel, "key.filter_cancel"),
		Clear:  keys.Relabel(t, ctx.Keys.Cancel, "key.clear_filters"),
	}}
	m.input = context.NewTextInput()
	m.input.Prompt = "/ "
	m.input.CharLimit = 100
	m.list.SetSize(m.listHeight())
	m.list.SetCursor(cursor) // kept until the members come
	return m
}

func (m *Model) Init() tea.Cmd {
	s := m.ctx.Store
	return nav.Background(m.owner, func() tea.Msg {
		ms, err := s.Members()
		if err != nil {
			return membersLoadedMsg{err: err}
		}
		sort.SliceStable(ms, func(i, j int) bool {
			if ms[i].Active != ms[j].Active {
				return ms[i].Active
			}
			return strings.ToLower(ms[i].Name) < strings.ToLower(ms[j].Name)
		})
		colleges := store.DefaultColleges()
		if c, err := s.CurrentCampaign(); err == nil && len(c.Colleges) > 0 {
			colleges = c.Colleges
		}
		return membersLoadedMsg{members: ms, colleges: colleges}
	})
}

// Capturing: the filter field takes every key, q and ? included.
func (m *Model) Capturing() bool { return m.filtering }
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetSize(m.listHeight())
	m.list.Center()
}

// listHeight is the room for rows under the title, the rule and the
// column header, above the status lines (one kept even when empty).
func (m *Model) listHeight() int { return max(m.height-4-max(len(m.statusLines()), 1), 1) }

// statusLines are the confirmation, error or notice under the list,
// wrapped: a refusal cut at the edge lost what to do instead.
func (m *Model) statusLines() []string {
	c := m.ctx
	st := c.Styles
	var lines []string
	if m.filtering || m.query != "" {
		info := st.Muted.Render(c.T("init.count", c.Text.Count(len(m.shown)), c.Text.Count(len(m.members))))
		field := m.input.View()
		if !m.filtering {
			field = st.Muted.Render(c.T("init.filter_text", plaintext.Line(m.input.Value())))
		}
		lines = append(lines, layout.Fit(field+"  "+info, m.width))
	}
	var line string
	switch {
	case m.confirm:
		mem, _ := m.Selected()
		line = st.Warning.Render(c.T("members.confirm_delete", plaintext.Line(mem.Name)))
	case m.err != nil:
		line = st.Error.Render(c.T("error.prefix")) + " " + c.Text.Error(m.err)
	case m.notice != "":
		line = st.OK.Render(m.notice)
	default:
		return lines
	}
	return append(lines, layout.WrapLines(line, m.width, 0)...)
}

func (m *Model) Help() help.KeyMap {
	k := m.keys
	switch {
	case m.confirm:
		return keys.List{k.Yes, k.No}
	case m.filtering:
		return keys.List{k.Apply, k.Cancel}
	}
	back := k.Back
	if m.query != "" {
		back = k.Clear
	}
	return keys.Help{Short: []key.Binding{k.Add, k.Edit, k.Toggle, k.Filter, k.Delete, back},
		Full: [][]key.Binding{{k.Up, k.Down, k.Filter}, {k.Add, k.Edit, k.Toggle, k.Delete, back}}}
}

// Selected is the member under the cursor.
func (m *Model) Selected() (store.Member, bool) {
	if i, ok := m.selectedIndex(); ok {
		return m.members[i], true
	}
	return store.Member{}, false
}

// selectedIndex is the cursor's member as an index in members.
func (m *Model) selectedIndex() (int, bool) {
	if c := m.list.Cursor(); c < len(m.shown) {
		return m.shown[c], true
	}
	return 0, false
}

// refilter lists the members whose name or college holds the query,
// keeping the cursor on the same member when it is still shown.
func (m *Model) refilter() {
	cur, had := m.Selected()
	m.shown = m.filtered()
	m.list.SetLen(len(m.shown))
	m.list.Top()
	if had {
		m.selectID(cur.ID)
	}
	m.list.Center()
}

// filtered are the indexes of the members the query lets through.
func (m *Model) filtered() []int {
	out := make([]int, 0, len(m.members))
	for i, mem := range m.members {
		if m.query == "" || strings.Contains(i18n.Fold(mem.Name+" "+mem.College), m.query) {
			out = append(out, i)
		}
	}
	return out
}

// selectID puts the cursor on a member if it is shown.
func (m *Model) selectID(id uint64) {
	if i := slices.IndexFunc(m.shown, func(j int) bool { return m.members[j].ID == id }); i >= 0 {
		m.list.SetCursor(i)
	}
}

func (m *Model) setQuery(raw string) {
	m.query = i18n.Fold(strings.TrimSpace(raw))
	m.refilter()
}

func (m *Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	s, cmd := m.update(msg)
	// The status lines may have changed and with them the room for rows.
	m.list.SetSize(m.listHeight())
	return s, cmd
}

func (m *Model) update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case membersLoadedMsg:
		if msg.err != nil {
			m.err = msg.err
		}
		// The list re-sorts (inactive members go last): the cursor follows
		// the member it was on, so a second space undoes the first.
		cur, had := m.Selected()
		m.loaded = true
		m.members, m.colleges = msg.members, msg.colleges
		m.shown = m.filtered()
		m.list.SetLen(len(m.shown))
		if had {
			m.selectID(cur.ID)
		}
		m.list.Center()
		return m, nil
	case memberChangedMsg:
		m.saving--
		m.err, m.notice = msg.err, msg.notice
		return m, m.Init()
	case tea.KeyPressMsg:
		if m.filtering {
			return m, m.updateFilter(msg)
		}
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.filtering {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			m.setQuery(m.input.Value())
			return m, cmd
		}
	}
	return m, nil
}

func (m *Model) updateFilter(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Apply):
		m.filtering = false
		m.input.Blur()
		return nil
	case key.Matches(msg, k.Cancel):
		m.filtering = false
		m.input.Blur()
		m.input.Reset()
		m.setQuery("")
		return nil
	case msg.Code == tea.KeyUp || msg.Code == tea.KeyDown:
		// Arrows move in the list while typing, as in a search box.
		if msg.Code == tea.KeyUp {
			m.list.Up()
		} else {
			m.list.Down()
		}
		m.list.Center()
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	m.setQuery(m.input.Value())
	return cmd
}

func (m *Model) handleKey(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	k := m.keys
	s := m.ctx.Store
	if m.confirm {
		m.confirm = false
		if key.Matches(msg, k.Yes) {
			mem, _ := m.Selected()
			t := m.ctx.T
			m.saving++
			return m, nav.Background(m.owner, func() tea.Msg {
				err := s.DeleteMember(mem.ID)
				if errors.Is(err, store.ErrInUse) {
					return memberChangedMsg{err: errors.New(t("members.in_use", plaintext.Line(mem.Name)))}
				}
				return memberChangedMsg{err: err, notice: t("members.deleted", plaintext.Line(mem.Name))}
			})
		}
		return m, nil
	}
	m.notice = ""
	switch {
	case key.Matches(msg, k.Clear) && m.query != "":
		m.input.Reset()
		m.setQuery("")
	case key.Matches(msg, k.Back):
		return m, func() tea.Msg { return nav.GoHome{} }
	case key.Matches(msg, k.Filter):
		// The last refusal is read: the lines are the filter's now.
		m.err = nil
		m.filtering = true
		m.input.CursorEnd()
		return m, m.input.Focus()
	case key.Matches(msg, k.Up):
		m.list.Up()
		m.list.Center()
	case key.Matches(msg, k.Down):
		m.list.Down()
		m.list.Center()
	case key.Matches(msg, k.Add):
		at, _ := m.selectedIndex()
		f := newMemberForm(m.ctx, store.Member{Active: true}, m.colleges, at)
		return f, f.Init()
	case key.Matches(msg, k.Edit):
		if at, ok := m.selectedIndex(); ok {
			f := newMemberForm(m.ctx, m.members[at], m.colleges, at)
			return f, f.Init()
		}
	case key.Matches(msg, k.Toggle):
		if at, ok := m.selectedIndex(); ok {
			mem := m.members[at]
			mem.Active = !mem.Active
			m.members[at] = mem
			m.saving++
			return m, nav.Background(m.owner, func() tea.Msg { return memberChangedMsg{err: s.PutMember(mem)} })
		}
	case key.Matches(msg, k.Delete):
		if _, ok := m.Selected(); ok {
			m.confirm = true
		}
	}
	return m, nil
}

func (m *Model) View() string {
	c := m.ctx
	st := c.Styles
	w := m.width
	var b strings.Builder
	active := 0
	for _, mem := range m.members {
		if mem.Active {
			active++
		}
	}
	b.WriteString(st.Title.Render(c.T("members.title")) + "  " + st.Muted.Render(c.T("members.count", c.Text.N(len(m.members), "members.n"), c.Text.N(active, "members.n_active"))) + "\n")
	b.WriteString(c.Rule(w) + "\n")
	if !m.loaded {
		b.WriteString(st.Muted.Render(c.T("home.loading")))
		return b.String()
	}
	switch {
	case len(m.members) == 0:
		b.WriteString(st.Muted.Render(c.T("members.none")) + "\n")
	case len(m.shown) == 0:
		b.WriteString(st.Muted.Render(layout.Fit(c.T("members.no_match"), w)) + "\n")
	}
	nameW := max(w-30-4, 12)
	b.WriteString(st.Header.Render(layout.Fit(" "+layout.Fit(c.T("col.name"), nameW)+" "+layout.Fit(c.T("col.college"), 22)+" "+c.T("col.active"), w)) + "\n")
	start, end := m.list.Visible()
	for i := start; i < end; i++ {
		mem := m.members[m.shown[i]]
		act := c.T("members.active")
		if !mem.Active {
			act = c.T("members.inactive")
		}
		row := layout.Fit(" "+layout.Fit(plaintext.Line(mem.Name), nameW)+" "+layout.Fit(plaintext.Line(mem.College), 22)+" "+act, w)
		switch {
		case i == m.list.Cursor():
			row = st.Selected.Render(row)
		case !mem.Active:
			row = st.Muted.Render(row)
		}
		b.WriteString(row + "\n")
	}
	b.WriteString(strings.Join(m.statusLines(), "\n"))
	return b.String()
}

// newMemberForm adds (ID 0) or edits a member, then returns to the list.
func newMemberForm(ctx *context.Context, mem store.Member, colleges []string, cursor int) *formscreen.Screen {
	t := ctx.T
	// Edited as the store will keep it (an older file may hold controls).
	mem.CleanText()
	name, college, active := mem.Name, mem.College, mem.Active
	if college == "" && len(colleges) > 0 {
		college = colleges[0]
	}
	opts := colleges
	if college != "" && !slices.Contains(colleges, college) {
		// A college removed from the list since: keep it choosable.
		opts = append([]string{college}, colleges...)
	}
	build := func() *huh.Form {
		o := make([]huh.Option[string], len(opts))
		for i, c := range opts {
			o[i] = huh.NewOption(plaintext.Line(c), c)
		}
		return huh.NewForm(huh.NewGroup(
			huh.NewInput().Title(t("form.member.name")).Value(&name).CharLimit(120).Validate(formscreen.Required(t)),
			huh.NewSelect[string]().Title(t("form.member.college")).Options(o...).Value(&college),
			huh.NewConfirm().Title(t("form.member.active")).Affirmative(t("form.yes")).Negative(t("form.no")).Value(&active),
		))
	}
	title := t("form.member.new")
	if mem.ID != 0 {
		title = t("form.member.edit", mem.Name)
	}
	s := ctx.Store
	save := func() tea.Cmd {
		rec := mem
		rec.Name, rec.College, rec.Active = strings.TrimSpace(name), college, active
		return func() tea.Msg {
			var err error
			if rec.ID == 0 {
				err = s.CreateMember(&rec)
			} else {
				err = s.PutMember(rec)
			}
			if err != nil {
				return formscreen.Saved{Err: err}
			}
			return formscreen.Saved{Next: nav.OpenMembers{Cursor: cursor}}
		}
	}
	return formscreen.New(ctx, title, build, save, func() tea.Msg { return nav.OpenMembers{Cursor: cursor} })
}

// Owner names this screen for the work it starts in the background.
func (m *Model) Owner() nav.Owner { return m.owner }

// Busy says a change to a member is being written.
func (m *Model) Busy() string {
	if m.saving > 0 {
		return m.ctx.T("busy.saving")
	}
	return ""
}

package members

import (
	"errors"
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
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/nav"
)

// openMembersMsg shows the committee's directory.
type openMembersMsg struct{ cursor int }

type membersKeys struct {
	Up, Down, Add, Edit, Toggle, Delete, Back, Yes, No key.Binding
}

// Model lists the committee members with their college; members are
// made inactive rather than deleted once they have sat in a session.
type Model struct {
	ctx      *context.Context
	keys     membersKeys
	members  []store.Member
	colleges []string
	list     listwindow.Window // centred on the cursor
	confirm  bool
	err      error
	notice   string
	loaded   bool
	width    int
	height   int
	owner    nav.Owner
	saving   int // member writes on their way
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
	}}
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

func (m *Model) Capturing() bool { return false }
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
		return nil
	}
	return layout.WrapLines(line, m.width, 0)
}

func (m *Model) Help() help.KeyMap {
	k := m.keys
	if m.confirm {
		return keys.List{k.Yes, k.No}
	}
	return keys.Help{Short: []key.Binding{k.Add, k.Edit, k.Toggle, k.Delete, k.Back},
		Full: [][]key.Binding{{k.Up, k.Down}, {k.Add, k.Edit, k.Toggle, k.Delete, k.Back}}}
}

func (m *Model) Selected() (store.Member, bool) {
	if i := m.list.Cursor(); i < len(m.members) {
		return m.members[i], true
	}
	return store.Member{}, false
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
		m.list.SetLen(len(m.members))
		if had {
			if i := slices.IndexFunc(m.members, func(x store.Member) bool { return x.ID == cur.ID }); i >= 0 {
				m.list.SetCursor(i)
			}
		}
		m.list.Center()
		return m, nil
	case memberChangedMsg:
		m.saving--
		m.err, m.notice = msg.err, msg.notice
		return m, m.Init()
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
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
	case key.Matches(msg, k.Back):
		return m, func() tea.Msg { return nav.GoHome{} }
	case key.Matches(msg, k.Up):
		m.list.Up()
		m.list.Center()
	case key.Matches(msg, k.Down):
		m.list.Down()
		m.list.Center()
	case key.Matches(msg, k.Add):
		f := newMemberForm(m.ctx, store.Member{Active: true}, m.colleges, m.list.Cursor())
		return f, f.Init()
	case key.Matches(msg, k.Edit):
		if mem, ok := m.Selected(); ok {
			f := newMemberForm(m.ctx, mem, m.colleges, m.list.Cursor())
			return f, f.Init()
		}
	case key.Matches(msg, k.Toggle):
		if mem, ok := m.Selected(); ok {
			mem.Active = !mem.Active
			m.members[m.list.Cursor()] = mem
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
	if len(m.members) == 0 {
		b.WriteString(st.Muted.Render(c.T("members.none")) + "\n")
	}
	nameW := max(w-30-4, 12)
	b.WriteString(st.Header.Render(layout.Fit(" "+layout.Fit(c.T("col.name"), nameW)+" "+layout.Fit(c.T("col.college"), 22)+" "+c.T("col.active"), w)) + "\n")
	start, end := m.list.Visible()
	for i := start; i < end; i++ {
		mem := m.members[i]
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

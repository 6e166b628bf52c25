package initiative

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/layout"
	"essradar/tui/nav"
)

// The detail's history panel (its audit trail, oldest first as the command
// line prints it, the newest at the bottom where the panel opens) and the
// erasure of the holder's contact details, asked in a dialog whose default
// is no: erasure cannot be undone.

// history is what the panel shows; nil while it is closed.
type history struct {
	seq     int
	entries []store.AuditEntry
	loaded  bool
	err     error
	// detailTop is where the detail was scrolled to, for coming back.
	detailTop int
}

type historyLoadedMsg struct {
	seq     int
	entries []store.AuditEntry
	err     error
}

// loadHistory reads the initiative's trail in the background.
func (m *Detail) loadHistory() tea.Cmd {
	m.hist.seq++
	seq, s, id := m.hist.seq, m.ctx.Store, m.id
	return nav.Background(m.owner, func() tea.Msg {
		entries, err := s.AuditForInitiative(id)
		return historyLoadedMsg{seq: seq, entries: entries, err: err}
	})
}

// toggleHistory opens the panel (reading the trail afresh) or closes it,
// back where the detail was.
func (m *Detail) toggleHistory() tea.Cmd {
	if m.hist != nil {
		top := m.hist.detailTop
		m.hist = nil
		m.render()
		m.vp.SetYOffset(top)
		return nil
	}
	m.hist = &history{detailTop: m.vp.YOffset()}
	m.render()
	return m.loadHistory()
}

func (m *Detail) historyLoaded(msg historyLoadedMsg) {
	if m.hist == nil || msg.seq != m.hist.seq {
		return // closed, or overtaken by a newer read
	}
	m.hist.entries, m.hist.err, m.hist.loaded = msg.entries, msg.err, true
	m.render()
	m.vp.GotoBottom()
}

// historyLines is the panel's content at width w.
func (m *Detail) historyLines(w int) []string {
	c := m.ctx
	st := c.Styles
	h := m.hist
	title := " " + c.T("history.panel.title") + " "
	if h.loaded && h.err == nil {
		title += st.Muted.Render("· "+c.Text.N(len(h.entries), "history.panel.entries")) + " "
	}
	out := []string{layout.Fit(st.Subtitle.Render(title)+c.Rule(w-lipgloss.Width(title)), w)}
	// A line too long goes on under a hanging indent, so each entry's
	// start stands out.
	wrapped := func(s string) {
		indent := 2
		if strings.HasPrefix(s, "    ") {
			indent = 6
		}
		for i, l := range strings.Split(lipgloss.NewStyle().Width(max(w-indent, 10)).Render(s), "\n") {
			if i > 0 {
				l = strings.Repeat(" ", indent) + strings.TrimLeft(l, " ")
			}
			out = append(out, layout.Fit(l, w))
		}
	}
	switch {
	case !h.loaded:
		wrapped(st.Muted.Render(c.T("history.panel.loading")))
	case h.err != nil:
		wrapped(st.Error.Render(c.T("error.prefix")) + " " + c.Text.Error(h.err))
	case len(h.entries) == 0:
		wrapped(st.Muted.Render(c.T("history.panel.empty")))
	}
	for _, e := range h.entries {
		for i, l := range c.Text.AuditLines(m.d.Grid, e) {
			if i == 0 {
				l = st.Accent.Render(l)
			}
			wrapped(l)
		}
	}
	return out
}

// hasContact says whether there is anything to erase.
func hasContact(h store.Holder) bool {
	return h.ContactName != "" || h.Email != "" || h.Phone != ""
}

// askForget opens the erasure dialog, on "no"; with nothing to erase it
// says so at once.
func (m *Detail) askForget() {
	if !hasContact(m.d.In.Holder) {
		m.notice, m.bad = m.ctx.T("history.forget.nothing"), false
		return
	}
	m.confirm, m.forgetYes = actForget, false
}

// forgetKey answers a key while the erasure dialog is open.
func (m *Detail) forgetKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Choose):
		m.forgetYes = !m.forgetYes
	case key.Matches(msg, k.Confirm) && !m.forgetYes, key.Matches(msg, k.No):
		m.confirm = actNone
	case key.Matches(msg, k.Confirm), key.Matches(msg, k.Yes):
		m.confirm = actNone
		m.busy = true
		return m.act(actForget)
	}
	return nil
}

// forgetDialog names the initiative and what will be erased.
func (m *Detail) forgetDialog() string {
	c := m.ctx
	st := c.Styles
	w := min(max(m.width-8, 30), 60)
	var b strings.Builder
	b.WriteString(st.Subtitle.Render(c.T("history.forget.title")) + "\n\n")
	b.WriteString(lipgloss.NewStyle().Width(w).Render(c.T("history.forget.body", plaintext.Line(m.d.In.Title))) + "\n\n")
	// Brackets show the choice without colours too.
	button := func(label string, chosen bool) string {
		if chosen {
			return st.Selected.Render("[ " + label + " ]")
		}
		return "  " + label + "  "
	}
	yes := button(c.T("history.forget.yes"), m.forgetYes)
	no := button(c.T("history.forget.no"), !m.forgetYes)
	b.WriteString(yes + "   " + no + "\n\n")
	b.WriteString(lipgloss.NewStyle().Width(w).Render(st.Muted.Render(c.T("history.forget.hint"))))
	return st.Dialog.Render(b.String())
}

// Package dialogs holds the small dialogs several screens open over
// themselves.
package dialogs

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
	"essradar/tui/keys"
	"essradar/tui/layout"
)

type recusalKeys struct {
	Up, Down, Toggle, Done key.Binding
}

// Recusal lets the secretary mark the members present who declare a
// conflict of interest for one initiative. Each toggle is saved at once.
type Recusal struct {
	ctx    *context.Context
	keys   recusalKeys
	b      *store.SessionSheet
	id     uint64
	cursor int
}

func NewRecusal(ctx *context.Context, b *store.SessionSheet, initiativeID uint64) *Recusal {
	t := ctx.Text
	return &Recusal{ctx: ctx, b: b, id: initiativeID, keys: recusalKeys{
		Up:     ctx.Keys.Up,
		Down:   ctx.Keys.Down,
		Toggle: keys.Also(keys.Relabel(t, ctx.Keys.Toggle, "key.toggle_recusal"), "x"),
		Done:   keys.Also(keys.Relabel(t, ctx.Keys.Back, "key.done"), "enter"),
	}}
}

func (d *Recusal) Capturing() bool { return false }

func (d *Recusal) Help() help.KeyMap {
	return keys.List{d.keys.Up, d.keys.Down, d.keys.Toggle, d.keys.Done}
}

// Update toggles recusals on se; changed says se must be written.
func (d *Recusal) Update(msg tea.KeyPressMsg, se *store.Session) (done, changed bool) {
	n := len(se.Present)
	switch {
	case key.Matches(msg, d.keys.Done):
		return true, false
	case key.Matches(msg, d.keys.Up):
		d.cursor = max(d.cursor-1, 0)
	case key.Matches(msg, d.keys.Down):
		d.cursor = min(d.cursor+1, n-1)
	case key.Matches(msg, d.keys.Toggle) && n > 0:
		mid := se.Present[d.cursor]
		recs := slices.Clone(se.Recusals)
		i := slices.IndexFunc(recs, func(r store.Recusal) bool { return r.InitiativeID == d.id && r.MemberID == mid })
		if i >= 0 {
			recs = slices.Delete(recs, i, i+1)
		} else {
			recs = append(recs, store.Recusal{InitiativeID: d.id, MemberID: mid, Reason: d.ctx.T("recusal.reason"), At: time.Now()})
		}
		se.Recusals = recs
		return false, true
	}
	return false, false
}

func (d *Recusal) View() string {
	c := d.ctx
	st := c.Styles
	in := d.b.Initiatives[d.id]
	rec := d.b.Recused(d.id)
	var b strings.Builder
	b.WriteString(st.Subtitle.Render(c.T("recusal.title")) + "\n")
	b.WriteString(st.Muted.Render(layout.Fit(in.Title, 50)) + "\n\n")
	for i, mid := range d.b.Session.Present {
		m := d.b.Members[mid]
		box := "[ ]"
		if rec[mid] {
			box = "[x]"
		}
		line := fmt.Sprintf("%s %s", box, layout.Fit(m.Name+" ("+m.College+")", 46))
		if i == d.cursor {
			line = st.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + st.Muted.Render(c.T("recusal.hint")))
	return st.Dialog.Render(b.String())
}

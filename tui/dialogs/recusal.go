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
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/layout"
)

type recusalKeys struct {
	Up, Down, Toggle, Done key.Binding
}

// Recusal lets the secretary mark the members present who declare a
// conflict of interest for one initiative. Each toggle is saved at once;
// marking a member then asks why, a reason the minutes quote and the
// secretary may leave blank.
type Recusal struct {
	ctx    *context.Context
	keys   recusalKeys
	b      *store.SessionSheet
	id     uint64
	cursor int
	// reason is the field open for the member just marked, nil otherwise.
	reason    *textinput.Model
	reasonFor uint64
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

// Capturing: a reason is being typed, so q must reach the field.
func (d *Recusal) Capturing() bool { return d.reason != nil }

func (d *Recusal) Help() help.KeyMap {
	if d.reason != nil {
		return keys.List{d.ctx.Keys.Record, d.ctx.Keys.Cancel}
	}
	return keys.List{d.keys.Up, d.keys.Down, d.keys.Toggle, d.keys.Done}
}

// Update toggles recusals on se and records their reasons; changed says se
// must be written.
func (d *Recusal) Update(msg tea.KeyPressMsg, se *store.Session) (done, changed bool) {
	if d.reason != nil {
		return false, d.updateReason(msg, se)
	}
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
			recs = append(recs, store.Recusal{InitiativeID: d.id, MemberID: mid, At: time.Now()})
			d.askReason(mid)
		}
		se.Recusals = recs
		return false, true
	}
	return false, false
}

func (d *Recusal) askReason(memberID uint64) {
	ti := context.NewTextInput()
	ti.Prompt = "› "
	ti.CharLimit = 200
	ti.SetWidth(46)
	ti.Focus()
	d.reason, d.reasonFor = &ti, memberID
}

// updateReason types into the reason field; enter writes the reason on the
// member's recusal, esc leaves the recusal without one.
func (d *Recusal) updateReason(msg tea.KeyPressMsg, se *store.Session) (changed bool) {
	switch {
	case key.Matches(msg, d.ctx.Keys.Cancel):
		d.reason = nil
		return false
	case key.Matches(msg, d.ctx.Keys.Record):
		why := strings.TrimSpace(plaintext.Clean(d.reason.Value(), false))
		d.reason = nil
		i := slices.IndexFunc(se.Recusals, func(r store.Recusal) bool { return r.InitiativeID == d.id && r.MemberID == d.reasonFor })
		if why == "" || i < 0 {
			return false
		}
		recs := slices.Clone(se.Recusals)
		recs[i].Reason = why
		se.Recusals = recs
		return true
	}
	*d.reason, _ = d.reason.Update(msg)
	return false
}

func (d *Recusal) View() string {
	c := d.ctx
	st := c.Styles
	in := d.b.Initiatives[d.id]
	rec := d.b.Recused(d.id)
	reasons := map[uint64]string{}
	for _, r := range d.b.Session.Recusals {
		if r.InitiativeID == d.id {
			reasons[r.MemberID] = r.Reason
		}
	}
	var b strings.Builder
	b.WriteString(st.Subtitle.Render(c.T("recusal.title")) + "\n")
	b.WriteString(st.Muted.Render(layout.Fit(plaintext.Line(in.Title), 50)) + "\n\n")
	for i, mid := range d.b.Session.Present {
		m := d.b.Members[mid]
		box := "[ ]"
		if rec[mid] {
			box = "[x]"
		}
		who := plaintext.Line(m.Name + " (" + m.College + ")")
		if why := reasons[mid]; rec[mid] && why != "" {
			who += " — " + plaintext.Line(why)
		}
		line := fmt.Sprintf("%s %s", box, layout.Fit(who, 46))
		if i == d.cursor {
			line = st.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if d.reason != nil {
		ask := c.T("minutes.recusal_ask", plaintext.Line(d.b.Members[d.reasonFor].Name))
		b.WriteString("\n" + strings.Join(layout.WrapLines(ask, 50, 2), "\n") + "\n")
		b.WriteString(d.reason.View() + "\n")
		b.WriteString(st.Muted.Render(c.T("minutes.reason_hint")))
		return st.Dialog.Render(b.String())
	}
	b.WriteString("\n" + st.Muted.Render(c.T("recusal.hint")))
	return st.Dialog.Render(b.String())
}

package home

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/table"
	tea "charm.land/bubbletea/v2"

	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// The reference the initiatives table is compared to in BENCHMARKS.md: a
// default bubbles list holding the same rows (title, holder), filtered and
// scrolled the same way, at the same size, in the same run.

type refItem struct{ title, holder string }

func (i refItem) Title() string       { return i.title }
func (i refItem) Description() string { return i.holder }
func (i refItem) FilterValue() string { return i.title + " " + i.holder }

func bigList(b *testing.B) *list.Model {
	s := bigStore(b, 20000)
	ins, err := s.Initiatives("2026")
	if err != nil {
		b.Fatal(err)
	}
	items := make([]list.Item, len(ins))
	for i, in := range ins {
		items[i] = refItem{in.Title, in.Holder.Name}
	}
	l := list.New(items, list.NewDefaultDelegate(), 120, 39)
	return &l
}

// update runs the list's commands to the end, as Bubble Tea would: its
// filter works in a command.
func update(l *list.Model, msg tea.Msg) {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		var cmd tea.Cmd
		*l, cmd = l.Update(queue[0])
		queue = append(queue[1:], tuitest.Run(cmd)...)
	}
}

func BenchmarkReferenceListFilterKeystroke(b *testing.B) {
	l := bigList(b)
	update(l, tuitest.Press("/"))
	keys := []tea.KeyPressMsg{tuitest.Press("e"), tuitest.Press("c"), tuitest.Press("o"), backspace, backspace, backspace}
	for i := 0; b.Loop(); i++ {
		update(l, keys[i%len(keys)])
		_ = l.View()
	}
}

func BenchmarkReferenceListScroll(b *testing.B) {
	l := bigList(b)
	down, up := tuitest.Press("j"), tuitest.Press("k")
	for i := 0; b.Loop(); i++ {
		if (i/1000)%2 == 0 {
			update(l, down)
		} else {
			update(l, up)
		}
		_ = l.View()
	}
}

// A default bubbles table of the same rows (title, holder), at the same
// size: it has no filter of its own, so a filter keystroke is what a
// program using it would do, the rows kept whose folded text holds the
// typed text, given back to the table.

func bigTable(b *testing.B) (*table.Model, []table.Row, []string) {
	s := bigStore(b, 20000)
	ins, err := s.Initiatives("2026")
	if err != nil {
		b.Fatal(err)
	}
	rows := make([]table.Row, len(ins))
	folded := make([]string, len(ins))
	for i, in := range ins {
		rows[i] = table.Row{in.Title, in.Holder.Name}
		folded[i] = i18n.Fold(in.Title + " " + in.Holder.Name)
	}
	t := table.New(table.WithColumns([]table.Column{{Title: "Titre", Width: 70}, {Title: "Porteur", Width: 46}}),
		table.WithRows(rows), table.WithHeight(39), table.WithWidth(120), table.WithFocused(true))
	return &t, rows, folded
}

func BenchmarkReferenceTableFilterKeystroke(b *testing.B) {
	t, rows, folded := bigTable(b)
	typed := []string{"e", "ec", "eco", "ec", "e", ""}
	for i := 0; b.Loop(); i++ {
		q := typed[i%len(typed)]
		var kept []table.Row
		for j, r := range rows {
			if strings.Contains(folded[j], q) {
				kept = append(kept, r)
			}
		}
		t.SetRows(kept)
		_ = t.View()
	}
}

func BenchmarkReferenceTableScroll(b *testing.B) {
	t, _, _ := bigTable(b)
	down, up := tuitest.Press("j"), tuitest.Press("k")
	for i := 0; b.Loop(); i++ {
		if (i/1000)%2 == 0 {
			*t, _ = t.Update(down)
		} else {
			*t, _ = t.Update(up)
		}
		_ = t.View()
	}
}

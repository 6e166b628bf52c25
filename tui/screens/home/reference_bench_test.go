package home

import (
	"testing"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

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

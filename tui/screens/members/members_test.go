package members

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// TestLongDirectoryKeepsTheCursorOnScreen: the directory opens on the row
// it was left on and keeps the cursor's row drawn, in the middle when it
// can.
func TestLongDirectoryKeepsTheCursorOnScreen(t *testing.T) {
	const w, h = 80, 24
	s := tuitest.Store(t)
	for i := 1; i <= 40; i++ {
		if err := s.CreateMember(&store.Member{Name: fmt.Sprintf("Membre %02d", i), College: "Élus", Active: true}); err != nil {
			t.Fatal(err)
		}
	}
	m := New(context.New(s, i18n.FR), 30)
	m.SetSize(w, h-1)
	update := func(msg tea.Msg) tea.Cmd { _, c := m.Update(msg); return c }
	for _, msg := range tuitest.Run(m.Init()) {
		tuitest.Drive(t, update, msg)
	}
	view := func() string { return ansi.Strip(m.View()) }
	shown := func() bool {
		mem, ok := m.Selected()
		return ok && strings.Contains(view(), mem.Name)
	}
	if mem, _ := m.Selected(); mem.Name != "Membre 31" || !shown() {
		t.Fatalf("opened on %q:\n%s", mem.Name, view())
	}
	press := func(k string) { tuitest.Drive(t, update, tuitest.Press(k)) }
	tuitest.Walk(t, 10, "down", press, shown, view)
	tuitest.Walk(t, 40, "up", press, shown, view)
	if mem, _ := m.Selected(); mem.Name != "Membre 01" {
		t.Fatalf("up to the top stopped on %q", mem.Name)
	}
	if lines := strings.Count(view(), "\n") + 1; lines > h-1 {
		t.Fatalf("%d lines drawn in %d:\n%s", lines, h-1, view())
	}
}

package members

import (
	"fmt"
	"strings"
	"testing"

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
	sc := tuitest.NewScreen(t, New(context.New(s, i18n.FR), 30), w, h)
	m := sc.S.(*Model)
	view := sc.Plain
	shown := func() bool {
		mem, ok := m.Selected()
		return ok && strings.Contains(view(), mem.Name)
	}
	if mem, _ := m.Selected(); mem.Name != "Membre 31" || !shown() {
		t.Fatalf("opened on %q:\n%s", mem.Name, view())
	}
	press := func(k string) { sc.Press(k) }
	tuitest.Walk(t, 10, "down", press, shown, view)
	tuitest.Walk(t, 40, "up", press, shown, view)
	if mem, _ := m.Selected(); mem.Name != "Membre 01" {
		t.Fatalf("up to the top stopped on %q", mem.Name)
	}
	if lines := strings.Count(view(), "\n") + 1; lines > h-1 {
		t.Fatalf("%d lines drawn in %d:\n%s", lines, h-1, view())
	}
}

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

// The tester's walk: deleting a member who sat ended, at 80 columns, in
// "on ne peut pas le supprim" (cut, and « le » for a woman). The refusal is
// worded about the member, whoever they are, and wrapped whole.
func TestDeletingAMemberWhoSatIsRefusedInFullAndNeutrally(t *testing.T) {
	const w, h = 80, 24
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.FR), 0), w, h)
	m := sc.S.(*Model)
	mem, _ := m.Selected()
	sc.Press("delete")
	sc.Press("o")
	v := sc.Plain()
	flat := strings.Join(strings.Fields(v), " ")
	want := mem.Name + " a siégé dans une séance : impossible de supprimer ce membre ; marquez-le inactif (espace)."
	if !strings.Contains(flat, want) {
		t.Fatalf("want %q:\n%s", want, v)
	}
	sc.Fits(w, h, "refusal")
	if !strings.Contains(v, mem.Name) || strings.Count(v, "\n") > h-1 {
		t.Fatalf("the list lost its cursor row or overflows:\n%s", v)
	}
}

// The filter's count groups thousands as the home's table does
// (« 1 000 / 1 000 »), whatever the count.
func TestDirectoryCountGrouped(t *testing.T) {
	s := tuitest.Store(t)
	err := s.Update(func(tx *store.Tx) error {
		for i := 1; i <= 1000; i++ {
			if err := tx.CreateMember(&store.Member{Name: fmt.Sprintf("Membre %04d", i), College: "Élus", Active: true}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sc := tuitest.NewScreen(t, New(context.New(s, i18n.FR), 0), 80, 24)
	sc.Press("/")
	sc.Type("Membre")
	if v := strings.Join(strings.Fields(sc.Plain()), " "); !strings.Contains(v, "1 000 / 1 000") {
		t.Errorf("the directory's count is not grouped:\n%s", sc.Plain())
	}
}

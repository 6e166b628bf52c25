package tui

import (
	"path/filepath"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// burst delivers keys as Bubble Tea does when they arrive together (tmux
// send-keys, a paste without bracketed paste, a fast typist): all of them
// before anything their commands send back, such as Huh's move to the next
// field.
func burst(t *testing.T, a *App, parts ...string) {
	t.Helper()
	var queue []tea.Msg
	for _, p := range parts {
		keys := []tea.Msg{press(p)}
		if len([]rune(p)) > 1 && p != "enter" && p != "tab" {
			keys = keys[:0]
			for _, r := range p {
				keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
		for _, k := range keys {
			_, cmd := a.Update(k)
			queue = append(queue, tuitest.Run(cmd)...)
		}
	}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			t.Fatalf("too many messages: a command loop? (%T)", queue[0])
		}
		_, cmd := a.Update(queue[0])
		queue = append(queue[1:], tuitest.Run(cmd)...)
	}
}

func TestInitiativeFormTypedInOneBurst(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	drive(t, a, nav.EditInitiative{})
	// The tester's burst: each field used to receive the start of the next
	// one (« Écomusée du littoralAs », « 200,50 » for « 1 200,5 »).
	burst(t, a, "Écomusée du littoral", "enter", "Association Mémoire", "enter", "SCIC", "enter",
		"enter", "Alès", "enter", "1 200,5", "enter",
		"Jeanne Petit", "enter", "jeanne@example.org", "tab", "03 21 00 00 00", "enter", "Mémoire du port", "enter")
	inits, _ := s.Initiatives("2026")
	i := slices.IndexFunc(inits, func(in store.Initiative) bool { return in.Title == "Écomusée du littoral" })
	if i < 0 {
		t.Fatalf("initiative not saved, or under another title; screen:\n%s", view(a))
	}
	in := inits[i]
	want := store.Holder{Name: "Association Mémoire", LegalForm: "SCIC", ContactName: "Jeanne Petit", Email: "jeanne@example.org", Phone: "03 21 00 00 00"}
	if in.Holder != want || in.Commune != "Alès" || in.AmountCents != 120050 || in.Territory != "Arrageois" || in.Summary != "Mémoire du port" {
		t.Fatalf("each field its own text: %+v", in)
	}
}

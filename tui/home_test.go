package tui

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/tui/i18n"
)

func openTestStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// drive feeds a message to the app and runs the commands it returns until
// none is left, the way Bubble Tea would, but synchronously.
func drive(t *testing.T, a *App, msg tea.Msg) {
	t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 200 {
			t.Fatalf("too many messages: a command loop? (%T)", queue[0])
		}
		m := queue[0]
		queue = queue[1:]
		_, cmd := a.Update(m)
		queue = append(queue, runCmd(cmd)...)
	}
}

// runCmd executes a command and flattens batches; ticks and other
// long-running commands are left out by the caller's choice of messages.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	// Timers (cursor blinks, ticks) sleep and reschedule themselves
	// forever; Huh's fields blink and cannot be told not to. A test has no
	// eyes: such commands are recognised by the function that made them and
	// dropped without being run.
	if name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(); strings.Contains(name, "cursor.(*Model).Blink") ||
		strings.Contains(name, "bubbletea/v2.Tick") || strings.Contains(name, "bubbletea/v2.Every") {
		return nil
	}
	msg := cmd()
	switch m := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, runCmd(c)...)
		}
		return out
	case tea.QuitMsg:
		return nil
	}
	// tea.Sequence's message is unexported: a slice of commands, run in order.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			out = append(out, runCmd(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if isTerminalQuery(msg) || strings.Contains(strings.ToLower(typeName(msg)), "blink") {
		// Cursor blinks reschedule themselves forever; a test has no eyes.
		return nil
	}
	return []tea.Msg{msg}
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }

// isTerminalQuery recognises the messages Bubble Tea answers itself by
// asking the terminal (background colour, window size).
func isTerminalQuery(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.WindowSizeMsg:
		return false
	}
	name := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(typeName(msg), "tea."), "*"))
	return strings.Contains(name, "request") || strings.Contains(name, "backgroundcolor")
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "space":
		return tea.KeyPressMsg{Code: ' ', Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "delete":
		return tea.KeyPressMsg{Code: tea.KeyDelete}
	case "ctrl+home":
		return tea.KeyPressMsg{Code: tea.KeyHome, Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

func newTestApp(t *testing.T, s *store.Store, w, h int) *App {
	t.Helper()
	a := New(Options{Store: s, Lang: i18n.FR})
	drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	for _, m := range runCmd(a.Init()) {
		drive(t, a, m)
	}
	return a
}

func view(a *App) string { return a.View().Content }

func TestEmptyDatabaseOffersTheDemoAndLoadsIt(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 80, 24)
	v := view(a)
	if !strings.Contains(v, "La base est vide") || !strings.Contains(v, "Charger la campagne de démonstration ?") {
		t.Fatalf("the empty database must offer the demo:\n%s", v)
	}
	drive(t, a, press("o"))
	v = view(a)
	for _, want := range []string{"Budget citoyen 2026 (démonstration)", "24 initiatives", "labellisées", "Épicerie solidaire"} {
		if !strings.Contains(v, want) {
			t.Errorf("home after the demo lacks %q:\n%s", want, v)
		}
	}
	if _, err := s.Campaign("2026"); err != nil {
		t.Fatalf("the demo was not written: %v", err)
	}
}

func TestDecliningTheDemoWritesNothing(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 80, 24)
	drive(t, a, press("n"))
	if v := view(a); !strings.Contains(v, "Aucune campagne") {
		t.Fatalf("declining the demo:\n%s", v)
	}
	if cs, _ := s.Campaigns(); len(cs) != 0 {
		t.Fatalf("declining wrote %d campaigns", len(cs))
	}
}

func TestHomeScrollsThroughInitiatives(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 80, 24)
	drive(t, a, press("o"))
	lines := strings.Split(view(a), "\n")
	if len(lines) != 24 {
		t.Fatalf("the screen has %d lines, want 24", len(lines))
	}
	if strings.Contains(view(a), "Œuvre commune") {
		t.Fatal("the last initiative should be below the fold at 80x24")
	}
	drive(t, a, press("G"))
	if !strings.Contains(view(a), "Œuvre commune") {
		t.Fatalf("end must show the last initiative:\n%s", view(a))
	}
	drive(t, a, press("g"))
	if !strings.Contains(view(a), "Épicerie solidaire") {
		t.Fatalf("home must show the first initiative:\n%s", view(a))
	}
	drive(t, a, press("?"))
	if v := view(a); !strings.Contains(v, "page suivante") {
		t.Fatalf("? must show the full help:\n%s", v)
	}
}

func TestTooSmallTerminalAsksToEnlarge(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 30, 8)
	if v := view(a); !strings.Contains(v, "agrandissez la fenêtre") {
		t.Fatalf("tiny terminal:\n%s", v)
	}
}

// Package tuitest drives essradar's models the way Bubble Tea would, but
// synchronously, for tests: a key goes in, the commands it returns run, their
// messages go back in, until nothing is left. The root and every screen are
// tested with it.
package tuitest

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/nav"
)

// Store opens a new, empty store in the test's temporary folder.
func Store(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// DemoStore is Store with the demo campaign loaded.
func DemoStore(t testing.TB) *store.Store {
	t.Helper()
	s := Store(t)
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

// Campaign is the store's current campaign.
func Campaign(t testing.TB, s *store.Store) store.Campaign {
	t.Helper()
	c, err := s.CurrentCampaign()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Initiatives adds n submitted initiatives, « Point 1 » to « Point n », to
// the current campaign's first territory, and gives their ids.
func Initiatives(t testing.TB, s *store.Store, n int) []uint64 {
	t.Helper()
	c := Campaign(t, s)
	ids := make([]uint64, n)
	for i := range ids {
		in := store.Initiative{CampaignID: c.ID, Title: fmt.Sprintf("Point %d", i+1), Territory: c.Territories[0],
			Commune: "Arras", Holder: store.Holder{Name: "Porteur"}, Status: store.StatusSubmitted}
		if err := s.CreateInitiative(&in); err != nil {
			t.Fatal(err)
		}
		ids[i] = in.ID
	}
	return ids
}

// Walk moves a list's cursor over its n rows with key (« down », « up »),
// one press less than rows, and fails as soon as shown says that the row
// under the cursor is not drawn; view is the screen, for the failure.
func Walk(t testing.TB, n int, key string, press func(key string), shown func() bool, view func() string) {
	t.Helper()
	for i := range n {
		if i > 0 {
			press(key)
		}
		if !shown() {
			t.Fatalf("%s %d times: the cursor's row is off the screen:\n%s", key, i, view())
		}
	}
}

// Drive feeds msg to update and runs the commands it returns until none is
// left.
func Drive(t testing.TB, update func(tea.Msg) tea.Cmd, msg tea.Msg) {
	t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 200 {
			t.Fatalf("too many messages: a command loop? (%T)", queue[0])
		}
		m := queue[0]
		queue = queue[1:]
		queue = append(queue, Run(update(m))...)
	}
}

// Run executes a command and flattens batches and sequences.
//
// Time does not pass in a test: what essradar asks for later comes as a
// nav.Delayed message, dropped here (a test that wants it delivers its Msg
// itself). The one timer left is the text cursor's blink inside Huh's
// fields, which Huh gives no way to turn off: it sleeps and reschedules
// itself forever, and can only be told by the function that made it.
func Run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	if name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(); strings.Contains(name, "cursor.(*Model).Blink") {
		return nil
	}
	msg := cmd()
	if r, ok := msg.(nav.Result); ok {
		if _, later := r.Msg.(nav.Delayed); later {
			return nil
		}
	}
	switch m := msg.(type) {
	case nil, nav.Delayed:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, Run(c)...)
		}
		return out
	case tea.QuitMsg:
		return nil
	}
	// tea.Sequence's message is unexported: a slice of commands, run in order.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			out = append(out, Run(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if isTerminalQuery(msg) || strings.Contains(strings.ToLower(typeName(msg)), "blink") {
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

// namedKeys are the key messages of the key names tests press.
var namedKeys = map[string]tea.KeyPressMsg{
	"enter":      {Code: tea.KeyEnter},
	"esc":        {Code: tea.KeyEscape},
	"up":         {Code: tea.KeyUp},
	"down":       {Code: tea.KeyDown},
	"left":       {Code: tea.KeyLeft},
	"right":      {Code: tea.KeyRight},
	"tab":        {Code: tea.KeyTab},
	"pgdown":     {Code: tea.KeyPgDown},
	"pgup":       {Code: tea.KeyPgUp},
	"space":      {Code: ' ', Text: " "},
	"backspace":  {Code: tea.KeyBackspace},
	"delete":     {Code: tea.KeyDelete},
	"ctrl+home":  {Code: tea.KeyHome, Mod: tea.ModCtrl},
	"ctrl+u":     {Code: 'u', Mod: tea.ModCtrl},
	"ctrl+c":     {Code: 'c', Mod: tea.ModCtrl},
	"shift+up":   {Code: tea.KeyUp, Mod: tea.ModShift},
	"shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
}

// Press is the key message for a key name ("enter", "esc", "ctrl+u", "a").
func Press(s string) tea.KeyPressMsg {
	if k, ok := namedKeys[s]; ok {
		return k
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// Type presses each character of s.
func Type(t testing.TB, update func(tea.Msg) tea.Cmd, s string) {
	t.Helper()
	for _, r := range s {
		Drive(t, update, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

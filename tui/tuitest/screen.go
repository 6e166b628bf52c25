package tuitest

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/tui/nav"
)

// Screen drives one screen alone, the way the root would: results addressed
// to it are delivered to it, the navigation it asks for is recorded (not
// followed), and a screen handing over to the next one (a loading screen to
// what it loaded, a form to its next step) is followed.
type Screen struct {
	T testing.TB
	S nav.Screen
	// Navs are the navigation messages the screen sent, in order.
	Navs []tea.Msg
}

// NewScreen sizes s as the root would at w×h (one line is the root's help)
// and starts it.
func NewScreen(t testing.TB, s nav.Screen, w, h int) *Screen {
	t.Helper()
	sc := &Screen{T: t, S: s}
	s.SetSize(w, h-1)
	for _, m := range Run(s.Init()) {
		sc.Send(m)
	}
	return sc
}

// Update is one step, as the root takes it.
func (sc *Screen) Update(msg tea.Msg) tea.Cmd {
	if r, ok := msg.(nav.Result); ok {
		msg = r.Msg
	}
	switch msg.(type) {
	case nav.GoHome, nav.OpenInitiative, nav.EditInitiative, nav.OpenSession, nav.PrepareSession,
		nav.OpenScoring, nav.ImportCSV, nav.CampaignSettings, nav.NewCampaign, nav.OpenMembers:
		sc.Navs = append(sc.Navs, msg)
		return nil
	}
	var cmd tea.Cmd
	sc.S, cmd = sc.S.Update(msg)
	return cmd
}

// Send delivers msg and everything the commands it starts send back.
func (sc *Screen) Send(msg tea.Msg) {
	sc.T.Helper()
	Drive(sc.T, sc.Update, msg)
}

// Press presses keys by name ("enter", "esc", "j"…), one after the other.
func (sc *Screen) Press(keys ...string) {
	sc.T.Helper()
	for _, k := range keys {
		sc.Send(Press(k))
	}
}

// Type types s, a key per character.
func (sc *Screen) Type(s string) {
	sc.T.Helper()
	for _, r := range s {
		sc.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// View is what the screen draws, colours included.
func (sc *Screen) View() string { return sc.S.View() }

// Plain is what the screen draws, without colours.
func (sc *Screen) Plain() string { return ansi.Strip(sc.S.View()) }

// ShortHelp is the screen's keys as the help line lists them.
func (sc *Screen) ShortHelp() string {
	var keys []string
	for _, b := range sc.S.Help().ShortHelp() {
		keys = append(keys, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(keys, " • ")
}

// FullHelp is every key the screen offers.
func (sc *Screen) FullHelp() string {
	var keys []string
	for _, col := range sc.S.Help().FullHelp() {
		for _, b := range col {
			keys = append(keys, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return strings.Join(keys, " • ")
}

// LastNav is the last navigation the screen asked for, nil if none.
func (sc *Screen) LastNav() tea.Msg {
	if len(sc.Navs) == 0 {
		return nil
	}
	return sc.Navs[len(sc.Navs)-1]
}

// Fits checks the screen draws within w×h as the root sizes it (the last
// line is the root's help): no more lines, none wider. what names the step
// in the failure.
func (sc *Screen) Fits(w, h int, what string) {
	sc.T.Helper()
	lines := strings.Split(sc.Plain(), "\n")
	if len(lines) > h-1 {
		sc.T.Errorf("%dx%d %s: %d lines", w, h, what, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			sc.T.Errorf("%dx%d %s, line %d is %d wide: %q", w, h, what, i+1, lw, l)
		}
	}
}

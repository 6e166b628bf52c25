package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"essradar/tui/i18n"
)

// Why the radar is in ASCII is said under the first screen, then gone at
// the first key: it must not take a line for the whole evening.
func TestGlyphNoticeIsSaidOnceUnderTheFirstScreen(t *testing.T) {
	s := openTestStore(t)
	a := New(Options{Store: s, Lang: i18n.FR, ASCII: true, Notice: "glyphs.windows_console"})
	drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, m := range runCmd(a.Init()) {
		drive(t, a, m)
	}
	v := view(a)
	if !strings.Contains(v, "Radar en ASCII") || !strings.Contains(v, "La base est vide") {
		t.Fatalf("the first screen must say why the radar is in ASCII:\n%s", v)
	}
	if lines := strings.Count(v, "\n") + 1; lines != 24 {
		t.Errorf("the notice pushes the screen to %d lines", lines)
	}
	drive(t, a, press("n")) // declines the demo
	if v := view(a); strings.Contains(v, "Radar en ASCII") {
		t.Errorf("the notice stays after the first key:\n%s", v)
	}
}

func TestNoNoticeWhenNothingWasChosen(t *testing.T) {
	a := newTestApp(t, openTestStore(t), 80, 24)
	if v := view(a); strings.Contains(v, "ASCII") {
		t.Errorf("a notice nobody asked for:\n%s", v)
	}
}

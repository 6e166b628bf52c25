package tui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"essradar/tui/layout"
	"essradar/tui/nav"
)

// Shutdown is what the command line sends when the system asks essradar to
// end (ctrl+c as a signal, SIGTERM, SIGHUP): no question can be asked then,
// but a save on its way was shown on screen and must land before the file
// is closed.
type Shutdown struct{}

// closeWhenLanded quits once no save is on its way. A save that failed and
// waits for its retry is not waited for: it was never shown as saved, and
// the disk that refused it may refuse it for as long as one waits.
func (a *App) closeWhenLanded() tea.Cmd {
	if len(a.inFlight()) == 0 {
		return tea.Quit
	}
	return nil
}

// inFlight names the screens whose save is on its way (not failing).
func (a *App) inFlight() []string {
	var out []string
	add := func(s nav.Screen) {
		b, ok := s.(nav.Busy)
		if !ok || b.Busy() == "" {
			return
		}
		if f, ok := s.(nav.Failing); ok && f.Failing() {
			return
		}
		out = append(out, b.Busy())
	}
	add(a.screen)
	for _, s := range a.left {
		add(s)
	}
	if a.backups > 0 {
		out = append(out, a.ctx.T("busy.backup"))
	}
	slices.Sort(out)
	return out
}

// closingView replaces the help while essradar waits for a save to land
// before ending.
func (a *App) closingView() string {
	text := a.ctx.Styles.Warning.Render(a.ctx.T("shutdown.waiting", strings.Join(a.inFlight(), " ; ")))
	return strings.Join(layout.WrapLines(text, a.width, 3), "\n")
}

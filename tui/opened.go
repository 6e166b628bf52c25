package tui

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/layout"
	"essradar/tui/nav"
)

// openedCheckedMsg comes back from the full check of the file, run in the
// background once the interface is up.
type openedCheckedMsg struct {
	err    error
	backup string // the latest backup beside the file, when damaged
}

// checkOpened runs the store's full check beside the interface. It is not
// counted as work on its way: quitting does not wait for it (closing the
// store stops it).
func (a *App) checkOpened() tea.Cmd {
	s := a.ctx.Store
	return func() tea.Msg {
		err := s.CheckOpened()
		if errors.Is(err, store.ErrDamaged) {
			return openedCheckedMsg{err: err, backup: store.LatestBackup(s.Path())}
		}
		return openedCheckedMsg{err: err}
	}
}

// checkDelay leaves the first screen the time to be painted before the
// full check takes a processor (measured at 20,000 initiatives on two
// shared cores: about 50 ms later painted when both run at once).
const checkDelay = 250 * time.Millisecond

// checkDueMsg: the time to start the full check has come.
type checkDueMsg struct{}

// startCheck asks for the full check the first time a background result
// comes back (the first screen's load), nil after.
func (a *App) startCheck() tea.Cmd {
	if !a.checkPending {
		return nil
	}
	a.checkPending = false
	if a.checkAfter == 0 {
		return a.checkOpened()
	}
	return nav.Later(a.checkAfter, checkDueMsg{})
}

// openedChecked says damage at once, on a line under every screen that
// stays until essradar quits; a sound file gets the day's automatic backup,
// taken only now so that it never copies a damaged file.
func (a *App) openedChecked(msg openedCheckedMsg) tea.Cmd {
	switch {
	case msg.err == nil:
		return a.backup(store.BackupAuto, 0)
	case errors.Is(msg.err, store.ErrCheckStopped):
		return nil
	case errors.Is(msg.err, store.ErrDamaged):
		why, _ := store.DamageReason(msg.err)
		if msg.backup == "" {
			a.damage = a.ctx.T("opened.damaged", a.ctx.Text.Message(why))
		} else {
			a.damage = a.ctx.T("opened.damaged_backup", a.ctx.Text.Message(why), msg.backup, a.ctx.Store.Path())
		}
	default:
		a.damage = a.ctx.T("opened.check_failed", a.ctx.Text.Error(msg.err))
	}
	a.layout()
	return nil
}

// damageView is the damage line(s) for the width, none when the file is sound.
func (a *App) damageView() []string {
	if a.damage == "" {
		return nil
	}
	// The message names the file and its backup: paths are data.
	text := a.ctx.Styles.Error.Render(plaintext.Line(a.damage))
	return layout.WrapLines(text, a.width, damageLines(a.height))
}

// damageLines gives the damage, which says what is wrong and the backup
// to restore, up to a third of the window.
func damageLines(height int) int {
	return max(2, min(10, height/3))
}

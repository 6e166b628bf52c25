package tui

import (
	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/layout"
)

// backupDoneMsg comes back from a backup taken in the background.
type backupDoneMsg struct {
	kind store.BackupKind
	path string // "" when the automatic one had nothing to do
	err  error
}

// backup takes a backup of kind in the background; session names the
// closed session of a session backup. A failure is said and the meeting
// goes on: nothing waits for it.
func (a *App) backup(kind store.BackupKind, session uint64) tea.Cmd {
	s := a.ctx.Store
	a.backups++
	return func() tea.Msg {
		var path string
		var err error
		switch kind {
		case store.BackupAuto:
			path, err = s.AutoBackup()
		case store.BackupSession:
			path, err = s.SessionBackup(session)
		default:
			path, err = s.ManualBackup()
		}
		return backupDoneMsg{kind: kind, path: path, err: err}
	}
}

// backupDone puts the outcome on the status line. The day's automatic
// backup says nothing when it went well: the secretary did not ask for it.
func (a *App) backupDone(msg backupDoneMsg) {
	a.backups--
	switch {
	case msg.err != nil:
		a.status = a.ctx.Styles.Error.Render(a.ctx.T("backup.failed."+string(msg.kind), plaintext.Line(a.ctx.Text.Error(msg.err))))
	case msg.path == "" || msg.kind == store.BackupAuto:
		return
	default:
		// The path holds the folder names the secretary chose: data.
		a.status = a.ctx.Styles.OK.Render(a.ctx.T("backup.done."+string(msg.kind), plaintext.Line(msg.path)))
	}
	a.layout()
}

// statusView is the status line's text for the width, "" when none.
func (a *App) statusView() []string {
	if a.status == "" {
		return nil
	}
	return layout.WrapLines(a.status, a.width, 4)
}

// Package nav is how screens move the application without knowing each
// other: a screen returns one of these messages and the root, which alone
// knows every screen, builds the next one.
package nav

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Screen is what the root routes between.
type Screen interface {
	// Init starts the screen's background loading, if any.
	Init() tea.Cmd
	Update(tea.Msg) (Screen, tea.Cmd)
	View() string
	SetSize(w, h int)
	Help() help.KeyMap
	// Capturing says the screen is taking text input, so global letter keys
	// (q, ?) must reach it instead.
	Capturing() bool
}

// HomeTab is the list the home screen shows.
type HomeTab int

const (
	TabInitiatives HomeTab = iota
	TabSessions
)

// Navigation messages: screens send them, only the root acts on them.
type (
	// GoHome comes back to the home screen, on a tab.
	GoHome struct{ Tab HomeTab }
	// OpenInitiative shows one initiative's detail.
	OpenInitiative struct{ ID uint64 }
	// EditInitiative opens the initiative form; ID 0 adds one.
	EditInitiative struct{ ID uint64 }
	// OpenSession shows a session, its agenda cursor on Cursor.
	OpenSession struct {
		ID     uint64
		Cursor int
	}
	// PrepareSession opens the session's preparation; ID 0 prepares a new one.
	// FromHome: esc goes back home rather than to the session.
	PrepareSession struct {
		ID       uint64
		FromHome bool
	}
	// OpenScoring scores the agenda item at Index of a session.
	OpenScoring struct {
		SessionID uint64
		Index     int
	}
	// ImportCSV opens the CSV import.
	ImportCSV struct{}
	// CampaignSettings edits the current campaign.
	CampaignSettings struct{}
	// NewCampaign creates a campaign.
	NewCampaign struct{}
	// OpenMembers lists the committee members, the cursor on Cursor.
	OpenMembers struct{ Cursor int }
	// OpenStats shows the year in figures.
	OpenStats struct{}
	// SessionClosed says a session was just closed and sealed: the root
	// takes its backup. It moves nothing.
	SessionClosed struct{ ID uint64 }
)

// To is the command that sends msg: a screen's way of asking to move.
func To(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Owner names a screen instance, so that what it started in the background
// comes back to it even after another screen took its place.
type Owner uint64

// Result is a background command's message addressed to the screen that
// started it. The root delivers Msg to that screen, showing or not, and
// drops it when the screen is gone for good (a stale load).
type Result struct {
	Owner Owner
	Msg   tea.Msg
}

// Background runs cmd for owner: its message comes back as a Result.
func Background(owner Owner, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg { return Result{Owner: owner, Msg: cmd()} }
}

// Owned is a screen whose background work is addressed to it.
type Owned interface {
	Owner() Owner
}

// Busy is a screen that may hold changes not yet on disk. Busy returns what
// would be lost if it went away now, or "" when nothing would be. The root
// keeps a busy screen it leaves until its work lands, and asks before
// quitting.
type Busy interface {
	Busy() string
}

// Unsaved is a screen holding what the secretary has entered but not yet
// asked to save (an agenda being drawn up). Unsaved says what quitting now
// would lose, "" when nothing. Unlike Capturing, it leaves q and ? their
// global meaning: q asks before quitting.
type Unsaved interface {
	Unsaved() string
}

// Failing is a busy screen whose last save failed and is being retried:
// once left, the root says so under every screen until the save lands.
type Failing interface {
	Failing() bool
}

// Delayed asks the root to deliver Msg after a while (a retry, a notice
// that fades). Screens return it rather than a timer of their own, so a
// test driving a screen sees a plain message and decides when time passes.
type Delayed struct {
	After time.Duration
	Msg   tea.Msg
}

// Later is the command that asks for msg to come back after d.
func Later(d time.Duration, msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return Delayed{After: d, Msg: msg} }
}

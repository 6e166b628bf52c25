package formscreen

import (
	"reflect"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// Huh moves focus through messages its fields return as commands (enter
// in a field returns huh.NextField; leaving a group's last field then
// returns Huh's nextGroup). Bubble Tea delivers those after the key
// messages already queued, so keys typed fast after enter (a typist, a
// paste without bracketed paste, tmux send-keys) reached the field being
// left: « Écomusée du littoralAs ». typeahead holds the keys that arrive
// while such a move is on its way and gives them back, in order, once
// the form has taken it.
//
// Whether a move is on its way is read from the commands Huh returns,
// not guessed from the key: a field whose validation refuses enter
// returns no move, a text area's new-line key returns none, and either
// way nothing is held.
type typeahead struct {
	awaiting awaited
	held     []tea.Msg
}

type awaited int

const (
	noMove    awaited = iota
	fieldMove         // huh.NextField or huh.PrevField is on its way
	groupMove         // the form's move to another group (page) is on its way
)

func (a *typeahead) holding() bool { return a.awaiting != noMove }

func (a *typeahead) hold(msg tea.Msg) { a.held = append(a.held, msg) }

// reset forgets the held keys: the form they were typed for is gone or
// complete (what follows, a warning or the save, is to be read first).
func (a *typeahead) reset() {
	a.awaiting = noMove
	a.held = nil
}

// after notes what the form's answer to msg says about a move on its way.
func (a *typeahead) after(msg tea.Msg, cmd tea.Cmd) {
	switch {
	case isKey(msg):
		if requests(cmd, isFieldMove) {
			a.awaiting = fieldMove
		}
	case msg == huh.NextField() || msg == huh.PrevField():
		// The group has moved its focus; when the field left was its last
		// (or first), the group asks the form for the next page.
		if a.awaiting == fieldMove {
			a.awaiting = noMove
			if requests(cmd, isGroupMove) {
				a.awaiting = groupMove
			}
		}
	case isGroupMoveMsg(msg):
		// Taken, or refused by the form (a field of the page in error):
		// either way no other move follows.
		if a.awaiting == groupMove {
			a.awaiting = noMove
		}
	}
}

// next takes the first held message once nothing is awaited.
func (a *typeahead) next() (tea.Msg, bool) {
	if a.holding() || len(a.held) == 0 {
		return nil, false
	}
	msg := a.held[0]
	a.held = a.held[1:]
	return msg, true
}

func isKey(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
		return true
	}
	return false
}

var (
	nextFieldCode = codeOf(huh.NextField)
	prevFieldCode = codeOf(huh.PrevField)
)

// batchClosure is in the name of the closure with which tea.Batch and
// tea.Sequence wrap two commands or more, and which only returns them: the
// one kind of command opened here (any other may wait or do I/O, like the
// cursor's blink). The name, not the code's address: the Go compiler
// inlines Batch, so each caller has its own copy of the closure.
const batchClosure = "compactCmds["

// Huh's group moves are unexported: known by name, so that a Huh that
// renamed them would only stop holding keys at page changes
// (TestTypeaheadAcrossPages fails), never hold them for good.
const (
	huhPackage    = "charm.land/huh/v2"
	nextGroupFunc = huhPackage + ".nextGroup"
	prevGroupFunc = huhPackage + ".prevGroup"
)

func codeOf(cmd tea.Cmd) uintptr { return reflect.ValueOf(cmd).Pointer() }

func isFieldMove(cmd tea.Cmd) bool {
	code := codeOf(cmd)
	return code == nextFieldCode || code == prevFieldCode
}

func isGroupMove(cmd tea.Cmd) bool {
	fn := runtime.FuncForPC(codeOf(cmd))
	return fn != nil && (fn.Name() == nextGroupFunc || fn.Name() == prevGroupFunc)
}

func isGroupMoveMsg(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	return t != nil && t.PkgPath() == huhPackage && (t.Name() == "nextGroupMsg" || t.Name() == "prevGroupMsg")
}

// requests says whether cmd, or a command it batches, is one that found
// says is a move.
func requests(cmd tea.Cmd, found func(tea.Cmd) bool) bool {
	if cmd == nil {
		return false
	}
	if found(cmd) {
		return true
	}
	if fn := runtime.FuncForPC(codeOf(cmd)); fn == nil || !strings.Contains(fn.Name(), batchClosure) {
		return false
	}
	// Sequence's message type is unexported; both are slices of commands.
	inner := reflect.ValueOf(cmd())
	if inner.Kind() != reflect.Slice || inner.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return false
	}
	for i := range inner.Len() {
		if requests(inner.Index(i).Interface().(tea.Cmd), found) {
			return true
		}
	}
	return false
}

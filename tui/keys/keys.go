// Package keys is essradar's one key map: the bindings every screen shares
// (moving, opening, going back, confirming…) declared once, with their help
// texts from the catalogue. A screen takes the ones it needs, relabels those
// whose meaning it narrows (« entrée » opens a session here, scores an item
// there) and declares only the keys that are its own.
package keys

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"essradar/tui/i18n"
)

// Map holds the shared bindings.
type Map struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Back, Tab                         key.Binding
	Yes, No                                 key.Binding
	Add, Edit, Delete, Toggle               key.Binding
	Record, Cancel, NextField, PrevField    key.Binding
	Quit, ForceQuit, Help                   key.Binding
}

// Default builds the shared bindings in the catalogue's language.
func Default(t *i18n.Catalogue) Map {
	return Map{
		Up:        New(t, "↑/k", "key.up", "up", "k"),
		Down:      New(t, "↓/j", "key.down", "down", "j"),
		PageUp:    New(t, "pgup", "key.pageup", "pgup"),
		PageDown:  New(t, "pgdn", "key.pagedown", "pgdown"),
		Top:       New(t, "début", "key.top", "home", "g"),
		Bottom:    New(t, "fin", "key.bottom", "end", "G"),
		Open:      New(t, "entrée", "key.open", "enter"),
		Back:      New(t, "échap", "key.back", "esc"),
		Tab:       New(t, "tab", "key.tab", "tab"),
		Yes:       New(t, "o/y", "key.confirm", "o", "y"),
		No:        New(t, "n", "key.cancel", "n", "esc"),
		Add:       New(t, "a", "key.add", "a"),
		Edit:      New(t, "e", "key.edit", "e"),
		Delete:    New(t, "suppr", "key.delete", "delete"),
		Toggle:    New(t, "espace", "key.toggle", "space"),
		Record:    New(t, "entrée", "key.record", "enter"),
		Cancel:    New(t, "échap", "key.cancel", "esc"),
		NextField: New(t, "tab", "key.next_field", "tab"),
		PrevField: New(t, "maj+tab", "key.prev_field", "shift+tab"),
		Quit:      New(t, "q", "key.quit", "q"),
		ForceQuit: New(t, "ctrl+c", "key.quit", "ctrl+c"),
		Help:      New(t, "?", "key.help", "?"),
	}
}

// New builds a binding whose help text comes from the catalogue: helpKey
// is the key's name as shown (translated by the catalogue's key names),
// descKey the catalogue key of what it does.
func New(t *i18n.Catalogue, helpKey, descKey string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(t.KeyName(helpKey), t.T(descKey)))
}

// Relabel is b with another description: the same key, a narrower meaning.
func Relabel(t *i18n.Catalogue, b key.Binding, descKey string) key.Binding {
	b.SetHelp(b.Help().Key, t.T(descKey))
	return b
}

// Also is b answering to more keys (e.g. page down on the space bar too).
// The shared binding keeps its own keys.
func Also(b key.Binding, more ...string) key.Binding {
	b.SetKeys(append(slices.Clip(b.Keys()), more...)...)
	return b
}

// List is a help.KeyMap of a few bindings, in one column in the full help.
type List []key.Binding

func (l List) ShortHelp() []key.Binding  { return l }
func (l List) FullHelp() [][]key.Binding { return [][]key.Binding{l} }

// Help is a help.KeyMap with a short line and full-help columns of its own.
type Help struct {
	Short []key.Binding
	Full  [][]key.Binding
}

func (h Help) ShortHelp() []key.Binding  { return h.Short }
func (h Help) FullHelp() [][]key.Binding { return h.Full }

package formscreen

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// QuietMultiSelect is a multi-select whose rule is said once the secretary
// has acted on it (a key on the field), not as soon as it is reached: Huh
// checks on focus, and « cochez au moins un membre présent » then showed
// before anything was touched. Leaving the field still checks it.
type QuietMultiSelect[T comparable] struct {
	*huh.MultiSelect[T]
	validate func([]T) error
}

// Quiet wraps ms with its rule.
func Quiet[T comparable](ms *huh.MultiSelect[T], validate func([]T) error) *QuietMultiSelect[T] {
	ms.Validate(validate)
	return &QuietMultiSelect[T]{MultiSelect: ms, validate: validate}
}

func (q *QuietMultiSelect[T]) Focus() tea.Cmd {
	q.MultiSelect.Validate(func([]T) error { return nil })
	cmd := q.MultiSelect.Focus()
	q.MultiSelect.Validate(q.validate)
	return cmd
}

// Update keeps the wrapper in the form's group: the group stores what
// Update returns.
func (q *QuietMultiSelect[T]) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	_, cmd := q.MultiSelect.Update(msg)
	return q, cmd
}

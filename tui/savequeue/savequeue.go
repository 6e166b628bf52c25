// Package savequeue keeps a screen's writes of one record in order: one
// write at a time, and of the changes made while it is on its way only the
// latest is sent when it returns. Writes run in commands, each on its own
// goroutine: two sent at once could land in either order, and an older
// state would then overwrite a newer one.
package savequeue

// Queue orders the writes of one record of type T.
type Queue[T any] struct {
	saved    T
	inflight bool
	next     *T
}

// New starts a queue on the record as the store has it.
func New[T any](saved T) *Queue[T] { return &Queue[T]{saved: saved} }

// Push offers a new state of the record: true when it is to be written now,
// false when it waits for the write on its way (replacing any state that
// was already waiting).
func (q *Queue[T]) Push(v T) bool {
	if q.inflight {
		q.next = &v
		return false
	}
	q.inflight = true
	return true
}

// Done records the end of the write of v. On success v is what the store
// holds and the waiting state, if any, is returned to be written next. On
// failure the waiting state is dropped: the screen goes back to Saved.
func (q *Queue[T]) Done(v T, err error) (next *T) {
	q.inflight = false
	if err != nil {
		q.next = nil
		return nil
	}
	q.saved = v
	if n := q.next; n != nil {
		q.next, q.inflight = nil, true
		return n
	}
	return nil
}

// Saved is the record as the store last confirmed it.
func (q *Queue[T]) Saved() T { return q.saved }

// Busy says a write is on its way or waiting.
func (q *Queue[T]) Busy() bool { return q.inflight || q.next != nil }

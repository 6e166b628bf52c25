package store

import "time"

// Today is the store's civil date, by the clock it stamps records with.
func (s *Store) Today() string { return s.now().Format(time.DateOnly) }

// NotYetHeld refuses to close a session before its date (today as
// Store.Today gives it): a record of a meeting that has not taken place
// cannot be sealed. CloseSession applies it; a screen asks it before
// offering to close.
func NotYetHeld(se Session, today string) error {
	if se.Date > today {
		return invalidf("store.session.close_future", "la séance du %s n'a pas encore eu lieu : elle ne peut être close qu'à partir de ce jour-là", day(se.Date))
	}
	return nil
}

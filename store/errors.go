package store

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error the store returns is a French sentence meant for
// the secretary; test its kind with errors.Is against these.
var (
	// ErrLocked: another essradar holds the database file open.
	ErrLocked = errors.New("base déjà ouverte ailleurs")
	// ErrDamaged: the file is not a readable bbolt database (truncated,
	// overwritten, not an essradar file…).
	ErrDamaged = errors.New("base endommagée")
	// ErrTooNew: the file was written by a newer essradar (schema version
	// higher than this program knows).
	ErrTooNew = errors.New("base d'une version plus récente")
	// ErrNotFound: the record asked for does not exist.
	ErrNotFound = errors.New("introuvable")
	// ErrExists: a record with this id already exists (Insert*).
	ErrExists = errors.New("existe déjà")
	// ErrInvalid: the record breaks a rule (missing title, unknown id…).
	ErrInvalid = errors.New("donnée invalide")
	// ErrSealed: the session is closed; its evaluations cannot change.
	ErrSealed = errors.New("séance close")
	// ErrHasEvaluations: an initiative with evaluations cannot be deleted.
	ErrHasEvaluations = errors.New("initiative déjà évaluée")
	// ErrInUse: the record is referenced by another one (a member who sat in
	// a session, an initiative on an agenda).
	ErrInUse = errors.New("encore référencé")
	// ErrDecided: the initiative has a decision in force, so it cannot be
	// withdrawn (its status follows its decision).
	ErrDecided = errors.New("initiative déjà décidée")
	// ErrWithdrawn: the initiative is withdrawn; no decision can be recorded
	// about it until it is reinstated.
	ErrWithdrawn = errors.New("initiative retirée")
)

// storeError carries a complete French sentence and the errors it stands for
// (a sentinel, and the technical cause when there is one), so that the text
// shown to the user is exactly the sentence while errors.Is still works.
type storeError struct {
	msg  string
	errs []error
}

func (e *storeError) Error() string   { return e.msg }
func (e *storeError) Unwrap() []error { return e.errs }

// newError builds an error whose text is the formatted sentence and which
// matches kind (and cause, when not nil) with errors.Is.
func newError(kind, cause error, format string, args ...any) error {
	e := &storeError{msg: fmt.Sprintf(format, args...)}
	if kind != nil {
		e.errs = append(e.errs, kind)
	}
	if cause != nil {
		e.errs = append(e.errs, cause)
	}
	return e
}

func invalidf(format string, args ...any) error {
	return newError(ErrInvalid, nil, format, args...)
}

package store

import (
	"errors"
	"fmt"
	"time"
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
// shown to the user is exactly the sentence while errors.Is still works. It
// also carries a message key and its arguments (MessageKey) so that an
// interface in another language can write its own sentence: the arguments are
// raw data (names, numbers, ids, dates as time.Time, nested errors, Message
// values for parts of sentences), never French words.
type storeError struct {
	msg  string
	key  string
	args []any
	errs []error
}

func (e *storeError) Error() string   { return e.msg }
func (e *storeError) Unwrap() []error { return e.errs }

// MessageKey is the message's catalogue key ("store.session.sealed") and its
// arguments, in the order of the French sentence's verbs.
func (e *storeError) MessageKey() (string, []any) { return e.key, e.args }

// Message is a part of a sentence (which record a refusal is about) with its
// key and arguments, so that a catalogue can write it in its language; it
// is passed as an argument of store errors. String is the French text.
type Message struct {
	Key    string
	Args   []any
	format string
}

// MessageKey returns the key and arguments.
func (m Message) MessageKey() (string, []any) { return m.Key, m.Args }

// String is the French text.
func (m Message) String() string { return fmt.Sprintf(m.format, frenchArgs(m.Args)...) }

func msg(key, format string, args ...any) Message {
	return Message{Key: key, Args: args, format: format}
}

// NewMessage builds a Message for another package (csvimport, transfer,
// scoring's callers): key and args for a catalogue, format with args for the
// French text (dates and nested Message values written the French way).
func NewMessage(key, format string, args ...any) Message { return msg(key, format, args...) }

// MessageError is an error whose text is its Message's French text and
// whose MessageKey is the Message's; it matches Kind (when not nil) with
// errors.Is and errors.As.
type MessageError struct {
	Message
	Kind error
}

func (e *MessageError) Error() string { return e.Message.String() }
func (e *MessageError) Unwrap() error { return e.Kind }

// frenchArgs renders the arguments that are not text yet the French way:
// dates (time.Time) as 12/07/2026, Message values as their French text.
func frenchArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case time.Time:
			out[i] = v.Format("02/01/2006")
		case Message:
			out[i] = v.String()
		case Euros:
			out[i] = v.String()
		default:
			out[i] = a
		}
	}
	return out
}

// day turns a civil date ("2026-07-12") into a time.Time argument, so that a
// catalogue writes it its own way; an unparsable date stays as it is.
func day(d string) any {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t
}

// newError builds an error whose text is the French sentence format with
// args, whose MessageKey is key with the same args, and which matches kind
// (and cause, when not nil) with errors.Is.
func newError(kind, cause error, key, format string, args ...any) error {
	e := &storeError{msg: fmt.Sprintf(format, frenchArgs(args)...), key: key, args: args}
	if kind != nil {
		e.errs = append(e.errs, kind)
	}
	if cause != nil {
		e.errs = append(e.errs, cause)
	}
	return e
}

func invalidf(key, format string, args ...any) error {
	return newError(ErrInvalid, nil, key, format, args...)
}

// damagedRecord is the error for a record that does not decode. what names
// the record in French (only in the French sentence: the key's arguments are
// the file and the technical cause).
func damagedRecord(what, path string, err error) error {
	e := newError(ErrDamaged, err, "store.record_unreadable",
		"lire %s dans %s : enregistrement illisible (%v) ; lancez la vérification de la base", what, path, err).(*storeError)
	e.args = []any{path, err}
	return e
}

// Refused says err is one of the store's refusals: the record breaks a rule
// (or names a record that is not there), so writing it again cannot succeed,
// unlike a failure of the disk, which a retry may get past.
func Refused(err error) bool {
	for _, kind := range []error{ErrInvalid, ErrSealed, ErrDecided, ErrWithdrawn, ErrNotFound, ErrExists,
		ErrInUse, ErrHasEvaluations, ErrDuplicate} {
		if errors.Is(err, kind) {
			return true
		}
	}
	return false
}

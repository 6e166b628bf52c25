package i18n

import (
	"errors"
	"essradar/store"
	"essradar/store/plaintext"
	"fmt"
	"time"

	"essradar/scoring"
)

// keyed is an error (or a part of a sentence) that names its message by key
// with raw arguments: the store's and scoring's errors.
type keyed interface {
	MessageKey() (key string, args []any)
}

// Error writes err in the catalogue's language. The first error in err's
// chain that carries a message key (store and scoring errors) is written from
// the catalogue; the context that wrappers above it add (fmt.Errorf) is then
// left out, since it is French. An error without a key, or with a key the
// catalogue lacks, shows its own text.
func (c *Catalogue) Error(err error) string {
	if err == nil {
		return ""
	}
	var k keyed
	if !errors.As(err, &k) {
		// An error's own text may quote a file name or a record.
		return plaintext.Visible(err.Error())
	}
	key, args := k.MessageKey()
	if s, ok := c.message(key, args); ok {
		return s
	}
	return plaintext.Visible(err.Error())
}

// message writes one keyed message; false when no catalogue knows the key.
func (c *Catalogue) message(key string, args []any) (string, bool) {
	tmpl, ok := c.errorTemplate(key)
	if !ok {
		return "", false
	}
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = c.errorArg(a)
	}
	return fmt.Sprintf(tmpl, out...), true
}

// errorTemplate looks key up in the error catalogue of the language, then in
// the interface catalogue (a status name, say), French as the last resort.
func (c *Catalogue) errorTemplate(key string) (string, bool) {
	m := errorsFR
	if c.Lang == EN {
		m = errorsEN
	}
	if s, ok := m[key]; ok {
		return s, true
	}
	if s, ok := c.m[key]; ok {
		return s, true
	}
	if s, ok := errorsFR[key]; ok {
		return s, true
	}
	s, ok := fr[key]
	return s, ok
}

// errorArg writes an argument that is not text yet in the catalogue's
// language: nested errors and sentence parts through the catalogues, dates
// the language's way.
func (c *Catalogue) errorArg(a any) any {
	switch v := a.(type) {
	case error:
		return c.Error(v)
	case keyed:
		key, args := v.MessageKey()
		if s, ok := c.message(key, args); ok {
			return s
		}
		return plaintext.Visible(fmt.Sprint(v))
	case time.Time:
		return c.Date(v.Format(time.DateOnly))
	case scoring.ScoreArg:
		return c.Score(float64(v))
	case store.Euros:
		return c.Euros(int64(v))
	case store.FieldNames:
		return c.fieldNames(v)
	case string:
		// Text in a message is a record's (a title, a place) or a file's:
		// shown, never obeyed.
		return plaintext.Line(v)
	}
	return a
}

// Message writes a keyed value that is not an error (an import report's
// row problem or warning, a check problem) in the catalogue's language; a
// key no catalogue knows shows the value's own text (its French String).
func (c *Catalogue) Message(v interface{ MessageKey() (string, []any) }) string {
	key, args := v.MessageKey()
	if s, ok := c.message(key, args); ok {
		return s
	}
	return plaintext.Visible(fmt.Sprint(v))
}

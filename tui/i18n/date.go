package i18n

import (
	"errors"
	"strings"
	"time"
)

// ErrBadDate: the text is not a jj/mm/aaaa date, or names a day the
// calendar does not have (31/02/2027). The caller says which text, with the
// catalogue's "form.bad_date".
var ErrBadDate = errors.New("i18n: date jj/mm/aaaa attendue")

// ParseDate reads a date as typed in a form, dd/mm/yyyy in both languages
// (the committee's documents are French), and returns the civil date
// "yyyy-mm-dd" the store keeps. Single-digit days and months are accepted:
// they are common when typing fast.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	d, err := time.Parse("02/01/2006", s)
	if err != nil {
		if d, err = time.Parse("2/1/2006", s); err != nil {
			return "", ErrBadDate
		}
	}
	return d.Format(time.DateOnly), nil
}

// InputDate writes a civil date "2026-07-12" as a form's field shows it,
// "12/07/2026", so that ParseDate reads it back. Unlike Date it does not
// depend on the language, as ParseDate does not. A text that is not a civil
// date is returned unchanged.
func InputDate(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// N returns the text for a count of n: the key's ".one" form when the
// language reads n as singular, else ".other". French and English disagree
// on zero ("0 initiative" but "0 initiatives"), so the choice is the CLDR
// rule of the catalogue's language rather than n == 1. Both forms receive n
// first, then args, so they begin with %d (or use %[1]d). A form the catalogue does not have (CLDR's "many" for
// a French million, or a key with a single form) falls back to ".other".
func (c *Catalogue) N(n int, key string, args ...any) string {
	form := ".other"
	if c.pluralForm(n) == plural.One {
		if _, ok := c.lookup(key + ".one"); ok {
			form = ".one"
		}
	}
	return c.T(key+form, append([]any{count{n: n, sep: c.thousands()}}, args...)...)
}

// count is a counted number as a sentence shows it: 2 518 initiatives in
// French (narrow no-break space, so a count never breaks across lines),
// 2,518 in English. It formats under %d like the int it holds.
type count struct {
	n   int
	sep string
}

func (c count) Format(f fmt.State, verb rune) {
	digits := strconv.Itoa(c.n)
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 && len(digits) > 3 {
			b.WriteString(c.sep)
		}
		b.WriteRune(r)
	}
	s := b.String()
	if w, ok := f.Width(); ok {
		for n := utf8.RuneCountInString(s); n < w; n++ {
			if f.Flag('-') {
				defer fmt.Fprint(f, " ")
			} else {
				fmt.Fprint(f, " ")
			}
		}
	}
	fmt.Fprint(f, s)
}

// Count is n for a %d that is not a counted noun (« lignes : 12 000 »),
// grouped as N groups it.
func (c *Catalogue) Count(n int) any { return count{n: n, sep: c.thousands()} }

// thousands is the language's thousands separator.
func (c *Catalogue) thousands() string {
	if c.Lang == EN {
		return ","
	}
	return "\u202f"
}

func (c *Catalogue) pluralForm(n int) plural.Form {
	i := n
	if i < 0 {
		i = -i // CLDR rules take the absolute value
	}
	return plural.Cardinal.MatchPlural(c.tag(), i, 0, 0, 0, 0)
}

// tag is the catalogue's language for golang.org/x/text.
func (c *Catalogue) tag() language.Tag {
	if c.Lang == EN {
		return language.English
	}
	return language.French
}

// lookup finds key in the catalogue, else in the French one, as T does.
func (c *Catalogue) lookup(key string) (string, bool) {
	if s, ok := c.m[key]; ok {
		return s, true
	}
	s, ok := fr[key]
	return s, ok
}

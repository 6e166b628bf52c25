// Package i18n holds every text a person reads in essradar's interface, one
// catalogue per language, and the French ways of writing numbers, amounts and
// dates. French is the default; English is chosen with --lang en or LANG=en*.
package i18n

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// Lang is a catalogue's language code.
type Lang string

const (
	FR Lang = "fr"
	EN Lang = "en"
)

// Catalogue looks texts up by key.
type Catalogue struct {
	Lang Lang
	m    map[string]string
}

// New returns the catalogue for lang; an unknown language falls back to French.
func New(lang Lang) *Catalogue {
	if lang == EN {
		return &Catalogue{Lang: EN, m: en}
	}
	return &Catalogue{Lang: FR, m: fr}
}

// Detect picks the language: the flag when given, else LANG/LC_ALL starting
// with "en", else French.
func Detect(flag string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(flag)) {
	case "fr":
		return FR, nil
	case "en":
		return EN, nil
	case "":
	default:
		return FR, fmt.Errorf("langue « %s » inconnue : choisissez fr ou en", flag)
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "en") {
				return EN, nil
			}
			return FR, nil
		}
	}
	return FR, nil
}

// T returns the text for key, formatted with args. A missing key shows itself
// so a forgotten text is visible on screen rather than blank.
func (c *Catalogue) T(key string, args ...any) string {
	s, ok := c.m[key]
	if !ok {
		if s, ok = fr[key]; !ok {
			return "⟨" + key + "⟩"
		}
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// KeyName names a key in the catalogue's language: the help shows « échap »
// to a French secretary and "esc" to an English one. Keys without a
// translation keep their own name.
func (c *Catalogue) KeyName(k string) string {
	if s, ok := c.m["keyname."+k]; ok {
		return s
	}
	return k
}

// Date writes a civil date ("2026-07-12") as 12/07/2026 (fr) or 2026-07-12 (en).
func (c *Catalogue) Date(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	if c.Lang == EN {
		return t.Format("2006-01-02")
	}
	return t.Format("02/01/2006")
}

// Number writes a decimal with the language's separator, at most two
// decimals: the same as Score (see Decimal).
func (c *Catalogue) Number(v float64) string { return c.Decimal(v, 2) }

// Euros writes an amount in cents the French way: "1 500,50 €", "20 000 €".
// The thousands separator is a narrow no-break space, as French typography
// asks, so an amount never breaks across lines.
func (c *Catalogue) Euros(cents int64) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	units, rest := cents/100, cents%100
	digits := fmt.Sprintf("%d", units)
	sep := "\u202f"
	if c.Lang == EN {
		sep = ","
	}
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	s := b.String()
	if rest != 0 {
		if c.Lang == EN {
			s += fmt.Sprintf(".%02d", rest)
		} else {
			s += fmt.Sprintf(",%02d", rest)
		}
	}
	if neg {
		s = "-" + s
	}
	if c.Lang == EN {
		return "€" + s
	}
	return s + "\u00a0€"
}

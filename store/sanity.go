package store

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxTitleLength bounds an initiative's title, in characters: a title is
// read aloud in the room and printed in a table of the minutes; 200 is
// already two lines of a form.
const MaxTitleLength = 200

// Warnings are what looks wrong in a record but may be right: the
// committee may have its reasons, so the secretary is asked, never refused.

// AboveCeiling says whether an amount is above the campaign's grant
// ceiling (none when the campaign has no ceiling).
func (c Campaign) AboveCeiling(amountCents int64) bool {
	return c.GrantCeilingCents > 0 && amountCents > c.GrantCeilingCents
}

// OutsideYear says whether a session's date (YYYY-MM-DD) falls outside the
// campaign's year: the labelling sessions of campaign 2027 meet in 2027.
func (c Campaign) OutsideYear(date string) bool {
	return isYear(c.ID) && len(date) >= 4 && date[:4] != c.ID
}

var yearInName = regexp.MustCompile(`\b(19|20)[0-9]{2}\b`)

// OtherYearInName returns a year written in name that is not the
// campaign's ("Budget citoyen 2025" for campaign 2026), or "".
func OtherYearInName(id, name string) string {
	if !isYear(id) {
		return ""
	}
	for _, y := range yearInName.FindAllString(name, -1) {
		if y != id {
			return y
		}
	}
	return ""
}

func isYear(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == ""
}

// titleTooLong is the refusal of a title longer than MaxTitleLength.
func titleTooLong(title string) error {
	if n := utf8.RuneCountInString(title); n > MaxTitleLength {
		return invalidf("store.initiative.title_too_long", "le titre « %s… » est trop long (longueur %d, au plus %d) : raccourcissez-le, le résumé est là pour le détail", string([]rune(title)[:40]), n, MaxTitleLength)
	}
	return nil
}

// Euros is an amount in cents given to a message, so each catalogue writes
// it its own way ("20 000 €", "€20,000").
type Euros int64

// String writes it the French way, for the French text of a message.
func (e Euros) String() string {
	cents := int64(e)
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	digits := strconv.FormatInt(cents/100, 10)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(r)
	}
	if r := cents % 100; r != 0 {
		fmt.Fprintf(&b, ",%02d", r)
	}
	return sign + b.String() + "\u00a0€"
}

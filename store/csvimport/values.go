package csvimport

import (
	"errors"
	"strings"
	"unicode"

	"essradar/store"
)

// maxEuroDigits bounds the whole euros of an amount (a grant is a few
// thousand euros; this keeps far from int64 overflow).
const maxEuroDigits = 12

// ParseAmount reads an amount of euros written the French way and returns it
// in cents: "1 500,00 €", "1500", "1 500,50", "1.500,50", "1500.50",
// "20 000 euros". Spaces (normal, no-break, narrow no-break) and dots group
// thousands; the comma (or a dot followed by one or two digits) marks the
// cents. A negative, ambiguous or non-numeric amount gives an error whose
// text is a French sentence naming the value.
func ParseAmount(s string) (int64, error) {
	orig := strings.TrimSpace(s)
	notNumber := amountError("csv.amount.not_number", "« %s » n'est pas un montant en euros (exemple : 1 500,00 €)", orig)
	v := orig
	// Currency, before or after, in any case.
	for {
		trimmed := v
		for _, unit := range []string{"euros", "euro", "eur", "€"} {
			n := len(unit)
			if len(v) >= n && strings.EqualFold(v[len(v)-n:], unit) {
				trimmed = v[:len(v)-n]
				break
			}
			if len(v) >= n && strings.EqualFold(v[:n], unit) {
				trimmed = v[n:]
				break
			}
		}
		trimmed = strings.TrimSpace(trimmed)
		if trimmed == v {
			break
		}
		v = trimmed
	}
	negative := false
	switch {
	case strings.HasPrefix(v, "-"), strings.HasPrefix(v, "−"): // hyphen, minus sign
		negative = true
		v = strings.TrimSpace(strings.TrimLeft(v, "-−"))
	case strings.HasPrefix(v, "(") && strings.HasSuffix(v, ")"): // accounting style
		negative = true
		v = strings.TrimSpace(v[1 : len(v)-1])
	case strings.HasPrefix(v, "+"):
		v = strings.TrimSpace(v[1:])
	}
	// Any kind of space groups thousands.
	v = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, v)
	if v == "" || strings.Trim(v, "0123456789., ") != "" || strings.Trim(v, "., ") == "" {
		return 0, notNumber
	}
	cents, err := parseDigits(v)
	switch {
	case errors.Is(err, errDecimals):
		return 0, amountError("csv.amount.decimals", "le montant « %s » a plus de deux décimales (les centimes) ; pour des milliers, écrivez 1500 ou 1 500", orig)
	case errors.Is(err, errTooLarge):
		return 0, amountError("csv.amount.too_large", "le montant « %s » est trop grand", orig)
	case err != nil:
		return 0, notNumber
	case negative && cents != 0:
		return 0, amountError("csv.amount.negative", "le montant « %s » est négatif : il doit être positif ou nul", orig)
	}
	return cents, nil
}

// amountError is ParseAmount's error: a French sentence with its key.
func amountError(key, format string, args ...any) error {
	return &store.MessageError{Message: msg(key, format, args...)}
}

// amountMessage is the keyed sentence of ParseAmount's error.
func amountMessage(err error) store.Message {
	var me *store.MessageError
	if errors.As(err, &me) {
		return me.Message
	}
	return msg("csv.text", "%s", err.Error())
}

var (
	errDecimals = errors.New("decimals")
	errTooLarge = errors.New("too large")
	errSyntax   = errors.New("syntax")
)

// parseDigits reads digits grouped by spaces, dots or commas, with a decimal
// comma or point.
func parseDigits(v string) (int64, error) {
	commas, dots := strings.Count(v, ","), strings.Count(v, ".")
	dec := byte(0) // the decimal separator, 0 when none
	switch {
	case commas > 0 && dots > 0:
		// "1.500,50" or "1,500.50": the last one marks the cents.
		dec = ','
		if strings.LastIndexByte(v, '.') > strings.LastIndexByte(v, ',') {
			dec = '.'
		}
		if strings.Count(v, string(dec)) > 1 {
			return 0, errSyntax
		}
	case commas == 1:
		dec = ','
	case commas > 1:
		return 0, errSyntax
	case dots == 1:
		// "1500.50" is a decimal point; "1.500" groups thousands.
		_, after, _ := strings.Cut(v, ".")
		if len(strings.TrimSpace(after)) != 3 {
			dec = '.'
		}
	}
	whole, frac := v, ""
	if dec != 0 {
		i := strings.LastIndexByte(v, dec)
		whole, frac = v[:i], v[i+1:]
	}
	whole, frac = strings.TrimSpace(whole), strings.TrimSpace(frac)
	if strings.Trim(frac, "0123456789") != "" {
		return 0, errSyntax
	}
	if len(frac) > 2 {
		return 0, errDecimals
	}
	// Whole euros: groups of three after the first, whatever the grouping
	// character.
	var digits strings.Builder
	groups := strings.FieldsFunc(whole, func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	if len(groups) > 1 && strings.ContainsAny(whole, " .,") {
		// Every separator must sit between two groups: no "1..500", "1 ,500".
		if strings.Count(whole, " ")+strings.Count(whole, ".")+strings.Count(whole, ",") != len(groups)-1 {
			return 0, errSyntax
		}
		for i, g := range groups {
			if (i == 0 && len(g) > 3) || (i > 0 && len(g) != 3) {
				return 0, errSyntax
			}
		}
	} else if len(groups) == 1 && strings.ContainsAny(whole, " .,") {
		return 0, errSyntax // "500 " cannot happen (trimmed), but ".500" as whole euros is not a number
	}
	for _, g := range groups {
		digits.WriteString(g)
	}
	d := strings.TrimLeft(digits.String(), "0")
	if len(d) > maxEuroDigits {
		return 0, errTooLarge
	}
	if whole == "" && frac == "" {
		return 0, errSyntax
	}
	var euros int64
	for _, r := range d {
		euros = euros*10 + int64(r-'0')
	}
	for len(frac) < 2 {
		frac += "0"
	}
	c := int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	return euros*100 + c, nil
}

// ValidEmail says whether s looks like one e-mail address: a local part, one
// "@", a domain with at least one dot, no spaces. It is a check against
// typing mistakes, not a full RFC 5322 parser.
func ValidEmail(s string) bool {
	if len(s) > 254 {
		return false
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || len(local) > 64 || strings.Contains(domain, "@") {
		return false
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(`"(),:;<>[\]`, r) {
			return false
		}
	}
	if strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") {
		return false
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
		for _, r := range l {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	return len([]rune(tld)) >= 2 && strings.Trim(tld, "0123456789") != ""
}

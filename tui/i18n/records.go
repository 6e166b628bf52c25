package i18n

import (
	"essradar/scoring"
	"essradar/store"
	"unicode"
	"unicode/utf8"
)

// Decision says what was decided, in a few words: « labellisée
// (Coopération) », « ajournée », « non retenue ».
func (c *Catalogue) Decision(g *scoring.Grid, d *store.Decision) string {
	if d == nil {
		return ""
	}
	switch d.Outcome {
	case store.OutcomeLabelled:
		return c.T("decision.labelled_in", c.CategoryShort(g, d.Category))
	case store.OutcomeDeferred:
		return c.T("decision.deferred")
	}
	return c.T("decision.not_retained")
}

// CategoryShort is a category's short name in the catalogue's language, or
// its id when the grid does not know it (or there is no grid). English takes
// short_en, else label_en, else the French short label.
func (c *Catalogue) CategoryShort(g *scoring.Grid, id string) string {
	if g != nil {
		if cat, ok := g.Category(id); ok {
			return cat.ShortLabelIn(c.GridLang())
		}
	}
	return id
}

// Status is an initiative status in words.
func (c *Catalogue) Status(s store.Status) string { return c.T("status." + string(s)) }

// StatusCount is n initiatives of a status: « 1 déposée », « 3 déposées ».
func (c *Catalogue) StatusCount(s store.Status, n int) string {
	return c.N(n, "status.count."+string(s))
}

// InitiativeState is an initiative's status as a cell, a field's value or a
// badge shows it, so with a capital like the agenda's: wide « Labellisée ·
// Coopération », short « ✓ Coopération » (the mark says labelled where
// there is no room for the word, so a category never reads as a state).
func (c *Catalogue) InitiativeState(g *scoring.Grid, in store.Initiative) (wide, short string) {
	s := upperFirst(c.Status(in.Status))
	if in.Status == store.StatusLabelled && in.Category != "" {
		name := c.CategoryShort(g, in.Category)
		return s + " · " + name, c.T("state.labelled_short", name)
	}
	return s, s
}

// upperFirst puts a capital on the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

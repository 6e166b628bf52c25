package i18n

import "essradar/scoring"

// GridLang is the language to ask a scoring grid's labels in: the
// catalogue's, the grid falling back to French when it has no English.
func (c *Catalogue) GridLang() string {
	if c.Lang == EN {
		return scoring.LangEN
	}
	return scoring.LangFR
}

// NotApplicable names the "non concerné" answer: the grid's own text in
// French, the catalogue's in English (grids have no English field for it).
func (c *Catalogue) NotApplicable(g *scoring.Grid) string {
	if c.Lang == EN {
		return c.T("grid.not_applicable")
	}
	return g.Scale.NotApplicable
}

package i18n

import "essradar/scoring"

// CategoryFull is a category's full name in the catalogue's language (the
// French label when the grid has no English), or its id when the grid does
// not know it. CategoryShort is for columns too narrow for it.
func (c *Catalogue) CategoryFull(g *scoring.Grid, id string) string {
	if g != nil {
		if cat, ok := g.Category(id); ok {
			if c.Lang == EN && cat.LabelEN != "" {
				return cat.LabelEN
			}
			return cat.Label
		}
	}
	return id
}

package i18n

import "essradar/store/publiccsv"

// PublicCSV is how the public list is written for a reader of this
// catalogue: column titles and category names in its language, sep between
// cells. The command line and the interface both take it from here, so the
// same export reads the same way from either.
func (c *Catalogue) PublicCSV(sep rune) publiccsv.Options {
	return publiccsv.Options{
		Separator: sep,
		GridLang:  c.GridLang(),
		Header:    func(col publiccsv.Column) string { return c.T("public.col." + string(col)) },
	}
}

package i18n

// The grid's English questions and level texts bring one refusal of a
// grid file with them.
func init() {
	merge(errorsFR, gridLangErrorsFR, "fr errors")
}

var gridLangErrorsFR = map[string]string{
	"grid.err.marker_levels_en_count": "%d textes anglais de niveau pour une échelle de %d niveaux",
}

package i18n

func init() {
	merge(errorsEN, gridLangErrorsEN, "en errors")
}

var gridLangErrorsEN = map[string]string{
	"grid.err.marker_levels_en_count": "%d English level texts for a scale of %d levels",
}

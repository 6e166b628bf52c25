package i18n

// The meeting room: the radar's legend and the per-category grant ceiling.
func init() {
	merge(en, roomEN, "en")
	merge(errorsEN, roomErrorsEN, "en errors")
}

var roomErrorsEN = map[string]string{
	"grid.err.grant_ceiling": "the grant ceiling cannot be negative (0: the campaign's)",
}

var roomEN = map[string]string{
	"radar.threshold":            "threshold %s",
	"scoring.median_short.one":   "median (%d labelled)",
	"scoring.median_short.other": "median (%d labelled)",

	"sanity.above_category_ceiling": "The amount requested (%s) is above the grant ceiling of the category “%s” (%s).",
	"decision.above_ceiling":        "Above the ceiling of the category %[2]s: %[1]s for %[3]s.",
	"decision.above_ceiling_again":  "Above the ceiling of the category %[2]s: %[1]s for %[3]s. Enter again to label anyway.",
}

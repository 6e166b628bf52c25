package i18n

// The presentation view, where the committee watches the scoring on the
// projector.
func init() { merge(fr, presentFR, "fr") }

var presentFR = map[string]string{
	"scoring.series_name":   "cette initiative",
	"present.marker":        "%d. %s\u00a0: %s",
	"present.unscored":      "non noté",
	"present.recused.one":   "Déport\u00a0: %[2]s ne prend pas part",
	"present.recused.other": "Déport\u00a0: %[2]s ne prennent pas part",
	"present.next":          "Ensuite\u00a0: %s (%s)",
	"present.last":          "Dernière initiative à examiner",
}

package i18n

// The presentation view, where the committee watches the scoring on the
// projector.
func init() { merge(en, presentEN, "en") }

var presentEN = map[string]string{
	"scoring.series_name":   "this initiative",
	"present.marker":        "%d. %s: %s",
	"present.unscored":      "not scored",
	"present.recused.one":   "Recused: %[2]s takes no part",
	"present.recused.other": "Recused: %[2]s take no part",
	"present.next":          "Next: %s (%s)",
	"present.last":          "Last initiative to examine",
}

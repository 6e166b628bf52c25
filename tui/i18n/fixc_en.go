package i18n

func init() { merge(en, fixcEN, "en") }

var fixcEN = map[string]string{
	"key.presentation_leave":    "leave the presentation",
	"form.session.date_example": "e.g. 12/07/2027",
	"members.no_match":          "No member matches (esc: clear the filter).",
	"init.above.one":            "↑ %d row above",
	"init.above.other":          "↑ %d rows above",
	"key.radar_pane":            "radar alone or questionnaire",
}

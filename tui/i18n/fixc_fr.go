package i18n

// What the tester's walk of the merged product asked for (help wording,
// members, statistics, the session form).
func init() { merge(fr, fixcFR, "fr") }

var fixcFR = map[string]string{
	"key.presentation_leave":    "quitter la présentation",
	"form.session.date_example": "ex. 12/07/2027",
	"members.no_match":          "Aucun membre ne correspond (échap : effacer le filtre).",
	"init.above.one":            "↑ %d ligne au-dessus",
	"init.above.other":          "↑ %d lignes au-dessus",
	"key.radar_pane":            "radar seul ou questionnaire",
}

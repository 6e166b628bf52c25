package i18n

func init() {
	merge(en, sanityEN, "en")
	merge(errorsEN, sanityErrorsEN, "en errors")
}

var sanityErrorsEN = map[string]string{
	"store.session.close_future":      "the session of %s has not taken place yet: it can only be closed from that day on",
	"store.initiative.title_too_long": "the title “%s…” is too long (length %d, at most %d): shorten it, the summary holds the details",
}

var sanityEN = map[string]string{
	"csv.title_too_long": "title too long (length %d, at most %d)",
	"csv.above_ceiling":  "%s: the amount requested for “%s” (%s) is above the campaign's grant ceiling (%s); check it",

	"key.save_anyway":  "save anyway",
	"key.back_to_form": "correct",
	"form.save_anyway": "Save anyway?  y: yes · n: back to the form",

	"sanity.above_ceiling": "The amount requested (%s) is above the campaign's grant ceiling (%s).",
	"sanity.outside_year":  "The session is dated %s, outside the campaign's year %s.",
	"sanity.name_year":     "The name “%s” carries the year %s, not the campaign's (%s).",

	"decision.to_work":              "Points to work on: %s.",
	"decision.gaps.one":             "%d marker is not scored: a label given this way needs its reason, carried in the minutes.",
	"decision.gaps.other":           "%d markers are not scored: a label given this way needs its reason, carried in the minutes.",
	"decision.err_label_gaps.one":   "%d marker is still unscored: write why the committee labels anyway",
	"decision.err_label_gaps.other": "%d markers are still unscored: write why the committee labels anyway",

	"form.campaign.ceiling":      "Grant ceiling (€)",
	"form.campaign.ceiling_hint": "an amount requested above it is flagged; empty: no ceiling",
}

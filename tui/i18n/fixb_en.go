package i18n

func init() { merge(en, fixbEN, "en") }

var fixbEN = map[string]string{
	"minutes.mean_na":             "not applicable",
	"minutes.amendment_rationale": "Rationale of the new decision: %s.",
	"amendment.reason":            "reason: %s",
	"amendment.rationale":         "rationale: %s",

	"history.recusal.declared":      "recusal of %s (initiative no. %s) declared, reason: “%s”",
	"history.recusal.declared_bare": "recusal of %s (initiative no. %s) declared, no reason given",
	"history.recusal.withdrawn":     "recusal of %s (initiative no. %s) withdrawn",
	"history.recusal.reason":        "reason for the recusal of %s (initiative no. %s): %s → %s",
	"history.recusal.member_number": "member no. %s",
	"history.first_scores":          "scores: %s",
}

package i18n

func init() { merge(en, fixbEN, "en") }

var fixbEN = map[string]string{
	"minutes.mean_na":             "not applicable",
	"minutes.amendment_rationale": "Rationale of the new decision: %s.",
	"amendment.reason":            "reason: %s",
	"amendment.rationale":         "rationale: %s",
}

package i18n

// Texts of the tester's fixes: not applicable printed as such, an amended
// decision's rationale, the audit's recusals and first scores, the import's
// field names.
func init() { merge(fr, fixbFR, "fr") }

var fixbFR = map[string]string{
	"minutes.mean_na": "non concernée",
	// An amendment says why it was made (its reason) and why the new
	// decision departs from the proposal (the decision's rationale).
	"minutes.amendment_rationale": "Motivation de la nouvelle décision : %s.",
	"amendment.reason":            "motif : %s",
	"amendment.rationale":         "motivation : %s",
}

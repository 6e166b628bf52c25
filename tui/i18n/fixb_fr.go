package i18n

// Texts of the tester's fixes: not applicable printed as such, an amended
// decision's rationale, the audit's recusals and first scores, the import's
// field names.
func init() { merge(fr, fixbFR, "fr") }

var fixbFR = map[string]string{
	"minutes.mean_na": "non concernée",
}

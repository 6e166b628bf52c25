package i18n

func init() { merge(en, batchAuditEN, "en") }

// batchAuditEN: key for key with batchAuditFR.
var batchAuditEN = map[string]string{
	"history.record.initiative_run": "initiatives %s to %s",
}

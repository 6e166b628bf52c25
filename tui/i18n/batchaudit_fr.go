package i18n

func init() { merge(fr, batchAuditFR, "fr") }

// batchAuditFR: the one entry of the audit trail for the initiatives a CSV
// import created (issue 13).
var batchAuditFR = map[string]string{
	"history.record.initiative_run": "initiatives n° %s à %s",
}

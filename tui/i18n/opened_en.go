package i18n

func init() { merge(en, openedEN, "en") }

// openedEN: what the interface says when the full check of the file, run
// once it has started, finds damage.
var openedEN = map[string]string{
	"opened.damaged":      "⚠ File check: %s. essradar no longer saves anything into this database; q to quit.",
	"opened.check_failed": "⚠ The file check could not finish: %s",
}

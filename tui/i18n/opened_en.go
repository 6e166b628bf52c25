package i18n

func init() { merge(en, openedEN, "en") }

// openedEN: what the interface says when the full check of the file, run
// once it has started, finds damage.
var openedEN = map[string]string{
	"opened.damaged":      "⚠ essradar no longer saves anything (q to quit): the file check found that %s",
	"opened.check_failed": "⚠ The file check could not finish: %s",
}

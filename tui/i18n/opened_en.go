package i18n

func init() { merge(en, openedEN, "en") }

// openedEN: what the interface says when the full check of the file, run
// once it has started, finds damage.
var openedEN = map[string]string{
	"opened.damaged":        "⚠ Damaged database, essradar no longer saves anything into it: %s. No backup was found beside it: quit essradar, then restore a backup made elsewhere or set this file aside.",
	"opened.damaged_backup": "⚠ Damaged database, essradar no longer saves anything into it: %[1]s. Latest backup: %[2]s; quit essradar, then run “essradar restore --db %[3]s %[2]s”, which checks it and puts it back.",
	"opened.check_failed":   "⚠ The file check could not finish: %s",
}

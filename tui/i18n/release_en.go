package i18n

func init() { merge(en, releaseEN, "en") }

// releaseEN: see releaseFR.
var releaseEN = map[string]string{
	"cli.version.long": "Shows essradar's version, the commit and date it was built from,\n" +
		"then the database schema and default grid versions.\n" +
		"Give these two lines to whoever helps you when something goes wrong.",
	"cli.version.line":            "essradar %s (%s, %s)",
	"cli.version.commit":          "commit %s",
	"cli.version.commit_modified": "commit %s with local changes",
	"cli.version.no_commit":       "commit unknown",
	"cli.version.built":           "built on %s",
	"cli.version.no_date":         "build date unknown",
	"cli.version.details":         "database schema v%d, default grid %s v%d, %s %s/%s",
}

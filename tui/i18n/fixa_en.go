package i18n

func init() { merge(errorsEN, fixaErrorsEN, "en errors") }

// fixaErrorsEN: see fixaErrorsFR.
var fixaErrorsEN = map[string]string{
	"store.outcome.labelled":           "labelled",
	"store.outcome.deferred":           "deferred",
	"store.outcome.not_retained":       "not retained",
	"store.session.agenda_elsewhere":   "initiative no. %d “%s” is already on the agenda of the open session of %s (%s): postpone or defer it in that session first",
	"store.eval.decided_elsewhere":     "initiative “%s” was already decided in the session of %s (%s): a second decision only follows a deferral; correct that one instead (by an amendment once the session is closed)",
	"store.check.decisions_contradict": "initiative no. %d “%s” was decided twice with no deferral in between: %s in the session of %s, then %s in that of %s; its status follows the second",
}

func init() { merge(en, fixaEN, "en") }

// fixaEN: see fixaFR.
var fixaEN = map[string]string{
	"agenda.held_elsewhere.one":   "(%d initiative is on the agenda of another open session: postpone it there to add it here)",
	"agenda.held_elsewhere.other": "(%d initiatives are on the agenda of another open session: postpone them there to add them here)",
	"backup.cli.flag.force":       "replace the file if it already exists",
	"backup.cli.exists":           "%s already exists: choose another name with -o, or add --force to replace it",
	"backup.cli.done_file":        "Backup written: %[1]s\nTo put it back later: essradar restore %[2]s",
}

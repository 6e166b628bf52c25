package i18n

func init() {
	merge(en, backupsEN, "en")
	merge(errorsEN, backupsErrorsEN, "en errors")
}

// backupsEN are backupsFR in English, key for key.
var backupsEN = map[string]string{
	"busy.backup": "the backup on its way",
	"key.backup":  "back up the database",

	"backup.done.manual":    "Backup written: %s",
	"backup.done.session":   "Closed session backed up: %s",
	"backup.failed.auto":    "Automatic backup impossible, the meeting goes on and the database is untouched: %s",
	"backup.failed.manual":  "Backup impossible, the database is untouched: %s",
	"backup.failed.session": "Session closed and sealed, but its backup is impossible (ctrl+s to try again): %s",

	"backup.kind.auto":      "automatic",
	"backup.kind.manual":    "manual",
	"backup.kind.session":   "session of %s",
	"backup.kind.migration": "before upgrade",

	"backup.cli.flag.output": "backup `file` or folder (default: the backups folder next to the database)",
	"backup.cli.done":        "Backup written: %s\nTo put it back later: essradar restore (lists the backups).",
	"backup.cli.locked":      "the database %s is open in the essradar interface, which keeps it to itself during the meeting; take the backup from the interface (ctrl+s, on any screen when not typing); the interface also takes one when it opens (one a day) and whenever a session is closed, in %s",

	"backup.cli.restore.use":             "restore [FILE|N]",
	"backup.cli.restore.short":           "Lists the database's backups, or puts one back (the current database is set aside, never deleted)",
	"backup.cli.restore.flag.yes":        "put the backup back without asking for confirmation",
	"backup.cli.count.one":               "%d backup",
	"backup.cli.count.other":             "%d backups",
	"backup.cli.list.none":               "No backup of %s (neither beside it nor in %s).",
	"backup.cli.list.head":               "Backups of %s (%s), newest first:",
	"backup.cli.list.item":               "%3d  %s  %-20s %9s  %s",
	"backup.cli.list.hint":               "To put one back: essradar restore N (the number above) or essradar restore FILE.",
	"backup.cli.when":                    "%s %s",
	"backup.cli.size_kb":                 "%s KB",
	"backup.cli.size_mb":                 "%s MB",
	"backup.cli.restore.no_number.one":   "no backup number %[2]d: the list has only one (essradar restore shows it)",
	"backup.cli.restore.no_number.other": "no backup number %[2]d: the list has %[1]d (essradar restore shows it)",
	"backup.cli.restore.no_file":         "backup %s not found: %s",
	"backup.cli.restore.is_dir":          "%s is a folder; give a backup file or its number in the list (essradar restore)",
	"backup.cli.restore.damaged":         "the backup %s fails the check (%s); it was not put back and the database is untouched; choose another one (essradar restore)",
	"backup.cli.restore.question":        "The database %s will be set aside (renamed, never deleted) and replaced by the backup %s. Continue? [y/N] ",
	"backup.cli.restore.not_terminal":    "confirmation cannot be asked without a terminal; add --yes to put the backup back",
	"backup.cli.restore.cancelled":       "Nothing changed.",
	"backup.cli.restore.done":            "Backup %s put back as %s.\nThe previous database is set aside as %s (nothing was deleted).",
	"backup.cli.restore.done_new":        "Backup %s put back as %s (there was no database there).",
}

var backupsErrorsEN = map[string]string{
	"store.backup.list":              "the backups folder cannot be read (%[2]v): %[1]s",
	"store.backup.reason.permission": "access denied",
	"store.backup.reason.no_space":   "disk full",
	"store.backup.reason.read_only":  "read-only disk",
	"store.backup.reason.not_dir":    "a file has the folder's name",
	"store.backup.damaged":           "the file does not read in full (technical detail: %v)",
	"store.backup.empty":             "the backup %s is empty or not a file",
	"store.backup.folder":            "the backups folder cannot be created (%[2]v): %[1]s",
	"store.backup.write":             "the backup could not be written (%[2]v): %[1]s",
	"store.backup.prune":             "the backup %s is written, but the oldest ones in %s could not be removed: %v",
	"store.backup.read":              "the backup %s cannot be read: %v",
	"store.backup.too_new":           "the backup %s was written by a newer essradar (schema v%d); update essradar",
	"store.backup.unreadable":        "the file %s cannot be read: %v",
	"store.restore.same":             "%s is the database itself, not a backup",
	"store.restore.damaged":          "the backup %s fails the check (%s); the database in place is untouched; choose another one",
	"store.restore.locked":           "the database %s is open in the essradar interface: quit the interface before restoring a backup",
	"store.restore.aside":            "the database %s could not be set aside: %v; nothing changed",
	"store.restore.copy":             "the backup %s could not be copied over %s: %v; the database stayed in place",
}

package i18n

func init() {
	merge(errorsEN, damageErrorsEN, "en errors")
	merge(en, damageEN, "en")
}

var damageErrorsEN = map[string]string{
	"store.damage.named":           "the database %s is damaged: %s; no backup was found next to it: restore a backup made elsewhere, or move this file aside to start from an empty database",
	"store.damage.named_backup":    "the database %[1]s is damaged: %[2]s; the latest backup is %[3]s: quit essradar then run “essradar restore --db %[4]s %[3]s”, which checks it, sets the damaged file aside (never deleting it) and puts the backup in place",
	"store.damage.meta_unreadable": "its control page no. %d is %s: the database would open on the other one, which may lack the last change saved",
	"store.damage.meta_mismatch":   "its two control pages do not follow each other (changes no. %d and no. %d): one of them would take the database back to an older state",
	"store.damage.meta.short":      "cut short",
	"store.damage.meta.zeroed":     "zeroed",
	"store.damage.meta.magic":      "without a database's signature",
	"store.damage.meta.version":    "of an unknown format version",
	"store.damage.meta.checksum":   "with a wrong checksum",
	"store.damage.empty":           "the file is empty (0 bytes) while backups lie next to it: it has been emptied",
	"store.damage.page":            "a page of the file does not read (damaged, or outside the file)",
	"store.damage.not_bolt":        "it is not an essradar database (nor any database of this format)",
	"store.damage.bolt_version":    "its format is not the one essradar reads",
	"store.damage.bolt_checksum":   "both its control pages are damaged",
	"store.damage.truncated":       "the file is cut short: %d bytes instead of %d",
	"store.damage.grid":            "the stored grid %s v%d no longer reads",
	"store.damage.first_of_many":   "%s (and other problems: essradar check lists them all)",

	"store.check.damage":             "%s",
	"store.check.page":               "page no. %d of the file is %s",
	"store.check.page_disorder":      "page no. %d of the file is damaged (its content out of order or of an unknown type)",
	"store.check.page.freed_twice":   "freed twice",
	"store.check.page.lost":          "neither used nor freed",
	"store.check.page.out_of_bounds": "outside the file",
	"store.check.page.shared":        "used in two places",
	"store.check.page.freed_in_use":  "freed but still in use",
	"store.check.page.bad_type":      "of an unknown type (damaged or zeroed)",

	"store.disk.full":           "disk full: the database %s can no longer save anything; free some space (or move the database elsewhere) and try again; the database is not damaged",
	"store.disk.read_only_fs":   "read-only disk: the database %s is on a disk or key that cannot be written to; make it writable or copy the database elsewhere; the database is not damaged",
	"store.disk.read_only_file": "read-only file: the database %s cannot be changed; make the file writable (its properties) and try again; the database is not damaged",
	"store.disk.read_only_dir":  "read-only folder: the folder %s does not accept the database %s; make it writable or choose another folder",
	"store.disk.no_access":      "access denied: your rights do not allow opening or changing the database %s (it or its folder belongs to another user); the database is not damaged",
}

var damageEN = map[string]string{
	"damage.cli.check.scope":           "Checked: both control pages, %s of the file, %s, %s, %s, %s, %s, %s, %s, %s and %s recomputed.",
	"damage.count.problems.one":        "%d problem",
	"damage.count.problems.other":      "%d problems",
	"damage.count.pages.one":           "%d page",
	"damage.count.pages.other":         "%d pages",
	"damage.count.campaigns.one":       "%d campaign",
	"damage.count.campaigns.other":     "%d campaigns",
	"damage.count.amendments.one":      "%d amendment",
	"damage.count.amendments.other":    "%d amendments",
	"damage.count.audit.one":           "%d history entry",
	"damage.count.audit.other":         "%d history entries",
	"damage.count.grids.one":           "%d grid read again",
	"damage.count.grids.other":         "%d grids read again",
	"damage.count.seals.one":           "%d seal of a closed session",
	"damage.count.seals.other":         "%d seals of closed sessions",
	"damage.cli.check.failed_backup":   "the database %[1]s has %[2]s (see above); the latest backup is %[3]s: quit essradar then run “essradar restore --db %[4]s %[3]s”, which checks it, sets the damaged file aside (never deleting it) and puts the backup in place",
	"damage.cli.check.failed_nobackup": "the database %s has %s (see above); no backup was found next to it: restore a backup made elsewhere",
}

// The interface's words while it ends on a signal.
func init() { merge(en, shutdownEN, "en") }

var shutdownEN = map[string]string{
	"shutdown.waiting": "The system asked essradar to close: it first finishes the save on its way (%s)…",
}

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

// glyphsEN: see glyphsFR.
var glyphsEN = map[string]string{
	"glyphs.windows_console": "ASCII radar: the Windows console does not show braille dots. In Windows Terminal, or with essradar --braille, the radar is finer.",
	"glyphs.linux_console":   "ASCII radar: the Linux text console has no braille dots (essradar --braille to force them).",
	"glyphs.not_utf8":        "ASCII radar: this terminal is not UTF-8 and cannot show braille dots (essradar --braille to force them).",
	"cli.flag.braille":       "braille radar even where essradar would choose ASCII",
	"cli.err.glyph_flags":    "--ascii and --braille contradict each other: choose one",
}

func init() { merge(en, glyphsEN, "en") }

// firstStartEN: see firstStartFR.
var firstStartEN = map[string]string{
	"home.about": "Score the ESS markers in committee, see the radar, decide, write the minutes.\n" +
		"Guide (in French): guide.md beside the program (docs/guide.md in the sources).",
}

func init() { merge(en, firstStartEN, "en") }

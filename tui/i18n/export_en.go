package i18n

func init() { merge(en, exportEN, "en") }

// exportEN are the texts of essradar export's checks as it streams.
var exportEN = map[string]string{
	"export.cli.long": "Write every record as JSON (essradar/v1 format), or with --public the public list of the vote as\n" +
		"CSV.\n\n" +
		"The export refuses a damaged file and writes nothing: at open, the control pages, the page tree and\n" +
		"the stored grids; while writing, every record read back, the seal of every closed session and the\n" +
		"grid of every evaluation. The file appears under its name (or on standard output) only once the\n" +
		"whole export is written. The full check (every page as bbolt sees it, the indexes, the summaries\n" +
		"recomputed) is \"essradar check\"'s.",
	"export.cli.stdout": "standard output",
}

package i18n

func init() { merge(en, publicEN, "en") }

var publicEN = map[string]string{
	"public.unknown_campaign": "campaign %s does not exist; campaigns in the database: %s",
	"public.err.separator":    "unknown separator “%c”: choose “;” or “,”",

	// "Id" rather than "ID": Excel takes a file that starts with "ID" for a
	// SYLK file and refuses to open it.
	"public.col.id":        "Id",
	"public.col.title":     "Title",
	"public.col.structure": "Holder organisation",
	"public.col.territory": "Territory",
	"public.col.commune":   "Municipality",
	"public.col.category":  "Label category",
	"public.col.amount":    "Amount requested (€)",
	"public.col.summary":   "Summary",

	"public.count.labelled.one":   "%d labelled initiative",
	"public.count.labelled.other": "%d labelled initiatives",
	"public.done":                 "Public list of campaign %s written to %s: %s.",
	"public.file_name":            "public-list-%s.csv",

	"public.cli.flag.public":    "write only the public list for the citizen vote: the labelled initiatives, as CSV, without the holders' contact details",
	"public.cli.flag.separator": "`char` between the public list's columns: “;” (French Excel, the default) or “,”",
	"public.cli.separator_only": "--separator only applies to the public list: add --public",
	"public.cli.bad_separator":  "unknown separator “%s”: choose “;” (French Excel) or “,”",
	"public.cli.personal_data":  "Warning: this export holds personal data (the holders' contact names, e-mails and phone numbers). Do not share it; for the public list of the vote, use “essradar export --public”.",

	"public.key":         "export the public list",
	"public.key.write":   "write the file",
	"public.key.cancel":  "cancel",
	"public.key.close":   "close",
	"public.title":       "Public list for the citizen vote",
	"public.ask":         "The labelled initiatives of campaign %s, without the holders' contact details, as CSV for Excel. File to write:",
	"public.writing":     "Writing %s…",
	"public.failed":      "Public list not written: %s.",
	"public.err.no_file": "name the file to write",
	"public.err.no_dir":  "folder %s does not exist",
	"public.err.denied":  "you may not write in %s",
	"public.err.is_dir":  "%s is a folder: add a file name",
	"public.err.is_db":   "%s is the database itself: choose another file name",
	"public.err.os":      "cannot write %s: %s",
}

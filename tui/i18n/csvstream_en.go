package i18n

func init() {
	merge(en, csvStreamEN, "en")
	merge(errorsEN, csvStreamErrorsEN, "en errors")
}

var csvStreamErrorsEN = map[string]string{
	"csv.more_warnings.one":   "and %d more warning of the same kind, not detailed",
	"csv.more_warnings.other": "and %d more warnings of the same kind, not detailed",
}

var csvStreamEN = map[string]string{
	"cli.csv.unlisted.one":   "  … and %d more row, not detailed",
	"cli.csv.unlisted.other": "  … and %d more rows, not detailed",
	"import.unlisted.one":    "… and %d more row, not detailed",
	"import.unlisted.other":  "… and %d more rows, not detailed",
}

package i18n

// The CSV import's report, bounded whatever the file's size: what is not
// listed is counted.
func init() {
	merge(fr, csvStreamFR, "fr")
	merge(errorsFR, csvStreamErrorsFR, "fr errors")
}

var csvStreamErrorsFR = map[string]string{
	"csv.more_warnings.one":   "et %d autre avertissement du même genre, non détaillé",
	"csv.more_warnings.other": "et %d autres avertissements du même genre, non détaillés",
}

var csvStreamFR = map[string]string{
	"cli.csv.unlisted.one":   "  … et %d autre ligne, non détaillée",
	"cli.csv.unlisted.other": "  … et %d autres lignes, non détaillées",
	"import.unlisted.one":    "… et %d autre ligne, non détaillée",
	"import.unlisted.other":  "… et %d autres lignes, non détaillées",
}

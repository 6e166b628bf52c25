package i18n

// The summaries' check messages (issue 13), in both error catalogues.
func init() {
	merge(errorsFR, perfErrorsFR, "fr errors")
	merge(errorsEN, perfErrorsEN, "en errors")
}

var perfErrorsFR = map[string]string{
	"store.check.summary_session":  "le résumé de la séance n° %d (points décidés) ne correspond plus à ses évaluations",
	"store.check.summary_campaign": "le résumé de la campagne %s (profils labellisés, médiane) ne correspond plus à ses évaluations",
}

var perfErrorsEN = map[string]string{
	"store.check.summary_session":  "the summary of session no. %d (items decided) no longer matches its evaluations",
	"store.check.summary_campaign": "the summary of campaign %s (labelled profiles, median) no longer matches its evaluations",
}

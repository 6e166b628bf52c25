package i18n

// Sanity warnings and refusals: what looks wrong in a record.
func init() {
	merge(fr, sanityFR, "fr")
	merge(errorsFR, sanityErrorsFR, "fr errors")
}

var sanityErrorsFR = map[string]string{
	"store.session.close_future":      "la séance du %s n'a pas encore eu lieu : elle ne peut être close qu'à partir de ce jour-là",
	"store.initiative.title_too_long": "le titre « %s… » est trop long (longueur %d, au plus %d) : raccourcissez-le, le résumé est là pour le détail",
}

var sanityFR = map[string]string{
	"csv.title_too_long": "titre trop long (longueur %d, au plus %d)",
	"csv.above_ceiling":  "%s : le montant demandé pour « %s » (%s) dépasse le plafond de la campagne (%s) ; vérifiez-le",

	"key.save_anyway":  "enregistrer quand même",
	"key.back_to_form": "corriger",
	"form.save_anyway": "Enregistrer quand même ?  o : oui · n : revenir au formulaire",

	"sanity.above_ceiling": "Le montant demandé (%s) dépasse le plafond des subventions de la campagne (%s).",
	"sanity.outside_year":  "La séance est datée du %s, hors de l'année de la campagne %s.",
	"sanity.name_year":     "Le nom « %s » porte l'année %s, et non celle de la campagne (%s).",

	"decision.to_work":              "Points à travailler : %s.",
	"decision.gaps.one":             "%d marqueur n'est pas noté : un label donné ainsi demande sa raison, portée au procès-verbal.",
	"decision.gaps.other":           "%d marqueurs ne sont pas notés : un label donné ainsi demande sa raison, portée au procès-verbal.",
	"decision.err_label_gaps.one":   "%d marqueur reste non noté : écrivez pourquoi le comité labellise quand même",
	"decision.err_label_gaps.other": "%d marqueurs restent non notés : écrivez pourquoi le comité labellise quand même",

	"form.campaign.ceiling":      "Plafond des subventions (€)",
	"form.campaign.ceiling_hint": "un montant demandé au-dessus est signalé ; vide : pas de plafond",
}

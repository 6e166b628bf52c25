package i18n

// The meeting room: the radar's legend and the per-category grant ceiling.
func init() {
	merge(fr, roomFR, "fr")
	merge(errorsFR, roomErrorsFR, "fr errors")
}

var roomErrorsFR = map[string]string{
	"grid.err.grant_ceiling": "le plafond des subventions ne peut pas être négatif (0\u00a0: celui de la campagne)",
}

var roomFR = map[string]string{
	"radar.threshold":            "seuil %s",
	"scoring.median_short.one":   "médiane (%d labellisée)",
	"scoring.median_short.other": "médiane (%d labellisées)",

	"sanity.above_category_ceiling": "Le montant demandé (%s) dépasse le plafond des subventions de la catégorie «\u00a0%s\u00a0» (%s).",
	"decision.above_ceiling":        "Au-dessus du plafond de la catégorie %[2]s\u00a0: %[1]s pour %[3]s.",
	"decision.above_ceiling_again":  "Au-dessus du plafond de la catégorie %[2]s\u00a0: %[1]s pour %[3]s. Entrée de nouveau pour labelliser quand même.",
}

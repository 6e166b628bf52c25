package i18n

// The public list for the citizen vote (export --public, the home screen's
// export): its texts join the catalogues at start-up, as the command line's do.
func init() { merge(fr, publicFR, "fr") }

var publicFR = map[string]string{
	// Errors of store.PublicList and store/publiccsv (message keys).
	"public.unknown_campaign": "la campagne %s n'existe pas ; campagnes de la base : %s",
	"public.err.separator":    "séparateur « %c » inconnu : choisissez « ; » ou « , »",

	// Column titles of the CSV file.
	"public.col.id":        "N°",
	"public.col.title":     "Titre",
	"public.col.structure": "Structure porteuse",
	"public.col.territory": "Territoire",
	"public.col.commune":   "Commune",
	"public.col.category":  "Catégorie de label",
	"public.col.amount":    "Montant demandé (€)",
	"public.col.summary":   "Résumé",

	"public.count.labelled.one":   "%d initiative labellisée",
	"public.count.labelled.other": "%d initiatives labellisées",
	"public.done":                 "Liste publique de la campagne %s écrite dans %s : %s.",
	"public.file_name":            "liste-publique-%s.csv",

	// Command line.
	"public.cli.flag.public":    "n'écrire que la liste publique pour le vote citoyen : les initiatives labellisées, en CSV, sans coordonnées des porteurs",
	"public.cli.flag.separator": "`signe` qui sépare les colonnes de la liste publique : « ; » (Excel en français, par défaut) ou « , »",
	"public.cli.separator_only": "--separator ne s'applique qu'à la liste publique : ajoutez --public",
	"public.cli.bad_separator":  "séparateur « %s » inconnu : choisissez « ; » (Excel en français) ou « , »",
	"public.cli.personal_data":  "Attention : cet export contient des données personnelles (nom, courriel et téléphone des porteurs). Ne le diffusez pas ; pour la liste publique du vote, utilisez « essradar export --public ».",

	// Interface: the home screen's prompt.
	"public.key":         "exporter la liste publique",
	"public.key.write":   "écrire le fichier",
	"public.key.cancel":  "annuler",
	"public.key.close":   "fermer",
	"public.title":       "Liste publique pour le vote citoyen",
	"public.ask":         "Les initiatives labellisées de la campagne %s, sans les coordonnées des porteurs, en CSV pour Excel. Fichier à écrire :",
	"public.writing":     "Écriture de %s…",
	"public.failed":      "Liste publique non écrite : %s.",
	"public.err.no_file": "indiquez le fichier à écrire",
	"public.err.no_dir":  "le dossier %s n'existe pas",
	"public.err.denied":  "vous n'avez pas le droit d'écrire dans %s",
	"public.err.is_dir":  "%s est un dossier : ajoutez un nom de fichier",
	"public.err.is_db":   "%s est la base elle-même : choisissez un autre nom de fichier",
	"public.err.os":      "écriture de %s impossible : %s",
}

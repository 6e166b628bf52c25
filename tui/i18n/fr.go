package i18n

// fr is the reference catalogue: every key must exist here.
var fr = map[string]string{
	"app.too_small": "Fenêtre trop petite : agrandissez la fenêtre\n(au moins %d×%d, actuellement %d×%d).",

	"key.quit":      "quitter",
	"key.help":      "aide",
	"key.up":        "monter",
	"key.down":      "descendre",
	"key.pageup":    "page précédente",
	"key.pagedown":  "page suivante",
	"key.top":       "début",
	"key.bottom":    "fin",
	"key.demo_yes":  "charger la démo",
	"key.demo_no":   "base vide",
	"key.back":      "retour",
	"key.open":      "ouvrir",
	"key.tab":       "changer de volet",

	"error.prefix": "Erreur :",

	"home.loading":           "Chargement…",
	"home.demo_loading":      "Chargement des données de démonstration…",
	"home.empty":             "La base est vide : aucune campagne, aucune initiative.",
	"home.offer_demo":        "Charger la campagne de démonstration ? (o : oui, n : non)",
	"home.offer_demo_detail": "Une campagne fictive : 24 initiatives dans les 8 territoires, un comité de 10 membres et deux séances.",
	"home.no_campaign":       "Aucune campagne pour l'instant.\n\nImportez des données avec « essradar import FICHIER.json »,\nou chargez la démonstration avec « essradar demo ».",
	"home.no_initiatives":    "Aucune initiative dans cette campagne.",
	"home.grid":              "grille %s v%d",
	"home.count_total":       "%d initiatives",

	"col.number":    "N°",
	"col.title":     "Titre",
	"col.territory": "Territoire",
	"col.holder":    "Porteur",
	"col.state":     "État",

	"status.deposee":            "déposée",
	"status.labellisee":         "labellisée",
	"status.ajournee":           "ajournée",
	"status.non_retenue":        "non retenue",
	"status.retiree":            "retirée",
	"status.plural.deposee":     "déposées",
	"status.plural.labellisee":  "labellisées",
	"status.plural.ajournee":    "ajournées",
	"status.plural.non_retenue": "non retenues",
	"status.plural.retiree":     "retirées",
}

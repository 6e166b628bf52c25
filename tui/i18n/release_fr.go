package i18n

func init() { merge(fr, releaseFR, "fr") }

// releaseFR: what the released program says about itself (version, glyphs,
// first start).
var releaseFR = map[string]string{
	"cli.version.long": "Affiche la version d'essradar, le commit et la date de sa construction,\n" +
		"puis la version du schéma de la base et de la grille par défaut.\n" +
		"Donnez ces deux lignes à qui vous aide en cas de problème.",
	"cli.version.line":            "essradar %s (%s, %s)",
	"cli.version.commit":          "commit %s",
	"cli.version.commit_modified": "commit %s avec modifications locales",
	"cli.version.no_commit":       "commit inconnu",
	"cli.version.built":           "construit le %s",
	"cli.version.no_date":         "date de construction inconnue",
	"cli.version.details":         "schéma de base v%d, grille par défaut %s v%d, %s %s/%s",
}

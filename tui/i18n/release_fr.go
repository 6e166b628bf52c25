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

// Why the radar is drawn in ASCII without being asked, said once under the
// first screen.
var glyphsFR = map[string]string{
	"glyphs.windows_console": "Radar en ASCII\u00a0: la console Windows n'affiche pas les points braille. Dans Windows Terminal, ou avec essradar --braille, le radar est plus fin.",
	"glyphs.linux_console":   "Radar en ASCII\u00a0: la console texte de Linux n'a pas les points braille (essradar --braille pour les forcer).",
	"glyphs.not_utf8":        "Radar en ASCII\u00a0: ce terminal n'est pas en UTF-8 et ne peut pas afficher les points braille (essradar --braille pour les forcer).",
	"cli.flag.braille":       "radar en points braille même là où essradar choisirait l'ASCII",
	"cli.err.glyph_flags":    "--ascii et --braille se contredisent\u00a0: choisissez l'un des deux",
}

func init() { merge(fr, glyphsFR, "fr") }

// What the first screen says before anything else: what essradar is for and
// where the guide is, in two lines at 80 columns.
var firstStartFR = map[string]string{
	"home.about": "Noter les marqueurs ESS en comité, voir le radar, décider, rédiger le PV.\n" +
		"Mode d'emploi\u00a0: guide.md, à côté du programme (docs/guide.md dans les sources).",
}

func init() { merge(fr, firstStartFR, "fr") }

package i18n

func init() { merge(fr, openedFR, "fr") }

// openedFR: what the interface says when the full check of the file, run
// once it has started, finds damage.
var openedFR = map[string]string{
	"opened.damaged":      "⚠ Vérification du fichier\u00a0: %s. essradar n'enregistre plus rien dans cette base\u00a0; q pour quitter.",
	"opened.check_failed": "⚠ La vérification du fichier n'a pas pu aller au bout\u00a0: %s",
}

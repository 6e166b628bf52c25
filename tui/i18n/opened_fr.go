package i18n

func init() { merge(fr, openedFR, "fr") }

// openedFR: what the interface says when the full check of the file, run
// once it has started, finds damage.
var openedFR = map[string]string{
	"opened.damaged":      "⚠ essradar n'enregistre plus rien (q pour quitter), car la vérification du fichier a trouvé que %s",
	"opened.check_failed": "⚠ La vérification du fichier n'a pas pu aller au bout\u00a0: %s",
}

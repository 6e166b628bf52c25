package i18n

func init() { merge(fr, openedFR, "fr") }

// openedFR: what the interface says when the full check of the file, run
// once it has started, finds damage.
var openedFR = map[string]string{
	"opened.damaged":        "⚠ Base endommagée, essradar n'y enregistre plus rien\u00a0: %s. Aucune sauvegarde n'a été trouvée à côté\u00a0: quittez essradar, puis restaurez une sauvegarde faite ailleurs ou mettez ce fichier de côté.",
	"opened.damaged_backup": "⚠ Base endommagée, essradar n'y enregistre plus rien\u00a0: %[1]s. Dernière sauvegarde\u00a0: %[2]s\u00a0; quittez essradar, puis lancez «\u00a0essradar restore --db %[3]s %[2]s\u00a0», qui la vérifie et la remet en place.",
	"opened.check_failed":   "⚠ La vérification du fichier n'a pas pu aller au bout\u00a0: %s",
}

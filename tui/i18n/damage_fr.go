package i18n

// Damage named as damage, and what the disk refused named as such: the
// store's words (errors) and the command line's.
func init() {
	merge(errorsFR, damageErrorsFR, "fr errors")
	merge(fr, damageFR, "fr")
}

var damageErrorsFR = map[string]string{
	"store.damage.named":           "la base %s est endommagée : %s ; aucune sauvegarde n'a été trouvée à côté : restaurez une sauvegarde faite ailleurs, ou mettez ce fichier de côté pour repartir d'une base vide",
	"store.damage.named_backup":    "la base %[1]s est endommagée : %[2]s ; la dernière sauvegarde est %[3]s : fermez essradar puis lancez « essradar restore --db %[4]s %[3]s », qui la vérifie, met le fichier endommagé de côté (sans le supprimer) et la remet en place",
	"store.damage.meta_unreadable": "sa page de contrôle n° %d est %s : la base s'ouvrirait sur l'autre, qui peut ne pas contenir la dernière modification enregistrée",
	"store.damage.meta_mismatch":   "ses deux pages de contrôle ne se suivent pas (modifications n° %d et n° %d) : l'une des deux ramènerait la base à un état plus ancien",
	"store.damage.meta.short":      "coupée",
	"store.damage.meta.zeroed":     "remise à zéro",
	"store.damage.meta.magic":      "sans la signature d'une base",
	"store.damage.meta.version":    "d'une version de format inconnue",
	"store.damage.meta.checksum":   "avec une somme de contrôle fausse",
	"store.damage.empty":           "le fichier est vide (0 octet) alors que des sauvegardes sont à côté : il a été vidé",
	"store.damage.page":            "une page du fichier ne se lit pas (abîmée, ou hors du fichier)",
	"store.damage.not_bolt":        "ce n'est pas une base essradar (ni aucune base de ce format)",
	"store.damage.bolt_version":    "son format n'est pas celui que lit essradar",
	"store.damage.bolt_checksum":   "ses deux pages de contrôle sont abîmées",
	"store.damage.truncated":       "le fichier est coupé : %d octets au lieu de %d",
	"store.damage.grid":            "la grille enregistrée %s v%d ne se lit plus",
	"store.damage.first_of_many":   "%s (et d'autres problèmes : essradar check les liste tous)",

	"store.check.damage":             "%s",
	"store.check.page":               "la page n° %d du fichier est %s",
	"store.check.page_disorder":      "la page n° %d du fichier est abîmée (contenu dans le désordre ou d'un type inconnu)",
	"store.check.page.freed_twice":   "libérée deux fois",
	"store.check.page.lost":          "ni utilisée ni libérée",
	"store.check.page.out_of_bounds": "hors du fichier",
	"store.check.page.shared":        "utilisée à deux endroits",
	"store.check.page.freed_in_use":  "libérée mais encore utilisée",
	"store.check.page.bad_type":      "d'un type inconnu (abîmée ou remise à zéro)",

	"store.disk.full":           "disque plein : la base %s ne peut plus rien enregistrer ; libérez de la place (ou mettez la base ailleurs) puis réessayez ; la base n'est pas endommagée",
	"store.disk.read_only_fs":   "disque en lecture seule : la base %s est sur un disque ou une clé où l'on ne peut pas écrire ; rendez-le accessible en écriture ou copiez la base ailleurs ; la base n'est pas endommagée",
	"store.disk.read_only_file": "fichier en lecture seule : la base %s ne peut pas être modifiée ; rendez le fichier modifiable (ses propriétés) puis réessayez ; la base n'est pas endommagée",
	"store.disk.read_only_dir":  "dossier en lecture seule : le dossier %s n'accepte pas la base %s ; rendez-le modifiable ou choisissez un autre dossier",
	"store.disk.no_access":      "accès refusé : vos droits ne permettent pas d'ouvrir ou de modifier la base %s (elle ou son dossier appartient à un autre utilisateur) ; la base n'est pas endommagée",
}

var damageFR = map[string]string{
	"damage.cli.check.scope":           "Vérifié : les deux pages de contrôle, %s du fichier, %s, %s, %s, %s, %s, %s, %s, %s et %s recalculés.",
	"damage.count.problems.one":        "%d problème",
	"damage.count.problems.other":      "%d problèmes",
	"damage.count.pages.one":           "%d page",
	"damage.count.pages.other":         "%d pages",
	"damage.count.campaigns.one":       "%d campagne",
	"damage.count.campaigns.other":     "%d campagnes",
	"damage.count.amendments.one":      "%d amendement",
	"damage.count.amendments.other":    "%d amendements",
	"damage.count.audit.one":           "%d entrée du journal",
	"damage.count.audit.other":         "%d entrées du journal",
	"damage.count.grids.one":           "%d grille relue",
	"damage.count.grids.other":         "%d grilles relues",
	"damage.count.seals.one":           "%d sceau de séance close",
	"damage.count.seals.other":         "%d sceaux de séances closes",
	"damage.cli.check.failed_backup":   "la base %[1]s a %[2]s (voir ci-dessus) ; la dernière sauvegarde est %[3]s : fermez essradar puis lancez « essradar restore --db %[4]s %[3]s », qui la vérifie, met le fichier endommagé de côté (sans le supprimer) et la remet en place",
	"damage.cli.check.failed_nobackup": "la base %s a %s (voir ci-dessus) ; aucune sauvegarde n'a été trouvée à côté : restaurez une sauvegarde faite ailleurs",
}

// The interface's words while it ends on a signal.
func init() { merge(fr, shutdownFR, "fr") }

var shutdownFR = map[string]string{
	"shutdown.waiting": "Fermeture demandée par le système\u00a0: essradar termine d'abord l'enregistrement en cours (%s)…",
}

package i18n

func init() {
	merge(fr, backupsFR, "fr")
	merge(errorsFR, backupsErrorsFR, "fr errors")
}

// backupsFR are the texts about backups: the interface's key and status
// line, essradar backup and essradar restore.
var backupsFR = map[string]string{
	"busy.backup": "la sauvegarde en cours",
	"key.backup":  "sauvegarder la base",

	"backup.done.manual":    "Sauvegarde écrite : %s",
	"backup.done.session":   "Séance close sauvegardée : %s",
	"backup.failed.auto":    "Sauvegarde automatique impossible, la réunion continue et la base n'est pas touchée : %s",
	"backup.failed.manual":  "Sauvegarde impossible, la base n'est pas touchée : %s",
	"backup.failed.session": "Séance close et scellée, mais sa sauvegarde est impossible (ctrl+s pour réessayer) : %s",

	"backup.kind.auto":      "automatique",
	"backup.kind.manual":    "manuelle",
	"backup.kind.session":   "séance du %s",
	"backup.kind.migration": "avant mise à jour",

	"backup.cli.flag.output": "`fichier` ou dossier de la sauvegarde (par défaut : le dossier de sauvegardes à côté de la base)",
	"backup.cli.done":        "Sauvegarde écrite : %s\nPour la remettre en place plus tard : essradar restore (liste des sauvegardes).",
	"backup.cli.locked":      "la base %s est ouverte dans l'interface d'essradar, qui la garde pour elle pendant la réunion ; prenez la sauvegarde depuis l'interface (ctrl+s, sur tout écran hors saisie) ; l'interface en prend aussi une à l'ouverture (une par jour) et à chaque clôture de séance, dans %s",

	"backup.cli.restore.use":             "restore [FICHIER|N]",
	"backup.cli.restore.short":           "Liste les sauvegardes de la base, ou en remet une en place (la base actuelle est mise de côté, jamais effacée)",
	"backup.cli.restore.flag.yes":        "remettre la sauvegarde en place sans demander de confirmation",
	"backup.cli.count.one":               "%d sauvegarde",
	"backup.cli.count.other":             "%d sauvegardes",
	"backup.cli.list.none":               "Aucune sauvegarde de %s (ni à côté d'elle, ni dans %s).",
	"backup.cli.list.head":               "Sauvegardes de %s (%s), de la plus récente à la plus ancienne :",
	"backup.cli.list.item":               "%3d  %s  %-20s %9s  %s",
	"backup.cli.list.hint":               "Pour en remettre une en place : essradar restore N (le numéro ci-dessus) ou essradar restore FICHIER.",
	"backup.cli.when":                    "%s %s",
	"backup.cli.size_kb":                 "%s\u00a0Ko",
	"backup.cli.size_mb":                 "%s\u00a0Mo",
	"backup.cli.restore.no_number.one":   "pas de sauvegarde n°\u00a0%[2]d : la liste n'en compte qu'une (essradar restore pour la voir)",
	"backup.cli.restore.no_number.other": "pas de sauvegarde n°\u00a0%[2]d : la liste en compte %[1]d (essradar restore pour la voir)",
	"backup.cli.restore.no_file":         "sauvegarde %s introuvable : %s",
	"backup.cli.restore.is_dir":          "%s est un dossier ; donnez un fichier de sauvegarde ou son numéro dans la liste (essradar restore)",
	"backup.cli.restore.damaged":         "la sauvegarde %s ne passe pas la vérification (%s) ; elle n'a pas été remise en place, la base n'a pas été touchée ; choisissez-en une autre (essradar restore)",
	"backup.cli.restore.question":        "La base %s sera mise de côté (renommée, jamais effacée) et remplacée par la sauvegarde %s. Continuer ? [o/N] ",
	"backup.cli.restore.not_terminal":    "la confirmation ne peut pas être demandée sans terminal ; ajoutez --yes pour remettre la sauvegarde en place",
	"backup.cli.restore.cancelled":       "Rien n'a changé.",
	"backup.cli.restore.done":            "Sauvegarde %s remise en place à %s.\nL'ancienne base est mise de côté sous %s (rien n'a été effacé).",
	"backup.cli.restore.done_new":        "Sauvegarde %s remise en place à %s (il n'y avait pas de base à cet endroit).",
}

// backupsErrorsFR are the store's messages about backups and restoring,
// with the same sentences as its French text.
var backupsErrorsFR = map[string]string{
	"store.backup.list":              "le dossier de sauvegardes ne se lit pas (%[2]v) : %[1]s",
	"store.backup.reason.permission": "accès refusé",
	"store.backup.reason.no_space":   "disque plein",
	"store.backup.reason.read_only":  "disque en lecture seule",
	"store.backup.reason.not_dir":    "un fichier porte le nom du dossier",
	"store.backup.damaged":           "le fichier ne se lit pas en entier (détail technique : %v)",
	"store.backup.empty":             "la sauvegarde %s est vide ou n'est pas un fichier",
	"store.backup.folder":            "le dossier de sauvegardes ne peut pas être créé (%[2]v) : %[1]s",
	"store.backup.write":             "la sauvegarde n'a pas pu être écrite (%[2]v) : %[1]s",
	"store.backup.prune":             "la sauvegarde %s est écrite, mais les plus anciennes de %s n'ont pas pu être retirées : %v",
	"store.backup.read":              "la sauvegarde %s ne se lit pas : %v",
	"store.backup.too_new":           "la sauvegarde %s a été écrite par une version plus récente d'essradar (schéma v%d) ; mettez essradar à jour",
	"store.backup.unreadable":        "le fichier %s ne se lit pas : %v",
	"store.restore.same":             "%s est la base elle-même, pas une sauvegarde",
	"store.restore.damaged":          "la sauvegarde %s ne passe pas la vérification (%s) ; la base en place n'a pas été touchée ; choisissez-en une autre",
	"store.restore.locked":           "la base %s est ouverte dans l'interface d'essradar : quittez l'interface avant de restaurer une sauvegarde",
	"store.restore.aside":            "la base %s n'a pas pu être mise de côté : %v ; rien n'a changé",
	"store.restore.copy":             "la sauvegarde %s n'a pas pu être copiée à la place de %s : %v ; la base est restée en place",
}

package i18n

func init() { merge(fr, exportFR, "fr") }

// exportFR are the texts of essradar export's checks as it streams.
var exportFR = map[string]string{
	"export.cli.long": "Écrit tous les enregistrements en JSON (format essradar/v1), ou avec --public la liste publique du\n" +
		"vote en CSV.\n\n" +
		"L'export refuse un fichier endommagé sans rien écrire : à l'ouverture, les pages de contrôle,\n" +
		"l'arbre des pages et les grilles enregistrées ; en écrivant, chaque enregistrement relu, le sceau de\n" +
		"chaque séance close et la grille de chaque évaluation. Le fichier n'apparaît sous son nom (ou sur la\n" +
		"sortie standard) qu'une fois l'export entier écrit. La vérification complète (chaque page vue par\n" +
		"bbolt, les index, les résumés recalculés) est celle d'« essradar check ».",
	"export.cli.stdout": "la sortie standard",
}

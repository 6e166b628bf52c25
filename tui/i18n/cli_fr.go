package i18n

import "fmt"

// The command line's texts live apart from the interface's so that the two
// can be worked on at the same time; they join the catalogues at start-up
// and T, N and the key checks see one catalogue per language.
func init() {
	merge(fr, cliFR, "fr")
	merge(en, cliEN, "en")
}

// merge adds the command line's texts to a catalogue. A key in both would
// make one of the two texts silently unreachable: it is a programming
// error, caught at start-up by every test.
func merge(into, from map[string]string, lang string) {
	for k, v := range from {
		if _, dup := into[k]; dup {
			panic(fmt.Sprintf("i18n: key %q is in both the %s catalogue and its command-line texts", k, lang))
		}
		into[k] = v
	}
}

// cliFR are the command line's French texts. Errors are written without
// capital or full stop: run makes the sentence.
var cliFR = map[string]string{
	"cli.prefix":     "essradar : ",
	"cli.panic":      "erreur interne inattendue (%v). Vos données enregistrées ne sont pas touchées ; signalez ce message à la Mission ESS.",
	"cli.list_sep":   " ; ",
	"cli.root.short": "Labellisation ESS du Budget citoyen : notation des marqueurs, radar, proposition, décision, procès-verbal",
	"cli.root.long": "essradar accompagne le secrétaire du comité de labellisation ESS : il garde les initiatives\n" +
		"dans une base locale, guide la notation des marqueurs de l'ESS, dessine le radar, propose\n" +
		"une catégorie de label, enregistre la décision et prépare le procès-verbal.\n\n" +
		"Sans commande, essradar ouvre l'interface sur la base par défaut.",
	"cli.flag.db":    "`fichier` de la base (par défaut dans le dossier de données de l'utilisateur)",
	"cli.flag.lang":  "`langue` de l'interface : fr ou en (par défaut : fr, ou en si LANG=en*)",
	"cli.flag.ascii": "dessins en ASCII seul, pour les terminaux sans caractères braille (choisi d'office sur l'ancienne console Windows, la console texte Linux et un terminal qui n'est pas en UTF-8)",
	"cli.flag.grid":  "`fichier` de grille TOML à utiliser à la place de la grille par défaut",

	// Help: cobra's template, in French.
	"cli.help.usage":           "Utilisation :",
	"cli.help.aliases":         "Alias :",
	"cli.help.examples":        "Exemples :",
	"cli.help.commands":        "Commandes :",
	"cli.help.flags":           "Options :",
	"cli.help.global_flags":    "Options communes :",
	"cli.help.more":            "« %s --help » détaille une commande.",
	"cli.help.command_arg":     "[commande]",
	"cli.help.flags_arg":       "[options]",
	"cli.help.short":           "Aide sur une commande",
	"cli.help.flag":            "affiche cette aide",
	"cli.help.unknown_command": "commande inconnue « %s »",

	// cobra's and pflag's own messages.
	"cli.cobra.invalid_value":        "valeur « %s » invalide pour l'option %s : %s",
	"cli.cobra.unknown_shorthand_in": "option courte inconnue : -%s (dans %s)",
	"cli.cobra.unknown_command":      "commande inconnue ",
	"cli.cobra.unknown_shorthand":    "option courte inconnue : ",
	"cli.cobra.unknown_flag":         "option inconnue : ",
	"cli.cobra.needs_value":          "cette option attend une valeur : ",
	"cli.cobra.invalid_argument":     "valeur invalide ",
	"cli.cobra.required":             "option(s) obligatoire(s) manquante(s) ",
	"cli.cobra.help_hint":            " ; « essradar --help » liste les commandes",
	"cli.expect.uint":                "un nombre entier positif est attendu",
	"cli.expect.int":                 "un nombre entier est attendu",
	"cli.expect.float":               "un nombre est attendu",
	"cli.expect.bool":                "true ou false est attendu",
	"cli.expect.other":               "valeur non reconnue",

	// Errors shared by the commands.
	"cli.err.lang":             "langue « %s » inconnue : choisissez fr ou en",
	"cli.err.no_data_dir":      "impossible de trouver le dossier de données de l'utilisateur (%s) : indiquez la base avec --db FICHIER",
	"cli.err.read_grid":        "lecture de la grille %s impossible : %s",
	"cli.err.grid_file":        "grille %s, %s",
	"cli.err.read":             "lecture de %s impossible : %s",
	"cli.err.write":            "écriture de %s impossible : %s",
	"cli.err.no_dir":           "le dossier %s n'existe pas",
	"cli.err.dir_inaccessible": "le dossier %s est inaccessible (%s)",
	"cli.err.not_dir":          "%s n'est pas un dossier",
	"cli.err.no_args":          "« essradar %s » ne prend pas d'argument (reçu : %q)",
	"cli.err.name_file":        "indiquez %s : essradar %s FICHIER",
	"cli.err.one_file":         "un seul fichier à la fois (reçu %d)",
	"cli.err.no_terminal":      "l'interface n'a pas pu s'ouvrir ; lancez essradar dans un terminal (détail technique : %v)",
	"cli.os.not_exist":         "le fichier n'existe pas",
	"cli.os.permission":        "accès refusé",
	"cli.os.exist":             "le fichier existe déjà",

	// Counts, for N: 0 and 1 are singular in French.
	"cli.count.initiatives.one":   "%d initiative",
	"cli.count.initiatives.other": "%d initiatives",
	"cli.count.members.one":       "%d membre",
	"cli.count.members.other":     "%d membres",
	"cli.count.sessions.one":      "%d séance",
	"cli.count.sessions.other":    "%d séances",
	"cli.count.evaluations.one":   "%d évaluation",
	"cli.count.evaluations.other": "%d évaluations",
	"cli.count.categories.one":    "%d catégorie",
	"cli.count.categories.other":  "%d catégories",
	"cli.count.markers.one":       "%d marqueur",
	"cli.count.markers.other":     "%d marqueurs",
	"cli.count.problems.one":      "%d problème trouvé",
	"cli.count.problems.other":    "%d problèmes trouvés",
	"cli.count.conflicts.one":     "%d conflit",
	"cli.count.conflicts.other":   "%d conflits",
	"cli.count.rejected.one":      "%d enregistrement refusé",
	"cli.count.rejected.other":    "%d enregistrements refusés",

	"cli.version.short": "Affiche la version d'essradar",

	"cli.demo.short":   "Charge une campagne de démonstration fictive (sans rien dupliquer si elle est déjà là)",
	"cli.demo.already": "La campagne de démonstration « %s » est déjà dans %s : rien n'a été ajouté.",
	"cli.demo.loaded":  "Campagne de démonstration « %s » chargée dans %s : %s, %s, %s.",

	"cli.export.short":         "Écrit tous les enregistrements en JSON (format essradar/v1), ou avec --public la liste publique du vote en CSV",
	"cli.export.flag.campaign": "n'exporter que cette `campagne` (son année, par exemple 2026)",
	"cli.export.flag.output":   "`fichier` à écrire (par défaut : la sortie standard)",
	"cli.export.no_campaign":   "campagne %s introuvable dans %s",
	"cli.export.is_db":         "%s est la base elle-même : l'export l'écraserait ; choisissez un autre nom de fichier",
	"cli.export.done":          "Export écrit dans %s : %s, %s, %s.",

	"cli.import.use":                       "import FICHIER.json|FICHIER.csv",
	"cli.import.short":                     "Fusionne un export JSON dans la base, ou ajoute les initiatives d'un tableur CSV (tout ou rien)",
	"cli.import.what":                      "le fichier à importer",
	"cli.import.flag.campaign":             "CSV : année (`AAAA`) de la campagne où ajouter les initiatives (par défaut : la campagne en cours, créée s'il n'y en a pas)",
	"cli.import.flag.skip_invalid":         "CSV : importer les lignes valides et seulement signaler les autres (par défaut : tout ou rien)",
	"cli.import.json_skip_invalid":         "--skip-invalid ne s'applique qu'à l'import CSV : un export JSON s'importe en entier ou pas du tout",
	"cli.import.json_campaign":             "--campaign ne s'applique qu'à l'import CSV : un export JSON garde les campagnes qu'il contient",
	"cli.import.unknown_format":            "%s : format inconnu, le fichier doit finir par .json (export essradar) ou .csv (tableur)",
	"cli.import.dir_json":                  "%s est un dossier : indiquez un fichier .json",
	"cli.import.dir_csv":                   "%s est un dossier : indiquez un fichier .csv",
	"cli.import.nothing":                   "rien n'a été importé : %s",
	"cli.import.conflicts.one":             "%d conflit : cet enregistrement existe déjà avec un autre contenu.",
	"cli.import.conflicts.other":           "%d conflits : ces enregistrements existent déjà avec un autre contenu.",
	"cli.import.rejected.one":              "%d enregistrement refusé :",
	"cli.import.rejected.other":            "%d enregistrements refusés :",
	"cli.import.refused_detail":            "import de %s refusé (%s, %s, détail ci-dessus) : rien n'a été écrit",
	"cli.import.refused":                   "import de %s refusé, rien n'a été écrit : %s",
	"cli.import.done":                      "Import de %s terminé dans %s : %s.",
	"cli.import.kind":                      "%s, %s",
	"cli.import.added.amendments.one":      "%d amendement ajouté",
	"cli.import.added.amendments.other":    "%d amendements ajoutés",
	"cli.import.present.amendments.one":    "%d déjà présent",
	"cli.import.present.amendments.other":  "%d déjà présents",
	"cli.import.added.campaigns.one":       "%d campagne ajoutée",
	"cli.import.added.campaigns.other":     "%d campagnes ajoutées",
	"cli.import.present.campaigns.one":     "%d déjà présente",
	"cli.import.present.campaigns.other":   "%d déjà présentes",
	"cli.import.added.evaluations.one":     "%d évaluation ajoutée",
	"cli.import.added.evaluations.other":   "%d évaluations ajoutées",
	"cli.import.present.evaluations.one":   "%d déjà présente",
	"cli.import.present.evaluations.other": "%d déjà présentes",
	"cli.import.added.grids.one":           "%d grille ajoutée",
	"cli.import.added.grids.other":         "%d grilles ajoutées",
	"cli.import.present.grids.one":         "%d déjà présente",
	"cli.import.present.grids.other":       "%d déjà présentes",
	"cli.import.added.initiatives.one":     "%d initiative ajoutée",
	"cli.import.added.initiatives.other":   "%d initiatives ajoutées",
	"cli.import.present.initiatives.one":   "%d déjà présente",
	"cli.import.present.initiatives.other": "%d déjà présentes",
	"cli.import.added.members.one":         "%d membre ajouté",
	"cli.import.added.members.other":       "%d membres ajoutés",
	"cli.import.present.members.one":       "%d déjà présent",
	"cli.import.present.members.other":     "%d déjà présents",
	"cli.import.added.sessions.one":        "%d séance ajoutée",
	"cli.import.added.sessions.other":      "%d séances ajoutées",
	"cli.import.present.sessions.one":      "%d déjà présente",
	"cli.import.present.sessions.other":    "%d déjà présentes",
	"cli.import.empty":                     "le fichier ne contenait aucun enregistrement",
	"cli.csv.warning":                      "Attention : %s.",
	"cli.csv.read_as":                      "%s (%s, séparateur %s) : %s.",
	"cli.csv.invalid.one":                  "%d ligne invalide",
	"cli.csv.invalid.other":                "%d lignes invalides",
	"cli.csv.would_skip.one":               "%d ligne déjà présente, qui serait ignorée :",
	"cli.csv.would_skip.other":             "%d lignes déjà présentes, qui seraient ignorées :",
	"cli.csv.refused":                      "import de %s refusé : %s",
	"cli.csv.refused_hint":                 "%s (--skip-invalid importe les lignes valides)",
	"cli.csv.failed":                       "import de %s : %s",
	"cli.csv.campaign_created":             " (campagne « %s » créée, avec la grille, les territoires et les collèges par défaut)",
	"cli.csv.done":                         "Import de %s : %s à la campagne %s%s.",
	"cli.csv.added.one":                    "%d initiative ajoutée",
	"cli.csv.added.other":                  "%d initiatives ajoutées",
	"cli.csv.skipped_duplicates.one":       "%d ligne déjà présente, non importée :",
	"cli.csv.skipped_duplicates.other":     "%d lignes déjà présentes, non importées :",
	"cli.csv.skipped_invalid.one":          "%d ligne invalide, non importée (--skip-invalid) :",
	"cli.csv.skipped_invalid.other":        "%d lignes invalides, non importées (--skip-invalid) :",

	"cli.template.short": "Écrit un modèle CSV vide, à remplir dans un tableur puis à importer (essradar import)",
	"cli.template.long": "Écrit la ligne des en-têtes de l'import CSV (Titre, Porteur, Forme juridique, Territoire, Commune,\n" +
		"Contact, Courriel, Téléphone, Montant demandé, Résumé), en UTF-8 avec séparateur « ; », prête à\n" +
		"ouvrir dans Excel ou LibreOffice. Remplissez une ligne par initiative (Titre, Porteur et Territoire\n" +
		"sont obligatoires), enregistrez au format CSV, puis lancez « essradar import FICHIER.csv ».\n" +
		"Les colonnes sont décrites dans docs/import-csv.md.",
	"cli.template.flag.output": "`fichier` à écrire (par défaut : %s dans le dossier courant ; - pour la sortie standard)",
	"cli.template.flag.force":  "remplacer le fichier s'il existe déjà",
	"cli.template.is_dir":      "%s est un dossier : indiquez le nom du fichier à écrire",
	"cli.template.exists":      "%s existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer",
	"cli.template.done": "Modèle écrit dans %[1]s : remplissez une ligne par initiative (Titre, Porteur et Territoire obligatoires), " +
		"enregistrez au format CSV, puis lancez « essradar import %[1]s ».",

	"cli.backup.short":       "Sauvegarde la base (à chaud) dans un fichier",
	"cli.backup.flag.output": "`fichier` de sauvegarde (par défaut : à côté de la base, daté)",
	"cli.backup.impossible":  "sauvegarde dans %s impossible : %s",
	"cli.backup.is_db":       "%s est la base elle-même : choisissez un autre fichier pour la sauvegarde",
	"cli.backup.done":        "Sauvegarde écrite : %s\nPour la restaurer : fermez essradar puis copiez ce fichier à la place de %s.",

	"cli.check.short": "Vérifie l'intégrité de la base (fichier et cohérence des enregistrements)",
	"cli.check.ok":    "Base %s vérifiée : aucun problème.",
	"cli.check.found": "Base %s : %s.",
	"cli.check.item":  "  - %s : %s",

	"cli.grid.short":           "Affiche ou vérifie une grille de notation",
	"cli.grid.show.short":      "Affiche la grille en usage (--grid FICHIER, sinon celle de la campagne en cours, sinon la grille par défaut)",
	"cli.grid.show.flag.toml":  "affiche le fichier TOML de la grille tel quel",
	"cli.grid.check.use":       "check FICHIER",
	"cli.grid.check.short":     "Vérifie un fichier de grille et dit, s'il est invalide, quelle ligne et quel champ corriger",
	"cli.grid.check.what":      "le fichier de grille à vérifier",
	"cli.grid.check.ok":        "Grille %s valide : %s v%d, %s, %s, seuil %s, marge d'égalité %s.",
	"cli.grid.campaign_grid":   "grille de la campagne %s : %s",
	"cli.grid.origin.file":     "fichier %s",
	"cli.grid.origin.campaign": "campagne « %s »",
	"cli.grid.origin.default":  "grille par défaut",
	"cli.grid.scale":           "Échelle : %s · « %s » hors moyenne",
	"cli.grid.threshold":       "Seuil de proposition : %s / %d · marge d'égalité : %s",

	"cli.radar.short":            "Dessine le radar d'une évaluation (ou de notes données) sur la sortie standard",
	"cli.radar.flag.initiative":  "initiative n° `N` (sa dernière évaluation)",
	"cli.radar.flag.session":     "séance n° `N` dont prendre l'évaluation (avec --initiative)",
	"cli.radar.flag.scores":      "`notes` « marqueur=valeur » séparées par des virgules ; valeur « nc » pour non concerné",
	"cli.radar.flag.width":       "`largeur` en colonnes (par défaut : celle du terminal, ou 60)",
	"cli.radar.flag.height":      "`hauteur` totale en lignes, titre et proposition compris (par défaut : celle du terminal, ou 24)",
	"cli.radar.too_small":        "%d×%d est trop petit pour le radar, son titre et sa proposition : il faut au moins --width %d --height %d",
	"cli.radar.flag.categories":  "un axe par catégorie de label au lieu d'un par marqueur",
	"cli.radar.either":           "indiquez soit --initiative ID, soit --scores marqueur=valeur,…",
	"cli.radar.session_alone":    "--session s'utilise avec --initiative",
	"cli.radar.title_scores":     "Notes saisies — grille %s v%d",
	"cli.radar.title_evaluation": "%d · %s — séance du %s",
	"cli.radar.series":           "évaluation",
	"cli.radar.not_pair":         "« %s » n'est pas de la forme marqueur=valeur",
	"cli.radar.unknown_marker":   "le marqueur « %s » n'existe pas dans la grille %s v%d (« essradar grid show » liste les marqueurs)",
	"cli.radar.twice":            "le marqueur « %s » est noté deux fois",
	"cli.radar.off_scale":        "la valeur « %s » du marqueur « %s » est hors de l'échelle : un entier de %d à %d, ou « nc »",
	"cli.radar.no_scores":        "--scores ne contient aucune note",
	"cli.radar.no_initiative":    "l'initiative %d n'existe pas dans %s",
	"cli.radar.not_in_session":   "l'initiative %d n'a pas été évaluée dans la séance %d",
	"cli.radar.no_evaluation":    "l'initiative %d (« %s ») n'a encore aucune évaluation",
	"cli.radar.grid":             "grille %s v%d : %s",
}

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

// The completion command's help: where each shell wants its script.
var completionFR = map[string]string{
	"cli.completion.short":       "Écrit le script de complétion des commandes pour votre terminal (bash, zsh, fish, PowerShell)",
	"cli.completion.long":        "Écrit le script qui complète les commandes et options d'essradar avec la touche tab.\n\nChoisissez votre terminal\u00a0: «\u00a0essradar completion bash\u00a0», «\u00a0zsh\u00a0», «\u00a0fish\u00a0» ou «\u00a0powershell\u00a0» ;\n«\u00a0essradar help completion bash\u00a0» dit où mettre le script.",
	"cli.completion.shell_short": "Écrit le script de complétion pour %s",
	"cli.completion.bash":        "Écrit le script de complétion pour bash.\n\nPour la session en cours :\n  source <(essradar completion bash)\nPour toutes les sessions (Linux) :\n  essradar completion bash > ~/.local/share/bash-completion/completions/essradar",
	"cli.completion.zsh":         "Écrit le script de complétion pour zsh.\n\nPour toutes les sessions (la complétion doit être active : autoload -U compinit; compinit) :\n  essradar completion zsh > \"${fpath[1]}/_essradar\"\npuis ouvrez un nouveau terminal.",
	"cli.completion.fish":        "Écrit le script de complétion pour fish.\n\nPour toutes les sessions :\n  essradar completion fish > ~/.config/fish/completions/essradar.fish",
	"cli.completion.powershell":  "Écrit le script de complétion pour PowerShell.\n\nPour la session en cours :\n  essradar completion powershell | Out-String | Invoke-Expression\nPour toutes les sessions, ajoutez cette ligne à votre profil ($PROFILE).",
}

func init() { merge(fr, completionFR, "fr") }

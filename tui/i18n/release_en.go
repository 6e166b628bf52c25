package i18n

func init() { merge(en, releaseEN, "en") }

// releaseEN: see releaseFR.
var releaseEN = map[string]string{
	"cli.version.long": "Shows essradar's version, the commit and date it was built from,\n" +
		"then the database schema and default grid versions.\n" +
		"Give these two lines to whoever helps you when something goes wrong.",
	"cli.version.line":            "essradar %s (%s, %s)",
	"cli.version.commit":          "commit %s",
	"cli.version.commit_modified": "commit %s with local changes",
	"cli.version.no_commit":       "commit unknown",
	"cli.version.built":           "built on %s",
	"cli.version.no_date":         "build date unknown",
	"cli.version.details":         "database schema v%d, default grid %s v%d, %s %s/%s",
}

// glyphsEN: see glyphsFR.
var glyphsEN = map[string]string{
	"glyphs.windows_console": "ASCII radar: the Windows console does not show braille dots. In Windows Terminal, or with essradar --braille, the radar is finer.",
	"glyphs.linux_console":   "ASCII radar: the Linux text console has no braille dots (essradar --braille to force them).",
	"glyphs.not_utf8":        "ASCII radar: this terminal is not UTF-8 and cannot show braille dots (essradar --braille to force them).",
	"cli.flag.braille":       "braille radar even where essradar would choose ASCII",
	"cli.err.glyph_flags":    "--ascii and --braille contradict each other: choose one",
}

func init() { merge(en, glyphsEN, "en") }

// firstStartEN: see firstStartFR.
var firstStartEN = map[string]string{
	"home.about": "Score the ESS markers in committee, see the radar, decide, write the minutes.\n" +
		"Guide (in French): guide.md beside the program (docs/guide.md in the sources).",
}

func init() { merge(en, firstStartEN, "en") }

// completionEN: see completionFR.
var completionEN = map[string]string{
	"cli.completion.short":       "Write the command completion script for your shell (bash, zsh, fish, PowerShell)",
	"cli.completion.long":        "Writes the script that completes essradar's commands and options with the tab key.\n\nChoose your shell: “essradar completion bash”, “zsh”, “fish” or “powershell”;\n“essradar help completion bash” says where to put the script.",
	"cli.completion.shell_short": "Write the completion script for %s",
	"cli.completion.bash":        "Writes the completion script for bash.\n\nFor this session:\n  source <(essradar completion bash)\nFor every session (Linux):\n  essradar completion bash > ~/.local/share/bash-completion/completions/essradar",
	"cli.completion.zsh":         "Writes the completion script for zsh.\n\nFor every session (completion must be on: autoload -U compinit; compinit):\n  essradar completion zsh > \"${fpath[1]}/_essradar\"\nthen open a new terminal.",
	"cli.completion.fish":        "Writes the completion script for fish.\n\nFor every session:\n  essradar completion fish > ~/.config/fish/completions/essradar.fish",
	"cli.completion.powershell":  "Writes the completion script for PowerShell.\n\nFor this session:\n  essradar completion powershell | Out-String | Invoke-Expression\nFor every session, add that line to your profile ($PROFILE).",
}

func init() { merge(en, completionEN, "en") }

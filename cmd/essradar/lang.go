package main

import (
	"strings"

	"essradar/tui/i18n"
)

// cliLang picks the command line's language before cobra sees the command
// line. Cobra takes Use, Short, Long and every flag's help as plain strings
// when the command tree is built, and prints the help inside Execute, before
// any PersistentPreRun; so the language must be known before the tree is
// built, which means reading --lang ourselves. The forms pflag accepts are
// "--lang en" and "--lang=en", anywhere before "--". With no --lang,
// i18n.Detect reads LC_ALL, LC_MESSAGES and LANG. An unknown --lang ("de")
// gives the environment's language here: the texts are built in it and
// PersistentPreRunE then refuses the value, in that language.
func cliLang(args []string) i18n.Lang {
	flag := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			flag = v
		} else if a == "--lang" && i+1 < len(args) {
			flag = args[i+1]
			i++
		}
	}
	if l, err := i18n.Detect(flag); err == nil {
		return l
	}
	l, _ := i18n.Detect("")
	return l
}

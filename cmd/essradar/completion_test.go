package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{
		"bash":       "complete -o default -F __start_essradar essradar",
		"zsh":        "#compdef essradar",
		"fish":       "complete -c essradar",
		"powershell": "Register-ArgumentCompleter",
	} {
		r := cliOK(t, "completion", shell)
		if !strings.Contains(r.stdout, want) {
			t.Errorf("completion %s lacks %q:\n%.300s", shell, want, r.stdout)
		}
	}
}

// The scripts ask essradar itself for the candidates: the subcommands come
// with their French description.
func TestCompletionProposesTheCommands(t *testing.T) {
	r := cliOK(t, "__complete", "ex")
	if !strings.Contains(r.stdout, "export\tÉcrit tous les enregistrements") {
		t.Errorf("candidates for « ex »:\n%s", r.stdout)
	}
}

func TestCompletionHelpInBothLanguages(t *testing.T) {
	for _, args := range [][]string{{"help", "completion"}, {"completion", "bash", "--help"}, {"help", "completion", "powershell"}} {
		for i, r := range englishRun(t, args...) {
			what := fmt.Sprintf("essradar %s (run %d)", strings.Join(args, " "), i)
			if r.code != 0 || !strings.Contains(r.stdout, "Usage:") {
				t.Errorf("%s: exit %d:\n%s", what, r.code, r.stdout)
			}
			noFrench(t, what, r.stdout)
		}
		r := cliOK(t, append([]string{"--lang", "fr"}, args...)...)
		if !strings.Contains(r.stdout, "Utilisation") || !strings.Contains(r.stdout, "complétion") {
			t.Errorf("essradar %s in French:\n%s", strings.Join(args, " "), r.stdout)
		}
	}
	r := cliOK(t, "--lang", "fr", "--help")
	if !strings.Contains(r.stdout, "completion  Écrit le script de complétion") {
		t.Errorf("the command list does not name completion:\n%s", r.stdout)
	}
}

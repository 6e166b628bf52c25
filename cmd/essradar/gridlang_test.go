package main

import (
	"strings"
	"testing"
)

// grid show asks the default grid's questions and gives its level texts in
// the reader's language.
func TestGridShowAsksInTheReadersLanguage(t *testing.T) {
	for i, x := range englishRun(t, "grid", "show") {
		for _, want := range []string{
			"Are decisions taken collectively, with members, employees, volunteers and users?",
			"      1 Governing bodies planned but seldom convened",
			"Which need, poorly met in the area today, does the project set out to meet?",
		} {
			if !strings.Contains(x.stdout, want) {
				t.Errorf("run %d: missing %q:\n%s", i, want, x.stdout)
			}
		}
		if strings.Contains(x.stdout, "Les décisions") || strings.Contains(x.stdout, "Instances prévues") {
			t.Errorf("run %d: French question or level text left:\n%s", i, x.stdout)
		}
	}
	fr := cliOK(t, "--lang", "fr", "grid", "show")
	for _, want := range []string{"Les décisions sont-elles prises collectivement", "      1 Instances prévues mais peu réunies"} {
		if !strings.Contains(fr.stdout, want) {
			t.Errorf("French: missing %q:\n%s", want, fr.stdout)
		}
	}
}

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store/csvimport"
	"essradar/tui/i18n"
)

// TestMain runs every test in French whatever the developer's locale: the
// tests that want English say so with --lang en or t.Setenv("LANG", …).
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "")
	os.Setenv("LC_MESSAGES", "")
	os.Setenv("LANG", "fr_FR.UTF-8")
	os.Exit(m.Run())
}

// frGlobals are the options of a French command line, for the tests that
// call a command's helpers directly.
func frGlobals() *globals { return &globals{t: i18n.New(i18n.FR)} }

func TestCliLang(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fr_FR.UTF-8")
	cases := []struct {
		args []string
		want i18n.Lang
	}{
		{nil, i18n.FR},
		{[]string{"--lang", "en", "version"}, i18n.EN},
		{[]string{"version", "--lang=en"}, i18n.EN},
		{[]string{"--lang", "EN"}, i18n.EN},
		{[]string{"--lang", "de"}, i18n.FR},
		{[]string{"--lang"}, i18n.FR},
		{[]string{"import", "--", "--lang", "en"}, i18n.FR}, // a file named --lang
		{[]string{"--lang", "en", "--lang", "fr"}, i18n.FR}, // the last one wins, as in pflag
	}
	for _, c := range cases {
		if got := cliLang(c.args); got != c.want {
			t.Errorf("cliLang(%q) = %s, want %s", c.args, got, c.want)
		}
	}
	t.Setenv("LANG", "en_GB.UTF-8")
	if got := cliLang([]string{"--lang", "de"}); got != i18n.EN {
		t.Errorf("unknown --lang with LANG=en_GB gives %s", got)
	}
	if got := cliLang([]string{"--lang", "fr"}); got != i18n.FR {
		t.Errorf("--lang fr with LANG=en_GB gives %s", got)
	}
}

// frenchMarks matches what betrays French in an English text: guillemets,
// accented letters, the typographic spaces French puts before « : ; ! ? »
// and common French words of essradar's messages.
var frenchMarks = regexp.MustCompile(`[«»àâçéèêëîïôûùœÉÈÀ\x{00a0}\x{202f}]|\b(?i:le|la|les|des|du|une|est|pas|dans|fichier|dossier|commande|aide|valeur|campagne|campagnes|séance|aucun|aucune|introuvable|indiquez|choisissez|lancez|affiche|défaut|base|enregistrements?|ligne|lignes|inconnue?|impossible à|Utilisation|Options communes)\b`)

// englishRun runs essradar in English two ways, with --lang en (under a
// French LANG) and with LANG=en_GB.UTF-8 alone, and returns both results.
func englishRun(t *testing.T, args ...string) [2]cliResult {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fr_FR.UTF-8")
	byFlag := cliRun(t, append([]string{"--lang", "en"}, args...)...)
	t.Setenv("LANG", "en_GB.UTF-8")
	byEnv := cliRun(t, args...)
	return [2]cliResult{byFlag, byEnv}
}

// noFrench fails the test for every French mark in text, once the data
// the secretary typed or the grid holds (given in data) is taken out.
func noFrench(t *testing.T, what, text string, data ...string) {
	t.Helper()
	for _, d := range data {
		text = strings.ReplaceAll(text, d, "")
	}
	if bad := frenchMarks.FindAllString(text, -1); len(bad) > 0 {
		t.Errorf("%s: French in English output %q:\n%s", what, bad, text)
	}
}

func TestHelpIsEnglish(t *testing.T) {
	headers := csvimport.Headers() // the template's columns are French by design
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"}, {"help", "export"}, {"help", "grid", "check"},
		{"export", "--help"}, {"import", "-h"}, {"backup", "--help"}, {"check", "--help"}, {"demo", "--help"},
		{"grid", "--help"}, {"grid"}, {"grid", "show", "--help"}, {"grid", "check", "--help"},
		{"version", "--help"}, {"radar", "--help"}, {"help", "help"}, {"template", "--help"},
	} {
		for i, r := range englishRun(t, args...) {
			what := fmt.Sprintf("essradar %s (run %d)", strings.Join(args, " "), i)
			if r.code != 0 || r.stderr != "" {
				t.Errorf("%s: exit %d, stderr %q", what, r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, "Usage:") || !strings.Contains(r.stdout, "show this help") {
				t.Errorf("%s: not the English help:\n%s", what, r.stdout)
			}
			noFrench(t, what, r.stdout, headers...)
		}
	}
}

func TestErrorsAreEnglish(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "radar.db") // a French word in the path would read as French
	txt := cliWriteFile(t, filepath.Join(dir, "a.txt"), "x")
	tpl := cliWriteFile(t, filepath.Join(dir, "exists.csv"), "x")
	cases := [][]string{
		{"--db", db, "frobnicate"},
		{"--db", db, "--bogus"},
		{"--db", db, "-x"},
		{"--db", db, "export", "--campaign"},
		{"--db", db, "radar", "--width", "abc", "--scores", "gouvernance=1"},
		{"--db", db, "radar", "--initiative", "-3"},
		{"--db", db, "version", "extra"},
		{"--db", db, "grid", "nope"},
		{"--db", db, "help", "nope"},
		{"--db", db, "import"},
		{"--db", db, "import", "a", "b"},
		{"--db", db, "import", txt},
		{"--db", db, "import", filepath.Join(dir, "missing.json")},
		{"--db", db, "import", dir + string(filepath.Separator) + ".json"},
		{"--db", db, "import", "--skip-invalid", filepath.Join(dir, "x.json")},
		{"--db", db, "grid", "check", filepath.Join(dir, "missing.toml")},
		{"--db", db, "radar"},
		{"--db", db, "radar", "--session", "2", "--scores", "gouvernance=1"},
		{"--db", db, "radar", "--scores", "gouvernance"},
		{"--db", db, "radar", "--scores", "nope=1"},
		{"--db", db, "radar", "--scores", "gouvernance=1,gouvernance=2"},
		{"--db", db, "radar", "--scores", "gouvernance=9"},
		{"--db", db, "radar", "--scores", ","},
		{"--db", db, "template", "-o", tpl},
		{"--db", db, "template", "-o", dir},
		{"--db", db, "export", "-o", filepath.Join(dir, "no", "such", "x.json")},
		{"--db", db, "backup", "-o", filepath.Join(dir, "no", "such", "x.db")},
	}
	for _, args := range cases {
		for i, r := range englishRun(t, args...) {
			what := fmt.Sprintf("essradar %s (run %d)", strings.Join(args, " "), i)
			if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "essradar: ") {
				t.Errorf("%s: exit %d, want 1 and one English line on stderr:\n%s", what, r.code, r.stderr)
				continue
			}
			if strings.Contains(r.stderr, "strconv") || strings.Contains(r.stderr, `for "essradar"`) {
				t.Errorf("%s: cobra's raw message: %q", what, r.stderr)
			}
			noFrench(t, what, r.stderr)
		}
	}
}

func TestSuccessIsEnglish(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "radar.db")
	gridFile := cliWriteFile(t, filepath.Join(dir, "grid.toml"), string(scoring.DefaultSource()))
	demoName := regexp.MustCompile(`"[^"]*"`) // the demo campaign's name is data

	r := englishRun(t, "--db", db, "demo")
	if !strings.Contains(r[0].stdout, "loaded into") || !strings.Contains(r[1].stdout, "already in") {
		t.Errorf("demo:\n%s\n%s", r[0].stdout, r[1].stdout)
	}
	for i, x := range r {
		noFrench(t, fmt.Sprintf("demo (run %d)", i), demoName.ReplaceAllString(x.stdout, `""`))
	}
	for _, args := range [][]string{
		{"version"},
		{"--db", db, "check"},
		{"--db", db, "backup", "-o", filepath.Join(dir, "copy.db"), "--force"},
		{"--db", db, "export", "-o", filepath.Join(dir, "export.json")},
		{"template", "-o", filepath.Join(dir, "t.csv"), "--force"},
		{"grid", "check", gridFile},
	} {
		for i, x := range englishRun(t, args...) {
			what := fmt.Sprintf("essradar %s (run %d)", strings.Join(args, " "), i)
			if x.code != 0 {
				t.Fatalf("%s: exit %d\n%s%s", what, x.code, x.stdout, x.stderr)
			}
			noFrench(t, what, x.stdout+x.stderr)
		}
	}
	// The grid's own texts are French data; the words around them are not.
	gr := scoring.Default()
	data := []string{gr.Title, gr.Scale.NotApplicable}
	data = append(data, gr.Scale.Levels...)
	for _, x := range englishRun(t, "--grid", gridFile, "grid", "show") {
		head := strings.Join(strings.SplitN(x.stdout, "\n", 4)[:3], "\n")
		if !strings.Contains(head, "Proposal threshold: 2.5 / 4 · tie margin: 0.25") {
			t.Errorf("grid show:\n%s", head)
		}
		noFrench(t, "grid show", head, data...)
	}
	for _, x := range englishRun(t, "radar", "--scores", "gouvernance=3", "--width", "50", "--height", "12") {
		if first := cliFirstLine(x.stdout); first != "Scores entered — grid ess-defaut v2" {
			t.Errorf("radar title %q", first)
		}
	}
}

// French stays French: without English in the environment, and with
// --lang fr even when LANG asks for English.
func TestFrenchStaysFrench(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	for _, lang := range []string{"fr_FR.UTF-8", "", "C"} {
		t.Setenv("LANG", lang)
		r := cliOK(t, "--help")
		if !strings.Contains(r.stdout, "Utilisation :") || strings.Contains(r.stdout, "Usage:") {
			t.Errorf("LANG=%q: help is not French:\n%s", lang, r.stdout)
		}
		cliFail(t, []string{"frobnicate"}, "Commande inconnue", "« essradar --help » liste les commandes")
	}
	t.Setenv("LANG", "en_GB.UTF-8")
	r := cliOK(t, "--lang", "fr", "--help")
	if !strings.Contains(r.stdout, "Utilisation :") || !strings.Contains(r.stdout, "affiche cette aide") {
		t.Errorf("--lang fr under LANG=en_GB: help is not French:\n%s", r.stdout)
	}
	cliFail(t, []string{"--lang=fr", "radar", "--width", "abc"}, "Valeur « abc » invalide pour l'option --width", "entier")
	// An unknown --lang is refused in the environment's language.
	if r := cliRun(t, "--lang", "de"); r.code != 1 || r.stderr != "essradar: Unknown language \"de\": choose fr or en.\n" {
		t.Errorf("--lang de under LANG=en_GB: exit %d, %q", r.code, r.stderr)
	}
	t.Setenv("LANG", "fr_FR.UTF-8")
	cliFail(t, []string{"--lang", "de"}, "Langue « de » inconnue")
}

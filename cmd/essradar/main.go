// Command essradar is the labelling committee's terminal application: with no
// subcommand it opens the interface on the database; subcommands load the demo,
// move data in and out, back up, check and show the grid.
package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and turns every failure, even a panic, into
// one French sentence on stderr and exit status 1: a secretary never sees a
// Go stack trace.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "essradar : erreur interne inattendue (%v). Vos données enregistrées ne sont pas touchées ; signalez ce message à la Mission ESS.\n", r)
			code = 1
		}
	}()
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		msg := frenchCobraError(err.Error())
		fmt.Fprintln(stderr, "essradar : "+sentence(msg))
		return 1
	}
	return 0
}

// sentence makes a message read as one sentence: capitalised, with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	// A message may open on a file name ("a.txt : format inconnu"): a
	// capital would name another file, so only words are capitalised.
	first, _, _ := strings.Cut(s, " ")
	if !strings.ContainsAny(first, "./\\") {
		r := []rune(s)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		s = string(r)
	}
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "…") {
		s += "."
	}
	return s
}

// frenchCobraError translates the few English messages cobra and pflag
// produce themselves.
func frenchCobraError(msg string) string {
	// pflag: invalid argument "abc" for "-w, --width" flag: strconv.ParseInt: …
	if m := invalidFlagValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("valeur « %s » invalide pour l'option %s : %s", m[1], m[2], expectedValue(m[3]))
	}
	// pflag: unknown shorthand flag: 'x' in -x
	if m := unknownShorthand.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("option courte inconnue : -%s (dans %s)", m[1], m[2])
	}
	repl := []struct{ en, fr string }{
		{"unknown command ", "commande inconnue "},
		{"unknown shorthand flag: ", "option courte inconnue : "},
		{"unknown flag: ", "option inconnue : "},
		{"flag needs an argument: ", "cette option attend une valeur : "},
		{"invalid argument ", "valeur invalide "},
		{"required flag(s) ", "option(s) obligatoire(s) manquante(s) "},
	}
	for _, r := range repl {
		if strings.HasPrefix(msg, r.en) {
			msg = r.fr + strings.TrimPrefix(msg, r.en)
			break
		}
	}
	msg = strings.Replace(msg, ` for "essradar"`, "", 1)
	if strings.HasPrefix(msg, "commande inconnue") {
		msg += " ; « essradar --help » liste les commandes"
	}
	return msg
}

var (
	invalidFlagValue = regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: (.*)$`)
	unknownShorthand = regexp.MustCompile(`^unknown shorthand flag: '(.+)' in (.+)$`)
)

// expectedValue says in French what a flag expected, from pflag's parse error.
func expectedValue(cause string) string {
	switch {
	case strings.Contains(cause, "ParseUint"):
		return "un nombre entier positif est attendu"
	case strings.Contains(cause, "ParseInt"):
		return "un nombre entier est attendu"
	case strings.Contains(cause, "ParseFloat"):
		return "un nombre est attendu"
	case strings.Contains(cause, "ParseBool"):
		return "true ou false est attendu"
	}
	return "valeur non reconnue"
}

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

	"essradar/store/plaintext"
	"essradar/tui/i18n"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and turns every failure, even a panic, into
// one sentence in the secretary's language on stderr and exit status 1: a
// secretary never sees a Go stack trace.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	// Chosen first: the command tree is built in this language (see cliLang).
	t := i18n.New(cliLang(args))
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(stderr, t.T("cli.prefix")+plaintext.Visible(t.T("cli.panic", r)))
			code = 1
		}
	}()
	root, g := newRootCmd(t, stdin, stdout, stderr)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		// Every error may quote a file, a record or an argument: the one
		// place they all reach the terminal makes them visible.
		msg := cobraError(t, g.errText(err))
		fmt.Fprintln(stderr, t.T("cli.prefix")+sentence(plaintext.Visible(msg)))
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

// cobraError rewrites the few messages cobra and pflag produce themselves,
// always in English and with Go's vocabulary ("strconv.ParseInt"), into the
// catalogue's words; any other message is returned as it is.
func cobraError(t *i18n.Catalogue, msg string) string {
	// pflag: invalid argument "abc" for "-w, --width" flag: strconv.ParseInt: …
	if m := invalidFlagValue.FindStringSubmatch(msg); m != nil {
		return t.T("cli.cobra.invalid_value", m[1], m[2], expectedValue(t, m[3]))
	}
	// pflag: unknown shorthand flag: 'x' in -x
	if m := unknownShorthand.FindStringSubmatch(msg); m != nil {
		return t.T("cli.cobra.unknown_shorthand_in", m[1], m[2])
	}
	unknownCommand := strings.HasPrefix(msg, "unknown command ")
	for _, r := range cobraPrefixes {
		if strings.HasPrefix(msg, r.en) {
			msg = t.T(r.key) + strings.TrimPrefix(msg, r.en)
			break
		}
	}
	msg = strings.Replace(msg, ` for "essradar"`, "", 1)
	// The help command's own refusal already carries the hint.
	if hint := t.T("cli.cobra.help_hint"); unknownCommand && !strings.HasSuffix(msg, hint) {
		msg += hint
	}
	return msg
}

// cobraPrefixes are the openings of cobra's and pflag's messages, and the
// key of each one's translation (a prefix, followed by cobra's own rest).
var cobraPrefixes = []struct{ en, key string }{
	{"unknown command ", "cli.cobra.unknown_command"},
	{"unknown shorthand flag: ", "cli.cobra.unknown_shorthand"},
	{"unknown flag: ", "cli.cobra.unknown_flag"},
	{"flag needs an argument: ", "cli.cobra.needs_value"},
	{"invalid argument ", "cli.cobra.invalid_argument"},
	{"required flag(s) ", "cli.cobra.required"},
}

var (
	invalidFlagValue = regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: (.*)$`)
	unknownShorthand = regexp.MustCompile(`^unknown shorthand flag: '(.+)' in (.+)$`)
)

// expectedValue says what a flag expected, from pflag's parse error.
func expectedValue(t *i18n.Catalogue, cause string) string {
	switch {
	case strings.Contains(cause, "ParseUint"):
		return t.T("cli.expect.uint")
	case strings.Contains(cause, "ParseInt"):
		return t.T("cli.expect.int")
	case strings.Contains(cause, "ParseFloat"):
		return t.T("cli.expect.float")
	case strings.Contains(cause, "ParseBool"):
		return t.T("cli.expect.bool")
	}
	return t.T("cli.expect.other")
}

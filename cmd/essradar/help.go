package main

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"essradar/tui/i18n"
)

// The use line's "[flags]" in each language. Cobra's template functions are
// global to the process, so there is one per language, registered once,
// rather than one closure per catalogue that a second run would replace.
func init() {
	for _, l := range []i18n.Lang{i18n.FR, i18n.EN} {
		word := i18n.New(l).T("cli.help.flags_arg")
		cobra.AddTemplateFunc("useLine_"+string(l), func(c *cobra.Command) string {
			return strings.Replace(c.UseLine(), "[flags]", word, 1)
		})
	}
}

// localHelp replaces cobra's English help texts with the catalogue's. Call
// it once every subcommand is added: each command's own -h flag gets the
// catalogue's text.
func localHelp(root *cobra.Command, t *i18n.Catalogue) {
	cmdArg := t.T("cli.help.command_arg")
	root.SetUsageTemplate(t.T("cli.help.usage") + `{{if .Runnable}}
  {{useLine_` + string(t.Lang) + ` .}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} ` + cmdArg + `{{end}}{{if gt (len .Aliases) 0}}

` + t.T("cli.help.aliases") + `
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

` + t.T("cli.help.examples") + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + t.T("cli.help.commands") + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + t.T("cli.help.flags") + `
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + t.T("cli.help.global_flags") + `
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

` + t.T("cli.help.more", "{{.CommandPath}} "+cmdArg) + `{{end}}
`)
	help := &cobra.Command{
		Use:   "help " + cmdArg,
		Short: t.T("cli.help.short"),
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, e := c.Root().Find(args)
			if cmd == nil || e != nil || len(rest) > 0 {
				return errors.New(t.T("cli.help.unknown_command", strings.Join(args, " ")) + t.T("cli.cobra.help_hint"))
			}
			cmd.InitDefaultHelpFlag()
			return cmd.Help()
		},
	}
	root.SetHelpCommand(help)
	root.CompletionOptions.DisableDefaultCmd = true
	var helpFlag func(c *cobra.Command)
	helpFlag = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = t.T("cli.help.flag")
		}
		for _, sub := range c.Commands() {
			helpFlag(sub)
		}
	}
	helpFlag(root)
	helpFlag(help)
}

package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// frenchHelp replaces cobra's English help texts. Call it once every
// subcommand is added: each command's own -h flag gets a French text.
func frenchHelp(root *cobra.Command) {
	cobra.AddTemplateFunc("frenchUseLine", func(c *cobra.Command) string {
		return strings.Replace(c.UseLine(), "[flags]", "[options]", 1)
	})
	root.SetUsageTemplate(`Utilisation :{{if .Runnable}}
  {{frenchUseLine .}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [commande]{{end}}{{if gt (len .Aliases) 0}}

Alias :
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Exemples :
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commandes :{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Options :
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Options communes :
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

« {{.CommandPath}} [commande] --help » détaille une commande.{{end}}
`)
	help := &cobra.Command{
		Use:   "help [commande]",
		Short: "Aide sur une commande",
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, e := c.Root().Find(args)
			if cmd == nil || e != nil || len(rest) > 0 {
				// frenchCobraError adds where to find the commands.
				return fmt.Errorf("commande inconnue « %s »", strings.Join(args, " "))
			}
			cmd.InitDefaultHelpFlag()
			return cmd.Help()
		},
	}
	root.SetHelpCommand(help)
	root.CompletionOptions.DisableDefaultCmd = true
	var frenchFlag func(c *cobra.Command)
	frenchFlag = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = "affiche cette aide"
		}
		for _, sub := range c.Commands() {
			frenchFlag(sub)
		}
	}
	frenchFlag(root)
	frenchFlag(help)
}

package main

import (
	"io"

	"github.com/spf13/cobra"
)

// newCompletionCmd writes the shell completion scripts cobra generates. It
// replaces cobra's own completion command, whose help is in English only.
func newCompletionCmd(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "completion",
		Short: g.t.T("cli.completion.short"),
		Long:  g.t.T("cli.completion.long"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	shells := []struct {
		name, label string
		gen         func(root *cobra.Command, w io.Writer) error
	}{
		{"bash", "bash", func(r *cobra.Command, w io.Writer) error { return r.GenBashCompletionV2(w, true) }},
		{"zsh", "zsh", func(r *cobra.Command, w io.Writer) error { return r.GenZshCompletion(w) }},
		{"fish", "fish", func(r *cobra.Command, w io.Writer) error { return r.GenFishCompletion(w, true) }},
		{"powershell", "PowerShell", func(r *cobra.Command, w io.Writer) error { return r.GenPowerShellCompletionWithDesc(w) }},
	}
	for _, sh := range shells {
		c.AddCommand(&cobra.Command{
			Use:   sh.name,
			Short: g.t.T("cli.completion.shell_short", sh.label),
			Long:  g.t.T("cli.completion." + sh.name),
			Args:  g.noArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				return sh.gen(cmd.Root(), g.stdout)
			},
		})
	}
	return c
}

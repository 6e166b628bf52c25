package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"essradar/store/plaintext"
	"essradar/store/publiccsv"
)

// publicFlags are the options of export that concern the public list for
// the citizen vote.
type publicFlags struct {
	public    bool
	separator string
}

func (p *publicFlags) register(g *globals, c *cobra.Command) {
	c.Flags().BoolVar(&p.public, "public", false, g.t.T("public.cli.flag.public"))
	c.Flags().StringVar(&p.separator, "separator", "", g.t.T("public.cli.flag.separator"))
}

// check refuses --separator without --public: the JSON export has no
// separator, and silently ignoring it would hide a forgotten --public.
func (p *publicFlags) check(g *globals, c *cobra.Command) error {
	if !p.public && c.Flags().Changed("separator") {
		return errors.New(g.t.T("public.cli.separator_only"))
	}
	return nil
}

func (p *publicFlags) sep(g *globals) (rune, error) {
	switch p.separator {
	case "", ";":
		return ';', nil
	case ",":
		return ',', nil
	}
	return 0, errors.New(g.t.T("public.cli.bad_separator", p.separator))
}

// exportPublic writes the labelled initiatives of campaign ("" for the
// current one) for the vote: to out, or to standard output without -o.
func exportPublic(g *globals, p publicFlags, campaign, out string) error {
	sep, err := p.sep(g)
	if err != nil {
		return err
	}
	s, err := g.openSound()
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := s.PublicList(campaign)
	if err != nil {
		return g.storeErr(err)
	}
	opts := g.t.PublicCSV(sep)
	if out == "" || out == "-" {
		return g.storeErr(publiccsv.Write(g.stdout, l, opts))
	}
	if sameFile(out, s.Path()) {
		return errors.New(g.t.T("cli.export.is_db", out))
	}
	if err := g.writeFileAtomic(out, func(w io.Writer) error { return publiccsv.Write(w, l, opts) }); err != nil {
		return err
	}
	fmt.Fprintln(g.stderr, plaintext.Visible(g.t.T("public.done", l.Campaign.ID, out, g.t.N(len(l.Initiatives), "public.count.labelled"))))
	return nil
}

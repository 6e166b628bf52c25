package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"essradar/store/csvimport"
	"essradar/store/plaintext"
)

// defaultTemplateName is the file "essradar template" writes by default, in
// the current folder.
const defaultTemplateName = "modele-initiatives.csv"

// csvImportFlags are the import options that only apply to a CSV file.
type csvImportFlags struct {
	campaign    string
	skipInvalid bool
}

func (o *csvImportFlags) register(g *globals, c *cobra.Command) {
	c.Flags().StringVar(&o.campaign, "campaign", "", g.t.T("cli.import.flag.campaign"))
	c.Flags().BoolVar(&o.skipInvalid, "skip-invalid", false, g.t.T("cli.import.flag.skip_invalid"))
}

// refuseForJSON says that the CSV options mean nothing for a JSON export,
// which is always imported whole or not at all.
func (o *csvImportFlags) refuseForJSON(g *globals, cmd *cobra.Command) error {
	switch {
	case cmd.Flags().Changed("skip-invalid"):
		return errors.New(g.t.T("cli.import.json_skip_invalid"))
	case cmd.Flags().Changed("campaign"):
		return errors.New(g.t.T("cli.import.json_campaign"))
	}
	return nil
}

// importCSV adds the initiatives of a spreadsheet's CSV file to a campaign
// and prints the report: the summary and every left-out row on stdout, the
// refusal as the one error sentence.
func importCSV(g *globals, path string, o csvImportFlags) error {
	f, err := os.Open(path)
	if err != nil {
		return errors.New(g.t.T("cli.err.read", path, g.osReason(err)))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return errors.New(g.t.T("cli.import.dir_csv", path))
	}
	// The file is checked before the database is opened: a broken file must
	// not create a database. Its rows are read again, one by one, while
	// they are written.
	sheet, err := csvimport.Open(f)
	if err != nil {
		return g.wrapErr(err, "cli.csv.refused", path)
	}
	s, err := g.open()
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := csvimport.ImportSheet(s, sheet, csvimport.Options{CampaignID: o.campaign, SkipInvalid: o.skipInvalid})
	w := g.stdout
	// Warnings and row errors are csvimport's keyed sentences.
	for _, warn := range rep.Warnings {
		fmt.Fprintln(w, plaintext.Visible(g.t.T("cli.csv.warning", g.t.Message(warn))))
	}
	if errors.Is(err, csvimport.ErrRefused) {
		fmt.Fprintln(w, plaintext.Visible(g.t.T("cli.csv.read_as", path, g.t.Message(csvimport.EncodingName(rep.Encoding)), g.t.Message(csvimport.SeparatorName(rep.Separator)),
			g.t.N(rep.InvalidRows(), "cli.csv.invalid"))))
		printRowErrors(g, w, rep.Invalid, rep.UnlistedInvalid)
		if n := rep.DuplicateRows(); n > 0 {
			fmt.Fprintln(w, g.t.N(n, "cli.csv.would_skip"))
			printRowErrors(g, w, rep.Duplicates, rep.UnlistedDuplicates)
		}
		return g.wrapErr(err, "cli.csv.refused_hint")
	}
	if err != nil {
		return g.wrapErr(err, "cli.csv.failed", path)
	}
	created := ""
	if rep.CampaignCreated {
		created = g.t.T("cli.csv.campaign_created", rep.CampaignName)
	}
	fmt.Fprintln(w, plaintext.Visible(g.t.T("cli.csv.done", path, g.t.N(rep.Imported, "cli.csv.added"), rep.CampaignID, created)))
	if n := rep.DuplicateRows(); n > 0 {
		fmt.Fprintln(w, g.t.N(n, "cli.csv.skipped_duplicates"))
		printRowErrors(g, w, rep.Duplicates, rep.UnlistedDuplicates)
	}
	if n := rep.InvalidRows(); n > 0 {
		fmt.Fprintln(w, g.t.N(n, "cli.csv.skipped_invalid"))
		printRowErrors(g, w, rep.Invalid, rep.UnlistedInvalid)
	}
	return nil
}

// printRowErrors prints the rows listed, then counts those the report
// only counted (a report lists at most csvimport.MaxListed).
func printRowErrors(g *globals, w io.Writer, errs []csvimport.RowError, unlisted int) {
	for _, e := range errs {
		// A row error quotes the cell it is about: data.
		fmt.Fprintf(w, "  %s\n", plaintext.Line(g.t.Message(e)))
	}
	if unlisted > 0 {
		fmt.Fprintln(w, g.t.N(unlisted, "cli.csv.unlisted"))
	}
}

func newTemplateCmd(g *globals) *cobra.Command {
	var out string
	var force bool
	c := &cobra.Command{
		Use:   "template",
		Short: g.t.T("cli.template.short"),
		Long:  g.t.T("cli.template.long"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "-" {
				return g.storeErr(csvimport.Template(g.stdout))
			}
			if out == "" {
				out = defaultTemplateName
			}
			if info, err := os.Stat(out); err == nil {
				if info.IsDir() {
					return errors.New(g.t.T("cli.template.is_dir", out))
				}
				if !force {
					return errors.New(g.t.T("cli.template.exists", out))
				}
			}
			if err := g.writeFileAtomic(out, csvimport.Template); err != nil {
				return err
			}
			fmt.Fprintln(g.stdout, g.t.T("cli.template.done", out))
			return nil
		},
	}
	c.Flags().StringVarP(&out, "output", "o", "", g.t.T("cli.template.flag.output", defaultTemplateName))
	c.Flags().BoolVarP(&force, "force", "f", false, g.t.T("cli.template.flag.force"))
	return c
}

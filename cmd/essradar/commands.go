package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/demo"
	"essradar/store/plaintext"
	"essradar/store/transfer"
	"essradar/tui/i18n"
)

func newDemoCmd(g *globals) *cobra.Command {
	var scale int
	c := &cobra.Command{
		Use:   "demo",
		Short: g.t.T("cli.demo.short"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("scale") {
				return runDemoScale(g, scale)
			}
			gr, err := g.grid()
			if err != nil {
				return err
			}
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			res, err := demo.Load(s, gr)
			if err != nil {
				return g.storeErr(err)
			}
			if !res.Added {
				fmt.Fprintln(g.stdout, g.t.T("cli.demo.already", plaintext.Line(res.CampaignName), plaintext.Line(s.Path())))
				return nil
			}
			fmt.Fprintln(g.stdout, g.t.T("cli.demo.loaded", plaintext.Line(res.CampaignName), plaintext.Line(s.Path()),
				g.t.N(res.Initiatives, "cli.count.initiatives"), g.t.N(res.Members, "cli.count.members"), g.t.N(res.Sessions, "cli.count.sessions")))
			return nil
		},
	}
	c.Flags().IntVar(&scale, "scale", 0, g.t.T("cli.demo.flag.scale"))
	return c
}

func newExportCmd(g *globals) *cobra.Command {
	var campaign, out string
	var public publicFlags
	c := &cobra.Command{
		Use:   "export",
		Short: g.t.T("cli.export.short"),
		Long:  g.t.T("export.cli.long"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := public.check(g, cmd); err != nil {
				return err
			}
			if public.public {
				return exportPublic(g, public, campaign, out)
			}
			// Not openSound: Open checks what does not grow with the file,
			// and the stream refuses what it reads damaged (a record, a
			// seal, a grid) before anything is written under out's name.
			// bbolt's page check, the indexes and the summaries are
			// essradar check's.
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			defer debug.SetGCPercent(debug.SetGCPercent(exportGCPercent))
			if campaign != "" {
				if _, err := s.Campaign(campaign); err != nil {
					return errors.New(g.t.T("cli.export.no_campaign", campaign, s.Path()))
				}
			}
			// The documented format carries the explanation in French; the
			// document is written record by record, never held whole.
			explain := i18n.New(i18n.FR).Proposal
			if out == "" || out == "-" {
				writeErr, err := spoolTo(g.stdout, func(w io.Writer) error {
					_, err := transfer.Stream(w, s, campaign, explain)
					return err
				})
				if writeErr != nil {
					return g.storeErr(writeErr)
				}
				if err != nil {
					return errors.New(g.t.T("cli.err.write", g.t.T("export.cli.stdout"), g.osReason(err)))
				}
				// Standard error, so the warning never mixes with the JSON.
				fmt.Fprintln(g.stderr, g.t.T("public.cli.personal_data"))
				return nil
			}
			if sameFile(out, s.Path()) {
				return errors.New(g.t.T("cli.export.is_db", out))
			}
			var n transfer.Counts
			if err := g.writeFileAtomic(out, func(w io.Writer) error {
				n, err = transfer.Stream(w, s, campaign, explain)
				return err
			}); err != nil {
				return err
			}
			fmt.Fprintln(g.stderr, g.t.T("cli.export.done", plaintext.Line(out),
				g.t.N(n.Initiatives, "cli.count.initiatives"), g.t.N(n.Sessions, "cli.count.sessions"), g.t.N(n.Evaluations, "cli.count.evaluations")))
			fmt.Fprintln(g.stderr, g.t.T("public.cli.personal_data"))
			return nil
		},
	}
	c.Flags().StringVar(&campaign, "campaign", "", g.t.T("cli.export.flag.campaign"))
	c.Flags().StringVarP(&out, "output", "o", "", g.t.T("cli.export.flag.output"))
	public.register(g, c)
	return c
}

func newImportCmd(g *globals) *cobra.Command {
	var csvFlags csvImportFlags
	c := &cobra.Command{
		Use:   g.t.T("cli.import.use"),
		Short: g.t.T("cli.import.short"),
		Args:  g.exactlyOneFile("cli.import.what"),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			switch strings.ToLower(filepath.Ext(path)) {
			case ".json":
				if err := csvFlags.refuseForJSON(g, cmd); err != nil {
					return err
				}
			case ".csv", ".tsv":
				return importCSV(g, path, csvFlags)
			default:
				return errors.New(g.t.T("cli.import.unknown_format", path))
			}
			f, err := os.Open(path)
			if err != nil {
				return errors.New(g.t.T("cli.err.read", path, g.osReason(err)))
			}
			defer f.Close()
			if info, err := f.Stat(); err == nil && info.IsDir() {
				return errors.New(g.t.T("cli.import.dir_json", path))
			}
			// Read names the file itself ("a.json, ligne 3, colonne 5 : …").
			doc, err := transfer.Read(f)
			if err != nil {
				return g.wrapErr(err, "cli.import.nothing")
			}
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			rep, err := transfer.Import(s, doc)
			// The details go to stdout, as for check: the error itself stays
			// one sentence on stderr.
			if len(rep.Conflicts) > 0 || len(rep.Rejected) > 0 {
				// The conflicts and rejections are transfer's keyed sentences.
				if n := len(rep.Conflicts); n > 0 {
					fmt.Fprintln(g.stdout, g.t.N(n, "cli.import.conflicts"))
					for _, c := range rep.Conflicts {
						fmt.Fprintf(g.stdout, "  - %s\n", plaintext.Line(g.t.Message(c)))
					}
				}
				if n := len(rep.Rejected); n > 0 {
					fmt.Fprintln(g.stdout, g.t.N(n, "cli.import.rejected"))
					for _, r := range rep.Rejected {
						// Rejections quote the file (a session's place): data.
						fmt.Fprintf(g.stdout, "  - %s\n", plaintext.Line(g.t.Message(r)))
					}
				}
				return errors.New(g.t.T("cli.import.refused_detail", path,
					g.t.N(len(rep.Conflicts), "cli.count.conflicts"), g.t.N(len(rep.Rejected), "cli.count.rejected")))
			}
			if err != nil {
				return g.wrapErr(err, "cli.import.refused", path)
			}
			fmt.Fprintln(g.stdout, plaintext.Visible(g.t.T("cli.import.done", path, s.Path(), reportLine(g, rep))))
			if n := len(rep.Sealed); n > 0 {
				fmt.Fprintln(g.stdout, g.t.N(n, "seal.cli.import_sealed"))
				for _, m := range rep.Sealed {
					fmt.Fprintf(g.stdout, "  - %s\n", plaintext.Line(g.t.Message(m)))
				}
			}
			return nil
		},
	}
	csvFlags.register(g, c)
	return c
}

// reportLine sums an import report: added and already-present records by kind.
func reportLine(g *globals, rep transfer.Report) string {
	kinds := map[string]bool{}
	for k := range rep.Added {
		kinds[k] = true
	}
	for k := range rep.Unchanged {
		kinds[k] = true
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	var parts []string
	for _, k := range names {
		// One pair of plural keys per kind: the French participles agree
		// with the record's gender (campagne ajoutée, membre ajouté).
		parts = append(parts, g.t.T("cli.import.kind", g.t.N(rep.Added[k], "cli.import.added."+k), g.t.N(rep.Unchanged[k], "cli.import.present."+k)))
	}
	if len(parts) == 0 {
		return g.t.T("cli.import.empty")
	}
	return strings.Join(parts, g.t.T("cli.list_sep"))
}

func newBackupCmd(g *globals) *cobra.Command {
	var out string
	var force bool
	c := &cobra.Command{
		Use:   "backup",
		Short: g.t.T("cli.backup.short"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out != "" {
				// The store would create missing folders: a mistyped or
				// unmounted destination must be an error, not a backup
				// silently written somewhere else.
				if info, err := os.Stat(out); err != nil || !info.IsDir() {
					if err := g.dirExists(filepath.Dir(out)); err != nil {
						return errors.New(g.t.T("cli.backup.impossible", out, err))
					}
				}
			}
			s, err := g.open()
			if errors.Is(err, store.ErrLocked) {
				return backupFromInterface(g)
			}
			if err != nil {
				return err
			}
			defer s.Close()
			if out != "" && sameFile(out, s.Path()) {
				return errors.New(g.t.T("cli.backup.is_db", out))
			}
			if err := refuseToReplace(g, out, force); err != nil {
				return err
			}
			p, err := backupTo(s, out)
			if err != nil {
				return g.storeErr(err)
			}
			if out != "" {
				// Outside the backups folder, restore's list will not show it.
				fmt.Fprintln(g.stdout, g.t.T("backup.cli.done_file", plaintext.Line(p), restoreArgs(g, p)))
				return nil
			}
			fmt.Fprintln(g.stdout, g.t.T("backup.cli.done", plaintext.Line(p)))
			return nil
		},
	}
	c.Flags().StringVarP(&out, "output", "o", "", g.t.T("backup.cli.flag.output"))
	c.Flags().BoolVarP(&force, "force", "f", false, g.t.T("backup.cli.flag.force"))
	return c
}

func newCheckCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: g.t.T("cli.check.short"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(g)
		},
	}
}

func newGridCmd(g *globals) *cobra.Command {
	grid := &cobra.Command{
		Use:   "grid",
		Short: g.t.T("cli.grid.short"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	var asTOML bool
	show := &cobra.Command{
		Use:   "show",
		Short: g.t.T("cli.grid.show.short"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			gr, src, origin, err := gridInUse(g)
			if err != nil {
				return err
			}
			if asTOML {
				// Byte for byte into a file; on a terminal, a direction
				// override in the file is shown, not obeyed.
				if _, _, isTerm := terminalSize(g.stdout); isTerm {
					src = []byte(plaintext.Visible(strings.ReplaceAll(string(src), "\r\n", "\n")))
				}
				_, err := g.stdout.Write(src)
				return err
			}
			printGrid(g, gr, origin)
			return nil
		},
	}
	show.Flags().BoolVar(&asTOML, "toml", false, g.t.T("cli.grid.show.flag.toml"))
	check := &cobra.Command{
		Use:   g.t.T("cli.grid.check.use"),
		Short: g.t.T("cli.grid.check.short"),
		Args:  g.exactlyOneFile("cli.grid.check.what"),
		RunE: func(cmd *cobra.Command, args []string) error {
			gr, err := g.readGridFile(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintln(g.stdout, plaintext.Visible(g.t.T("cli.grid.check.ok", args[0], gr.ID, gr.Version,
				g.t.N(len(gr.Categories), "cli.count.categories"), g.t.N(len(gr.Markers()), "cli.count.markers"), g.t.Score(gr.Threshold), g.t.Score(gr.TieMargin))))
			return nil
		},
	}
	grid.AddCommand(show, check)
	return grid
}

// gridInUse finds the grid a new evaluation would use: --grid, else the
// current campaign's (only when the database already exists: showing a grid
// must not create a database), else the default.
func gridInUse(g *globals) (*scoring.Grid, []byte, string, error) {
	if g.gridFile != "" {
		gr, err := g.readGridFile(g.gridFile)
		if err != nil {
			return nil, nil, "", err
		}
		src, _ := os.ReadFile(g.gridFile)
		return gr, src, g.t.T("cli.grid.origin.file", g.gridFile), nil
	}
	if p, err := g.dbPath(); err == nil {
		if _, statErr := os.Stat(p); statErr == nil {
			s, err := store.Open(p)
			if err != nil {
				return nil, nil, "", g.storeErr(err)
			}
			defer s.Close()
			c, err := s.CurrentCampaign()
			if err == nil {
				src, err := s.GridSource(c.Grid)
				if err == nil {
					gr, err := store.ParseGrid(src)
					if err != nil {
						return nil, nil, "", g.wrapErr(err, "cli.grid.campaign_grid", c.ID)
					}
					return gr, src, g.t.T("cli.grid.origin.campaign", c.Name), nil
				}
				if !errors.Is(err, store.ErrNotFound) {
					return nil, nil, "", g.storeErr(err)
				}
			} else if !errors.Is(err, store.ErrNotFound) {
				return nil, nil, "", g.storeErr(err)
			}
		}
	}
	return scoring.Default(), scoring.DefaultSource(), g.t.T("cli.grid.origin.default"), nil
}

// printGrid writes the grid's own texts (labels, levels) in the
// catalogue's language when the grid has them in it (label_en, levels_en,
// question_en), else as the grid file has them; the title has no English
// field in a grid and stays as written.
func printGrid(g *globals, gr *scoring.Grid, origin string) {
	w := g.stdout
	lang := g.t.GridLang()
	// A grid is a file someone wrote: its texts are data (store.ParseGrid
	// cleaned them; Line again for a grid from elsewhere).
	fmt.Fprintf(w, "%s — %s v%d (%s)\n", plaintext.Line(gr.Title), plaintext.Line(gr.ID), gr.Version, plaintext.Line(origin))
	var levels []string
	for v := gr.Scale.Min; v <= gr.Scale.Max; v++ {
		levels = append(levels, fmt.Sprintf("%d %s", v, plaintext.Line(gr.LevelNameIn(v, lang))))
	}
	fmt.Fprintln(w, g.t.T("cli.grid.scale", strings.Join(levels, " · "), plaintext.Line(g.t.NotApplicable(gr))))
	fmt.Fprintln(w, g.t.T("cli.grid.threshold", g.t.Score(gr.Threshold), gr.Scale.Max, g.t.Score(gr.TieMargin)))
	for _, c := range gr.Categories {
		fmt.Fprintf(w, "\n%s [%s]\n", plaintext.Line(c.LabelIn(lang)), plaintext.Line(c.ID))
		for _, m := range c.Markers {
			fmt.Fprintf(w, "  • %s [%s]\n    %s\n", plaintext.Line(m.LabelIn(lang)), plaintext.Line(m.ID), plaintext.Line(m.QuestionIn(lang)))
			for i, text := range m.LevelTextsIn(lang) {
				fmt.Fprintf(w, "      %d %s\n", gr.Scale.Min+i, plaintext.Line(text))
			}
		}
	}
}

// sameFile says whether a and b name the same existing file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

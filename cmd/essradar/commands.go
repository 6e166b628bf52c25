package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/demo"
	"essradar/store/transfer"
	"essradar/tui/i18n"
)

func newDemoCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Charge une campagne de démonstration fictive (sans rien dupliquer si elle est déjà là)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
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
				return err
			}
			if !res.Added {
				fmt.Fprintf(g.stdout, "La campagne de démonstration « %s » est déjà dans %s : rien n'a été ajouté.\n", res.CampaignName, s.Path())
				return nil
			}
			fmt.Fprintf(g.stdout, "Campagne de démonstration « %s » chargée dans %s : %d initiatives, %d membres, %d séances.\n",
				res.CampaignName, s.Path(), res.Initiatives, res.Members, res.Sessions)
			return nil
		},
	}
}

func newExportCmd(g *globals) *cobra.Command {
	var campaign, out string
	c := &cobra.Command{
		Use:   "export",
		Short: "Écrit tous les enregistrements en JSON (format essradar/v1)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			if campaign != "" {
				if _, err := s.Campaign(campaign); err != nil {
					return fmt.Errorf("campagne %s introuvable dans %s", campaign, s.Path())
				}
			}
			// The documented format carries the explanation in French.
			doc, err := transfer.ExportExplained(s, campaign, i18n.New(i18n.FR).Proposal)
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				return transfer.Write(g.stdout, doc)
			}
			if sameFile(out, s.Path()) {
				return fmt.Errorf("%s est la base elle-même : l'export l'écraserait ; choisissez un autre nom de fichier", out)
			}
			if err := writeFileAtomic(out, func(w io.Writer) error { return transfer.Write(w, doc) }); err != nil {
				return err
			}
			fmt.Fprintf(g.stderr, "Export écrit dans %s : %d initiatives, %d séances, %d évaluations.\n",
				out, len(doc.Initiatives), len(doc.Sessions), len(doc.Evaluations))
			return nil
		},
	}
	c.Flags().StringVar(&campaign, "campaign", "", "n'exporter que cette `campagne` (son année, par exemple 2026)")
	c.Flags().StringVarP(&out, "output", "o", "", "`fichier` à écrire (par défaut : la sortie standard)")
	return c
}

func newImportCmd(g *globals) *cobra.Command {
	var csvFlags csvImportFlags
	c := &cobra.Command{
		Use:   "import FICHIER.json|FICHIER.csv",
		Short: "Fusionne un export JSON dans la base, ou ajoute les initiatives d'un tableur CSV (tout ou rien)",
		Args:  exactlyOneFile("le fichier à importer"),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			switch strings.ToLower(filepath.Ext(path)) {
			case ".json":
				if err := csvFlags.refuseForJSON(cmd); err != nil {
					return err
				}
			case ".csv", ".tsv":
				return importCSV(g, path, csvFlags)
			default:
				return fmt.Errorf("%s : format inconnu, le fichier doit finir par .json (export essradar) ou .csv (tableur)", path)
			}
			f, err := os.Open(path)
			if err != nil {
				return fmt.Errorf("lecture de %s impossible : %s", path, osReason(err))
			}
			defer f.Close()
			if info, err := f.Stat(); err == nil && info.IsDir() {
				return fmt.Errorf("%s est un dossier : indiquez un fichier .json", path)
			}
			// Read names the file itself ("a.json, ligne 3, colonne 5 : …").
			doc, err := transfer.Read(f)
			if err != nil {
				return fmt.Errorf("rien n'a été importé : %w", err)
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
				if n := len(rep.Conflicts); n > 0 {
					fmt.Fprintf(g.stdout, "%d conflit(s) : ces enregistrements existent déjà avec un autre contenu.\n", n)
					for _, c := range rep.Conflicts {
						fmt.Fprintf(g.stdout, "  - %s\n", c.String())
					}
				}
				if n := len(rep.Rejected); n > 0 {
					fmt.Fprintf(g.stdout, "%d enregistrement(s) refusé(s) :\n", n)
					for _, r := range rep.Rejected {
						fmt.Fprintf(g.stdout, "  - %s\n", r)
					}
				}
				return fmt.Errorf("import de %s refusé (%d conflit(s), %d enregistrement(s) refusé(s), détail ci-dessus) : rien n'a été écrit",
					path, len(rep.Conflicts), len(rep.Rejected))
			}
			if err != nil {
				return fmt.Errorf("import de %s refusé, rien n'a été écrit : %w", path, err)
			}
			fmt.Fprintf(g.stdout, "Import de %s terminé dans %s : %s.\n", path, s.Path(), reportLine(rep))
			return nil
		},
	}
	csvFlags.register(c)
	return c
}

// reportLine sums an import report: added and already-present records by kind.
func reportLine(rep transfer.Report) string {
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
		parts = append(parts, fmt.Sprintf("%s %d ajouté(s), %d déjà présent(s)", k, rep.Added[k], rep.Unchanged[k]))
	}
	if len(parts) == 0 {
		return "le fichier ne contenait aucun enregistrement"
	}
	return strings.Join(parts, " ; ")
}

func newBackupCmd(g *globals) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "backup",
		Short: "Sauvegarde la base (à chaud) dans un fichier",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out != "" {
				// The store would create missing folders: a mistyped or
				// unmounted destination must be an error, not a backup
				// silently written somewhere else.
				if info, err := os.Stat(out); err != nil || !info.IsDir() {
					if err := dirExists(filepath.Dir(out)); err != nil {
						return fmt.Errorf("sauvegarde dans %s impossible : %w", out, err)
					}
				}
			}
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			if out != "" && sameFile(out, s.Path()) {
				return fmt.Errorf("%s est la base elle-même : choisissez un autre fichier pour la sauvegarde", out)
			}
			p, err := s.BackupFile(out)
			if err != nil {
				return err
			}
			fmt.Fprintf(g.stdout, "Sauvegarde écrite : %s\nPour la restaurer : fermez essradar puis copiez ce fichier à la place de %s.\n", p, s.Path())
			return nil
		},
	}
	c.Flags().StringVarP(&out, "output", "o", "", "`fichier` de sauvegarde (par défaut : à côté de la base, daté)")
	return c
}

func newCheckCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Vérifie l'intégrité de la base (fichier et cohérence des enregistrements)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			problems, err := s.Check()
			if err != nil {
				return err
			}
			if len(problems) == 0 {
				fmt.Fprintf(g.stdout, "Base %s vérifiée : aucun problème.\n", s.Path())
				return nil
			}
			fmt.Fprintf(g.stdout, "Base %s : %d problème(s) trouvé(s).\n", s.Path(), len(problems))
			for _, p := range problems {
				what := p.Kind
				if p.ID != "" {
					what += " " + p.ID
				}
				fmt.Fprintf(g.stdout, "  - %s : %s\n", what, p.Message)
			}
			// « essradar backup » makes a copy; it does not restore one.
			return fmt.Errorf("la base contient %d problème(s), détaillé(s) ci-dessus ; si des données sont abîmées, fermez essradar puis copiez une sauvegarde à la place de %s", len(problems), s.Path())
		},
	}
}

func newGridCmd(g *globals) *cobra.Command {
	grid := &cobra.Command{
		Use:   "grid",
		Short: "Affiche ou vérifie une grille de notation",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	var asTOML bool
	show := &cobra.Command{
		Use:   "show",
		Short: "Affiche la grille en usage (--grid FICHIER, sinon celle de la campagne en cours, sinon la grille par défaut)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			gr, src, origin, err := gridInUse(g)
			if err != nil {
				return err
			}
			if asTOML {
				_, err := g.stdout.Write(src)
				return err
			}
			printGrid(g.stdout, gr, origin)
			return nil
		},
	}
	show.Flags().BoolVar(&asTOML, "toml", false, "affiche le fichier TOML de la grille tel quel")
	check := &cobra.Command{
		Use:   "check FICHIER",
		Short: "Vérifie un fichier de grille et dit, s'il est invalide, quelle ligne et quel champ corriger",
		Args:  exactlyOneFile("le fichier de grille à vérifier"),
		RunE: func(cmd *cobra.Command, args []string) error {
			gr, err := readGridFile(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(g.stdout, "Grille %s valide : %s v%d, %d catégories, %d marqueurs, seuil %s, marge d'égalité %s.\n",
				args[0], gr.ID, gr.Version, len(gr.Categories), len(gr.Markers()), scoring.FormatScore(gr.Threshold), scoring.FormatScore(gr.TieMargin))
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
		gr, err := readGridFile(g.gridFile)
		if err != nil {
			return nil, nil, "", err
		}
		src, _ := os.ReadFile(g.gridFile)
		return gr, src, "fichier " + g.gridFile, nil
	}
	if p, err := g.dbPath(); err == nil {
		if _, statErr := os.Stat(p); statErr == nil {
			s, err := store.Open(p)
			if err != nil {
				return nil, nil, "", err
			}
			defer s.Close()
			c, err := s.CurrentCampaign()
			if err == nil {
				src, err := s.GridSource(c.Grid)
				if err == nil {
					gr, err := scoring.Parse(src)
					if err != nil {
						return nil, nil, "", fmt.Errorf("grille de la campagne %s : %w", c.ID, err)
					}
					return gr, src, "campagne « " + c.Name + " »", nil
				}
				if !errors.Is(err, store.ErrNotFound) {
					return nil, nil, "", err
				}
			} else if !errors.Is(err, store.ErrNotFound) {
				return nil, nil, "", err
			}
		}
	}
	return scoring.Default(), scoring.DefaultSource(), "grille par défaut", nil
}

func printGrid(w io.Writer, gr *scoring.Grid, origin string) {
	fmt.Fprintf(w, "%s — %s v%d (%s)\n", gr.Title, gr.ID, gr.Version, origin)
	var levels []string
	for i, l := range gr.Scale.Levels {
		levels = append(levels, fmt.Sprintf("%d %s", gr.Scale.Min+i, l))
	}
	fmt.Fprintf(w, "Échelle : %s · « %s » hors moyenne\n", strings.Join(levels, " · "), gr.Scale.NotApplicable)
	fmt.Fprintf(w, "Seuil de proposition : %s / %d · marge d'égalité : %s\n", scoring.FormatScore(gr.Threshold), gr.Scale.Max, scoring.FormatScore(gr.TieMargin))
	for _, c := range gr.Categories {
		fmt.Fprintf(w, "\n%s [%s]\n", c.Label, c.ID)
		for _, m := range c.Markers {
			fmt.Fprintf(w, "  • %s [%s]\n    %s\n", m.Label, m.ID, m.Question)
		}
	}
}

// sameFile says whether a and b name the same existing file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

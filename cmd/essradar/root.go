package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui"
	"essradar/tui/i18n"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// globals are the options every command shares.
type globals struct {
	db       string
	lang     string
	ascii    bool
	gridFile string

	stdin          io.Reader
	stdout, stderr io.Writer
}

// dbPath is the --db path, or the default one in the user's data folder.
func (g *globals) dbPath() (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	p, err := store.DefaultPath()
	if err != nil {
		return "", fmt.Errorf("impossible de trouver le dossier de données de l'utilisateur (%v) : indiquez la base avec --db FICHIER", err)
	}
	return p, nil
}

func (g *globals) open() (*store.Store, error) {
	p, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	return store.Open(p)
}

// grid is the grid given with --grid, or nil when none was given.
func (g *globals) grid() (*scoring.Grid, error) {
	if g.gridFile == "" {
		return nil, nil
	}
	return readGridFile(g.gridFile)
}

func readGridFile(path string) (*scoring.Grid, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("lecture de la grille %s impossible : %s", path, osReason(err))
	}
	gr, err := scoring.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("grille %s, %w", path, err)
	}
	return gr, nil
}

// osReason says in French why a file operation failed.
func osReason(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "le fichier n'existe pas"
	case errors.Is(err, os.ErrPermission):
		return "accès refusé"
	case errors.Is(err, os.ErrExist):
		return "le fichier existe déjà"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	g := &globals{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "essradar",
		Short: "Labellisation ESS du Budget citoyen : notation des marqueurs, radar, proposition, décision, procès-verbal",
		Long: "essradar accompagne le secrétaire du comité de labellisation ESS : il garde les initiatives\n" +
			"dans une base locale, guide la notation des marqueurs de l'ESS, dessine le radar, propose\n" +
			"une catégorie de label, enregistre la décision et prépare le procès-verbal.\n\n" +
			"Sans commande, essradar ouvre l'interface sur la base par défaut.",
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTUI(g)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.db, "db", "", "`fichier` de la base (par défaut dans le dossier de données de l'utilisateur)")
	pf.StringVar(&g.lang, "lang", "", "`langue` de l'interface : fr ou en (par défaut : fr, ou en si LANG=en*)")
	pf.BoolVar(&g.ascii, "ascii", false, "dessins en ASCII seul, pour les terminaux sans caractères braille")
	pf.StringVar(&g.gridFile, "grid", "", "`fichier` de grille TOML à utiliser à la place de la grille par défaut")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		_, err := i18n.Detect(g.lang)
		return err
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return errors.New(frenchCobraError(err.Error()))
	})
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(
		newDemoCmd(g),
		newExportCmd(g),
		newImportCmd(g),
		newTemplateCmd(g),
		newBackupCmd(g),
		newCheckCmd(g),
		newGridCmd(g),
		newVersionCmd(g),
		newRadarCmd(g),
	)
	frenchHelp(root)
	return root
}

func runTUI(g *globals) error {
	lang, _ := i18n.Detect(g.lang)
	gr, err := g.grid()
	if err != nil {
		return err
	}
	s, err := g.open()
	if err != nil {
		return err
	}
	defer s.Close()
	var src []byte
	if gr != nil {
		// Already read and checked by g.grid(); kept for a campaign created in the interface.
		src, _ = os.ReadFile(g.gridFile)
	}
	app := tui.New(tui.Options{Store: s, Lang: lang, ASCII: g.ascii, Grid: gr, GridSource: src})
	if _, err := tea.NewProgram(app).Run(); err != nil {
		return fmt.Errorf("l'interface n'a pas pu s'ouvrir ; lancez essradar dans un terminal (détail technique : %v)", err)
	}
	return nil
}

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Affiche la version d'essradar",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v := version
			if v == "dev" {
				if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
					v = bi.Main.Version
				}
			}
			d := scoring.Default()
			fmt.Fprintf(g.stdout, "essradar %s (schéma de base v%d, grille par défaut %s v%d, %s %s/%s)\n",
				v, store.SchemaVersion(), d.ID, d.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}

// noArgs refuses arguments with a French message.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("« essradar %s » ne prend pas d'argument (reçu : %q)", cmd.Name(), args[0])
	}
	return nil
}

// exactlyOneFile asks for one file argument, with a French message.
func exactlyOneFile(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return fmt.Errorf("indiquez %s : essradar %s FICHIER", what, cmd.CommandPath()[len("essradar "):])
		case len(args) > 1:
			return fmt.Errorf("un seul fichier à la fois (reçu %d)", len(args))
		}
		return nil
	}
}

// writeFileAtomic writes through a temporary file then renames it, so an
// interrupted export never leaves half a file under the final name.
func writeFileAtomic(path string, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := dirExists(dir); err != nil {
		return fmt.Errorf("écriture de %s impossible : %w", path, err)
	}
	f, err := os.CreateTemp(dir, ".essradar-*.tmp")
	if err != nil {
		return fmt.Errorf("écriture de %s impossible : %s", path, osReason(err))
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("écriture de %s impossible : %s", path, osReason(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("écriture de %s impossible : %s", path, osReason(err))
	}
	return nil
}

// dirExists says in French why files cannot go into dir: it is missing or
// is not a folder. A typo in a path must not silently create folders.
func dirExists(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("le dossier %s n'existe pas", dir)
	case err != nil:
		return fmt.Errorf("le dossier %s est inaccessible (%s)", dir, osReason(err))
	case !info.IsDir():
		return fmt.Errorf("%s n'est pas un dossier", dir)
	}
	return nil
}

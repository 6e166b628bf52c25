package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"github.com/spf13/cobra"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui"
	"essradar/tui/i18n"
)

// globals are the options every command shares.
type globals struct {
	db       string
	lang     string
	ascii    bool
	braille  bool
	gridFile string

	// t is the command line's catalogue, chosen before the flags are
	// parsed (see cliLang).
	t *i18n.Catalogue

	stdin          io.Reader
	stdout, stderr io.Writer
}

// errText is the one place where an error of store, scoring or the store's
// subpackages (transfer, csvimport, demo) becomes text for the secretary.
// Their errors carry message keys, written by the catalogue.
func (g *globals) errText(err error) string {
	// A textError is already written: its keyed cause must not replace the
	// sentence around it.
	var te *textError
	if errors.As(err, &te) {
		return te.msg
	}
	return g.t.Error(err)
}

// textError is an error whose text is already written for the secretary,
// around a store or scoring error that errors.Is and errors.As still reach.
type textError struct {
	msg string
	err error
}

func (e *textError) Error() string { return e.msg }
func (e *textError) Unwrap() error { return e.err }

// storeErr passes a store or scoring error through errText; nil stays nil.
func (g *globals) storeErr(err error) error {
	if err == nil {
		return nil
	}
	return &textError{msg: g.errText(err), err: err}
}

// wrapErr puts a store or scoring error into the catalogue's sentence key,
// whose last verb receives the error's text: args come first.
func (g *globals) wrapErr(err error, key string, args ...any) error {
	return &textError{msg: g.t.T(key, append(args, g.errText(err))...), err: err}
}

// dbPath is the --db path, or the default one in the user's data folder.
func (g *globals) dbPath() (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	p, err := store.DefaultPath()
	if err != nil {
		return "", g.wrapErr(err, "cli.err.no_data_dir")
	}
	return p, nil
}

func (g *globals) open() (*store.Store, error) {
	p, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	s, err := store.Open(p)
	return s, g.storeErr(err)
}

// grid is the grid given with --grid, or nil when none was given.
func (g *globals) grid() (*scoring.Grid, error) {
	if g.gridFile == "" {
		return nil, nil
	}
	return g.readGridFile(g.gridFile)
}

func (g *globals) readGridFile(path string) (*scoring.Grid, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.New(g.t.T("cli.err.read_grid", path, g.osReason(err)))
	}
	gr, err := store.ParseGrid(src)
	if err != nil {
		return nil, g.wrapErr(err, "cli.err.grid_file", path)
	}
	return gr, nil
}

// osReason says in the secretary's words why a file operation failed.
func (g *globals) osReason(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return g.t.T("cli.os.not_exist")
	case errors.Is(err, os.ErrPermission):
		return g.t.T("cli.os.permission")
	case errors.Is(err, os.ErrExist):
		return g.t.T("cli.os.exist")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func newRootCmd(t *i18n.Catalogue, stdin io.Reader, stdout, stderr io.Writer) (*cobra.Command, *globals) {
	g := &globals{t: t, stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "essradar",
		Short:         t.T("cli.root.short"),
		Long:          t.T("cli.root.long"),
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTUI(g)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.db, "db", "", t.T("cli.flag.db"))
	pf.StringVar(&g.lang, "lang", "", t.T("cli.flag.lang"))
	pf.BoolVar(&g.ascii, "ascii", false, t.T("cli.flag.ascii"))
	pf.BoolVar(&g.braille, "braille", false, t.T("cli.flag.braille"))
	pf.StringVar(&g.gridFile, "grid", "", t.T("cli.flag.grid"))
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		// cliLang already chose the texts; a value it could not use is
		// refused here, in the language of those texts.
		if _, err := i18n.Detect(g.lang); err != nil {
			return errors.New(t.T("cli.err.lang", g.lang))
		}
		_, err := g.glyphs(runtime.GOOS, os.Getenv)
		return err
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return errors.New(cobraError(t, err.Error()))
	})
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(
		newDemoCmd(g),
		newExportCmd(g),
		newImportCmd(g),
		newTemplateCmd(g),
		newBackupCmd(g), newRestoreCmd(g),
		newCheckCmd(g),
		newGridCmd(g),
		newVersionCmd(g),
		newRadarCmd(g),
		newAuditCmd(g), newForgetCmd(g),
		newMinutesCmd(g),
		newStatsCmd(g),
		newCompletionCmd(g),
	)
	localHelp(root, t)
	return root, g
}

func runTUI(g *globals) error {
	stopProfile, err := startCPUProfile(os.Getenv)
	if err != nil {
		return err
	}
	defer stopProfile()
	lang, _ := i18n.Detect(g.lang)
	gr, err := g.grid()
	if err != nil {
		return err
	}
	glyphs, err := g.glyphs(runtime.GOOS, os.Getenv)
	if err != nil {
		return err
	}
	// The full check runs once the interface is up (tui's CheckOpened):
	// start-up must not grow with the file.
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
	app := tui.New(tui.Options{Store: s, Lang: lang, ASCII: glyphs.ASCII, Notice: glyphs.ReasonKey, Grid: gr, GridSource: src})
	return runInterface(g, app)
}

// noArgs refuses arguments in the secretary's language.
func (g *globals) noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return errors.New(g.t.T("cli.err.no_args", cmd.Name(), args[0]))
	}
	return nil
}

// exactlyOneFile asks for one file argument; what is the key naming it.
func (g *globals) exactlyOneFile(whatKey string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return errors.New(g.t.T("cli.err.name_file", g.t.T(whatKey), cmd.CommandPath()[len("essradar "):]))
		case len(args) > 1:
			return errors.New(g.t.T("cli.err.one_file", len(args)))
		}
		return nil
	}
}

// writeFileAtomic writes through a temporary file then renames it, so an
// interrupted export never leaves half a file under the final name. What
// write returns comes from the store's writers: it goes through errText.
func (g *globals) writeFileAtomic(path string, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := g.dirExists(dir); err != nil {
		return errors.New(g.t.T("cli.err.write", path, err))
	}
	// The writer's own error (a store error) and the file system's are
	// told apart: each has its own words.
	var writeErr error
	err := store.WriteFileAtomic(path, 0o600, func(w io.Writer) error {
		writeErr = write(w)
		return writeErr
	})
	switch {
	case writeErr != nil:
		return g.storeErr(writeErr)
	case err != nil:
		return errors.New(g.t.T("cli.err.write", path, g.osReason(err)))
	}
	return nil
}

// dirExists says why files cannot go into dir: it is missing or is not a
// folder. A typo in a path must not silently create folders.
func (g *globals) dirExists(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New(g.t.T("cli.err.no_dir", dir))
	case err != nil:
		return errors.New(g.t.T("cli.err.dir_inaccessible", dir, g.osReason(err)))
	case !info.IsDir():
		return errors.New(g.t.T("cli.err.not_dir", dir))
	}
	return nil
}

package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"essradar/store"
	"essradar/store/plaintext"
)

func newRestoreCmd(g *globals) *cobra.Command {
	var yes bool
	c := &cobra.Command{
		Use:   g.t.T("backup.cli.restore.use"),
		Short: g.t.T("backup.cli.restore.short"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return errors.New(g.t.T("cli.err.one_file", len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := g.absDBPath()
			if err != nil {
				return err
			}
			list, err := store.Backups(db)
			if err != nil {
				return g.storeErr(err)
			}
			if len(args) == 0 {
				printBackups(g, db, list)
				return nil
			}
			return restore(g, db, list, args[0], yes)
		},
	}
	c.Flags().BoolVarP(&yes, "yes", "y", false, g.t.T("backup.cli.restore.flag.yes"))
	return c
}

// absDBPath is the database's absolute path: the backups are found next to
// it, whatever the working folder.
func (g *globals) absDBPath() (string, error) {
	db, err := g.dbPath()
	if err != nil {
		return "", err
	}
	if abs, err := filepath.Abs(db); err == nil {
		db = abs
	}
	return db, nil
}

// printBackups lists the backups newest first, numbered for restore N.
func printBackups(g *globals, db string, list []store.BackupInfo) {
	if len(list) == 0 {
		fmt.Fprintln(g.stdout, g.t.T("backup.cli.list.none", plaintext.Line(db), plaintext.Line(store.BackupDir(db))))
		return
	}
	fmt.Fprintln(g.stdout, g.t.T("backup.cli.list.head", plaintext.Line(db), g.t.N(len(list), "backup.cli.count")))
	for i, b := range list {
		fmt.Fprintln(g.stdout, g.t.T("backup.cli.list.item", i+1, backupWhen(g, b.Time), backupKind(g, b), backupSize(g, b.Size), plaintext.Line(b.Path)))
	}
	fmt.Fprintln(g.stdout, g.t.T("backup.cli.list.hint"))
}

func backupWhen(g *globals, at time.Time) string {
	return g.t.T("backup.cli.when", g.t.Date(at.Format(time.DateOnly)), at.Format("15:04"))
}

func backupKind(g *globals, b store.BackupInfo) string {
	if b.Kind == store.BackupSession {
		return g.t.T("backup.kind.session", g.t.Date(b.SessionDate))
	}
	return g.t.T("backup.kind." + string(b.Kind))
}

// backupSize writes a size in kilobytes or megabytes, the language's way.
func backupSize(g *globals, n int64) string {
	if n < 1<<20 {
		return g.t.T("backup.cli.size_kb", g.t.Decimal(float64(n)/(1<<10), 0))
	}
	return g.t.T("backup.cli.size_mb", g.t.Decimal(float64(n)/(1<<20), 1))
}

// restore puts the chosen backup (a number from the list, or a file) in
// place, after checking it and asking.
func restore(g *globals, db string, list []store.BackupInfo, choice string, yes bool) error {
	chosen, err := chooseBackup(g, list, choice)
	if err != nil {
		return err
	}
	probs, err := store.CheckBackup(chosen)
	if err != nil {
		return g.storeErr(err)
	}
	if len(probs) > 0 {
		return errors.New(g.t.T("backup.cli.restore.damaged", plaintext.Line(chosen), plaintext.Line(g.t.Message(probs[0].Why))))
	}
	if err := store.EnsureNotOpen(db); err != nil {
		return g.storeErr(err)
	}
	if !yes {
		ok, err := g.confirmRestore(db, chosen)
		if err != nil || !ok {
			return err
		}
	}
	res, err := store.Restore(db, chosen, time.Now())
	if err != nil {
		return g.storeErr(err)
	}
	if res.Aside == "" {
		fmt.Fprintln(g.stdout, g.t.T("backup.cli.restore.done_new", plaintext.Line(chosen), plaintext.Line(db)))
		return nil
	}
	fmt.Fprintln(g.stdout, g.t.T("backup.cli.restore.done", plaintext.Line(chosen), plaintext.Line(db), plaintext.Line(res.Aside)))
	return nil
}

// chooseBackup reads the argument: a number from the list, else a file.
func chooseBackup(g *globals, list []store.BackupInfo, choice string) (string, error) {
	if n, err := strconv.Atoi(strings.TrimSpace(choice)); err == nil {
		if n < 1 || n > len(list) {
			return "", errors.New(g.t.N(len(list), "backup.cli.restore.no_number", n))
		}
		return list[n-1].Path, nil
	}
	info, err := os.Stat(choice)
	if err != nil {
		return "", errors.New(g.t.T("backup.cli.restore.no_file", plaintext.Line(choice), g.osReason(err)))
	}
	if info.IsDir() {
		return "", errors.New(g.t.T("backup.cli.restore.is_dir", plaintext.Line(choice)))
	}
	return choice, nil
}

// confirmRestore asks on the terminal; anything but a yes changes nothing.
// Without a terminal nobody can answer: --yes is needed.
func (g *globals) confirmRestore(db, chosen string) (bool, error) {
	if !stdinIsTerminal(g.stdin) {
		return false, errors.New(g.t.T("backup.cli.restore.not_terminal"))
	}
	fmt.Fprint(g.stdout, g.t.T("backup.cli.restore.question", plaintext.Line(db), plaintext.Line(chosen)))
	answer, _ := bufio.NewReader(g.stdin).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "o", "oui", "y", "yes":
		return true, nil
	}
	fmt.Fprintln(g.stdout, g.t.T("backup.cli.restore.cancelled"))
	return false, nil
}

// backupTo writes the backup to out, or into the backups folder when out
// is empty (kept with the others, the oldest ordinary ones pruned).
func backupTo(s *store.Store, out string) (string, error) {
	if out == "" {
		return s.ManualBackup()
	}
	return s.BackupFile(out)
}

// backupFromInterface explains why no backup can be taken here while the
// interface holds the file: the interface takes them itself, and on demand.
func backupFromInterface(g *globals) error {
	db, err := g.absDBPath()
	if err != nil {
		return err
	}
	return errors.New(g.t.T("backup.cli.locked", plaintext.Line(db), plaintext.Line(store.BackupDir(db))))
}

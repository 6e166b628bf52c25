package main

import (
	"errors"
	"os"
	"strings"

	"essradar/store/plaintext"
)

// refuseToReplace refuses a backup over an existing file without --force,
// as template does: -o may name last month's backup, or a database.
func refuseToReplace(g *globals, out string, force bool) error {
	if out == "" || force {
		return nil
	}
	if info, err := os.Stat(out); err == nil && !info.IsDir() {
		return errors.New(g.t.T("backup.cli.exists", plaintext.Line(out)))
	}
	return nil
}

// restoreArgs are the arguments of the restore command that puts backup
// back: --db when the database is not the default one.
func restoreArgs(g *globals, backup string) string {
	args := commandWord(plaintext.Line(backup))
	if g.db != "" {
		args = "--db " + commandWord(plaintext.Line(g.db)) + " " + args
	}
	return args
}

// commandWord writes a path so that it can be typed back as one argument
// in a POSIX shell, cmd or PowerShell: quoted when it holds a space or a
// character a shell reads.
func commandWord(path string) string {
	if !strings.ContainsAny(path, " \t'\"$`&;|()<>*?#~!%") {
		return path
	}
	if !strings.ContainsAny(path, "\"$`%") {
		return `"` + path + `"`
	}
	return "'" + strings.ReplaceAll(path, "'", `'\''`) + "'"
}

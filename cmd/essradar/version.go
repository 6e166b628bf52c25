package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"

	"essradar/scoring"
	"essradar/store"
)

// Set by the release build (.goreleaser.yaml) with -ldflags "-X main.version=…";
// a build from source leaves them empty and the Go toolchain's own record of
// the build fills what it can.
var (
	version string
	commit  string
	date    string
)

// build is what `essradar version` says about the binary itself.
type build struct {
	Version string // "1.2.0", "(devel)" for a build from source
	Commit  string // shortened, "" when unknown
	Date    time.Time
	// Modified is a build from a checkout with uncommitted changes.
	Modified bool
}

// resolveBuild prefers what the release build stamped and falls back on the
// toolchain's vcs settings (go build in a git checkout records them), so a
// secretary's bug report names the exact code either way.
func resolveBuild(ldVersion, ldCommit, ldDate string, info *debug.BuildInfo) build {
	if ldCommit == "none" {
		ldCommit = "" // GoReleaser's word for a commit it could not read
	}
	b := build{Version: ldVersion, Commit: ldCommit}
	b.Date, _ = time.Parse(time.RFC3339, ldDate)
	if info != nil {
		if b.Version == "" && info.Main.Version != "" {
			b.Version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if b.Commit == "" {
					b.Commit = s.Value
				}
			case "vcs.time":
				if b.Date.IsZero() {
					b.Date, _ = time.Parse(time.RFC3339, s.Value)
				}
			case "vcs.modified":
				b.Modified = ldCommit == "" && s.Value == "true"
			}
		}
	}
	if b.Version == "" {
		b.Version = "(devel)"
	}
	if len(b.Commit) > 12 {
		b.Commit = b.Commit[:12]
	}
	return b
}

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: g.t.T("cli.version.short"),
		Long:  g.t.T("cli.version.long"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			info, _ := debug.ReadBuildInfo()
			printVersion(g, resolveBuild(version, commit, date, info))
			return nil
		},
	}
}

func printVersion(g *globals, b build) {
	commitText := g.t.T("cli.version.no_commit")
	switch {
	case b.Commit != "" && b.Modified:
		commitText = g.t.T("cli.version.commit_modified", b.Commit)
	case b.Commit != "":
		commitText = g.t.T("cli.version.commit", b.Commit)
	}
	dateText := g.t.T("cli.version.no_date")
	if !b.Date.IsZero() {
		dateText = g.t.T("cli.version.built", g.t.Date(b.Date.UTC().Format("2006-01-02")))
	}
	d := scoring.Default()
	fmt.Fprintln(g.stdout, g.t.T("cli.version.line", b.Version, commitText, dateText))
	fmt.Fprintln(g.stdout, g.t.T("cli.version.details",
		store.SchemaVersion(), d.ID, d.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH))
}

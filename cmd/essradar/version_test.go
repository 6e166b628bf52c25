package main

import (
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestResolveBuildPrefersTheReleaseStamp(t *testing.T) {
	info := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "ffffffffffffffffffffffffffffffffffffffff"},
		{Key: "vcs.time", Value: "2020-01-01T00:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	b := resolveBuild("1.2.0", "0123456789abcdef0123", "2026-11-27T10:00:00Z", info)
	want := build{Version: "1.2.0", Commit: "0123456789ab", Date: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)}
	if b != want {
		t.Errorf("resolveBuild = %+v, want %+v", b, want)
	}
}

func TestResolveBuildFallsBackOnTheToolchainRecord(t *testing.T) {
	info := &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "abcdef1234567890abcdef"},
		{Key: "vcs.time", Value: "2026-03-02T08:30:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	b := resolveBuild("", "", "", info)
	want := build{Version: "v0.3.0", Commit: "abcdef123456", Date: time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC), Modified: true}
	if b != want {
		t.Errorf("resolveBuild = %+v, want %+v", b, want)
	}
	if b := resolveBuild("", "none", "", nil); b.Version != "(devel)" || b.Commit != "" || !b.Date.IsZero() {
		t.Errorf("nothing known: %+v", b)
	}
}

// The release build's ldflags reach the output in the secretary's language.
func TestVersionSaysTheStampedBuild(t *testing.T) {
	version, commit, date = "1.0.0", "0123456789abcdef", "2026-11-27T10:00:00Z"
	defer func() { version, commit, date = "", "", "" }()
	r := cliOK(t, "version")
	if first := cliFirstLine(r.stdout); first != "essradar 1.0.0 (commit 0123456789ab, construit le 27/11/2026)" {
		t.Errorf("fr: %q", first)
	}
	r = cliOK(t, "--lang", "en", "version")
	if first := cliFirstLine(r.stdout); first != "essradar 1.0.0 (commit 0123456789ab, built on 2026-11-27)" {
		t.Errorf("en: %q", first)
	}
	if !strings.Contains(r.stdout, "default grid ess-defaut v2") {
		t.Errorf("en details: %q", r.stdout)
	}
}

func TestVersionSaysWhatIsUnknown(t *testing.T) {
	version, commit, date = "", "", ""
	r := cliOK(t, "version")
	first := cliFirstLine(r.stdout)
	// Tests build without vcs stamping or with it, depending on GOFLAGS:
	// either way the line names the commit and the date, never an empty slot.
	if !strings.Contains(first, "commit ") || !(strings.Contains(first, "construit le ") || strings.Contains(first, "date de construction inconnue")) {
		t.Errorf("fr: %q", first)
	}
}

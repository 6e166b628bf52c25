package main

import (
	"os"
	"path/filepath"
	"testing"
)

// ESSRADAR_CPUPROFILE writes a profile when the interface stops; without
// it nothing is written; a place it cannot write to is said, not ignored.
func TestCPUProfileOfTheStartUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "start.pprof")
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == cpuProfileEnv {
				return v
			}
			return ""
		}
	}
	stop, err := startCPUProfile(env(path))
	if err != nil {
		t.Fatal(err)
	}
	stop()
	stop() // the window's end may come after: once only
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("no profile written: %v", err)
	}
	stop, err = startCPUProfile(env(""))
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if _, err := startCPUProfile(env(filepath.Join(t.TempDir(), "missing", "p.pprof"))); err == nil {
		t.Fatal("a profile that cannot be written is not reported")
	}
}

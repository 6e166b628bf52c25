// Package storetest holds what the tests of the packages built on the store
// share: a database file made once and opened afresh for each run of a fuzz
// target. It is imported by tests only.
package storetest

import (
	"os"
	"path/filepath"
	"testing"

	"essradar/store"
)

// FileOf is the bytes of a new database filled by fill, closed.
func FileOf(tb testing.TB, fill func(*store.Store)) []byte {
	tb.Helper()
	s, err := store.Open(filepath.Join(tb.TempDir(), "essradar.db"))
	if err != nil {
		tb.Fatal(err)
	}
	fill(s)
	path := s.Path()
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// OpenCopy opens a fresh copy of a database file for one run of a fuzz
// target, without a flush at each commit. A target once shared one store
// between runs and flushed every commit: an input ran differently the second
// time (its rows were now duplicates) and each run waited about 30 ms for the
// disk, so the fuzzer spent its minute minimising one input (111 runs). All
// or nothing is a rule of the transaction, not of the flush (the kill harness
// proves durability).
func OpenCopy(t *testing.T, data []byte) *store.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "essradar.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.SetFaults(store.Faults{NoSync: true})
	t.Cleanup(func() { _ = s.Close() })
	return s
}

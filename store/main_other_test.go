//go:build !unix

package store_test

import (
	"os"
	"testing"
)

// TestMain, where the kill harness (kill_test.go, unix only) does not
// build, still removes the benchmarks' shared fixtures at the end.
func TestMain(m *testing.M) {
	code := m.Run()
	removeScaleFixtures()
	os.Exit(code)
}

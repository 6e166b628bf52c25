package main

import (
	"os"
	"testing"

	"essradar/tui/i18n"
)

// TestMain runs every test in French whatever the developer's locale: the
// tests that want English say so with --lang en or t.Setenv("LANG", …).
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "")
	os.Setenv("LC_MESSAGES", "")
	os.Setenv("LANG", "fr_FR.UTF-8")
	os.Exit(m.Run())
}

// frGlobals are the options of a French command line, for the tests that
// call a command's helpers directly.
func frGlobals() *globals { return &globals{t: i18n.New(i18n.FR)} }

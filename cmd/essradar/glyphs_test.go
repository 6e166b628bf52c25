package main

import (
	"strings"
	"testing"

	"essradar/tui/i18n"
)

func TestChooseGlyphs(t *testing.T) {
	cases := []struct {
		name           string
		goos           string
		env            map[string]string
		ascii, braille bool
		want           glyphChoice
	}{
		{"Windows Terminal", "windows", map[string]string{"WT_SESSION": "5f1c"}, false, false, glyphChoice{}},
		{"legacy Windows console", "windows", nil, false, false, glyphChoice{ASCII: true, ReasonKey: "glyphs.windows_console"}},
		{"legacy Windows console, LANG ignored", "windows", map[string]string{"LANG": "fr_FR.UTF-8"}, false, false, glyphChoice{ASCII: true, ReasonKey: "glyphs.windows_console"}},
		{"legacy Windows console, --braille", "windows", nil, false, true, glyphChoice{}},
		{"Windows Terminal, --ascii", "windows", map[string]string{"WT_SESSION": "5f1c"}, true, false, glyphChoice{ASCII: true}},
		{"Linux text console", "linux", map[string]string{"TERM": "linux", "LANG": "fr_FR.UTF-8"}, false, false, glyphChoice{ASCII: true, ReasonKey: "glyphs.linux_console"}},
		{"Linux text console, --braille", "linux", map[string]string{"TERM": "linux"}, false, true, glyphChoice{}},
		{"Linux graphical terminal", "linux", map[string]string{"TERM": "xterm-256color", "LANG": "fr_FR.UTF-8"}, false, false, glyphChoice{}},
		{"latin-1 locale", "linux", map[string]string{"TERM": "xterm", "LANG": "fr_FR.ISO-8859-1"}, false, false, glyphChoice{ASCII: true, ReasonKey: "glyphs.not_utf8"}},
		{"C locale", "linux", map[string]string{"TERM": "xterm", "LC_ALL": "C"}, false, false, glyphChoice{ASCII: true, ReasonKey: "glyphs.not_utf8"}},
		{"LC_ALL wins over LANG", "darwin", map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "C"}, false, false, glyphChoice{}},
		{"LC_CTYPE wins over LANG", "darwin", map[string]string{"LC_CTYPE": "C", "LANG": "fr_FR.UTF-8"}, false, false, glyphChoice{ASCII: true, ReasonKey: "glyphs.not_utf8"}},
		{"utf8 spelled without dash", "linux", map[string]string{"LANG": "fr_FR.utf8"}, false, false, glyphChoice{}},
		{"no locale at all", "darwin", map[string]string{"TERM": "xterm-256color"}, false, false, glyphChoice{}},
		{"latin-1 locale, --braille", "linux", map[string]string{"LANG": "fr_FR.ISO-8859-15"}, false, true, glyphChoice{}},
		{"macOS Terminal, --ascii", "darwin", map[string]string{"LANG": "fr_FR.UTF-8"}, true, false, glyphChoice{ASCII: true}},
	}
	for _, c := range cases {
		getenv := func(k string) string { return c.env[k] }
		if got := chooseGlyphs(c.goos, getenv, c.ascii, c.braille); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestEveryGlyphReasonIsCatalogued(t *testing.T) {
	for _, key := range []string{"glyphs.windows_console", "glyphs.linux_console", "glyphs.not_utf8"} {
		for _, lang := range []i18n.Lang{i18n.FR, i18n.EN} {
			if text := i18n.New(lang).T(key); text == key || !strings.Contains(text, "--braille") {
				t.Errorf("%s %s: %q", lang, key, text)
			}
		}
	}
}

func TestAsciiAndBrailleTogetherAreRefused(t *testing.T) {
	for _, args := range [][]string{
		{"--ascii", "--braille"},
		{"--ascii", "--braille", "radar", "--scores", "gouvernance=3"},
	} {
		r := cliRun(t, append([]string{"--db", t.TempDir() + "/x.db"}, args...)...)
		if r.code != 1 || !strings.Contains(r.stderr, "se contredisent") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

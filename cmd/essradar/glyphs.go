package main

import (
	"errors"
	"strings"
)

// glyphChoice is how the radar is drawn and, when essradar chose ASCII by
// itself, why: the interface says it once so the secretary knows --braille.
type glyphChoice struct {
	ASCII bool
	// ReasonKey is the catalogue key of the sentence saying why ASCII was
	// chosen without being asked; "" when the flags decided or braille stays.
	ReasonKey string
}

// chooseGlyphs picks braille unless it is unlikely to show: the legacy
// Windows console (Windows Terminal sets WT_SESSION and has the glyphs), the
// Linux text console (its VGA font has none), or a locale that is not UTF-8
// (braille cannot even be encoded). --ascii and --braille always win. It
// reads only its arguments, so every case is a unit test.
func chooseGlyphs(goos string, getenv func(string) string, asciiFlag, brailleFlag bool) glyphChoice {
	switch {
	case asciiFlag:
		return glyphChoice{ASCII: true}
	case brailleFlag:
		return glyphChoice{}
	case goos == "windows":
		if getenv("WT_SESSION") == "" {
			return glyphChoice{ASCII: true, ReasonKey: "glyphs.windows_console"}
		}
	case getenv("TERM") == "linux":
		return glyphChoice{ASCII: true, ReasonKey: "glyphs.linux_console"}
	case localeNotUTF8(getenv):
		return glyphChoice{ASCII: true, ReasonKey: "glyphs.not_utf8"}
	}
	return glyphChoice{}
}

// localeNotUTF8 reads the character set the way the C library does (LC_ALL,
// then LC_CTYPE, then LANG). No locale at all says nothing about the
// terminal, and today's terminals are UTF-8: braille stays.
func localeNotUTF8(getenv func(string) string) bool {
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := getenv(name); v != "" {
			v = strings.ToLower(v)
			return !strings.Contains(v, "utf-8") && !strings.Contains(v, "utf8")
		}
	}
	return false
}

// glyphs applies the choice to the options every command shares; both
// flags at once is a contradiction said in the secretary's language.
func (g *globals) glyphs(goos string, getenv func(string) string) (glyphChoice, error) {
	if g.ascii && g.braille {
		return glyphChoice{}, errors.New(g.t.T("cli.err.glyph_flags"))
	}
	return chooseGlyphs(goos, getenv, g.ascii, g.braille), nil
}

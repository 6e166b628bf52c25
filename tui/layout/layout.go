// Package layout holds the few ways essradar's screens fit text into cells:
// cut or pad to a width, wrap to a width, and lay a dialog over a screen.
// Every screen uses these so columns line up the same way whatever the
// accents, and a long title never breaks a row.
package layout

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit cuts s to w display columns with an ellipsis and pads it to exactly w,
// so table columns line up whatever the accents.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	if pad := w - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// FitRight is Fit aligned right: numbers and amounts in a column.
func FitRight(s string, w int) string {
	if n := w - ansi.StringWidth(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return Fit(s, w)
}

// Wrap breaks s into lines of at most w columns, at spaces where it can and
// inside a word only when the word alone is wider. Styles in s carry over
// the breaks.
func Wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	// ansi.Wrap lets a line run past w when a lone hyphen follows a space
	// near its end (« Coopération – - Transformation… »): hyphens go through
	// as an ordinary letter, and come back after.
	hidden := strings.Contains(s, "-") && !strings.ContainsRune(s, hyphenStandIn)
	if hidden {
		s = strings.ReplaceAll(s, "-", string(hyphenStandIn))
	}
	// ansi.Wrap breaks at the narrow no-break space that groups thousands
	// (« 1 000 € » split after the 1): it too goes through as a letter.
	narrow := strings.ContainsRune(s, '\u202f') && !strings.ContainsRune(s, narrowStandIn)
	if narrow {
		s = strings.ReplaceAll(s, "\u202f", string(narrowStandIn))
	}
	// French puts a space before « : ; ? ! » » and after « « »: wrapping
	// there left a lone ":" at the start of a line (« Fichier à écrire »
	// then « : »). Those spaces go through as a letter too.
	glued := !strings.ContainsRune(s, gluedSpaceStandIn)
	if glued {
		s = frenchSpaces.Replace(s)
	}
	out := ansi.Wrap(s, w, "")
	if glued {
		out = strings.ReplaceAll(out, string(gluedSpaceStandIn), " ")
	}
	if hidden {
		out = strings.ReplaceAll(out, string(hyphenStandIn), "-")
	}
	if narrow {
		out = strings.ReplaceAll(out, string(narrowStandIn), "\u202f")
	}
	return strings.Split(out, "\n")
}

// gluedSpaceStandIn stands for a space that French typography ties to
// the punctuation next to it while a text is wrapped.
const gluedSpaceStandIn = '\ue002'

var frenchSpaces = strings.NewReplacer(
	" :", "\ue002:", " ;", "\ue002;", " ?", "\ue002?", " !", "\ue002!",
	" »", "\ue002»", "« ", "«\ue002",
)

// narrowStandIn stands for U+202F (narrow no-break space) while a text is
// wrapped, as hyphenStandIn does for "-".
const narrowStandIn = '\ue001'

// hyphenStandIn is a private-use character one column wide that stands for
// "-" while a text is wrapped.
const hyphenStandIn = '\ue000'

// WrapLines wraps s to w columns and keeps at most n lines (all when n is
// 0), the last one ending with an ellipsis when something was left out;
// every line is padded to w.
func WrapLines(s string, w, n int) []string {
	ls := Wrap(s, w)
	if n > 0 && len(ls) > n {
		ls = ls[:n]
		ls[n-1] = ansi.Truncate(ls[n-1], w-1, "") + "…"
	}
	for i, l := range ls {
		ls[i] = Fit(l, w)
	}
	return ls
}

// Overlay draws a dialog centred over a screen of w×h cells.
func Overlay(base, dialog string, w, h int) string {
	dw, dh := lipgloss.Width(dialog), lipgloss.Height(dialog)
	// A layer drawn on a canvas alone ignores its position and blanks the
	// whole canvas: the compositor is what places one over the other.
	c := lipgloss.NewCanvas(w, h)
	c.Compose(lipgloss.NewCompositor(
		lipgloss.NewLayer(base),
		lipgloss.NewLayer(dialog).X(max((w-dw)/2, 0)).Y(max((h-dh)/2, 0)).Z(1),
	))
	return c.Render()
}

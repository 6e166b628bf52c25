package layout

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// No wrapped line is ever wider than asked, hyphens or not, and no word is
// lost or changed.
func TestWrapKeepsToTheWidth(t *testing.T) {
	texts := []string{
		"Pratique de l'ESS 3 - Innovation societale - - Cooperation - - Transformation economique, environnementale et societale -",
		"Pratique de l'ESS 3 · Innovation sociétale – · Coopération – · Co-construction et vie-démocratique",
		"un-très-long-mot-composé-qui-ne-tient-pas-sur-la-ligne-et-doit-être-coupé",
	}
	for _, s := range texts {
		for w := 8; w <= 80; w++ {
			ls := Wrap(s, w)
			for _, l := range ls {
				if ansi.StringWidth(l) > w {
					t.Fatalf("Wrap(%q, %d) gives a line of %d: %q", s, w, ansi.StringWidth(l), l)
				}
			}
			if got, want := strings.Join(strings.Fields(strings.Join(ls, "")), ""), strings.Join(strings.Fields(s), ""); got != want {
				t.Fatalf("Wrap(%q, %d) changed the text: %q", s, w, got)
			}
		}
	}
}

// French spaces before « : ; ? ! » » and after « « » never become a line
// break: at 120 columns the public list's question ended « Fichier à
// écrire » with « : » alone on the next line.
func TestWrapNeverLeavesFrenchPunctuationAlone(t *testing.T) {
	s := "Les initiatives labellisées de la campagne « Budget citoyen 2026 (démonstration) », sans les coordonnées des porteurs, en CSV pour Excel. Fichier à écrire : Supprimer ? Oui ; non !"
	// From 20 columns: the longest tied group, « (démonstration) », », fits.
	for w := 20; w <= 130; w++ {
		ls := Wrap(s, w)
		for i, l := range ls {
			if ansi.StringWidth(l) > w {
				t.Fatalf("Wrap(%d) gives a line of %d: %q", w, ansi.StringWidth(l), l)
			}
			trimmed := strings.TrimSpace(l)
			if strings.HasPrefix(trimmed, ":") || strings.HasPrefix(trimmed, "?") || strings.HasPrefix(trimmed, "»") || strings.HasSuffix(trimmed, "«") {
				t.Fatalf("Wrap(%d) line %d is %q:\n%s", w, i, l, strings.Join(ls, "\n"))
			}
		}
		if got, want := strings.Join(strings.Fields(strings.Join(ls, " ")), " "), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("Wrap(%d) changed the text: %q", w, got)
		}
	}
}

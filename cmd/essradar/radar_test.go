package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"essradar/store"
)

// --width × --height is the whole output: title, chart, legend and the
// proposal wrapped at word boundaries.
func TestRadarFitsItsSize(t *testing.T) {
	scores := "gouvernance=3,lucrativite=2,utilite_sociale=4,ancrage=nc"
	for _, size := range [][2]int{{60, 24}, {40, 20}, {80, 30}, {120, 40}, {30, 22}} {
		for _, extra := range [][]string{nil, {"--ascii"}, {"--categories"}} {
			args := append([]string{"radar", "--scores", scores, "--width", fmt.Sprint(size[0]), "--height", fmt.Sprint(size[1])}, extra...)
			r := cliOK(t, args...)
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			if len(lines) > size[1] {
				t.Errorf("%v: %d lines for --height %d", args, len(lines), size[1])
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%v: line %d is %d wide: %q", args, i+1, w, l)
				}
			}
			if !strings.Contains(r.stdout, "Notes saisies") {
				t.Errorf("%v: title missing:\n%s", args, r.stdout)
			}
			// The proposal is wrapped, never cut: its last words are there.
			if flat := strings.Join(strings.Fields(r.stdout), " "); !strings.Contains(flat, "seuil de 2,5 dépassé de 0,5.") && !strings.Contains(flat, "seuil de 2,5 depasse de 0,5.") {
				t.Errorf("%v: proposal cut:\n%s", args, r.stdout)
			}
		}
	}
	cliFail(t, []string{"radar", "--scores", scores, "--width", "30", "--height", "8"}, "trop petit")
}

// A title is data: a crafted one cannot rename the terminal or write to the
// clipboard.
func TestRadarTitleIsData(t *testing.T) {
	db := cliDemoDB(t)
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	var in store.Initiative
	cs, _ := st.Campaigns()
	for _, c := range cs {
		ins, _ := st.Initiatives(c.ID)
		for _, x := range ins {
			if evs, _ := st.EvaluationsByInitiative(x.ID); len(evs) > 0 {
				in = x
			}
		}
	}
	if in.ID == 0 {
		t.Fatal("the demo has no evaluated initiative")
	}
	in.Title = "Jardin\x1b]2;pwned\x07\x1b]52;c;aGVsbG8=\x07"
	if err := st.PutInitiative(in); err != nil {
		t.Fatal(err)
	}
	st.Close()
	r := cliOK(t, "--db", db, "radar", "--initiative", fmt.Sprint(in.ID), "--width", "60", "--height", "24")
	if strings.ContainsAny(r.stdout, "\x1b\x07") {
		t.Fatalf("control characters reached the terminal: %q", r.stdout)
	}
	// The store dropped the controls when the title was saved (an older
	// file's title is shown as ^[…: TestCommandsShowHostileTextWithoutObeyingIt).
	if !strings.Contains(r.stdout, "Jardin]2;pwned]52;c;aGVsbG8=") {
		t.Errorf("title not shown as text:\n%s", r.stdout)
	}
}

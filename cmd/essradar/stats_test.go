package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"essradar/store"
)

// essradar stats says the demo's figures, campaign by campaign, within the
// width, without colour when not writing to a terminal.
func TestStatsCommand(t *testing.T) {
	db := cliDemoDB(t)
	r := cliOK(t, "--db", db, "stats", "--campaign", "2024")
	words := strings.Join(strings.Fields(r.stdout), " ")
	for _, want := range []string{"Campagne 2024 · Budget citoyen 2024 (démonstration)", "9 initiatives · 2 séances, dont 2 closes",
		"Décisions : 6 labellisées · 1 ajournée · 1 non retenue · 1 retirée", "Moyennes sur 8 évaluations en vigueur",
		"Tendances 2023 → 2026", "Initiatives labellisées par catégorie", "Moyenne par catégorie"} {
		if !strings.Contains(words, want) {
			t.Errorf("stats --campaign 2024 lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\x1b") {
		t.Errorf("colour written to a file or a pipe:\n%q", r.stdout)
	}
	wantWidth(t, r.stdout, 80)

	r = cliOK(t, "--db", db, "stats")
	if !strings.Contains(r.stdout, "Campagne 2026 ·") || !strings.Contains(r.stdout, "17 en attente de décision") {
		t.Errorf("stats without --campaign is not the latest campaign:\n%s", r.stdout)
	}
	wide := cliOK(t, "--db", db, "stats", "--width", "120").stdout
	wantWidth(t, wide, 120)
	if widest(wide) <= 80 {
		t.Errorf("--width 120: the charts stay at 80 columns:\n%s", wide)
	}

	ascii := cliOK(t, "--db", db, "--ascii", "stats").stdout
	for i, l := range strings.Split(ascii, "\n") {
		for _, c := range l {
			if c >= utf8.RuneSelf {
				t.Fatalf("--ascii, line %d holds %q: %q", i+1, c, l)
			}
		}
	}
}

func wantWidth(t *testing.T, out string, w int) {
	t.Helper()
	for i, l := range strings.Split(out, "\n") {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d wide, more than %d: %q", i+1, lw, w, l)
		}
	}
}

func widest(out string) int {
	w := 0
	for _, l := range strings.Split(out, "\n") {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

func TestStatsCommandErrors(t *testing.T) {
	db := cliDemoDB(t)
	cliFail(t, []string{"--db", db, "stats", "--campaign", "1999"}, "1999", "2023, 2024, 2025, 2026")
	cliFail(t, []string{"--db", cliTempDB(t), "stats"}, "aucune campagne", "essradar demo")
	cliFail(t, []string{"--db", db, "stats", "extra"}, "extra")
}

func TestStatsCommandInEnglish(t *testing.T) {
	db := cliDemoDB(t)
	data := store.DefaultTerritories()
	for _, y := range []string{"2023", "2024", "2025", "2026"} {
		data = append(data, "Budget citoyen "+y+" (démonstration)")
	}
	for i, r := range englishRun(t, "--db", db, "stats", "--campaign", "2025") {
		words := strings.Join(strings.Fields(r.stdout), " ")
		for _, want := range []string{"Campaign 2025", "10 initiatives · 2 sessions, 2 closed", "Decisions: 7 labelled · 2 deferred · 1 not retained",
			"Labels by category", "By territory", "Markers, weakest first", "Trends 2023 → 2026"} {
			if !strings.Contains(words, want) {
				t.Errorf("run %d lacks %q:\n%s", i, want, r.stdout)
			}
		}
		noFrench(t, "stats", r.stdout, data...)
	}
	for i, r := range englishRun(t, "--db", db, "stats", "--campaign", "1999") {
		if r.code != 1 || !strings.Contains(r.stderr, "Campaign 1999 does not exist") {
			t.Errorf("run %d: %d %q", i, r.code, r.stderr)
		}
		noFrench(t, "stats error", r.stderr, db)
	}
}

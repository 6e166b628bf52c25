package statistics

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui/i18n"
)

// known is two campaigns whose figures are set by hand: the text must say
// exactly these numbers.
func known() []store.CampaignStats {
	g := scoring.Default()
	means := func(vals ...float64) []scoring.MarkerMean {
		out := scoring.MarkerMeans(g, nil)
		for i := range out {
			out[i].Mean, out[i].Scored = 3, 4
		}
		for i, v := range vals {
			out[i].Mean = v
		}
		out[15].Scored, out[15].Mean = 0, 0 // nobody scored « viabilité »
		return out
	}
	cat := func(p, i, c, t float64) []scoring.CategoryMean {
		return []scoring.CategoryMean{{ID: "pratique", Mean: p, Scored: 4}, {ID: "innovation", Mean: i, Scored: 4},
			{ID: "cooperation", Mean: c, Scored: 4}, {ID: "transformation", Mean: t, Scored: 4}}
	}
	return []store.CampaignStats{
		{Campaign: store.Campaign{ID: "2025", Name: "Budget citoyen 2025"}, Grid: g, Initiatives: 6,
			Outcomes:    store.OutcomeCounts{Labelled: 3, Deferred: 1, NotRetained: 1, Withdrawn: 1},
			Labelled:    labels(2, 0, 1, 0),
			Territories: []store.TerritoryCount{territory("Arrageois", 4, 2), territory("Calaisis", 2, 1)}, Sessions: 2, Closed: 2,
			Evaluated: 5, MarkerMeans: means(2.5), CategoryMeans: cat(2.5, 1.5, 2, math.NaN())},
		{Campaign: store.Campaign{ID: "2026", Name: "Budget citoyen 2026\x1b[31m"}, Grid: g, Initiatives: 9,
			Outcomes:    store.OutcomeCounts{Labelled: 4, Deferred: 2, NotRetained: 1, Pending: 2},
			Labelled:    labels(1, 1, 2, 0),
			Territories: []store.TerritoryCount{territory("Lens-Liévin", 5, 3), territory("Boulonnais", 4, 1)}, Sessions: 3, Closed: 1,
			Evaluated: 7, MarkerMeans: means(3.5, 1.25, 2), CategoryMeans: cat(2.75, 2, 2.5, 1.75)},
	}
}

func labels(p, i, c, t int) []store.CategoryCount {
	return []store.CategoryCount{{ID: "pratique", N: p}, {ID: "innovation", N: i}, {ID: "cooperation", N: c}, {ID: "transformation", N: t}}
}

func territory(name string, initiatives, labelled int) store.TerritoryCount {
	return store.TerritoryCount{Name: name, Initiatives: initiatives, Labelled: labelled}
}

func plain(t *i18n.Catalogue, all []store.CampaignStats, sel int, o Options) string {
	return strings.Join(Render(t, all, sel, o), "\n")
}

func TestRenderSaysTheKnownFigures(t *testing.T) {
	fr := i18n.New(i18n.FR)
	all := known()
	for _, w := range []int{80, 120} {
		text := plain(fr, all, 1, Options{Width: w, ChartHeight: 8})
		// Long sentences wrap at 80 columns: compare words.
		words := strings.Join(strings.Fields(text), " ")
		if !strings.Contains(text, "Coopération      2  ██") {
			t.Errorf("width %d: no bar of 2 labels for Coopération:\n%s", w, text)
		}
		for _, want := range []string{
			"Campagne 2026 · Budget citoyen 2026",
			"9 initiatives · 3 séances, dont 1 close",
			"Décisions : 4 labellisées · 2 ajournées · 1 non retenue · 2 en attente de décision",
			"Lens-Liévin", "Moyennes sur 7 évaluations en vigueur", "« non concerné » n'entrent pas",
			"Tendances 2025 → 2026", "Initiatives labellisées par catégorie", "Moyenne par catégorie",
			"─ Pratique", "• Innovation", "+ Coopération", "× Transformation",
		} {
			if !strings.Contains(words, want) {
				t.Errorf("width %d: lacks %q:\n%s", w, want, text)
			}
		}
		if strings.Contains(text, "\x1b") {
			t.Errorf("width %d: escape sequences without colour (the campaign name is data):\n%q", w, text)
		}
		for i, l := range strings.Split(text, "\n") {
			if lw := ansi.StringWidth(l); lw > w {
				t.Errorf("width %d: line %d is %d wide: %q", w, i+1, lw, l)
			}
		}
		territory := lineWith(text, "Lens-Liévin")
		if f := strings.Fields(territory); len(f) < 3 || f[len(f)-2] != "5" || f[len(f)-1] != "3" {
			t.Errorf("width %d: territory row %q, want 5 initiatives and 3 labels", w, territory)
		}
	}
	text := plain(fr, all, 1, Options{Width: 80, ChartHeight: 8})
	// Weakest first: lucrativité (1,25), utilité sociale (2), then the
	// markers at 3; « viabilité », never scored, comes last.
	order := []string{"Lucrativité limitée", "Utilité sociale", "Gouvernance", "Viabilité"}
	last := -1
	for _, name := range order {
		i := strings.Index(text, "  "+name)
		if i < last {
			t.Errorf("%s is out of the weakest-first order:\n%s", name, text)
		}
		last = i
	}
	if !strings.Contains(lineWith(text, "  Lucrativité limitée"), "1,25") || !strings.Contains(lineWith(text, "  Viabilité"), "non noté") {
		t.Errorf("marker rows:\n%s", text)
	}
	// The years are written under the chart's axis.
	years := lineWith(text, "2025 ")
	if !strings.Contains(years, "2026") {
		t.Errorf("no year line under the charts:\n%s", text)
	}
}

func lineWith(text, s string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestRenderTheOtherCampaignAndInEnglish(t *testing.T) {
	all := known()
	text := plain(i18n.New(i18n.EN), all, 0, Options{Width: 80, ChartHeight: 6})
	for _, want := range []string{"Campaign 2025 · Budget citoyen 2025", "6 initiatives · 2 sessions, 2 closed",
		"Decisions: 3 labelled · 1 deferred · 1 not retained · 1 withdrawn", "Means over 5 evaluations in force",
		"Trends 2025 → 2026", "Labelled initiatives by category"} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
}

func TestOneCampaignHasNoTrend(t *testing.T) {
	text := plain(i18n.New(i18n.FR), known()[1:], 0, Options{Width: 80, ChartHeight: 8})
	if !strings.Contains(text, "Les tendances demandent au moins deux campagnes.") || strings.Contains(text, "┤") {
		t.Errorf("a single campaign draws no chart:\n%s", text)
	}
	if text := plain(i18n.New(i18n.FR), nil, 0, Options{Width: 80}); !strings.Contains(text, "Aucune campagne") {
		t.Errorf("no campaign: %q", text)
	}
}

func TestColourAndASCII(t *testing.T) {
	all := known()
	coloured := plain(i18n.New(i18n.FR), all, 1, Options{Width: 80, ChartHeight: 8, Colour: true})
	if !strings.Contains(coloured, "\x1b[") {
		t.Error("with colour the series are coloured")
	}
	ascii := plain(i18n.New(i18n.FR), all, 1, Options{Width: 80, ChartHeight: 8, ASCII: true})
	for _, box := range []string{"┤", "┼", "└", "─", "█", "•", "×"} {
		if strings.Contains(ascii, box) {
			t.Errorf("ASCII output holds %q:\n%s", box, ascii)
		}
	}
	if !strings.Contains(ascii, "* Pratique") || !strings.Contains(ascii, "o Innovation") {
		t.Errorf("ASCII legend:\n%s", ascii)
	}
}

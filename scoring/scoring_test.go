package scoring

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDefaultGridMatchesDesign(t *testing.T) {
	g := Default()
	if g.ID != "ess-defaut" || g.Version != 2 {
		t.Fatalf("identity = %s v%d", g.ID, g.Version)
	}
	if len(g.Categories) != 4 || len(g.Markers()) != 16 {
		t.Fatalf("want 4 categories and 16 markers, got %d and %d", len(g.Categories), len(g.Markers()))
	}
	if g.Threshold != 2.5 || g.TieMargin != 0.25 || g.Scale.Max != 4 {
		t.Fatalf("rules = %v %v %v", g.Threshold, g.TieMargin, g.Scale.Max)
	}
	if g.LevelName(3) != "Affirmé" || g.LevelName(NotApplicable) != "Non concerné" {
		t.Fatalf("level names: %q %q", g.LevelName(3), g.LevelName(NotApplicable))
	}
}

func scoreAll(g *Grid, byCat map[string][]int) Scores {
	s := Scores{}
	for _, c := range g.Categories {
		for i, m := range c.Markers {
			if vals, ok := byCat[c.ID]; ok && i < len(vals) {
				s[m.ID] = vals[i]
			}
		}
	}
	return s
}

func TestCategoryMeanLeavesOutNotApplicable(t *testing.T) {
	g := Default()
	s := scoreAll(g, map[string][]int{"pratique": {4, NotApplicable, 2, 3}})
	cs := g.CategoryScores(s)[0]
	if cs.Mean != 3 || cs.Scored != 3 || cs.NA != 1 {
		t.Fatalf("got %+v, want mean 3 over 3 markers", cs)
	}
	if g.CategoryScores(s)[1].HasScore() {
		t.Fatal("a category with nothing scored has no score")
	}
}

func TestProposalLabelWithExplanation(t *testing.T) {
	g := Default()
	s := scoreAll(g, map[string][]int{
		"pratique":       {3, 3, 3, 2}, // 2,75
		"innovation":     {1, 2, 2, 1},
		"cooperation":    {4, 3, 3, 3}, // 3,25
		"transformation": {2, 2, 1, 2},
	})
	p := g.Propose(s)
	if p.Kind != ProposeLabel || len(p.Categories) != 1 || p.Categories[0] != "cooperation" || p.Provisional {
		t.Fatalf("got %+v", p)
	}
	// The sentence is written by tui/i18n (proposal_test.go); here, its data.
	if len(p.Ranked) != 4 || p.Ranked[0].ID != "cooperation" || p.Ranked[1].ID != "pratique" || p.Margin != 0.75 {
		t.Fatalf("ranked %+v, margin %v", p.Ranked, p.Margin)
	}
}

func TestProposalBoundaries(t *testing.T) {
	g := Default()
	// Mean exactly 2,5 reaches the threshold.
	s := scoreAll(g, map[string][]int{"pratique": {2, 3, 2, 3}, "innovation": {0, 0, 0, 0}, "cooperation": {0, 0, 0, 0}, "transformation": {0, 0, 0, 0}})
	if p := g.Propose(s); p.Kind != ProposeLabel || p.Categories[0] != "pratique" || p.Margin != 0 {
		t.Fatalf("a score equal to the threshold must reach it: %+v", p)
	}
	// Gap exactly 0,25 is ex aequo: 3 and 2,75.
	s = scoreAll(g, map[string][]int{"pratique": {3, 3, 3, 3}, "innovation": {3, 3, 3, 2}, "cooperation": {0, 0, 0, 0}, "transformation": {0, 0, 0, 0}})
	p := g.Propose(s)
	if !p.ExAequo() || p.Categories[0] != "pratique" || p.Categories[1] != "innovation" {
		t.Fatalf("a gap equal to the tie margin must be ex aequo: %+v", p)
	}
	if p.TieGap != 0.25 {
		t.Fatalf("tie gap %v, want 0,25", p.TieGap)
	}
	// Equal means read as a tie, not as "0 apart".
	s = scoreAll(g, map[string][]int{"pratique": {3, 3, 3, 3}, "innovation": {3, 3, 3, 3}, "cooperation": {0, 0, 0, 0}, "transformation": {0, 0, 0, 0}})
	if p := g.Propose(s); !p.ExAequo() || p.TieGap != 0 {
		t.Fatalf("equal means: %+v", p)
	}
	// Gap 0,5 is not.
	s = scoreAll(g, map[string][]int{"pratique": {3, 3, 3, 3}, "innovation": {3, 3, 2, 2}, "cooperation": {0, 0, 0, 0}, "transformation": {0, 0, 0, 0}})
	if p := g.Propose(s); p.ExAequo() {
		t.Fatalf("gap 0,5 is not a tie: %+v", p)
	}
	// An ex aequo partner must reach the threshold itself.
	g2 := Default()
	g2.TieMargin = 1
	s = scoreAll(g2, map[string][]int{"pratique": {3, 3, 3, 3}, "innovation": {2, 2, 2, 2}})
	if p := g2.Propose(s); p.ExAequo() {
		t.Fatalf("a category under the threshold is never proposed: %+v", p)
	}
}

func TestProposalDeferralNamesWeakestMarkers(t *testing.T) {
	g := Default()
	s := scoreAll(g, map[string][]int{
		"pratique":       {2, 2, 3, 2},
		"innovation":     {1, 2, 0, 1},
		"cooperation":    {2, 2, 2, 2},
		"transformation": {2, 2, 1, 2},
	})
	p := g.Propose(s)
	if p.Kind != ProposeDeferral {
		t.Fatalf("got %+v", p)
	}
	want := []string{"participation", "besoin", "essaimage"}
	if strings.Join(p.Weakest, ",") != strings.Join(want, ",") {
		t.Fatalf("weakest = %v, want %v", p.Weakest, want)
	}
	if len(p.WeakestScores) != 3 || p.WeakestScores[0] != (MarkerScore{"participation", 0}) || p.WeakestScores[2] != (MarkerScore{"essaimage", 1}) {
		t.Fatalf("weakest scores: %v", p.WeakestScores)
	}
	if p.Margin >= 0 {
		t.Fatalf("a deferral is under the threshold: margin %v", p.Margin)
	}
}

func TestProvisionalAndNone(t *testing.T) {
	g := Default()
	if p := g.Propose(Scores{}); p.Kind != ProposeNone || p.Provisional != true {
		t.Fatalf("empty scores: %+v", p)
	}
	p := g.Propose(Scores{"gouvernance": 4, "lucrativite": 3})
	if p.Kind != ProposeLabel || !p.Provisional || p.Unscored != 14 {
		t.Fatalf("partial scores: %+v", p)
	}
}

func randomScores(r *rand.Rand, g *Grid) Scores {
	s := Scores{}
	for _, m := range g.Markers() {
		switch x := r.IntN(7); {
		case x == 5:
			s[m.Marker.ID] = NotApplicable
		case x == 6:
			// left unscored
		default:
			s[m.Marker.ID] = x
		}
	}
	return s
}

func TestPropertyRaisingAMarkerNeverLowersItsCategory(t *testing.T) {
	g := Default()
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 5000; n++ {
		s := randomScores(r, g)
		refs := g.Markers()
		ref := refs[r.IntN(len(refs))]
		v, ok := s[ref.Marker.ID]
		if !ok || v == NotApplicable || v == g.Scale.Max {
			continue
		}
		before := g.CategoryScores(s)[ref.Category].Mean
		up := s.Clone()
		up[ref.Marker.ID] = v + 1 + r.IntN(g.Scale.Max-v)
		after := g.CategoryScores(up)[ref.Category].Mean
		if after < before {
			t.Fatalf("raising %s from %d to %d lowered the mean %v → %v (%v)", ref.Marker.ID, v, up[ref.Marker.ID], before, after, s)
		}
	}
}

// shuffled returns a copy of g with the markers of every category, and the
// categories themselves, in another order.
func shuffled(r *rand.Rand, g *Grid) *Grid {
	c := *g
	c.Categories = append([]Category(nil), g.Categories...)
	for i := range c.Categories {
		c.Categories[i].Markers = append([]Marker(nil), c.Categories[i].Markers...)
		r.Shuffle(len(c.Categories[i].Markers), func(a, b int) {
			c.Categories[i].Markers[a], c.Categories[i].Markers[b] = c.Categories[i].Markers[b], c.Categories[i].Markers[a]
		})
	}
	r.Shuffle(len(c.Categories), func(a, b int) { c.Categories[a], c.Categories[b] = c.Categories[b], c.Categories[a] })
	return &c
}

func TestPropertyProposalIgnoresListingOrder(t *testing.T) {
	g := Default()
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 3000; n++ {
		s := randomScores(r, g)
		a := g.Propose(s)
		b := shuffled(r, g).Propose(s)
		if a.Kind != b.Kind || strings.Join(a.Categories, ",") != strings.Join(b.Categories, ",") ||
			strings.Join(a.Weakest, ",") != strings.Join(b.Weakest, ",") || a.Provisional != b.Provisional {
			t.Fatalf("order changed the proposal for %v:\n%+v\n%+v", s, a, b)
		}
	}
}

func TestValidateScores(t *testing.T) {
	g := Default()
	if err := g.ValidateScores(Scores{"gouvernance": 4, "utilite_sociale": NotApplicable}); err != nil {
		t.Fatal(err)
	}
	if err := g.ValidateScores(Scores{"gouvernanse": 2}); err == nil || !strings.Contains(err.Error(), "« gouvernanse » n'existe pas") {
		t.Fatalf("unknown marker: %v", err)
	}
	if err := g.ValidateScores(Scores{"gouvernance": 5}); err == nil || !strings.Contains(err.Error(), "hors de l'échelle") {
		t.Fatalf("off the scale: %v", err)
	}
}

func TestFormatScore(t *testing.T) {
	for v, want := range map[float64]string{3: "3", 2.5: "2,5", 2.75: "2,75", 3.333333: "3,33", 0: "0"} {
		if got := FormatScore(v); got != want {
			t.Errorf("FormatScore(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestParseErrorsNameLineAndField(t *testing.T) {
	src := string(DefaultSource())
	cases := []struct {
		name, from, to, want string
		line                 int
	}{
		{"duplicate marker", `id = "nouveaute"`, `id = "besoin"`, "l'identifiant « besoin » est déjà utilisé", lineOf(src, `id = "nouveaute"`)},
		{"threshold off scale", "threshold = 2.5", "threshold = 5", "le seuil 5 doit être compris dans l'échelle", lineOf(src, "threshold = 2.5")},
		{"missing level", `levels = ["Absent", "Émergent", "Partiel", "Affirmé", "Exemplaire"]`, `levels = ["Absent", "Émergent", "Partiel", "Affirmé"]`, "il faut un nom par niveau : 5 attendus", lineOf(src, `levels = ["Absent"`)},
		{"typo in a key", `  question = "Le projet s'appuie`, `  questoin = "Le projet s'appuie`, "champ inconnu", lineOf(src, `  question = "Le projet s'appuie`)},
		{"toml syntax", `short = "Coopération"`, `short = "Coopération`, "syntaxe TOML invalide", lineOf(src, `short = "Coopération"`)},
		{"bad id", `id = "pratique"`, `id = "Pratique ESS"`, "n'est pas un identifiant valide", lineOf(src, `id = "pratique"`)},
		{"empty question", `question = "Quelle place l'entraide`, `question = "`, "la question guide est obligatoire", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bad := strings.Replace(src, c.from, c.to, 1)
			if c.name == "empty question" {
				i := strings.Index(src, `question = "Quelle place l'entraide`)
				j := i + strings.Index(src[i:], "\n")
				bad = src[:i] + `question = ""` + src[j:]
				c.line = lineOf(src, `question = "Quelle place l'entraide`)
			}
			_, err := Parse([]byte(bad))
			var ge *GridError
			if !errors.As(err, &ge) {
				t.Fatalf("want a GridError, got %v", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q does not say %q", err, c.want)
			}
			if ge.Line != c.line {
				t.Fatalf("error %q at line %d, want line %d", err, ge.Line, c.line)
			}
		})
	}
}

func lineOf(src, needle string) int {
	i := strings.Index(src, needle)
	if i < 0 {
		return -1
	}
	return strings.Count(src[:i], "\n") + 1
}

func TestLabelsInLanguage(t *testing.T) {
	g := Default()
	if got := g.CategoryLabel("cooperation", LangEN); got == "" || got == "Coopération" {
		t.Fatalf("English category label: %q", got)
	}
	if got := g.CategoryLabel("cooperation", LangFR); got != "Coopération" {
		t.Fatalf("French category label: %q", got)
	}
	if got := g.LevelNameIn(3, LangEN); got != "Established" {
		t.Fatalf("English level: %q", got)
	}
	// A grid without English falls back to French.
	c := *g
	c.Categories = append([]Category(nil), g.Categories...)
	if got := c.MarkerShortLabel("lucrativite", LangEN); got != "Limited profit" {
		t.Fatalf("English short marker label: %q", got)
	}
	c.Categories[0].LabelEN, c.Categories[0].ShortEN = "", ""
	c.Categories[0].Markers = append([]Marker(nil), g.Categories[0].Markers...)
	c.Categories[0].Markers[0].LabelEN, c.Categories[0].Markers[0].ShortEN = "", ""
	c.Scale.LevelsEN = nil
	if got := c.CategoryLabel(c.Categories[0].ID, LangEN); got != c.Categories[0].Label {
		t.Fatalf("fallback category: %q", got)
	}
	m := c.Categories[0].Markers[0]
	if got := c.MarkerShortLabel(m.ID, LangEN); got != m.ShortLabel() {
		t.Fatalf("fallback marker: %q", got)
	}
	if got := c.LevelNameIn(3, LangEN); got != "Affirmé" {
		t.Fatalf("fallback level: %q", got)
	}
}

package scoring

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/store"
)

// withCategoryCeiling gives the demo campaign a grid whose category
// "innovation" has a grant ceiling of 1 000 €, under every demo amount.
func withCategoryCeiling(t *testing.T, s *store.Store) {
	t.Helper()
	src := strings.Replace(string(scoring.DefaultSource()), "version = 2", "version = 3", 1)
	src = strings.Replace(src, "id = \"innovation\"\n", "id = \"innovation\"\ngrant_ceiling = 1000\n", 1)
	g, err := scoring.Parse([]byte(src))
	if err != nil || g.GrantCeilingCents("innovation") != 1000_00 {
		t.Fatalf("grid with a ceiling: %v", err)
	}
	if err := s.PutGrid(g.Ref(), []byte(src)); err != nil {
		t.Fatal(err)
	}
	cs, err := s.Campaigns()
	if err != nil || len(cs) == 0 {
		t.Fatalf("campaigns: %v", err)
	}
	c := cs[0] // the demo's open campaign is its latest year
	for _, x := range cs {
		if x.ID > c.ID {
			c = x
		}
	}
	c.Grid = g.Ref()
	if err := s.PutCampaign(c); err != nil {
		t.Fatal(err)
	}
}

// Labelling in a category whose grant ceiling the amount exceeds is
// warned of beside the choice; enter says it once more and a second enter
// labels anyway. Another category, under the campaign's ceiling, is not.
func TestLabellingAboveTheCategoryCeilingWarns(t *testing.T) {
	s, ctx := demoContext(t)
	withCategoryCeiling(t, s)
	scr := openItem(t, ctx, 2, 120, 40)
	m := scr.S.(*Model)
	amount := m.initiative().AmountCents
	if c := m.b.Campaign.GrantCeilingCents; amount <= 1000_00 || (c > 0 && amount > c) {
		t.Fatalf("the demo item asks %d cents; the test wants it between the two ceilings", amount)
	}
	scr.Press("d")
	d := m.decision
	for d.choices[d.choice] != (decisionChoice{store.OutcomeLabelled, "innovation"}) {
		scr.Press("down")
	}
	if v := dialogText(d); !strings.Contains(v, "Au-dessus du plafond de la catégorie Innovation : 20 000 € pour 1 000 €.") {
		t.Fatalf("no warning beside the choice:\n%s", scr.Plain())
	}
	scr.Press("tab")
	scr.Type("Projet solide malgré les manques")
	scr.Press("enter")
	if v := dialogText(d); !strings.Contains(v, "Entrée de nouveau pour labelliser quand même.") {
		t.Fatalf("enter labels above the ceiling without a word:\n%s", scr.Plain())
	}
	if ev, _, _ := s.Evaluation(2, m.ev.InitiativeID); ev.Decision != nil {
		t.Fatal("decided at the first enter")
	}
	scr.Press("enter")
	ev, _, err := s.Evaluation(2, m.ev.InitiativeID)
	if err != nil || ev.Decision == nil || ev.Decision.Category != "innovation" {
		t.Fatalf("the second enter labels anyway: %+v %v\n%s", ev.Decision, err, scr.Plain())
	}
}

func TestLabellingUnderTheCeilingSaysNothing(t *testing.T) {
	s, ctx := demoContext(t)
	withCategoryCeiling(t, s)
	scr := openItem(t, ctx, 2, 120, 40)
	m := scr.S.(*Model)
	scr.Press("d")
	d := m.decision
	for d.choices[d.choice] != (decisionChoice{store.OutcomeLabelled, "pratique"}) {
		scr.Press("down")
	}
	if v := flat(scr.Plain()); strings.Contains(v, "plafond") {
		t.Fatalf("a warning under the campaign's ceiling:\n%s", scr.Plain())
	}
	scr.Press("tab")
	scr.Type("Projet solide malgré les manques")
	scr.Press("enter")
	if ev, _, _ := s.Evaluation(2, m.ev.InitiativeID); ev.Decision == nil || ev.Decision.Category != "pratique" {
		t.Fatalf("one enter labels under the ceiling: %+v\n%s", ev.Decision, scr.Plain())
	}
}

// dialogText is the dialog's words on one line, its frame left out.
func dialogText(d *decisionDialog) string {
	return flat(strings.NewReplacer("\u202f", " ", "│", " ").Replace(ansi.Strip(d.View())))
}

// At 80x24 the dialog with both warnings, unscored markers and the
// ceiling, is whole: its frame's bottom is on screen, before and after the
// first enter.
func TestTheCeilingWarningFitsAt80x24(t *testing.T) {
	s, ctx := demoContext(t)
	withCategoryCeiling(t, s)
	scr := openItem(t, ctx, 2, 80, 23) // the root keeps the last row for its help
	m := scr.S.(*Model)
	scr.Press("d")
	d := m.decision
	for d.choices[d.choice] != (decisionChoice{store.OutcomeLabelled, "innovation"}) {
		scr.Press("down")
	}
	scr.Press("tab")
	scr.Type("Le reste sera vu en visite")
	for _, when := range []string{"before enter", "after enter"} {
		if v := scr.Plain(); !strings.Contains(v, "╯") || !strings.Contains(dialogText(d), "plafond") {
			t.Fatalf("%s: the dialog is cut or says nothing of the ceiling:\n%s", when, v)
		}
		scr.Fits(80, 23, "the decision dialog "+when)
		scr.Press("enter")
	}
}

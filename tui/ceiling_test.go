package tui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/tui/nav"
)

// An initiative labelled in a category whose grid gives it a grant ceiling
// is checked against that ceiling, not the campaign's: 12 000 € passes the
// campaign's 20 000 € but not Coopération's 5 000 €.
func TestAnAmountAboveItsCategoryCeilingIsAskedAbout(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 40)
	src := strings.Replace(string(scoring.DefaultSource()), "version = 2", "version = 3", 1)
	src = strings.Replace(src, "id = \"cooperation\"\n", "id = \"cooperation\"\ngrant_ceiling = 5000\n", 1)
	g, err := scoring.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutGrid(g.Ref(), []byte(src)); err != nil {
		t.Fatal(err)
	}
	c, err := s.Campaign("2026")
	if err != nil {
		t.Fatal(err)
	}
	c.Grid, c.GrantCeilingCents = g.Ref(), 20_000_00
	if err := s.PutCampaign(c); err != nil {
		t.Fatal(err)
	}
	in, _, err := s.InitiativeAndCampaign(1)
	if err != nil || in.Category != "cooperation" {
		t.Fatalf("the demo's first initiative should be labelled Coopération: %q %v", in.Category, err)
	}
	drive(t, a, nav.EditInitiative{ID: 1})
	for range 5 {
		drive(t, a, press("enter")) // title, holder, legal form, territory, commune
	}
	for range 12 {
		drive(t, a, press("backspace"))
	}
	typeKeys(t, a, "12 000")
	for range 5 {
		drive(t, a, press("enter")) // amount, contact, e-mail, phone, summary
	}
	v := view(a)
	// Wrapped on the screen: compared word by word, every space one space.
	if !strings.Contains(strings.Join(strings.Fields(ansi.Strip(v)), " "), "Le montant demandé (12 000 €) dépasse le plafond des subventions de la catégorie « Coopération » (5 000 €).") {
		t.Fatalf("the amount is asked about against the category's ceiling:\n%s", v)
	}
}

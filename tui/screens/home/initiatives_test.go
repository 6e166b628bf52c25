package home

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// App drives the home screen alone, as the root would: navigation messages
// it sends are recorded, not followed.
type App struct {
	ctx    *context.Context
	screen nav.Screen
	navs   []tea.Msg
}

func (a *App) Update(msg tea.Msg) (*App, tea.Cmd) {
	switch msg.(type) {
	case nav.OpenInitiative, nav.EditInitiative, nav.OpenSession, nav.PrepareSession, nav.OpenMembers,
		nav.ImportCSV, nav.CampaignSettings, nav.NewCampaign:
		a.navs = append(a.navs, msg)
		return a, nil
	}
	var cmd tea.Cmd
	a.screen, cmd = a.screen.Update(msg)
	return a, cmd
}

func (a *App) View() string { return a.screen.View() }

// shortHelp is the screen's keys for the help line, most important first.
func shortHelp(a *App) string {
	var keys []string
	for _, b := range a.screen.Help().ShortHelp() {
		keys = append(keys, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(keys, " • ")
}

// fullHelp is every key the screen offers.
func fullHelp(a *App) string {
	var keys []string
	for _, col := range a.screen.Help().FullHelp() {
		for _, b := range col {
			keys = append(keys, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return strings.Join(keys, " • ")
}

func view(a *App) string { return a.View() }

func drive(t testing.TB, a *App, msg tea.Msg) {
	t.Helper()
	tuitest.Drive(t, func(m tea.Msg) tea.Cmd { _, c := a.Update(m); return c }, msg)
}

func press(s string) tea.KeyPressMsg { return tuitest.Press(s) }

func runCmd(cmd tea.Cmd) []tea.Msg { return tuitest.Run(cmd) }

func typeKeys(t testing.TB, a *App, s string) {
	t.Helper()
	for _, r := range s {
		drive(t, a, press(string(r)))
	}
}

// newApp shows the home screen on s, at w×h (the root keeps a line for its
// help).
func newApp(t testing.TB, s *store.Store, w, h int) *App {
	t.Helper()
	ctx := context.New(s, i18n.FR)
	a := &App{ctx: ctx, screen: New(ctx)}
	a.screen.SetSize(w, h-1)
	for _, m := range runCmd(a.screen.Init()) {
		drive(t, a, m)
	}
	return a
}

// demoHome opens the demo on the home screen's Initiatives tab.
func demoHome(t *testing.T, w, h int) (*App, *store.Store) {
	t.Helper()
	s := tuitest.DemoStore(t)
	return newApp(t, s, w, h), s
}

// plain is the screen without colours.
func plain(a *App) string { return ansi.Strip(view(a)) }

func homeTable(t *testing.T, a *App) *initiativesTable {
	t.Helper()
	h, ok := a.screen.(*Model)
	if !ok {
		t.Fatalf("not on the home screen but %T:\n%s", a.screen, plain(a))
	}
	return h.table
}

// visibleTitles lists the titles the filters let through, in table order.
func visibleTitles(tb *initiativesTable) []string {
	var out []string
	for _, i := range tb.visible {
		out = append(out, tb.data.rows[i].title)
	}
	return out
}

func TestInitiativesFilterAsYouTypeIgnoresCaseAndAccents(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	tb := homeTable(t, a)
	drive(t, a, press("/"))
	if !a.screen.Capturing() {
		t.Fatal("the filter field must capture the keys")
	}
	typeKeys(t, a, "eco")
	got := visibleTitles(tb)
	want := []string{"Écomusée de la mémoire minière", "Auto-école sociale"}
	if !slices.Equal(got, want) {
		t.Fatalf("eco finds %q, want %q", got, want)
	}
	v := plain(a)
	for _, s := range []string{"Écomusée de la mémoire", "2 / 24", "/ eco"} {
		if !strings.Contains(v, s) {
			t.Errorf("view lacks %q:\n%s", s, v)
		}
	}
	// Not across words: "conserverie coopérative" has no "eco".
	for _, s := range []string{"Épicerie solidaire", "Conserverie", "Œuvre commune"} {
		if strings.Contains(v, s) {
			t.Errorf("%q must be filtered out:\n%s", s, v)
		}
	}

	// enter keeps the filter and gives the keys back to the list.
	drive(t, a, press("enter"))
	if a.screen.Capturing() || len(tb.visible) != 2 {
		t.Fatalf("enter must keep the filter (%d rows) and stop capturing", len(tb.visible))
	}
	if v := flat(plain(a)); !strings.Contains(v, "texte : « eco »") {
		t.Errorf("the kept filter must be shown:\n%s", v)
	}
	// / again edits the same query; esc clears it.
	drive(t, a, press("/"))
	drive(t, a, press("esc"))
	if tb.query != "" || len(tb.visible) != 24 || a.screen.Capturing() {
		t.Fatalf("esc must clear and close the filter: query %q, %d rows", tb.query, len(tb.visible))
	}

	cases := map[string][]string{
		"ECOMUSÉE": {"Écomusée de la mémoire minière"},
		"oeuvre":   {"Œuvre commune : fresque participative"},
		"œuvre":    {"Œuvre commune : fresque participative"},
		"gueules":  {"Écomusée de la mémoire minière"}, // holder
		"lievin":   {"Écomusée de la mémoire minière"}, // commune (the territory is not searched)
		"saint om": {"Maraîchage d'insertion du marais"},
		"zzz":      nil,
	}
	for q, want := range cases {
		drive(t, a, press("/"))
		typeKeys(t, a, q)
		if got := visibleTitles(tb); !slices.Equal(got, want) {
			t.Errorf("%q finds %q, want %q", q, got, want)
		}
		if want == nil && !strings.Contains(plain(a), "Aucune initiative ne correspond") {
			t.Errorf("no match must say so:\n%s", plain(a))
		}
		drive(t, a, press("esc"))
	}
}

func TestInitiativesFilterTakesQAndQuestionMark(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	drive(t, a, press("/"))
	_, cmd := a.Update(press("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q while filtering must type, not quit")
		}
	}
	typeKeys(t, a, "?")
	if got := homeTable(t, a).input.Value(); got != "q?" {
		t.Fatalf("the field holds %q", got)
	}
	if !a.screen.Capturing() {
		t.Fatal("while filtering the screen must take q and ? as text, not leave them to the root")
	}
}

func TestInitiativesTerritoryAndStateFilters(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	tb := homeTable(t, a)
	drive(t, a, press("t"))
	if got := visibleTitles(tb); len(got) != 3 || got[0] != "Épicerie solidaire des Blancs-Monts" {
		t.Fatalf("t → Arrageois gives %q", got)
	}
	if v := plain(a); !strings.Contains(v, "3 / 24 · territoire : Arrageois") {
		t.Errorf("the status line must show the territory:\n%s", v)
	}
	drive(t, a, press("t"))
	for _, i := range tb.visible {
		if tb.data.rows[i].territory != "Artois" {
			t.Fatalf("Artois shows %q", tb.data.rows[i].territory)
		}
	}
	// The state on top of the territory: Boulonnais has 3 labelled.
	typeKeys(t, a, "tt")
	drive(t, a, press("e")) // déposée
	if len(tb.visible) != 0 {
		t.Fatalf("Boulonnais has no submitted initiative, got %q", visibleTitles(tb))
	}
	drive(t, a, press("e")) // labellisée
	if len(tb.visible) != 3 || !strings.Contains(plain(a), "3 / 24 · territoire : Boulonnais · état : labellisée") {
		t.Fatalf("Boulonnais labelled: %q\n%s", visibleTitles(tb), plain(a))
	}
	// Cycling comes back to "all".
	for range len(tb.data.territories) - 3 {
		drive(t, a, press("t"))
	}
	if tb.terr != -1 || len(tb.visible) != 5 {
		t.Fatalf("after a full cycle: territory %d, %d rows (want every labelled: 5)", tb.terr, len(tb.visible))
	}
	drive(t, a, press("esc"))
	if len(tb.visible) != 24 || tb.filtersActive() {
		t.Fatalf("esc must clear every filter, %d rows", len(tb.visible))
	}
}

func TestInitiativesSortAndReverse(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	tb := homeTable(t, a)
	if !strings.Contains(plain(a), "N° ▲") {
		t.Fatalf("the default sort is by number:\n%s", plain(a))
	}
	folded := func() []string {
		var out []string
		for _, i := range tb.visible {
			out = append(out, i18n.Fold(tb.data.rows[i].title))
		}
		return out
	}
	drive(t, a, press("s"))
	if got := folded(); !slices.IsSorted(got) {
		t.Fatalf("s must sort by title: %q", got)
	}
	if got := visibleTitles(tb)[0]; got != "Atelier vélo participatif" {
		t.Errorf("first by title: %q", got)
	}
	if !strings.Contains(plain(a), "Titre ▲") {
		t.Errorf("the header shows the sort:\n%s", plain(a))
	}
	drive(t, a, press("S"))
	got := folded()
	slices.Reverse(got)
	if !slices.IsSorted(got) || !strings.Contains(plain(a), "Titre ▼") {
		t.Fatalf("S must reverse: %q\n%s", folded(), plain(a))
	}
	// Reverse order still filters: the filter keeps the sort.
	drive(t, a, press("/"))
	typeKeys(t, a, "solidaire")
	drive(t, a, press("enter"))
	// "solidaire" is in two titles and in a holder, "SCIC Filets Solidaires".
	if got := visibleTitles(tb); !slices.Equal(got, []string{"Pêche durable et vente directe", "Friperie solidaire", "Épicerie solidaire des Blancs-Monts"}) {
		t.Errorf("filtered, title descending: %q", got)
	}
	drive(t, a, press("esc"))
	// Territory, holder, state, then back to the number.
	drive(t, a, press("s"))
	if !strings.Contains(plain(a), "Territoire ▲") {
		t.Errorf("third sort:\n%s", plain(a))
	}
	typeKeys(t, a, "ss")
	rows := tb.data.rows
	for k := 1; k < len(tb.visible); k++ {
		if rows[tb.visible[k-1]].statusRank > rows[tb.visible[k]].statusRank {
			t.Fatalf("state sort out of order at %d", k)
		}
	}
	drive(t, a, press("s"))
	if rows[tb.visible[0]].id != 1 || !strings.Contains(plain(a), "N° ▲") {
		t.Fatalf("the cycle ends back on the number")
	}
}

func TestInitiativesSortArrowsInASCII(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	a.ctx.ASCII = true
	drive(t, a, press("S"))
	v := plain(a)
	if !strings.Contains(v, "N° v") || strings.Contains(v, "▼") || strings.Contains(v, "▸") {
		t.Fatalf("ASCII mode draws ^/v and >:\n%s", v)
	}
	// The cursor stays on the initiative it was on, now the last.
	if !strings.Contains(v, ">   1 Épicerie solidaire") {
		t.Fatalf("the cursor row in ASCII:\n%s", v)
	}
}

func TestInitiativesTableFitsEverySize(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {160, 50}, {40, 12}} {
		a, _ := demoHome(t, size[0], size[1])
		for _, keys := range []string{"", "/eco", "t"} {
			typeKeys(t, a, keys)
			lines := strings.Split(plain(a), "\n")
			if len(lines) > size[1]-1 { // the root keeps the last line for its help
				t.Errorf("%v after %q: %d lines", size, keys, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%v after %q, line %d is %d wide: %q", size, keys, i+1, w, l)
				}
			}
		}
	}
	a, _ := demoHome(t, 120, 40)
	v := plain(a)
	for _, s := range []string{"Commune", "Montant", "Achicourt", "14\u202f000\u00a0€"} {
		if !strings.Contains(v, s) {
			t.Errorf("120 columns show more: %q missing\n%s", s, v)
		}
	}
	a, _ = demoHome(t, 160, 40)
	if v := plain(a); !strings.Contains(v, "labellisée · Coopération") {
		t.Errorf("a wide screen writes the state in full:\n%s", v)
	}
}

func TestInitiativesEnterOpensTheDetailAndAddSendsTheForm(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	drive(t, a, press("/"))
	typeKeys(t, a, "peche")
	drive(t, a, press("enter"))
	drive(t, a, press("enter"))
	if len(a.navs) != 1 || a.navs[0] != (nav.OpenInitiative{ID: 10}) {
		t.Fatalf("enter must ask for initiative 10's detail, asked %v:\n%s", a.navs, plain(a))
	}
	_, cmd := a.Update(press("a"))
	if cmd == nil {
		t.Fatal("a must ask for the initiative form")
	}
	if msg, ok := cmd().(nav.EditInitiative); !ok || msg.ID != 0 {
		t.Fatalf("a sends %#v", cmd())
	}
}

func TestInitiativesHelp(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	last := shortHelp(a)
	for _, s := range []string{"/ filtrer", "t territoire"} {
		if !strings.Contains(last, s) {
			t.Errorf("the short help lacks %q: %q", s, last)
		}
	}
	for _, s := range []string{"inverser le tri", "ajouter", "page suivante", "membres"} {
		if !strings.Contains(fullHelp(a), s) {
			t.Errorf("the full help lacks %q:\n%s", s, fullHelp(a))
		}
	}
}

// ---- performance ----

// bigApp is the demo plus n generated initiatives, written in one
// transaction, on the home screen.
func bigApp(tb testing.TB, n int) (*App, *store.Store) {
	tb.Helper()
	s := bigStore(tb, n)
	a := newApp(tb, s, 120, 40)
	if _, ok := a.screen.(*Model); !ok {
		tb.Fatalf("screen %T", a.screen)
	}
	return a, s
}

// bigStore is the demo plus n generated initiatives, written in one
// transaction.
func bigStore(tb testing.TB, n int) *store.Store {
	tb.Helper()
	s, err := store.Open(filepath.Join(tb.TempDir(), "big.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if _, err := demo.Load(s, nil); err != nil {
		tb.Fatal(err)
	}
	words := []string{"Épicerie", "solidaire", "Atelier", "vélo", "Ressourcerie", "Jardin", "partagé", "Tiers-lieu",
		"numérique", "Conserverie", "coopérative", "Maraîchage", "insertion", "Café", "aidants", "Œuvre", "commune",
		"Écomusée", "mémoire", "Brasserie", "Ludothèque", "Habitat", "participatif", "Mobilité", "rurale"}
	communes := []string{"Arras", "Béthune", "Saint-Omer", "Boulogne-sur-Mer", "Calais", "Hénin-Beaumont", "Liévin", "Étaples"}
	territories := store.DefaultTerritories()
	err = s.Update(func(tx *store.Tx) error {
		for i := range n {
			in := store.Initiative{CampaignID: demo.CampaignID,
				Title:       fmt.Sprintf("%s %s %s n° %d", words[i%len(words)], words[(i/7)%len(words)], words[(i/3)%len(words)], i),
				Holder:      store.Holder{Name: fmt.Sprintf("Association %s %d", words[(i/5)%len(words)], i%97)},
				Territory:   territories[i%len(territories)],
				Commune:     communes[(i/2)%len(communes)],
				AmountCents: int64(i%200) * 10000}
			if err := tx.CreateInitiative(&in); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

var backspace = tea.KeyPressMsg{Code: tea.KeyBackspace}

func BenchmarkInitiativesFilterKeystroke(b *testing.B) {
	a, _ := bigApp(b, 20000)
	a.Update(press("/"))
	keys := []tea.KeyPressMsg{press("e"), press("c"), press("o"), backspace, backspace, backspace}
	for i := 0; b.Loop(); i++ {
		a.Update(keys[i%len(keys)])
		_ = a.View()
	}
}

func BenchmarkInitiativesScroll(b *testing.B) {
	a, _ := bigApp(b, 20000)
	down, up := press("j"), press("k")
	for i := 0; b.Loop(); i++ {
		if (i/1000)%2 == 0 {
			a.Update(down)
		} else {
			a.Update(up)
		}
		_ = a.View()
	}
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

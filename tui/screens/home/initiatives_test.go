package home

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// newHome shows the home screen on s in lang, at w×h, driven alone and
// wholly loaded (withTheRest): the navigation it asks for is recorded in
// Navs, not followed.
func newHome(t testing.TB, s *store.Store, lang i18n.Lang, w, h int) *tuitest.Screen {
	t.Helper()
	return withTheRest(tuitest.NewScreen(t, New(context.New(s, lang)), w, h))
}

// demoHome opens the demo on the home screen's Initiatives tab.
func demoHome(t *testing.T, w, h int) *tuitest.Screen {
	t.Helper()
	return newHome(t, tuitest.DemoStore(t), i18n.FR, w, h)
}

func homeModel(t *testing.T, sc *tuitest.Screen) *Model {
	t.Helper()
	h, ok := sc.S.(*Model)
	if !ok {
		t.Fatalf("not on the home screen but %T:\n%s", sc.S, sc.Plain())
	}
	return h
}

func homeTable(t *testing.T, sc *tuitest.Screen) *initiativesTable {
	t.Helper()
	return homeModel(t, sc).table
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
	sc := demoHome(t, 80, 24)
	tb := homeTable(t, sc)
	sc.Press("/")
	if !sc.S.Capturing() {
		t.Fatal("the filter field must capture the keys")
	}
	sc.Type("eco")
	got := visibleTitles(tb)
	want := []string{"Écomusée de la mémoire minière", "Auto-école sociale"}
	if !slices.Equal(got, want) {
		t.Fatalf("eco finds %q, want %q", got, want)
	}
	v := sc.Plain()
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
	sc.Press("enter")
	if sc.S.Capturing() || len(tb.visible) != 2 {
		t.Fatalf("enter must keep the filter (%d rows) and stop capturing", len(tb.visible))
	}
	if v := flat(sc.Plain()); !strings.Contains(v, "texte : « eco »") {
		t.Errorf("the kept filter must be shown:\n%s", v)
	}
	// / again edits the same query; esc clears it.
	sc.Press("/")
	sc.Press("esc")
	if tb.query != "" || len(tb.visible) != 24 || sc.S.Capturing() {
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
		sc.Press("/")
		sc.Type(q)
		if got := visibleTitles(tb); !slices.Equal(got, want) {
			t.Errorf("%q finds %q, want %q", q, got, want)
		}
		if want == nil && !strings.Contains(sc.Plain(), "Aucune initiative ne correspond") {
			t.Errorf("no match must say so:\n%s", sc.Plain())
		}
		sc.Press("esc")
	}
}

func TestInitiativesFilterTakesQAndQuestionMark(t *testing.T) {
	sc := demoHome(t, 80, 24)
	sc.Press("/")
	cmd := sc.Update(tuitest.Press("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q while filtering must type, not quit")
		}
	}
	sc.Type("?")
	if got := homeTable(t, sc).input.Value(); got != "q?" {
		t.Fatalf("the field holds %q", got)
	}
	if !sc.S.Capturing() {
		t.Fatal("while filtering the screen must take q and ? as text, not leave them to the root")
	}
}

func TestInitiativesTerritoryAndStateFilters(t *testing.T) {
	sc := demoHome(t, 80, 24)
	tb := homeTable(t, sc)
	sc.Press("t")
	if got := visibleTitles(tb); len(got) != 3 || got[0] != "Épicerie solidaire des Blancs-Monts" {
		t.Fatalf("t → Arrageois gives %q", got)
	}
	if v := sc.Plain(); !strings.Contains(v, "3 / 24 · territoire : Arrageois") {
		t.Errorf("the status line must show the territory:\n%s", v)
	}
	sc.Press("t")
	for _, i := range tb.visible {
		if tb.data.rows[i].territory != "Artois" {
			t.Fatalf("Artois shows %q", tb.data.rows[i].territory)
		}
	}
	// The state on top of the territory: Boulonnais has 3 labelled.
	sc.Type("tt")
	sc.Press("e") // déposée
	if len(tb.visible) != 0 {
		t.Fatalf("Boulonnais has no submitted initiative, got %q", visibleTitles(tb))
	}
	sc.Press("e") // labellisée
	if len(tb.visible) != 3 || !strings.Contains(sc.Plain(), "3 / 24 · territoire : Boulonnais · état : labellisée") {
		t.Fatalf("Boulonnais labelled: %q\n%s", visibleTitles(tb), sc.Plain())
	}
	// Cycling comes back to "all".
	for range len(tb.data.territories) - 3 {
		sc.Press("t")
	}
	if tb.terr != -1 || len(tb.visible) != 5 {
		t.Fatalf("after a full cycle: territory %d, %d rows (want every labelled: 5)", tb.terr, len(tb.visible))
	}
	sc.Press("esc")
	if len(tb.visible) != 24 || tb.filtersActive() {
		t.Fatalf("esc must clear every filter, %d rows", len(tb.visible))
	}
}

func TestInitiativesSortAndReverse(t *testing.T) {
	sc := demoHome(t, 80, 24)
	tb := homeTable(t, sc)
	if !strings.Contains(sc.Plain(), "N° ▲") {
		t.Fatalf("the default sort is by number:\n%s", sc.Plain())
	}
	folded := func() []string {
		var out []string
		for _, i := range tb.visible {
			out = append(out, i18n.Fold(tb.data.rows[i].title))
		}
		return out
	}
	sc.Press("s")
	if got := folded(); !slices.IsSorted(got) {
		t.Fatalf("s must sort by title: %q", got)
	}
	if got := visibleTitles(tb)[0]; got != "Atelier vélo participatif" {
		t.Errorf("first by title: %q", got)
	}
	if !strings.Contains(sc.Plain(), "Titre ▲") {
		t.Errorf("the header shows the sort:\n%s", sc.Plain())
	}
	sc.Press("S")
	got := folded()
	slices.Reverse(got)
	if !slices.IsSorted(got) || !strings.Contains(sc.Plain(), "Titre ▼") {
		t.Fatalf("S must reverse: %q\n%s", folded(), sc.Plain())
	}
	// Reverse order still filters: the filter keeps the sort.
	sc.Press("/")
	sc.Type("solidaire")
	sc.Press("enter")
	// "solidaire" is in two titles and in a holder, "SCIC Filets Solidaires".
	if got := visibleTitles(tb); !slices.Equal(got, []string{"Pêche durable et vente directe", "Friperie solidaire", "Épicerie solidaire des Blancs-Monts"}) {
		t.Errorf("filtered, title descending: %q", got)
	}
	sc.Press("esc")
	// Territory, holder, state, then back to the number.
	sc.Press("s")
	if !strings.Contains(sc.Plain(), "Territoire ▲") {
		t.Errorf("third sort:\n%s", sc.Plain())
	}
	sc.Type("ss")
	rows := tb.data.rows
	for k := 1; k < len(tb.visible); k++ {
		if rows[tb.visible[k-1]].statusRank > rows[tb.visible[k]].statusRank {
			t.Fatalf("state sort out of order at %d", k)
		}
	}
	sc.Press("s")
	if rows[tb.visible[0]].id != 1 || !strings.Contains(sc.Plain(), "N° ▲") {
		t.Fatalf("the cycle ends back on the number")
	}
}

func TestInitiativesSortArrowsInASCII(t *testing.T) {
	sc := demoHome(t, 80, 24)
	homeModel(t, sc).ctx.ASCII = true
	sc.Press("S")
	v := sc.Plain()
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
		sc := demoHome(t, size[0], size[1])
		for _, keys := range []string{"", "/eco", "t"} {
			sc.Type(keys)
			sc.Fits(size[0], size[1], "after "+strconv.Quote(keys))
		}
	}
	sc := demoHome(t, 120, 40)
	v := sc.Plain()
	for _, s := range []string{"Commune", "Montant", "Achicourt", "14\u202f000\u00a0€"} {
		if !strings.Contains(v, s) {
			t.Errorf("120 columns show more: %q missing\n%s", s, v)
		}
	}
	sc = demoHome(t, 160, 40)
	if v := sc.Plain(); !strings.Contains(v, "Labellisée · Coopération") {
		t.Errorf("a wide screen writes the state in full:\n%s", v)
	}
}

func TestInitiativesEnterOpensTheDetailAndAddSendsTheForm(t *testing.T) {
	sc := demoHome(t, 80, 24)
	sc.Press("/")
	sc.Type("peche")
	sc.Press("enter")
	sc.Press("enter")
	if len(sc.Navs) != 1 || sc.Navs[0] != (nav.OpenInitiative{ID: 10}) {
		t.Fatalf("enter must ask for initiative 10's detail, asked %v:\n%s", sc.Navs, sc.Plain())
	}
	cmd := sc.Update(tuitest.Press("a"))
	if cmd == nil {
		t.Fatal("a must ask for the initiative form")
	}
	if msg, ok := cmd().(nav.EditInitiative); !ok || msg.ID != 0 {
		t.Fatalf("a sends %#v", cmd())
	}
}

func TestInitiativesHelp(t *testing.T) {
	sc := demoHome(t, 80, 24)
	last := sc.ShortHelp()
	for _, s := range []string{"/ filtrer", "t territoire"} {
		if !strings.Contains(last, s) {
			t.Errorf("the short help lacks %q: %q", s, last)
		}
	}
	for _, s := range []string{"inverser le tri", "ajouter", "page suivante", "membres"} {
		if !strings.Contains(sc.FullHelp(), s) {
			t.Errorf("the full help lacks %q:\n%s", s, sc.FullHelp())
		}
	}
}

// ---- performance ----

// bigApp is the demo plus n generated initiatives, written in one
// transaction, on the home screen.
func bigApp(tb testing.TB, n int) *tuitest.Screen {
	tb.Helper()
	sc := newHome(tb, bigStore(tb, n), i18n.FR, 120, 40)
	if _, ok := sc.S.(*Model); !ok {
		tb.Fatalf("screen %T", sc.S)
	}
	return sc
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

var backspace = tuitest.Press("backspace")

func BenchmarkInitiativesFilterKeystroke(b *testing.B) {
	sc := bigApp(b, 20000)
	sc.Update(tuitest.Press("/"))
	keys := []tea.KeyPressMsg{tuitest.Press("e"), tuitest.Press("c"), tuitest.Press("o"), backspace, backspace, backspace}
	for i := 0; b.Loop(); i++ {
		sc.Update(keys[i%len(keys)])
		_ = sc.View()
	}
}

func BenchmarkInitiativesScroll(b *testing.B) {
	sc := bigApp(b, 20000)
	down, up := tuitest.Press("j"), tuitest.Press("k")
	for i := 0; b.Loop(); i++ {
		if (i/1000)%2 == 0 {
			sc.Update(down)
		} else {
			sc.Update(up)
		}
		_ = sc.View()
	}
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// The tester's walk: at 80x24 on the demo, s then S left the first rows of
// the new order scrolled off the top with nothing to say so.
func TestSortingShowsTheFirstRowsWhenTheCursorIsOnTheFirstPage(t *testing.T) {
	sc := demoHome(t, 80, 24)
	tb := homeTable(t, sc)
	for _, k := range []string{"s", "S"} {
		sc.Press(k)
		start, _ := tb.list.Visible()
		if tb.list.Cursor() >= tb.list.Height() {
			t.Fatalf("after %s the cursor %d is past the first page of %d", k, tb.list.Cursor(), tb.list.Height())
		}
		if start != 0 {
			t.Errorf("after %s the window starts at row %d, not the top", k, start)
		}
		first := visibleTitles(tb)[0]
		if !strings.Contains(sc.Plain(), first[:10]) {
			t.Errorf("after %s the first title %q is not shown:\n%s", k, first, sc.Plain())
		}
		if id, _ := tb.selected(); id != 1 {
			t.Errorf("after %s the cursor left initiative 1 for %d", k, id)
		}
	}
}

// A sort that keeps the cursor's initiative far down scrolls to it, and
// the status line says how many rows are above.
func TestRowsAboveTheWindowAreSaid(t *testing.T) {
	sc := demoHome(t, 80, 24)
	sc.Press("S") // by number, descending: initiative 1 is last
	start, _ := homeTable(t, sc).list.Visible()
	if start == 0 {
		t.Fatalf("the window must scroll to initiative 1:\n%s", sc.Plain())
	}
	if v := sc.Plain(); !strings.Contains(v, fmt.Sprintf("↑ %d lignes au-dessus", start)) {
		t.Errorf("the rows above must be said:\n%s", v)
	}
	sc.Press("g")
	if v := sc.Plain(); strings.Contains(v, "au-dessus") {
		t.Errorf("at the top nothing is above:\n%s", v)
	}
}

// At 80 columns the state reads as a state: a capital like the agenda's,
// and a labelled initiative marked « ✓ » before its category, never the
// category alone beside « déposée ».
func TestNarrowStateColumnReadsAsAState(t *testing.T) {
	v := demoHome(t, 80, 24).Plain()
	for _, want := range []string{"✓ Coopération", "Déposée"} {
		if !strings.Contains(v, want) {
			t.Errorf("want %q in:\n%s", want, v)
		}
	}
	if regexp.MustCompile(`(?m) déposée\s*$`).MatchString(v) {
		t.Errorf("a lower-case state is left:\n%s", v)
	}
}

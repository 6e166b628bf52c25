package initiative

import (
	"errors"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// App stands in for the root: it opens the detail screen on
// nav.OpenInitiative and notes where the screen asks to go otherwise.
type App struct {
	ctx    *context.Context
	screen nav.Screen
	w, h   int
	home   bool // the screen asked to go home
	navs   []tea.Msg
}

func (a *App) Update(msg tea.Msg) (*App, tea.Cmd) {
	switch msg := msg.(type) {
	case nav.OpenInitiative:
		a.home = false
		a.screen = NewDetail(a.ctx, msg.ID)
		a.screen.SetSize(a.w, a.h-1)
		return a, a.screen.Init()
	case nav.GoHome:
		a.home = true
		return a, nil
	case nav.EditInitiative, nav.OpenSession:
		a.navs = append(a.navs, msg)
		return a, nil
	}
	var cmd tea.Cmd
	a.screen, cmd = a.screen.Update(msg)
	return a, cmd
}

func drive(t testing.TB, a *App, msg tea.Msg) {
	t.Helper()
	tuitest.Drive(t, func(m tea.Msg) tea.Cmd { _, c := a.Update(m); return c }, msg)
}

func press(s string) tea.KeyPressMsg { return tuitest.Press(s) }

func typeKeys(t testing.TB, a *App, s string) {
	t.Helper()
	for _, r := range s {
		drive(t, a, press(string(r)))
	}
}

// demoHome is the demo database, no screen open yet.
func demoHome(t *testing.T, w, h int) (*App, *store.Store) {
	t.Helper()
	s := tuitest.DemoStore(t)
	return &App{ctx: context.New(s, i18n.FR), w: w, h: h}, s
}

// plain is the screen without colours.
func plain(a *App) string { return ansi.Strip(a.screen.View()) }

// shortHelp is the screen's keys for the help line.
func shortHelp(a *App) string {
	var keys []string
	for _, b := range a.screen.Help().ShortHelp() {
		keys = append(keys, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(keys, " • ")
}

// wentHome checks the screen asked to go back home.
func wentHome(t *testing.T, a *App) {
	t.Helper()
	if !a.home {
		t.Fatalf("the screen must go home:\n%s", plain(a))
	}
}

// openDetail shows an initiative's detail as the table's enter would.
func openDetail(t *testing.T, a *App, id uint64) *Detail {
	t.Helper()
	drive(t, a, nav.OpenInitiative{ID: id})
	d, ok := a.screen.(*Detail)
	if !ok || d.d == nil {
		t.Fatalf("initiative %d: screen %T:\n%s", id, a.screen, plain(a))
	}
	return d
}

// content is the whole scrollable text of the detail, without colours.
func content(d *Detail) string { return ansi.Strip(d.vp.GetContent()) }

// flat joins wrapped lines: what a sentence says, wherever it was cut.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func hasBraille(s string) bool {
	for _, r := range s {
		if r > 0x2800 && r <= 0x28ff {
			return true
		}
	}
	return false
}

func TestDetailShowsHolderSummaryAndEvaluations(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	drive(t, a, nav.OpenInitiative{ID: 10})
	d, ok := a.screen.(*Detail)
	if !ok || d.d == nil {
		t.Fatalf("screen %T:\n%s", a.screen, plain(a))
	}
	v := plain(a)
	for _, s := range []string{"n° 10 · Pêche durable et vente directe", "labellisée · Coopération",
		"SCIC Filets Solidaires (SCIC)", "Gaëlle Fournier", "contact@filets-solidaires.example", "Boulonnais",
		"Boulogne-sur-Mer", "14\u202f000\u00a0€", "Des pêcheurs artisans", "lignes 1–"} {
		if !strings.Contains(v, s) {
			t.Errorf("the first screen lacks %q:\n%s", s, v)
		}
	}
	c := flat(content(d))
	for _, s := range []string{"Évaluations (1)", "Séance du 08/07/2026 · Boulonnais · Boulogne-sur-Mer, Maison de l'ESS",
		"séance close", "Décision : Labellisée · Coopération", "Vote : 7 pour, 0 contre, 1 abstention",
		"Moyennes par catégorie", "Coopération", "3,25", "Gouvernance"} {
		if !strings.Contains(c, s) {
			t.Errorf("the detail lacks %q:\n%s", s, c)
		}
	}
	if !hasBraille(c) {
		t.Errorf("the evaluation must have its radar:\n%s", c)
	}
	// Taller than the screen: it scrolls.
	drive(t, a, press("G"))
	if v := plain(a); !strings.Contains(v, "Partenariats") || strings.Contains(v, "Porteur ") {
		t.Errorf("G must show the end of the detail:\n%s", v)
	}
	drive(t, a, press("g"))
	if v := plain(a); !strings.Contains(v, "Porteur") {
		t.Errorf("g must come back to the top:\n%s", v)
	}
	// Every line fits the screen.
	for i, l := range strings.Split(plain(a), "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d wide: %q", i+1, w, l)
		}
	}
	drive(t, a, press("esc"))
	wentHome(t, a)
}

func TestDetailRadarBesideOnWideScreensAndInASCII(t *testing.T) {
	a, _ := demoHome(t, 120, 40)
	a.ctx.ASCII = true
	d := openDetail(t, a, 12) // labelled in Innovation, a recused member, a rationale
	c := content(d)
	if hasBraille(c) {
		t.Error("ASCII mode must not draw braille")
	}
	if !strings.Contains(c, "Ex aequo avec") {
		t.Errorf("the rationale must be shown:\n%s", c)
	}
	// Beside: the session line and the radar's top label share a line.
	found := false
	for _, l := range strings.Split(c, "\n") {
		if strings.Contains(l, "Séance du 08/07/2026") && strings.Contains(l, "Gouvernance") {
			found = true
		}
	}
	if !found {
		t.Errorf("at 120 columns the radar stands beside the text:\n%s", c)
	}
}

func TestDetailOfAnInitiativeNeverEvaluated(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	d := openDetail(t, a, 8)
	c := content(d)
	if !strings.Contains(c, "Évaluations (0)") || !strings.Contains(c, "Aucune évaluation pour l'instant") {
		t.Errorf("no evaluation:\n%s", c)
	}
	// An evaluation under way, without a decision yet.
	d = openDetail(t, a, 3)
	c = content(d)
	if !strings.Contains(c, "Pas encore de décision.") || !strings.Contains(c, "6 marqueurs notés sur 16") {
		t.Errorf("an evaluation in progress:\n%s", c)
	}
}

func TestDetailWithdrawAndReinstate(t *testing.T) {
	a, s := demoHome(t, 80, 24)
	d := openDetail(t, a, 7)
	drive(t, a, press("w"))
	if v := flat(plain(a)); !strings.Contains(v, "Retirer « Maraîchage d'insertion du marais » ?") {
		t.Fatalf("w must ask first:\n%s", v)
	}
	drive(t, a, press("n"))
	if in, _ := s.Initiative(7); in.Status != store.StatusSubmitted {
		t.Fatalf("n must change nothing, status %s", in.Status)
	}
	drive(t, a, press("w"))
	drive(t, a, press("o"))
	in, err := s.Initiative(7)
	if err != nil || in.Status != store.StatusWithdrawn {
		t.Fatalf("o must withdraw: %v %s", err, in.Status)
	}
	if v := plain(a); !strings.Contains(v, "Initiative retirée") || !strings.Contains(v, "retirée") {
		t.Errorf("the screen must say it:\n%s", v)
	}
	if d.d.In.Status != store.StatusWithdrawn {
		t.Errorf("the detail must be reloaded")
	}
	// Help now offers to put it back.
	if !strings.Contains(shortHelp(a), "rétablir") {
		t.Errorf("help on a withdrawn initiative: %s", shortHelp(a))
	}
	drive(t, a, press("w"))
	drive(t, a, press("o"))
	if in, _ := s.Initiative(7); in.Status != store.StatusSubmitted {
		t.Fatalf("w on a withdrawn initiative puts it back, status %s", in.Status)
	}

	// An evaluation without a decision does not prevent withdrawing.
	openDetail(t, a, 2)
	drive(t, a, press("w"))
	drive(t, a, press("o"))
	if in, _ := s.Initiative(2); in.Status != store.StatusWithdrawn {
		t.Fatalf("initiative 2 (scored, undecided) must be withdrawn, status %s", in.Status)
	}
	// On the open session's agenda it stays, postponed, with its scores;
	// initiative 4, not started there, leaves the agenda.
	se, _ := s.Session(2)
	if !slices.Contains(se.Agenda, 2) || !slices.Contains(se.Postponed, 2) {
		t.Fatalf("a scored, withdrawn initiative stays postponed: agenda %v, postponed %v", se.Agenda, se.Postponed)
	}
	drive(t, a, press("esc"))
	wentHome(t, a)
	openDetail(t, a, 4)
	drive(t, a, press("w"))
	drive(t, a, press("o"))
	if se, _ := s.Session(2); slices.Contains(se.Agenda, 4) {
		t.Fatalf("a withdrawn initiative not yet scored leaves the agenda: %v", se.Agenda)
	}
}

func TestDetailWithdrawRefusedOnceDecided(t *testing.T) {
	a, s := demoHome(t, 80, 24)
	openDetail(t, a, 10)
	drive(t, a, press("w"))
	v := plain(a)
	if !strings.Contains(v, "Le comité a déjà décidé") || strings.Contains(v, "(o : oui, n : non)") {
		t.Fatalf("a decided initiative is not withdrawn:\n%s", v)
	}
	if in, _ := s.Initiative(10); in.Status != store.StatusLabelled {
		t.Fatalf("status changed to %s", in.Status)
	}
	// The store is asked again in the transaction: a decision taken since
	// the screen was loaded still refuses.
	if err := s.WithdrawInitiative(10); !errors.Is(err, store.ErrDecided) {
		t.Fatalf("withdrawing a decided initiative: %v", err)
	}
}

func TestDetailDeleteRefusedWhenEvaluated(t *testing.T) {
	a, s := demoHome(t, 80, 24)
	openDetail(t, a, 10)
	drive(t, a, press("delete"))
	v := flat(plain(a))
	if !strings.Contains(v, "a déjà été évaluée") || !strings.Contains(v, "seulement retirée (touche w)") {
		t.Fatalf("delete of an evaluated initiative:\n%s", v)
	}
	if _, err := s.Initiative(10); err != nil {
		t.Fatal("it must still be there")
	}
	// The store's own refusal, reached through the command, gives the same
	// French sentence.
	d := a.screen.(*Detail)
	drive(t, a, d.act(actDelete)())
	if v := flat(plain(a)); !strings.Contains(v, "a déjà été évaluée") {
		t.Fatalf("the store's refusal:\n%s", v)
	}
}

func TestDetailDeleteRefusedWhenOnAnAgenda(t *testing.T) {
	a, s := demoHome(t, 80, 24)
	d := openDetail(t, a, 4) // on the Arrageois session's agenda, not scored
	if c := flat(content(d)); !strings.Contains(c, "À l'ordre du jour de la séance du 21/07/2026 · Arrageois") {
		t.Errorf("the detail says where it is listed:\n%s", c)
	}
	drive(t, a, press("delete"))
	if v := flat(plain(a)); !strings.Contains(v, "Supprimer définitivement « Jardin partagé du Pays de la Lys » ?") {
		t.Fatalf("delete asks first:\n%s", v)
	}
	drive(t, a, press("o"))
	v := plain(a)
	if f := flat(v); !strings.Contains(f, "ordre du jour de la séance du 21/07/2026") || !strings.Contains(f, "retirez-la (touche w)") {
		t.Fatalf("the store refuses, in French, with a way out:\n%s", v)
	}
	if _, err := s.Initiative(4); err != nil {
		t.Fatal("it must still be there")
	}
	for i, l := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d wide", i+1, w)
		}
	}
	if n := len(strings.Split(v, "\n")); n > 23 {
		t.Errorf("%d lines", n)
	}
}

func TestDetailDeleteAfterConfirmation(t *testing.T) {
	a, s := demoHome(t, 80, 24)
	openDetail(t, a, 8)
	drive(t, a, press("delete"))
	drive(t, a, press("esc")) // esc answers no
	if _, ok := a.screen.(*Detail); !ok {
		t.Fatalf("esc in the confirmation cancels it, screen %T", a.screen)
	}
	if _, err := s.Initiative(8); err != nil {
		t.Fatal("cancelled, it must still be there")
	}
	drive(t, a, press("delete"))
	drive(t, a, press("o"))
	if _, err := s.Initiative(8); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("initiative 8 must be gone: %v", err)
	}
	wentHome(t, a)
	if ins, _ := s.Initiatives("2026"); len(ins) != 23 {
		t.Fatalf("%d initiatives left after the deletion", len(ins))
	}
}

func TestDetailKeys(t *testing.T) {
	a, _ := demoHome(t, 80, 24)
	d := openDetail(t, a, 9)
	_, cmd := a.Update(press("e"))
	if cmd == nil {
		t.Fatal("e must ask for the form")
	}
	if msg, ok := cmd().(nav.EditInitiative); !ok || msg.ID != 9 {
		t.Fatalf("e sends %#v", cmd())
	}
	last := shortHelp(a)
	for _, s := range []string{"e modifier", "w retirer", "suppr supprimer", "échap retour"} {
		if !strings.Contains(last, s) {
			t.Errorf("short help lacks %q: %q", s, last)
		}
	}
	if d.Capturing() {
		t.Error("the detail takes no text: q and ? are the root's")
	}
	// A missing initiative says so and esc still goes home.
	drive(t, a, nav.OpenInitiative{ID: 999})
	if v := plain(a); !strings.Contains(v, "n'existe pas") {
		t.Fatalf("a missing initiative:\n%s", v)
	}
	drive(t, a, press("esc"))
	wentHome(t, a)
}

func TestDetailFitsEverySize(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {100, 30}, {120, 40}, {200, 50}} {
		a, _ := demoHome(t, size[0], size[1])
		openDetail(t, a, 12)
		for _, keys := range []string{"", "G", "w"} {
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
}

package initiative

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// demoCtx is the demo database, in French, no screen open yet.
func demoCtx(t *testing.T) (*context.Context, *store.Store) {
	t.Helper()
	s := tuitest.DemoStore(t)
	return context.New(s, i18n.FR), s
}

// openDetail shows an initiative's detail alone at w×h, as the table's
// enter would: where it asks to go is recorded, not followed.
func openDetail(t *testing.T, ctx *context.Context, id uint64, w, h int) (*tuitest.Screen, *Detail) {
	t.Helper()
	sc := tuitest.NewScreen(t, NewDetail(ctx, id), w, h)
	d, ok := sc.S.(*Detail)
	if !ok || d.d == nil {
		t.Fatalf("initiative %d: screen %T:\n%s", id, sc.S, sc.Plain())
	}
	return sc, d
}

// wentHome checks the screen asked to go back home.
func wentHome(t *testing.T, sc *tuitest.Screen) {
	t.Helper()
	if _, ok := sc.LastNav().(nav.GoHome); !ok {
		t.Fatalf("the screen must go home:\n%s", sc.Plain())
	}
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
	ctx, _ := demoCtx(t)
	sc := tuitest.NewScreen(t, NewDetail(ctx, 10), 80, 24)
	d, ok := sc.S.(*Detail)
	if !ok || d.d == nil {
		t.Fatalf("screen %T:\n%s", sc.S, sc.Plain())
	}
	v := sc.Plain()
	for _, s := range []string{"n° 10 · Pêche durable et vente directe", "Labellisée · Coopération",
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
	sc.Press("G")
	if v := sc.Plain(); !strings.Contains(v, "Partenariats") || strings.Contains(v, "Porteur ") {
		t.Errorf("G must show the end of the detail:\n%s", v)
	}
	sc.Press("g")
	if v := sc.Plain(); !strings.Contains(v, "Porteur") {
		t.Errorf("g must come back to the top:\n%s", v)
	}
	// Every line fits the screen.
	for i, l := range strings.Split(sc.Plain(), "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d wide: %q", i+1, w, l)
		}
	}
	sc.Press("esc")
	wentHome(t, sc)
}

func TestDetailRadarBesideOnWideScreensAndInASCII(t *testing.T) {
	ctx, _ := demoCtx(t)
	ctx.ASCII = true
	_, d := openDetail(t, ctx, 12, 120, 40) // labelled in Innovation, a recused member, a rationale
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
	ctx, _ := demoCtx(t)
	_, d := openDetail(t, ctx, 8, 80, 24)
	c := content(d)
	if !strings.Contains(c, "Évaluations (0)") || !strings.Contains(c, "Aucune évaluation pour l'instant") {
		t.Errorf("no evaluation:\n%s", c)
	}
	// An evaluation under way, without a decision yet.
	_, d = openDetail(t, ctx, 3, 80, 24)
	c = content(d)
	if !strings.Contains(c, "Pas encore de décision.") || !strings.Contains(c, "6 marqueurs notés sur 16") {
		t.Errorf("an evaluation in progress:\n%s", c)
	}
}

func TestDetailWithdrawAndReinstate(t *testing.T) {
	ctx, s := demoCtx(t)
	sc, d := openDetail(t, ctx, 7, 80, 24)
	sc.Press("w")
	if v := flat(sc.Plain()); !strings.Contains(v, "Retirer « Maraîchage d'insertion du marais » ?") {
		t.Fatalf("w must ask first:\n%s", v)
	}
	sc.Press("n")
	if in, _ := s.Initiative(7); in.Status != store.StatusSubmitted {
		t.Fatalf("n must change nothing, status %s", in.Status)
	}
	sc.Press("w")
	sc.Press("o")
	in, err := s.Initiative(7)
	if err != nil || in.Status != store.StatusWithdrawn {
		t.Fatalf("o must withdraw: %v %s", err, in.Status)
	}
	if v := sc.Plain(); !strings.Contains(v, "Initiative retirée") || !strings.Contains(v, "retirée") {
		t.Errorf("the screen must say it:\n%s", v)
	}
	if d.d.In.Status != store.StatusWithdrawn {
		t.Errorf("the detail must be reloaded")
	}
	// Help now offers to put it back.
	if !strings.Contains(sc.ShortHelp(), "rétablir") {
		t.Errorf("help on a withdrawn initiative: %s", sc.ShortHelp())
	}
	sc.Press("w")
	sc.Press("o")
	if in, _ := s.Initiative(7); in.Status != store.StatusSubmitted {
		t.Fatalf("w on a withdrawn initiative puts it back, status %s", in.Status)
	}

	// An evaluation without a decision does not prevent withdrawing.
	sc, _ = openDetail(t, ctx, 2, 80, 24)
	sc.Press("w")
	sc.Press("o")
	if in, _ := s.Initiative(2); in.Status != store.StatusWithdrawn {
		t.Fatalf("initiative 2 (scored, undecided) must be withdrawn, status %s", in.Status)
	}
	// On the open session's agenda it stays, postponed, with its scores;
	// initiative 4, not started there, leaves the agenda.
	se, _ := s.Session(2)
	if !slices.Contains(se.Agenda, 2) || !slices.Contains(se.Postponed, 2) {
		t.Fatalf("a scored, withdrawn initiative stays postponed: agenda %v, postponed %v", se.Agenda, se.Postponed)
	}
	sc.Press("esc")
	wentHome(t, sc)
	sc, _ = openDetail(t, ctx, 4, 80, 24)
	sc.Press("w")
	sc.Press("o")
	if se, _ := s.Session(2); slices.Contains(se.Agenda, 4) {
		t.Fatalf("a withdrawn initiative not yet scored leaves the agenda: %v", se.Agenda)
	}
}

func TestDetailWithdrawRefusedOnceDecided(t *testing.T) {
	ctx, s := demoCtx(t)
	sc, _ := openDetail(t, ctx, 10, 80, 24)
	sc.Press("w")
	v := sc.Plain()
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
	ctx, s := demoCtx(t)
	sc, _ := openDetail(t, ctx, 10, 80, 24)
	sc.Press("delete")
	v := flat(sc.Plain())
	if !strings.Contains(v, "a déjà été évaluée") || !strings.Contains(v, "seulement retirée (touche w)") {
		t.Fatalf("delete of an evaluated initiative:\n%s", v)
	}
	if _, err := s.Initiative(10); err != nil {
		t.Fatal("it must still be there")
	}
	// The store's own refusal, reached through the command, gives the same
	// French sentence.
	d := sc.S.(*Detail)
	sc.Send(d.act(actDelete)())
	if v := flat(sc.Plain()); !strings.Contains(v, "a déjà été évaluée") {
		t.Fatalf("the store's refusal:\n%s", v)
	}
}

func TestDetailDeleteRefusedWhenOnAnAgenda(t *testing.T) {
	ctx, s := demoCtx(t)
	sc, d := openDetail(t, ctx, 4, 80, 24) // on the Arrageois session's agenda, not scored
	if c := flat(content(d)); !strings.Contains(c, "À l'ordre du jour de la séance du 21/07/2026 · Arrageois") {
		t.Errorf("the detail says where it is listed:\n%s", c)
	}
	sc.Press("delete")
	if v := flat(sc.Plain()); !strings.Contains(v, "Supprimer définitivement « Jardin partagé du Pays de la Lys » ?") {
		t.Fatalf("delete asks first:\n%s", v)
	}
	sc.Press("o")
	v := sc.Plain()
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
	ctx, s := demoCtx(t)
	sc, _ := openDetail(t, ctx, 8, 80, 24)
	sc.Press("delete")
	sc.Press("esc") // esc answers no
	if _, ok := sc.S.(*Detail); !ok || len(sc.Navs) != 0 {
		t.Fatalf("esc in the confirmation cancels it, screen %T, asked %v", sc.S, sc.Navs)
	}
	if _, err := s.Initiative(8); err != nil {
		t.Fatal("cancelled, it must still be there")
	}
	sc.Press("delete")
	sc.Press("o")
	if _, err := s.Initiative(8); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("initiative 8 must be gone: %v", err)
	}
	wentHome(t, sc)
	if ins, _ := s.Initiatives("2026"); len(ins) != 23 {
		t.Fatalf("%d initiatives left after the deletion", len(ins))
	}
}

func TestDetailKeys(t *testing.T) {
	ctx, _ := demoCtx(t)
	sc, d := openDetail(t, ctx, 9, 80, 24)
	cmd := sc.Update(tuitest.Press("e"))
	if cmd == nil {
		t.Fatal("e must ask for the form")
	}
	if msg, ok := cmd().(nav.EditInitiative); !ok || msg.ID != 9 {
		t.Fatalf("e sends %#v", cmd())
	}
	last := sc.ShortHelp()
	for _, s := range []string{"e modifier", "w retirer", "suppr supprimer", "échap retour"} {
		if !strings.Contains(last, s) {
			t.Errorf("short help lacks %q: %q", s, last)
		}
	}
	if d.Capturing() {
		t.Error("the detail takes no text: q and ? are the root's")
	}
	// A missing initiative says so and esc still goes home.
	sc = tuitest.NewScreen(t, NewDetail(ctx, 999), 80, 24)
	if v := sc.Plain(); !strings.Contains(v, "n'existe pas") {
		t.Fatalf("a missing initiative:\n%s", v)
	}
	sc.Press("esc")
	wentHome(t, sc)
}

func TestDetailFitsEverySize(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {100, 30}, {120, 40}, {200, 50}} {
		ctx, _ := demoCtx(t)
		sc, _ := openDetail(t, ctx, 12, size[0], size[1])
		for _, keys := range []string{"", "G", "w"} {
			sc.Type(keys)
			sc.Fits(size[0], size[1], "after "+strconv.Quote(keys))
		}
	}
}

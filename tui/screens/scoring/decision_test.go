package scoring

import (
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/context"
	"essradar/tui/i18n"
)

func demoContext(t *testing.T) (*store.Store, *context.Context) {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	return s, context.New(s, i18n.FR)
}

// Labelling an item with markers left unscored says how many and asks the
// reason the minutes will carry; the whole proposal is in the dialog.
func TestLabellingWithUnscoredMarkersNeedsItsReason(t *testing.T) {
	s, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24) // 6 of 16 scored, ex aequo proposal
	m := scr.S.(*Model)
	scr.Press("d")
	v := scr.Plain()
	if !strings.Contains(strings.Join(strings.Fields(v), " "), "10 marqueurs ne sont pas notés") {
		t.Fatalf("the dialog says how many markers are unscored:\n%s", v)
	}
	if flat := strings.Join(strings.Fields(v), " "); !strings.Contains(flat, "au comité de choisir") {
		t.Fatalf("the whole proposal is readable in the dialog at 80x24:\n%s", v)
	}
	scr.Press("enter") // the proposed label, no reason
	if e := m.decision.errs[fieldRationale]; e != "10 marqueurs restent non notés : écrivez pourquoi le comité labellise quand même" {
		t.Fatalf("a label with gaps needs its reason: %q\n%s", e, scr.Plain())
	}
	if ev, _, _ := s.Evaluation(2, m.ev.InitiativeID); ev.Decision != nil {
		t.Fatal("decided without a reason")
	}
	scr.Type("Le reste sera vu en visite sur place")
	scr.Press("enter")
	ev, _, err := s.Evaluation(2, m.ev.InitiativeID)
	if err != nil || ev.Decision == nil || ev.Decision.Rationale != "Le reste sera vu en visite sur place" {
		t.Fatalf("decision on disk: %+v %v\n%s", ev.Decision, err, scr.Plain())
	}
}

// A deferral comes with the points to work on already written; moving back
// to a label takes them out again, but never what the secretary wrote.
func TestADeferralPrefillsThePointsToWorkOn(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 100, 40)
	m := scr.S.(*Model)
	scr.Press("d")
	d := m.decision
	for d.choices[d.choice].outcome != store.OutcomeDeferred {
		scr.Press("down")
	}
	weak := m.b.Grid.Weakest(m.ev.Scores)
	if len(weak) == 0 {
		t.Fatal("the demo item has no marker under the threshold")
	}
	r := d.inputs[0].Value()
	if !strings.HasPrefix(r, "Points à travailler : ") || !strings.Contains(r, m.b.Grid.MarkerShortLabel(weak[0].ID, "fr")) {
		t.Fatalf("the deferral's rationale = %q", r)
	}
	scr.Press("up")
	if got := d.inputs[0].Value(); got != "" {
		t.Fatalf("back on a label, the untouched points go: %q", got)
	}
	scr.Press("down")
	scr.Press("tab")
	scr.Type(" Revoir le budget.")
	scr.Press("shift+tab")
	scr.Press("up")
	if got := d.inputs[0].Value(); !strings.HasSuffix(got, "Revoir le budget.") {
		t.Fatalf("what the secretary wrote stays: %q", got)
	}
}

// The dialog follows the window when it is resized: opened wide, then the
// window narrowed, it still fits.
func TestTheDecisionDialogFollowsAResize(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 120, 40)
	scr.Press("d")
	scr.S.SetSize(60, 29) // the root keeps the last line for its help
	scr.Fits(60, 30, "the decision dialog after narrowing the window")
	// Whole, not clipped: both corners of its frame are on screen.
	if v := scr.Plain(); !strings.Contains(v, "╮") || !strings.Contains(v, "╯") {
		t.Fatalf("the dialog is cut at the right edge:\n%s", v)
	}
}

// j and k move the choice as the arrows do, as the guide's key card says of
// every list; in the reason they are letters.
func TestTheDecisionChoiceMovesWithJAndK(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24)
	m := scr.S.(*Model)
	scr.Press("d")
	first := m.decision.choice
	scr.Press("j")
	if m.decision.choice != (first+1)%len(m.decision.choices) {
		t.Fatalf("j left the choice at %d (was %d)", m.decision.choice, first)
	}
	scr.Press("k")
	if m.decision.choice != first {
		t.Fatalf("k left the choice at %d, want %d", m.decision.choice, first)
	}
	scr.Press("tab")
	scr.Type("jk")
	if m.decision.choice != first || !strings.Contains(scr.Plain(), "jk") {
		t.Fatalf("in the reason, j and k moved the choice or were lost:\n%s", scr.Plain())
	}
}

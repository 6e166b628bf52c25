package scoring

import (
	"maps"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// flat is the screen's text on one line, words separated by single spaces
// (non-breaking ones included), so a sentence wrapped over two lines or
// centred still reads as one.
func flat(screen string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(screen, "\u00a0", " ")), " ")
}

// The committee watches the scoring on the projector: in the presentation
// view a digit scores the marker under discussion and moves on, « - » moves
// on too, and the view names the marker now discussed with its question.
func TestScoringFromThePresentationView(t *testing.T) {
	s, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24) // partly scored
	m := scr.S.(*Model)
	scr.Press("p")
	if !m.present {
		t.Fatal("p opens the presentation view")
	}
	first := m.cursor
	scr.Press("3")
	if got, ok := m.ev.Scores[m.refs[first].Marker.ID]; !ok || got != 3 || m.cursor != first+1 {
		t.Fatalf("a digit scores the marker under discussion and moves on: %v, cursor %d", m.ev.Scores, m.cursor)
	}
	scr.Press("-")
	if got := m.ev.Scores[m.refs[first+1].Marker.ID]; got != scoring.NotApplicable || m.cursor != first+2 {
		t.Fatalf("- answers « non concerné » and moves on: %v, cursor %d", m.ev.Scores, m.cursor)
	}
	ev, _, err := s.Evaluation(2, m.ev.InitiativeID)
	if err != nil || ev.Scores[m.refs[first].Marker.ID] != 3 || ev.Scores[m.refs[first+1].Marker.ID] != scoring.NotApplicable {
		t.Fatalf("the scores given in the presentation view are saved: %v %v", ev.Scores, err)
	}
	if !m.present {
		t.Fatal("scoring keeps the presentation view")
	}
	here := m.refs[m.cursor].Marker
	v := flat(scr.Plain())
	if !strings.Contains(v, here.Label) || !strings.Contains(v, here.Question) || !strings.Contains(v, "non noté") {
		t.Fatalf("the view names %q, its question and that it is not scored:\n%s", here.Label, scr.Plain())
	}
	scr.Press("up", "right")
	if got, ok := m.ev.Scores[m.refs[first+1].Marker.ID]; !ok || got != m.b.Grid.Scale.Min || m.cursor != first+1 {
		t.Fatalf("↑ goes back a marker and → raises it: %v", m.ev.Scores)
	}
	scr.Press("x")
	if _, ok := m.ev.Scores[m.refs[first+1].Marker.ID]; ok {
		t.Fatalf("x clears the marker under discussion: %v", m.ev.Scores)
	}
	scr.Fits(80, 24, "presentation view")
}

// The room sees who takes no part in the item, and who comes next so the
// holder can be called in.
func TestThePresentationViewNamesTheRecusedAndTheNextItem(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 1, 80, 24) // one member recused
	m := scr.S.(*Model)
	scr.Press("p")
	var recused []string
	for id := range m.b.Recused(m.ev.InitiativeID) {
		recused = append(recused, m.b.Members[id].Name)
	}
	if len(recused) != 1 {
		t.Fatalf("the demo's second item should have one recusal: %v", recused)
	}
	v := flat(scr.Plain())
	if want := "Déport : " + recused[0] + " ne prend pas part"; !strings.Contains(v, want) {
		t.Fatalf("want %q:\n%s", want, scr.Plain())
	}
	next := m.b.Initiatives[m.b.Session.Agenda[2]]
	if want := "Ensuite : " + next.Title; !strings.Contains(v, want) {
		t.Fatalf("want %q:\n%s", want, scr.Plain())
	}
	scr.Press("pgdown")
	if v := flat(scr.Plain()); strings.Contains(v, "Déport") || !strings.Contains(v, next.Title) {
		t.Fatalf("the next item has no recusal:\n%s", scr.Plain())
	}
}

// The decision is taken from the presentation view too.
func TestDecidingFromThePresentationView(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 1, 120, 40)
	m := scr.S.(*Model)
	scr.Press("p", "d")
	if m.decision == nil || !m.present {
		t.Fatalf("d opens the decision dialog over the presentation view:\n%s", scr.Plain())
	}
	if !strings.Contains(scr.Plain(), "Ensuite") {
		t.Fatalf("the dialog is drawn over the presentation view:\n%s", scr.Plain())
	}
	scr.Press("esc")
	if m.decision != nil || !m.present {
		t.Fatal("esc closes the dialog and stays in the presentation view")
	}
	scr.Fits(120, 40, "presentation view")
}

// In English the room reads the same lines in English.
func TestThePresentationViewInEnglish(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.EN)
	scr := openItem(t, ctx, 1, 80, 24)
	scr.Press("p")
	v := flat(scr.Plain())
	for _, want := range []string{"Recused: Sylvie Carpentier takes no part", "Next: ", "1. Democratic, shared governance: 3 · Established"} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q:\n%s", want, scr.Plain())
		}
	}
}

// Once decided, the room reads the decision where the proposal was.
func TestThePresentationViewShowsTheDecision(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 1, 80, 24)
	scr.Press("p", "d", "enter")
	m := scr.S.(*Model)
	if m.ev.Decision == nil {
		t.Fatalf("the decision was not taken:\n%s", scr.Plain())
	}
	scr.Press("down") // the notice goes
	if v := flat(scr.Plain()); !strings.Contains(v, "Décision : Labellisée") || strings.Contains(v, "Proposition") {
		t.Fatalf("the decision takes the proposal's place:\n%s", scr.Plain())
	}
}

// A closed session stays read-only in the presentation view: a digit
// changes nothing and says why.
func TestASealedSessionCannotBeScoredFromThePresentationView(t *testing.T) {
	_, ctx := demoContext(t)
	sc := tuitest.NewScreen(t, New(ctx, 1, 0), 80, 24)
	m, ok := sc.S.(*Model)
	if !ok || !m.b.Session.Sealed() {
		t.Fatalf("the demo's first session should be closed: %T", sc.S)
	}
	before := m.ev.Scores.Clone()
	sc.Press("p", "1", "x", "-")
	if !maps.Equal(before, m.ev.Scores) || !strings.Contains(flat(sc.Plain()), "Séance close") {
		t.Fatalf("scores changed in a closed session: %v\n%s", m.ev.Scores, sc.Plain())
	}
}

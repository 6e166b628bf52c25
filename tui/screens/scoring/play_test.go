package scoring

import (
	"charm.land/lipgloss/v2"

	"essradar/store"
	"strings"
	"testing"

	"essradar/scoring"
)

// On a marker answered « non concerné » (or not scored), ← has no number
// to lower: it leaves the answer and says why, instead of jumping to the
// top of the scale; → starts the scale at its first level.
func TestArrowsFromNoNumber(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24) // partly scored
	m := scr.S.(*Model)
	scr.Press("p")
	id := m.refs[m.cursor].Marker.ID
	scr.Press("-", "up", "left")
	if got := m.ev.Scores[id]; got != scoring.NotApplicable {
		t.Fatalf("← on « non concerné » keeps it, got %d", got)
	}
	if v := flat(scr.Plain()); !strings.Contains(v, "rien à baisser") {
		t.Fatalf("← on « non concerné » says why nothing moved:\n%s", scr.Plain())
	}
	scr.Press("right")
	if got := m.ev.Scores[id]; got != m.b.Grid.Scale.Min {
		t.Fatalf("→ from « non concerné » starts at %d, got %d", m.b.Grid.Scale.Min, got)
	}
	scr.Press("x", "left")
	if _, ok := m.ev.Scores[id]; ok {
		t.Fatalf("← on an unscored marker leaves it unscored: %v", m.ev.Scores)
	}
	scr.Press("right", "right", "left")
	if got := m.ev.Scores[id]; got != m.b.Grid.Scale.Min {
		t.Fatalf("← lowers a score: %d", got)
	}
}

// The presentation view's help line names the keys that call the next
// item in, and pg↓ does it without leaving the view.
func TestThePresentationHelpNamesTheNextItemKeys(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24)
	m := scr.S.(*Model)
	scr.Press("p")
	if h := scr.ShortHelp(); !strings.Contains(h, "pg↓ suivante") || !strings.Contains(h, "pg↑ précédente") {
		t.Fatalf("short help: %s", h)
	}
	scr.Press("pgdown")
	if m.index != 3 || !m.present {
		t.Fatalf("pg↓ moves to the next item in the presentation view: index %d, present %v", m.index, m.present)
	}
}

// The points to work on a deferral pre-fills are read whole in the dialog
// at 80x24, not the tail a one-line field scrolled to.
func TestTheDeferralsPointsAreReadWhole(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24)
	m := scr.S.(*Model)
	scr.Press("p", "2", "2", "1", "1", "2", "2", "1", "1", "1", "2", "d")
	d := m.decision
	for d.choices[d.choice].outcome != store.OutcomeDeferred {
		scr.Press("down")
	}
	r := d.inputs[0].Value()
	if lipgloss.Width(r) <= d.inputs[0].Width() {
		t.Fatalf("the test wants points longer than the field: %q", r)
	}
	if v := dialogText(d); !strings.Contains(v, flat(r)) {
		t.Fatalf("the points to work on %q are not shown whole:\n%s", r, scr.Plain())
	}
	scr.Fits(80, 24, "decision dialog with the points to work on")
}

// The vote's three boxes share a line: the label points at whichever has
// the cursor, and a box takes digits only (a letter typed there was meant
// elsewhere; the tester's « pour [Via] » was caught only on save).
func TestTheVoteBoxesAreNamed(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 1, 80, 24) // fully scored
	m := scr.S.(*Model)
	scr.Press("d", "tab", "tab", "tab")
	if v := dialogText(m.decision); !strings.Contains(v, "▸ Vote") {
		t.Fatalf("the cursor on « contre » shows no mark on the vote:\n%s", v)
	}
	scr.Type("x2y")
	scr.Press("tab")
	scr.Type("Via1")
	if got := m.decision.inputs[fieldAgainst-1].Value(); got != "2" {
		t.Errorf("« contre » holds %q, want the digit alone", got)
	}
	if got := m.decision.inputs[fieldAbstain-1].Value(); got != "1" {
		t.Errorf("« abstention » holds %q, want the digit alone", got)
	}
}

// The marker under discussion is answered in one voice: « non noté » and
// « non concerné » alike, in lower case inside the line.
func TestNotApplicableReadsMidSentence(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24)
	scr.Press("p", "-", "up")
	if v := flat(scr.Plain()); !strings.Contains(v, ": non concerné —") {
		t.Fatalf("want « : non concerné — » in:\n%s", scr.Plain())
	}
	if got := midSentence("NC"); got != "NC" {
		t.Errorf("an acronym stays: %q", got)
	}
}

// The tester's case: in the presentation view at 80x24, a proposal of four
// tied categories and one marker left unscored; labelling without a reason
// brings the rationale's error, and the dialog's bottom edge went off the
// screen. The gaps' warning gives way to the error that says the same.
func TestTheDecisionDialogStaysWholeUnderItsErrors(t *testing.T) {
	_, ctx := demoContext(t)
	scr := openItem(t, ctx, 2, 80, 24) // Ressourcerie: 6 of 16 scored
	scr.Press("p")
	for range 9 {
		scr.Press("3")
	}
	scr.Press("d", "up", "enter")
	v := scr.Plain()
	if !strings.Contains(v, "reste non noté") {
		t.Fatalf("labelling with a gap and no reason must say so:\n%s", v)
	}
	scr.Fits(80, 24, "decision dialog with its errors")
	if !strings.Contains(v, "╰") {
		t.Fatalf("the dialog's bottom edge is off the screen:\n%s", v)
	}
}

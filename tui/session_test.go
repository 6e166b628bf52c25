package tui

import (
	"errors"
	scoringscreen "essradar/tui/screens/scoring"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/i18n"
	"essradar/tui/screens/session"
)

func typeKeys(t *testing.T, a *App, s string) {
	t.Helper()
	for _, r := range s {
		drive(t, a, press(string(r)))
	}
}

func demoApp(t *testing.T, path string, w, h int) (*App, *store.Store) {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	a := New(Options{Store: s, Lang: i18n.FR})
	drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	for _, m := range runCmd(a.Init()) {
		drive(t, a, m)
	}
	// The full check comes a moment after the first screen: time passes.
	drive(t, a, checkDueMsg{})
	return a, s
}

// openSession goes from home to the demo's open session (the most recent).
func openSession(t *testing.T, a *App) *session.Model {
	t.Helper()
	drive(t, a, press("tab"))
	drive(t, a, press("enter"))
	sm, ok := a.screen.(*session.Model)
	if !ok {
		t.Fatalf("enter on a session must open it, screen is %T:\n%s", a.screen, view(a))
	}
	if !strings.Contains(view(a), "Séance du 21/07/2026 · Arrageois") {
		t.Fatalf("session header:\n%s", view(a))
	}
	return sm
}

// The whole meeting, driven by keys: recusal, scores, a decision against the
// proposal, postponements, closing; then the file read again.
func TestSessionFlowIsSavedAndSealed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seance.db")
	a, s := demoApp(t, path, 80, 24)
	sm := openSession(t, a)

	// Item 4, "Jardin partagé du Pays de la Lys": a member stands aside.
	typeKeys(t, a, "jjj")
	jardin := sm.Sheet().Session.Agenda[3]
	drive(t, a, press("r"))
	if !strings.Contains(view(a), "Déports pour cette initiative") {
		t.Fatalf("r must open the recusals:\n%s", view(a))
	}
	drive(t, a, press("j")) // second member present: Sylvie Carpentier
	drive(t, a, press("space"))
	if v := view(a); !strings.Contains(ansi.Strip(v), "Motif du déport de Sylvie Carpentier") {
		t.Fatalf("a recusal asks for its reason:\n%s", v)
	}
	typeKeys(t, a, "trésorière du jardin")
	drive(t, a, press("enter"))
	drive(t, a, press("esc"))
	if v := view(a); !strings.Contains(v, "Déport : Sylvie Carpentier (ne prend pas part)") {
		t.Fatalf("the recused member must be shown for the item:\n%s", v)
	}

	// Score every marker: Coopération comes first.
	drive(t, a, press("enter"))
	if _, ok := a.screen.(*scoringscreen.Model); !ok {
		t.Fatalf("enter must open the scoring screen, got %T", a.screen)
	}
	if v := view(a); !strings.Contains(v, "Déport : Sylvie Carpentier") || !strings.Contains(v, "Aucun marqueur noté") {
		t.Fatalf("scoring screen before any score:\n%s", v)
	}
	typeKeys(t, a, "3323"+"1221"+"4333"+"221")
	if v := view(a); !strings.Contains(v, "Provisoire (1 marqueur non noté)") {
		t.Fatalf("one marker left: the proposal is provisional:\n%s", v)
	}
	typeKeys(t, a, "2")
	v := view(a)
	if strings.Contains(v, "Provisoire") || !strings.Contains(v, "Coopération (3,25\u00a0/\u00a04), devant Pratique de l'ESS (2,75)") {
		t.Fatalf("complete scores must give a firm proposal:\n%s", v)
	}
	if !strings.Contains(v, "✓ enregistré") {
		t.Fatalf("the saved indicator must show:\n%s", v)
	}

	// Decide Innovation sociétale instead: a rationale is required.
	drive(t, a, press("d"))
	if !strings.Contains(view(a), "Décision du comité") || !strings.Contains(view(a), "← proposé") {
		t.Fatalf("d opens the decision with the proposal selected:\n%s", view(a))
	}
	drive(t, a, press("up")) // Coopération → Innovation sociétale
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "la décision s'écarte de la proposition : dites pourquoi") {
		t.Fatalf("a decision against the proposal needs a rationale:\n%s", v)
	}
	typeKeys(t, a, "Le jardin invente un lien école-habitants")
	drive(t, a, press("tab"))
	typeKeys(t, a, "5")
	drive(t, a, press("tab"))
	typeKeys(t, a, "1")
	drive(t, a, press("tab"))
	typeKeys(t, a, "1")
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "7 votes pour 6 votants possibles") {
		t.Fatalf("the vote count is bounded by present minus recused:\n%s", v)
	}
	drive(t, a, press("backspace"))
	typeKeys(t, a, "0")
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "Décision : Labellisée · Innovation") {
		t.Fatalf("decision not shown:\n%s", v)
	}

	// Back to the session: postpone what is left, then close.
	drive(t, a, press("esc"))
	sm = a.screen.(*session.Model)
	drive(t, a, press("c"))
	if v := view(a); !strings.Contains(v, "Impossible de clore") {
		t.Fatalf("closing with undecided items must be refused:\n%s", v)
	}
	for i, id := range sm.Sheet().Session.Agenda {
		if sm.Sheet().State(id) == store.ItemDecided {
			continue
		}
		for sm.Cursor() < i {
			drive(t, a, press("j"))
		}
		for sm.Cursor() > i {
			drive(t, a, press("k"))
		}
		drive(t, a, press("p"))
		// The first postponement says why; the others go without.
		if len(sm.Sheet().Session.Postponed) == 1 {
			typeKeys(t, a, "dossier incomplet")
			drive(t, a, press("enter"))
		} else {
			drive(t, a, press("esc"))
		}
	}
	drive(t, a, press("c"))
	if v := view(a); !strings.Contains(v, "Clore la séance ?") {
		t.Fatalf("closing asks for confirmation:\n%s", v)
	}
	drive(t, a, press("o"))
	if v := view(a); !strings.Contains(v, "Séance close le") {
		t.Fatalf("the session must show as sealed:\n%s", v)
	}
	sid := sm.Sheet().Session.ID
	// Closing took the session's backup, kept for good, and said where.
	if list, err := store.Backups(s.Path()); err != nil || len(list) == 0 || list[0].Kind != store.BackupSession || list[0].SessionID != sid {
		t.Errorf("no backup of the closed session: %+v, %v", list, err)
	} else if v := view(a); !strings.Contains(v, "Séance close sauvegardée") || !strings.Contains(v, "sauvegardes") {
		t.Errorf("the status line does not say where the session's backup went:\n%s", v)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// The file, read again, holds it all.
	s2, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	se, err := s2.Session(sid)
	if err != nil {
		t.Fatal(err)
	}
	if !se.Sealed() {
		t.Fatal("the session is not sealed on disk")
	}
	recused := false
	for _, r := range se.Recusals {
		if r.InitiativeID == jardin {
			m, _ := s2.Member(r.MemberID)
			recused = m.Name == "Sylvie Carpentier"
		}
	}
	if !recused {
		t.Fatalf("recusal not on disk: %+v", se.Recusals)
	}
	if reasons := slices.Collect(maps.Values(se.PostponeReasons)); len(reasons) != 1 || reasons[0] != "dossier incomplet" {
		t.Fatalf("postponement reasons on disk: %v", se.PostponeReasons)
	}
	for _, r := range se.Recusals {
		if r.InitiativeID == jardin && r.Reason != "trésorière du jardin" {
			t.Fatalf("recusal reason on disk: %q", r.Reason)
		}
	}
	ev, ok, err := s2.Evaluation(sid, jardin)
	if err != nil || !ok {
		t.Fatalf("evaluation not on disk: %v", err)
	}
	if len(ev.Scores) != 16 || ev.Scores["partenariats"] != 4 || ev.Scores["viabilite"] != 2 {
		t.Fatalf("scores on disk: %v", ev.Scores)
	}
	d := ev.Decision
	if d == nil || d.Outcome != store.OutcomeLabelled || d.Category != "innovation" || !strings.Contains(d.Rationale, "lien école-habitants") {
		t.Fatalf("decision on disk: %+v", d)
	}
	if d.Votes == nil || *d.Votes != (store.Votes{For: 5, Against: 1, Abstain: 0}) {
		t.Fatalf("votes on disk: %+v", d.Votes)
	}
	in, _ := s2.Initiative(jardin)
	if in.Status != store.StatusLabelled || in.Category != "innovation" {
		t.Fatalf("initiative status: %s %s", in.Status, in.Category)
	}
	// Sealed: the store refuses a change, and so does the screen.
	ev.Scores["gouvernance"] = 0
	if err := s2.PutEvaluation(ev); !errors.Is(err, store.ErrSealed) {
		t.Fatalf("a sealed session must refuse edits, got %v", err)
	}
}

func TestSealedSessionScreensAreReadOnly(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	drive(t, a, press("tab"))
	drive(t, a, press("j")) // the closed session of 08/07/2026
	drive(t, a, press("enter"))
	sm := a.screen.(*session.Model)
	if !sm.Sheet().Session.Sealed() {
		t.Fatal("expected the demo's closed session")
	}
	drive(t, a, press("r"))
	if !strings.Contains(view(a), "Séance close : lecture seule") {
		t.Fatalf("recusals on a sealed session:\n%s", view(a))
	}
	drive(t, a, press("enter"))
	sc := a.screen.(*scoringscreen.Model)
	before := sc.Shown().Scores.Clone()
	drive(t, a, press("0"))
	if !strings.Contains(view(a), "Séance close : lecture seule") {
		t.Fatalf("a digit on a sealed session:\n%s", view(a))
	}
	ev, _, _ := s.Evaluation(sc.Shown().SessionID, sc.Shown().InitiativeID)
	if ev.Scores["gouvernance"] != before["gouvernance"] || sc.Shown().Scores["gouvernance"] != before["gouvernance"] {
		t.Fatal("a sealed evaluation changed")
	}

	// An amendment is a new dated record with its reason, beside the original.
	drive(t, a, press("d"))
	if !strings.Contains(view(a), "Amender la décision") {
		t.Fatalf("d on a sealed session amends:\n%s", view(a))
	}
	drive(t, a, press("up")) // Coopération → Innovation
	drive(t, a, press("tab"))
	typeKeys(t, a, "erreur de saisie")
	drive(t, a, press("enter"))
	if !strings.Contains(view(a), "un amendement doit dire son motif") {
		t.Fatalf("the amendment's reason is required:\n%s", view(a))
	}
	typeKeys(t, a, "categorie mal reportee en seance")
	drive(t, a, press("enter"))
	// Both whys: the amendment's reason, and the rationale the new decision
	// needs for departing from the proposal.
	v := view(a)
	flat := strings.Join(strings.Fields(ansi.Strip(v)), " ")
	for _, want := range []string{"Décision amendée le", "Labellisée · Innovation", "motif : categorie mal reportee en seance",
		"motivation : erreur de saisie", "d'origine : Labellisée · Coopération"} {
		if !strings.Contains(flat, want) {
			t.Fatalf("the amendment must show %q beside the original:\n%s", want, v)
		}
	}
	// Back on the session, the agenda shows the decision in force.
	drive(t, a, press("esc"))
	if v := view(a); !strings.Contains(v, "Labellisée · Innovation") {
		t.Fatalf("the session's agenda shows the amended decision:\n%s", v)
	}
	ams, err := s.Amendments(sc.Shown().SessionID)
	if err != nil || len(ams) != 1 || ams[0].Reason != "categorie mal reportee en seance" || ams[0].After.Decision.Category != "innovation" {
		t.Fatalf("amendment on disk: %v %+v", err, ams)
	}
	orig, _, _ := s.Evaluation(sc.Shown().SessionID, sc.Shown().InitiativeID)
	if orig.Decision.Category != "cooperation" {
		t.Fatal("the original decision must stay untouched")
	}
}

func TestScoringKeysAndOverlay(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	openSession(t, a)
	typeKeys(t, a, "jjj")
	drive(t, a, press("enter"))
	sc := a.screen.(*scoringscreen.Model)
	drive(t, a, press("right"))
	if sc.Shown().Scores["gouvernance"] != 0 {
		t.Fatalf("right on an unscored marker starts at 0: %v", sc.Shown().Scores)
	}
	drive(t, a, press("right"))
	drive(t, a, press("right"))
	drive(t, a, press("left"))
	if sc.Shown().Scores["gouvernance"] != 1 {
		t.Fatalf("left/right: %v", sc.Shown().Scores)
	}
	drive(t, a, press("-"))
	if sc.Shown().Scores["gouvernance"] != scoring.NotApplicable || !strings.Contains(view(a), "Non concerné") {
		t.Fatalf("- marks the marker non concerné:\n%s", view(a))
	}
	// « - » moves on like a digit: the next digit scores the next marker.
	drive(t, a, press("3"))
	if sc.Shown().Scores["gouvernance"] != scoring.NotApplicable || sc.Shown().Scores["lucrativite"] != 3 {
		t.Fatalf("- must move on: %v", sc.Shown().Scores)
	}
	drive(t, a, press("up"))
	drive(t, a, press("up"))
	drive(t, a, press("x"))
	if _, ok := sc.Shown().Scores["gouvernance"]; ok {
		t.Fatal("x clears the score")
	}
	drive(t, a, press("n"))
	typeKeys(t, a, "voir les statuts")
	drive(t, a, press("enter"))
	if sc.Shown().Notes["gouvernance"] != "voir les statuts" || sc.Saved().Notes["gouvernance"] != "voir les statuts" {
		t.Fatalf("the note must be kept and saved: %v / %v", sc.Shown().Notes, sc.Saved().Notes)
	}
	drive(t, a, press("p"))
	if v := view(a); !strings.Contains(v, "Jardin partagé du Pays de la Lys") || strings.Contains(v, "Gouvernance   ") {
		t.Fatalf("presentation mode shows the radar and the title only:\n%s", v)
	}
	drive(t, a, press("m"))
	if v := view(a); !strings.Contains(v, "médiane (5 labellisées)") {
		t.Fatalf("m draws the campaign median:\n%s", v)
	}
	drive(t, a, press("esc"))
	drive(t, a, press("pgdown"))
	if !strings.Contains(view(a), "Tiers-lieu numérique rural") {
		t.Fatalf("pgdown goes to the next agenda item:\n%s", view(a))
	}
	drive(t, a, press("?"))
	if v := view(a); !strings.Contains(v, "non concerné") || !strings.Contains(v, "médiane de la campagne") {
		t.Fatalf("? lists every key:\n%s", v)
	}
}

// Narrower than 80 columns the radar gets its own pane; tab switches.
func TestNarrowTerminalPutsTheRadarInItsOwnPane(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 60, 24)
	openSession(t, a)
	drive(t, a, press("j"))
	drive(t, a, press("enter"))
	v := view(a)
	if !strings.Contains(v, "Gouvernance") {
		t.Fatalf("the questionnaire comes first:\n%s", v)
	}
	if strings.ContainsAny(v, "⡀⠄⠂⠁⢀⠠⠐⠈") {
		t.Fatalf("no radar beside the questionnaire under 80 columns:\n%s", v)
	}
	drive(t, a, press("tab"))
	v = view(a)
	if !strings.ContainsAny(v, "⡀⠄⠂⠁⢀⠠⠐⠈") || strings.Contains(v, "Affirmé") {
		t.Fatalf("tab shows the radar pane:\n%s", v)
	}
	for i, l := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Fatalf("line %d is %d columns wide at 60", i+1, w)
		}
	}
}

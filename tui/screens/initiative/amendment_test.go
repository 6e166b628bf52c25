package initiative

import (
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
)

// An amended decision shows both whys: the amendment's reason and the
// rationale the new decision gives for departing from the proposal.
func TestDetailShowsTheAmendedDecisionsRationale(t *testing.T) {
	_, s := demoCtx(t)
	ev, found, err := s.CurrentEvaluation(demoClosedSession(t, s), 10)
	if err != nil || !found {
		t.Fatalf("initiative 10's evaluation: %v %v", found, err)
	}
	after := ev
	after.Decision = &store.Decision{Outcome: store.OutcomeLabelled, Category: "innovation", Rationale: "Erreur de saisie"}
	if err := s.AddAmendment(&store.Amendment{SessionID: ev.SessionID, InitiativeID: 10, Reason: "Erreur matérielle", After: &after}); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[i18n.Lang][]string{
		i18n.FR: {"motif : Erreur matérielle", "motivation : Erreur de saisie"},
		i18n.EN: {"reason: Erreur matérielle", "rationale: Erreur de saisie"},
	} {
		_, d := openDetail(t, context.New(s, lang), 10, 80, 24)
		c := flat(content(d))
		for _, w := range want {
			if !strings.Contains(c, w) {
				t.Errorf("%s: the detail lacks %q:\n%s", lang, w, c)
			}
		}
	}
}

func demoClosedSession(t *testing.T, s *store.Store) uint64 {
	t.Helper()
	ses, err := s.Sessions("")
	if err != nil {
		t.Fatal(err)
	}
	for _, se := range ses {
		if se.Date == "2026-07-08" {
			return se.ID
		}
	}
	t.Fatal("the demo has no session on 2026-07-08")
	return 0
}

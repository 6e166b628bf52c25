package home

import (
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// comeBack does what the root does when the secretary returns home: Init
// again, and its results delivered.
func comeBack(sc *tuitest.Screen) {
	sc.T.Helper()
	for _, m := range tuitest.Run(sc.S.Init()) {
		sc.Send(m)
	}
}

// Coming back home after writes elsewhere shows them, reading only what
// changed: a renamed initiative, a new one, a deleted one, a session
// decided further; with nothing written, the home keeps what it holds.
func TestComingBackHomeShowsWhatChanged(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := newHome(t, s, i18n.FR, 120, 40)
	m := homeModel(t, sc)
	before := len(m.initiatives)
	first := m.initiatives[0]

	renamed := first
	renamed.Title = "Épicerie renommée pendant la visite"
	if err := s.PutInitiative(renamed); err != nil {
		t.Fatal(err)
	}
	added := store.Initiative{CampaignID: m.campaign.ID, Title: "Initiative ajoutée ailleurs", Territory: "Artois"}
	if err := s.CreateInitiative(&added); err != nil {
		t.Fatal(err)
	}
	comeBack(sc)
	m = homeModel(t, sc)
	if len(m.initiatives) != before+1 {
		t.Fatalf("%d initiatives after one added, want %d", len(m.initiatives), before+1)
	}
	sc.Press("/")
	sc.Type("renommee")
	if v := sc.Plain(); !strings.Contains(v, "Épicerie renommée pendant la visite") {
		t.Fatalf("the renamed initiative is not shown:\n%s", v)
	}
	sc.Press("esc")

	if err := s.DeleteInitiative(added.ID); err != nil {
		t.Fatal(err)
	}
	comeBack(sc)
	if n := len(homeModel(t, sc).initiatives); n != before {
		t.Fatalf("%d initiatives after the new one was deleted, want %d", n, before)
	}

	// A decision in the open session: its count of decided items follows.
	var open store.Session
	decided := -1
	for _, r := range homeModel(t, sc).sessions {
		if !r.session.Sealed() {
			open, decided = r.session, r.decided
		}
	}
	ev, found, err := s.Evaluation(open.ID, open.Agenda[1])
	if err != nil || !found {
		t.Fatalf("no evaluation to decide: %v", err)
	}
	ev.Decision = &store.Decision{Outcome: store.OutcomeDeferred, Rationale: "À revoir."}
	if err := s.PutEvaluation(ev); err != nil {
		t.Fatal(err)
	}
	comeBack(sc)
	for _, r := range homeModel(t, sc).sessions {
		if r.session.ID == open.ID && r.decided != decided+1 {
			t.Fatalf("open session shows %d decided, want %d", r.decided, decided+1)
		}
	}

	gen := homeModel(t, sc).generation
	comeBack(sc)
	if homeModel(t, sc).generation != gen {
		t.Fatal("nothing written, yet the home moved to another generation")
	}
}

// A campaign created while away is the current one on return: the home
// reloads everything rather than patching the previous campaign.
func TestComingBackHomeAfterANewCampaignReloads(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := newHome(t, s, i18n.FR, 120, 40)
	if _, err := s.CreateCampaign("2027", "Budget citoyen 2027", scoring.Default(), scoring.DefaultSource()); err != nil {
		t.Fatal(err)
	}
	comeBack(sc)
	m := homeModel(t, sc)
	if m.campaign.ID != "2027" || len(m.initiatives) != 0 {
		t.Fatalf("back home on campaign %s with %d initiatives, want the new 2027 campaign, empty", m.campaign.ID, len(m.initiatives))
	}
	if v := sc.Plain(); !strings.Contains(v, "Budget citoyen 2027") {
		t.Fatalf("the new campaign is not shown:\n%s", v)
	}
}

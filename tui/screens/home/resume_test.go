package home

import (
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// inProgress is the demo's item in progress, as the store finds it.
func inProgress(t *testing.T, s *store.Store) store.Resume {
	t.Helper()
	r, ok, err := s.InProgress()
	if err != nil || !ok {
		t.Fatalf("the demo has no session in progress: %v, %v", ok, err)
	}
	return r
}

func TestStartUpOffersToResumeTheItemInProgress(t *testing.T) {
	s := tuitest.DemoStore(t)
	r := inProgress(t, s)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		sc := newHome(t, s, i18n.FR, size[0], size[1])
		want := "Reprendre la séance du 21/07/2026 (Arrageois) à «\u00a0" + r.Initiative.Title + "\u00a0»\u00a0?"
		if !strings.Contains(sc.Plain(), want) {
			t.Fatalf("%dx%d: no offer %q at start-up:\n%s", size[0], size[1], want, sc.Plain())
		}
		if !strings.Contains(sc.ShortHelp(), "o/entrée reprendre") {
			t.Errorf("the help does not say how to resume: %s", sc.ShortHelp())
		}
		if strings.Contains(sc.ShortHelp(), "entrée détail") {
			t.Errorf("the help gives enter two meanings: %s", sc.ShortHelp())
		}
		sc.Fits(size[0], size[1], "with the offer to resume")
		sc.Press("o")
		if got, want := sc.LastNav(), (nav.OpenScoring{SessionID: r.Session.ID, Index: r.Index}); got != want {
			t.Fatalf("o asked for %#v, want %#v", got, want)
		}
	}
}

func TestEnterResumesToo(t *testing.T) {
	s := tuitest.DemoStore(t)
	r := inProgress(t, s)
	sc := newHome(t, s, i18n.EN, 80, 24)
	if want := "Go back to the session of 2026-07-21 (Arrageois) at “" + r.Initiative.Title + "”?"; !strings.Contains(sc.Plain(), want) {
		t.Fatalf("no offer %q at start-up:\n%s", want, sc.Plain())
	}
	sc.Press("enter")
	if got, want := sc.LastNav(), (nav.OpenScoring{SessionID: r.Session.ID, Index: r.Index}); got != want {
		t.Fatalf("enter asked for %#v, want %#v", got, want)
	}
}

func TestDecliningTheOfferHidesIt(t *testing.T) {
	for _, k := range []string{"n", "esc"} {
		s := tuitest.DemoStore(t)
		sc := newHome(t, s, i18n.FR, 80, 24)
		m := homeModel(t, sc)
		sc.Press(k)
		if strings.Contains(sc.Plain(), "Reprendre la séance") || m.resume != nil {
			t.Fatalf("%s leaves the offer:\n%s", k, sc.Plain())
		}
		if len(sc.Navs) != 0 {
			t.Fatalf("%s moved to %#v", k, sc.LastNav())
		}
		// The home loads again when the secretary comes back to it: no
		// second offer.
		for _, msg := range tuitest.Run(m.Init()) {
			sc.Send(msg)
		}
		if strings.Contains(sc.Plain(), "Reprendre la séance") {
			t.Fatalf("the offer came back on the next load:\n%s", sc.Plain())
		}
	}
}

// Another key puts the offer away and does what it always does.
func TestAnotherKeyActsAndPutsTheOfferAway(t *testing.T) {
	sc := newHome(t, tuitest.DemoStore(t), i18n.FR, 80, 24)
	sc.Press("tab")
	m := homeModel(t, sc)
	if m.resume != nil || m.tab != nav.TabSessions {
		t.Fatalf("tab: offer %v, tab %v:\n%s", m.resume != nil, m.tab, sc.Plain())
	}
}

func TestNoOfferWithoutASessionInProgress(t *testing.T) {
	s := tuitest.DemoStore(t)
	r := inProgress(t, s)
	se := r.Session
	se.Postponed = append(se.Postponed, se.Agenda...)
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	sc := newHome(t, s, i18n.FR, 80, 24)
	if strings.Contains(sc.Plain(), "Reprendre") {
		t.Fatalf("an offer with nothing left to decide:\n%s", sc.Plain())
	}
}

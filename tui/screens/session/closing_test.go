package session

import (
	"errors"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/tuitest"
)

// c on a session that has not taken place is refused at once, without the
// question a yes would only get refused after; the next key clears it.
func TestClosingAFutureSessionIsRefusedBeforeAsking(t *testing.T) {
	s := tuitest.DemoStore(t)
	c := tuitest.Campaign(t, s)
	ms, err := s.Members()
	if err != nil {
		t.Fatal(err)
	}
	se := store.Session{CampaignID: c.ID, Date: "2099-09-01", Territory: c.Territories[0], Place: "Arras",
		Present: []uint64{ms[0].ID}, Status: store.SessionOpen}
	if err := s.CreateSession(&se); err != nil {
		t.Fatal(err)
	}
	sc := open(t, s, se.ID, 0, 100, 30)
	sc.Press("c")
	m := sc.S.(*Model)
	if m.confirm || strings.Contains(sc.Plain(), "Clore la séance ?") {
		t.Fatalf("c on the session of 01/09/2099 asks first:\n%s", sc.Plain())
	}
	if !strings.Contains(sc.Plain(), "n'a pas encore eu lieu") {
		t.Fatalf("c on the session of 01/09/2099 does not say why it cannot close:\n%s", sc.Plain())
	}
	sc.Press("v")
	if strings.Contains(sc.Plain(), "n'a pas encore eu lieu") {
		t.Errorf("the refusal stays on screen after v:\n%s", sc.Plain())
	}
	sc.Press("esc") // the minutes' field v opened

	// A refusal the store sends back goes the same way.
	sc.Send(sessionClosedMsg{err: errors.New("refus du magasin")})
	if !strings.Contains(sc.Plain(), "refus du magasin") {
		t.Fatalf("the store's refusal is not shown:\n%s", sc.Plain())
	}
	sc.Press("down")
	if strings.Contains(sc.Plain(), "refus du magasin") {
		t.Errorf("the store's refusal stays on screen after a key:\n%s", sc.Plain())
	}
	if got, _ := s.Session(se.ID); got.Sealed() {
		t.Fatal("the future session was closed")
	}
}

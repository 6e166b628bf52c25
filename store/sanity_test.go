package store

import (
	"errors"
	"strings"
	"testing"
)

func TestAnOverlongTitleIsRefused(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	in := Initiative{CampaignID: "2026", Title: strings.Repeat("é", 201), Territory: f.session.Territory}
	err := s.CreateInitiative(&in)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "longueur 201, au plus 200") {
		t.Fatalf("err = %v", err)
	}
	in.Title = strings.Repeat("é", 200)
	if err := s.CreateInitiative(&in); err != nil {
		t.Fatalf("200 characters: %v", err)
	}
}

func TestSanityWarnings(t *testing.T) {
	c := Campaign{ID: "2027", GrantCeilingCents: DefaultGrantCeilingCents}
	for amount, want := range map[int64]bool{0: false, 20_000_00: false, 20_000_01: true, 250_000_00: true} {
		if got := c.AboveCeiling(amount); got != want {
			t.Errorf("AboveCeiling(%d) = %v", amount, got)
		}
	}
	if (Campaign{ID: "2027"}).AboveCeiling(250_000_00) {
		t.Errorf("a campaign without a ceiling flags amounts")
	}
	for date, want := range map[string]bool{"2027-07-12": false, "2019-07-12": true, "2028-01-03": true} {
		if got := c.OutsideYear(date); got != want {
			t.Errorf("OutsideYear(%s) = %v", date, got)
		}
	}
	for name, want := range map[string]string{"Budget citoyen 2027": "", "Budget citoyen 2025": "2025", "Budget citoyen": "", "Appel 2027 (report 2026)": "2026", "Salle 20271": ""} {
		if got := OtherYearInName("2027", name); got != want {
			t.Errorf("OtherYearInName(%q) = %q, want %q", name, got, want)
		}
	}
	if got := Euros(2_500_050).String(); got != "25\u202f000,50\u00a0€" {
		t.Errorf("Euros = %q", got)
	}
}

// The minutes of a meeting that has not taken place cannot be sealed.
func TestASessionInTheFutureCannotBeClosed(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	se := Session{CampaignID: "2026", Date: "2026-07-15", Territory: f.session.Territory}
	if err := s.CreateSession(&se); err != nil {
		t.Fatal(err)
	}
	err := s.CloseSession(se.ID)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "n'a pas encore eu lieu") {
		t.Fatalf("closing a session in 3 days: %v", err)
	}
	se.Date = "2026-07-12" // the test clock's day
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseSession(se.ID); err != nil {
		t.Fatalf("a session of today closes: %v", err)
	}
}

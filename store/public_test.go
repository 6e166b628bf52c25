package store

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// labelFixture labels the fixture's first initiative (the one with contact
// details) and defers the third; the second stays submitted.
func labelFixture(t *testing.T, s *Store, f fixture) {
	t.Helper()
	for i, d := range map[int]*Decision{
		0: {Outcome: OutcomeLabelled, Category: "cooperation", Rationale: "ok"},
		2: {Outcome: OutcomeDeferred, Rationale: "à retravailler"},
	} {
		ev := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[i].ID, Scores: fullScores(f.grid, 3), Decision: d}
		if err := s.PutEvaluation(ev); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPublicListHoldsTheLabelledInitiativesOfTheCurrentCampaign(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	labelFixture(t, s, f)
	if err := s.PutCampaign(Campaign{ID: "2025", Name: "Budget citoyen 2025", Grid: f.grid.Ref()}); err != nil {
		t.Fatal(err)
	}
	l, err := s.PublicList("")
	if err != nil {
		t.Fatal(err)
	}
	if l.Campaign.ID != "2026" || l.Grid == nil || l.Grid.Ref() != f.grid.Ref() {
		t.Fatalf("campaign %q, grid %v: want the latest campaign, 2026, with its grid", l.Campaign.ID, l.Grid)
	}
	in := f.inits[0]
	want := []PublicInitiative{{ID: in.ID, Title: in.Title, Structure: in.Holder.Name, Territory: in.Territory,
		Commune: in.Commune, Category: "cooperation", AmountCents: in.AmountCents, Summary: in.Summary}}
	if !reflect.DeepEqual(l.Initiatives, want) {
		t.Fatalf("public list\n got %+v\nwant %+v", l.Initiatives, want)
	}
	if dump := fmt.Sprintf("%+v", l.Initiatives); strings.Contains(dump, "Paul Martin") ||
		strings.Contains(dump, "paul@example.org") || strings.Contains(dump, "0600000000") {
		t.Fatalf("contact details in the public list: %s", dump)
	}
	old, err := s.PublicList("2025")
	if err != nil || old.Campaign.ID != "2025" || len(old.Initiatives) != 0 {
		t.Fatalf("campaign 2025: %+v, %v", old, err)
	}
}

// The rule is in the type: nothing a public list carries can hold a contact.
func TestPublicInitiativeHasNoContactField(t *testing.T) {
	personal := regexp.MustCompile(`(?i)contact|mail|phone|tel|holder`)
	typ := reflect.TypeOf(PublicInitiative{})
	for i := range typ.NumField() {
		fl := typ.Field(i)
		if personal.MatchString(fl.Name) || fl.Type.Kind() == reflect.Struct || fl.Type == reflect.TypeOf(Holder{}) {
			t.Errorf("PublicInitiative.%s (%s) may carry personal data", fl.Name, fl.Type)
		}
	}
}

func TestPublicListOfAnUnknownCampaignNamesTheCampaigns(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	if err := s.PutCampaign(Campaign{ID: "2025", Name: "Budget citoyen 2025", Grid: f.grid.Ref()}); err != nil {
		t.Fatal(err)
	}
	_, err := s.PublicList("2030")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown campaign: %v", err)
	}
	var k interface{ MessageKey() (string, []any) }
	if !errors.As(err, &k) {
		t.Fatalf("no message key: %v", err)
	}
	key, args := k.MessageKey()
	if key != "public.unknown_campaign" || !reflect.DeepEqual(args, []any{"2030", "2025, 2026"}) {
		t.Fatalf("key %q args %v", key, args)
	}
	if want := "la campagne 2030 n'existe pas ; campagnes de la base : 2025, 2026"; err.Error() != want {
		t.Fatalf("%q, want %q", err, want)
	}
}

func TestPublicListWithoutCampaign(t *testing.T) {
	s := openTest(t)
	if _, err := s.PublicList("2026"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("no campaign at all: %v", err)
	}
}

package i18n

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store"
)

func TestErrorCataloguesHaveTheSameKeys(t *testing.T) {
	for k := range errorsFR {
		if _, ok := errorsEN[k]; !ok {
			t.Errorf("key %q is missing from errorsEN", k)
		}
	}
	for k := range errorsEN {
		if _, ok := errorsFR[k]; !ok {
			t.Errorf("key %q is missing from errorsFR", k)
		}
	}
}

// Every message key the store and scoring use has its catalogue entry.
func TestEveryErrorKeyIsCatalogued(t *testing.T) {
	keyRe := regexp.MustCompile(`"((?:store|scoring)\.[a-z_]+(?:\.[a-z_]+)*)"`)
	files, _ := filepath.Glob("../../store/*.go")
	more, _ := filepath.Glob("../../scoring/*.go")
	n := 0
	for _, f := range append(files, more...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyRe.FindAllStringSubmatch(string(src), -1) {
			n++
			if _, ok := errorsFR[m[1]]; !ok {
				t.Errorf("%s: key %q has no catalogue entry", filepath.Base(f), m[1])
			}
		}
	}
	if n < 50 {
		t.Fatalf("only %d keys found: has the source moved?", n)
	}
}

// refusals builds a small database and collects store refusals of several
// kinds: a closed session, a nested score error inside an evaluation's
// context, a decided initiative that cannot be withdrawn.
func refusals(t *testing.T) []error {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	g := scoring.Default()
	var in store.Initiative
	var se store.Session
	err = s.Update(func(tx *store.Tx) error {
		if err := tx.PutGrid(g.Ref(), scoring.DefaultSource()); err != nil {
			return err
		}
		if err := tx.PutCampaign(store.Campaign{ID: "2026", Name: "Budget citoyen 2026", Grid: g.Ref()}); err != nil {
			return err
		}
		in = store.Initiative{CampaignID: "2026", Title: "Recyclerie"}
		if err := tx.CreateInitiative(&in); err != nil {
			return err
		}
		se = store.Session{CampaignID: "2026", Date: "2026-07-12", Agenda: []uint64{in.ID}}
		return tx.CreateSession(&se)
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []error
	bad := s.PutEvaluation(store.Evaluation{SessionID: se.ID, InitiativeID: in.ID, Scores: scoring.Scores{"gouvernance": 9}})
	out = append(out, bad)
	ev := store.Evaluation{SessionID: se.ID, InitiativeID: in.ID, Scores: scoring.Scores{"gouvernance": 3},
		Decision: &store.Decision{Outcome: store.OutcomeDeferred, Rationale: "à revoir"}}
	if err := s.PutEvaluation(ev); err != nil {
		t.Fatal(err)
	}
	out = append(out, s.WithdrawInitiative(in.ID))
	if err := s.Update(func(tx *store.Tx) error { return tx.CloseSession(se.ID) }); err != nil {
		t.Fatal(err)
	}
	out = append(out, s.PutEvaluation(ev))
	for i, e := range out {
		if e == nil {
			t.Fatalf("refusal %d did not happen", i)
		}
	}
	if !errors.Is(out[1], store.ErrDecided) || !errors.Is(out[2], store.ErrSealed) {
		t.Fatalf("unexpected kinds: %v / %v", out[1], out[2])
	}
	return out
}

// French words that would betray an untranslated sentence.
var frenchWords = regexp.MustCompile(`(?i)\b(la|le|les|une|des|séance|initiative « |déjà|évaluation|marqueur|grille|close|retirée|décidée)\b|«|»|é|è|à`)

func TestEnglishCatalogueWritesStoreRefusalsWithoutFrench(t *testing.T) {
	en, fr := New(EN), New(FR)
	for _, err := range refusals(t) {
		got := en.Error(err)
		if w := frenchWords.FindString(got); w != "" {
			t.Errorf("English text %q contains French (%q)", got, w)
		}
		if strings.Contains(got, "⟨") || got == err.Error() {
			t.Errorf("English text not from the catalogue: %q", got)
		}
		// The French catalogue writes exactly the store's own sentence.
		if got := fr.Error(err); got != err.Error() {
			t.Errorf("French catalogue\n got %q\nwant %q", got, err.Error())
		}
	}
	if got := en.Error(refusals(t)[0]); !strings.Contains(got, "2026-07-12") || !strings.Contains(got, "off the scale") {
		t.Errorf("nested parts not translated: %q", got)
	}
}

func TestErrorFallsBackToErrorText(t *testing.T) {
	plain := errors.New("quelque chose")
	if got := New(EN).Error(plain); got != "quelque chose" {
		t.Fatalf("plain error: %q", got)
	}
	if got := New(EN).Error(fmt.Errorf("contexte : %w", plain)); got != "contexte : quelque chose" {
		t.Fatalf("wrapped plain error: %q", got)
	}
	if New(EN).Error(nil) != "" {
		t.Fatal("nil error")
	}
}

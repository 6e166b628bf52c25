package store

import (
	"reflect"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store/plaintext/plaintexttest"
)

// texts lists every string a record holds, map keys and values included.
func texts(v any) []string {
	var out []string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			out = append(out, v.String())
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Key())
				walk(it.Value())
			}
		}
	}
	walk(reflect.ValueOf(v))
	return out
}

// assertStoredClean fails when a record holds a control or direction
// character or lost the payload's word. Zero-width characters may stay in
// the multiline fields (they join emoji); oneLineFields checks the others.
func assertStoredClean(t *testing.T, what string, p plaintexttest.Payload, rec any) {
	t.Helper()
	all := strings.Join(texts(rec), "\n")
	for _, s := range texts(rec) {
		if r, bad := plaintexttest.Unsafe(strings.Map(dropZeroWidth, s)); bad {
			t.Errorf("%s, %s: stored %q keeps %U", what, p.Name, s, r)
		}
	}
	if !strings.Contains(all, p.Word) {
		t.Errorf("%s, %s: %q lost", what, p.Name, p.Word)
	}
}

func dropZeroWidth(r rune) rune {
	if r >= 0x200b && r <= 0x200d || r == 0x2060 || r == 0xfeff {
		return -1
	}
	return r
}

func TestEveryWriteCleansHostileText(t *testing.T) {
	for _, p := range plaintexttest.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			s := openTest(t)
			f := seed(t, s)
			h := p.Text
			var in Initiative
			var m Member
			var a Amendment
			err := s.Update(func(tx *Tx) error {
				c, err := tx.Campaign("2026")
				if err != nil {
					return err
				}
				c.Name = "Budget " + h
				c.Territories = append(c.Territories, "Terr "+h)
				c.Colleges = append(c.Colleges, "Coll "+h)
				if err := tx.PutCampaign(c); err != nil {
					return err
				}
				in = Initiative{CampaignID: "2026", Title: h, Territory: "Terr " + h, Commune: h, Summary: h + "\n" + h,
					Holder: Holder{Name: h, LegalForm: h, ContactName: h, Email: h, Phone: h}}
				if err := tx.CreateInitiative(&in); err != nil {
					return err
				}
				m = Member{Name: h, College: "Coll " + h, Active: true}
				if err := tx.CreateMember(&m); err != nil {
					return err
				}
				se := f.session
				se.Place = h
				se.Agenda = append(se.Agenda, in.ID)
				se.Postponed = []uint64{f.inits[0].ID}
				se.PostponeReasons = map[uint64]string{f.inits[0].ID: h}
				se.Recusals = append(se.Recusals, Recusal{InitiativeID: in.ID, MemberID: m.ID, Reason: h})
				if err := tx.PutSession(se); err != nil {
					return err
				}
				g := scoring.Default()
				marker := g.Markers()[0].Marker.ID
				return tx.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: in.ID, Grid: g.Ref(),
					Scores: scoring.Scores{marker: 2}, Notes: map[string]string{marker: h},
					Decision: &Decision{Outcome: OutcomeDeferred, Rationale: h + "\n" + h}})
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.CloseSession(f.session.ID); err != nil {
				t.Fatal(err)
			}
			ev, _, err := s.Evaluation(f.session.ID, in.ID)
			if err != nil {
				t.Fatal(err)
			}
			a = Amendment{SessionID: f.session.ID, InitiativeID: in.ID, Reason: h, After: &ev}
			if err := s.Update(func(tx *Tx) error { return tx.AddAmendment(&a) }); err != nil {
				t.Fatal(err)
			}
			stored := map[string]any{}
			stored["campaign"], _ = s.Campaign("2026")
			stored["initiative"], _ = s.Initiative(in.ID)
			stored["member"], _ = s.Member(m.ID)
			stored["session"], _ = s.Session(f.session.ID)
			stored["evaluation"] = ev
			_ = s.View(func(tx *Tx) error {
				stored["amendment"], err = tx.Amendments(f.session.ID)
				return err
			})
			for what, rec := range stored {
				assertStoredClean(t, what, p, rec)
			}
			got, _ := s.Initiative(in.ID)
			if !strings.Contains(got.Summary, "\n") {
				t.Errorf("the summary lost its line break: %q", got.Summary)
			}
			se, _ := s.Session(f.session.ID)
			for _, one := range []string{got.Title, got.Holder.Name, got.Holder.Email, got.Commune, got.Territory, se.Place, se.Recusals[1].Reason, se.PostponeReasons[f.inits[0].ID], a.Reason} {
				if r, bad := plaintexttest.Unsafe(one); bad {
					t.Errorf("one-line field %q keeps %U", one, r)
				}
			}
		})
	}
}

func TestParseGridCleansItsTexts(t *testing.T) {
	src := strings.Replace(string(scoring.DefaultSource()), `title = "`, `title = "\u001b]2;pirate\u0007`, 1)
	g, err := ParseGrid([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(g.Title, "\x1b\x07") || !strings.Contains(g.Title, "pirate") {
		t.Errorf("grid title %q", g.Title)
	}
}

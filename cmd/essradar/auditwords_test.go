package main

import (
	"strconv"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store"
)

// The audit says a recusal in words, whom and about what, and an
// evaluation's creation with the score it was created with; never the
// record's raw keys.
func TestAuditSaysRecusalsAndFirstScores(t *testing.T) {
	db := cliDemoDB(t)
	s := openDB(t, db)
	var se store.Session
	ses, err := s.Sessions("")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range ses {
		if x.Date == "2026-07-21" {
			se = x
		}
	}
	if se.ID == 0 || se.Sealed() {
		t.Fatal("the demo has no open session on 21 July")
	}
	var item uint64
	for _, id := range se.Agenda {
		if _, found, err := s.Evaluation(se.ID, id); err == nil && !found {
			item = id
		}
	}
	if item == 0 {
		t.Fatal("every item of the open session is evaluated")
	}
	member, err := s.Member(se.Present[0])
	if err != nil {
		t.Fatal(err)
	}
	se.Recusals = append(se.Recusals, store.Recusal{InitiativeID: item, MemberID: member.ID, Reason: "lien familial"})
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	if err := s.PutEvaluation(store.Evaluation{SessionID: se.ID, InitiativeID: item, Scores: scoring.Scores{"gouvernance": 3}}); err != nil {
		t.Fatal(err)
	}
	se, err = s.Session(se.ID)
	if err != nil {
		t.Fatal(err)
	}
	se.Recusals = se.Recusals[:len(se.Recusals)-1]
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	s.Close()

	n := strconv.FormatUint(item, 10)
	fr := cliOK(t, "--db", db, "audit", "--session", strconv.FormatUint(se.ID, 10)).stdout
	en := cliOK(t, "--db", db, "--lang", "en", "audit", "--session", strconv.FormatUint(se.ID, 10)).stdout
	byInitiative := cliOK(t, "--db", db, "audit", "--initiative", n).stdout
	for _, c := range []struct {
		name, out string
		want      []string
	}{
		{"fr", fr, []string{"déport de " + member.Name + " (initiative n°\u00a0" + n + ") déclaré, motif\u00a0: «\u00a0lien familial\u00a0»",
			"déport de " + member.Name + " (initiative n°\u00a0" + n + ") retiré", "création · notes\u00a0: Gouvernance 3"}},
		{"en", en, []string{"recusal of " + member.Name + " (initiative no. " + n + ") declared, reason: “lien familial”",
			"recusal of " + member.Name + " (initiative no. " + n + ") withdrawn", "created · scores: Governance 3"}},
		{"initiative", byInitiative, []string{"déport de " + member.Name + " (initiative n°\u00a0" + n + ") déclaré", "notes\u00a0: Gouvernance 3"}},
	} {
		for _, w := range c.want {
			if !strings.Contains(c.out, w) {
				t.Errorf("%s: audit lacks %q:\n%s", c.name, w, c.out)
			}
		}
		for _, raw := range []string{"member_id", "initiative_id", "{at:"} {
			if strings.Contains(c.out, raw) {
				t.Errorf("%s: audit shows the raw %q:\n%s", c.name, raw, c.out)
			}
		}
	}
}

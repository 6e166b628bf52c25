package store

import (
	"testing"

	"essradar/scoring"
)

// statsFixture adds to the seed a campaign 2025 with two decided
// initiatives, and in 2026: a label amended after the session closed
// (another category, lower scores, one marker « non concerné »), a
// refusal, a withdrawal and an initiative not examined yet.
func statsFixture(t *testing.T, s *Store) fixture {
	t.Helper()
	f := seed(t, s)
	g := f.grid
	amended := fullScores(g, 2)
	amended["gouvernance"] = scoring.NotApplicable
	err := s.Update(func(tx *Tx) error {
		lens := Initiative{CampaignID: "2026", Title: "Épicerie de Lens", Territory: "Lens-Liévin", Commune: "Lens"}
		if err := tx.CreateInitiative(&lens); err != nil {
			return err
		}
		if err := tx.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(g, 3),
			Decision: &Decision{Outcome: OutcomeLabelled, Category: "cooperation"}}); err != nil {
			return err
		}
		if err := tx.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Scores: fullScores(g, 1),
			Decision: &Decision{Outcome: OutcomeNotRetained}}); err != nil {
			return err
		}
		if err := tx.WithdrawInitiative(f.inits[1].ID); err != nil {
			return err
		}
		if err := tx.CloseSession(f.session.ID); err != nil {
			return err
		}
		after := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Grid: g.Ref(), Scores: amended,
			Decision: &Decision{Outcome: OutcomeLabelled, Category: "pratique"}}
		if err := tx.AddAmendment(&Amendment{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Reason: "erreur de saisie", After: &after}); err != nil {
			return err
		}

		if err := tx.PutCampaign(Campaign{ID: "2025", Name: "Budget citoyen 2025", Grid: g.Ref(),
			Territories: []string{"Arrageois"}, Colleges: []string{"CDESS"}}); err != nil {
			return err
		}
		a := Initiative{CampaignID: "2025", Title: "Ressourcerie", Territory: "Arrageois", Commune: "Arras"}
		b := Initiative{CampaignID: "2025", Title: "Tiers-lieu", Territory: "Arrageois", Commune: "Arras"}
		for _, in := range []*Initiative{&a, &b} {
			if err := tx.CreateInitiative(in); err != nil {
				return err
			}
		}
		se := Session{CampaignID: "2025", Date: "2025-06-10", Territory: "Arrageois", Place: "Arras",
			Present: []uint64{f.members[0].ID}, Agenda: []uint64{a.ID, b.ID}}
		if err := tx.CreateSession(&se); err != nil {
			return err
		}
		if err := tx.PutEvaluation(Evaluation{SessionID: se.ID, InitiativeID: a.ID, Scores: fullScores(g, 4),
			Decision: &Decision{Outcome: OutcomeLabelled, Category: "innovation"}}); err != nil {
			return err
		}
		return tx.PutEvaluation(Evaluation{SessionID: se.ID, InitiativeID: b.ID, Scores: fullScores(g, 2),
			Decision: &Decision{Outcome: OutcomeDeferred}})
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestStatisticsOnAKnownDataSet(t *testing.T) {
	s := openTest(t)
	statsFixture(t, s)
	all, err := s.Statistics()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Campaign.ID != "2025" || all[1].Campaign.ID != "2026" {
		t.Fatalf("campaigns: %d, want 2025 then 2026", len(all))
	}

	old := all[0]
	if old.Initiatives != 2 || old.Outcomes != (OutcomeCounts{Labelled: 1, Deferred: 1}) {
		t.Errorf("2025: %d initiatives, %+v", old.Initiatives, old.Outcomes)
	}
	if old.LabelledIn("innovation") != 1 || old.LabelledIn("pratique") != 0 || old.Sessions != 1 || old.Closed != 0 {
		t.Errorf("2025: labelled %+v, sessions %d closed %d", old.Labelled, old.Sessions, old.Closed)
	}
	if m, ok := old.CategoryMean("pratique"); !ok || m != 3 || old.Evaluated != 2 {
		t.Errorf("2025: pratique mean %v (%v) over %d, want 3 over 2", m, ok, old.Evaluated)
	}

	cur := all[1]
	// The amendment moved the label from Coopération to Pratique: the
	// decision in force counts, not the first one.
	if cur.Initiatives != 4 || cur.Outcomes != (OutcomeCounts{Labelled: 1, NotRetained: 1, Pending: 1, Withdrawn: 1}) {
		t.Errorf("2026: %d initiatives, %+v", cur.Initiatives, cur.Outcomes)
	}
	want := []CategoryCount{{"pratique", 1}, {"innovation", 0}, {"cooperation", 0}, {"transformation", 0}}
	if len(cur.Labelled) != len(want) {
		t.Fatalf("2026 labelled: %+v", cur.Labelled)
	}
	for i, w := range want {
		if cur.Labelled[i] != w {
			t.Errorf("2026 labelled[%d] = %+v, want %+v", i, cur.Labelled[i], w)
		}
	}
	// "henin carvin" is Hénin-Carvin; territories keep the campaign's order.
	wantT := []TerritoryCount{{"Arrageois", 1, 0}, {"Hénin-Carvin", 2, 1}, {"Lens-Liévin", 1, 0}}
	if len(cur.Territories) != len(wantT) {
		t.Fatalf("2026 territories: %+v", cur.Territories)
	}
	for i, w := range wantT {
		if cur.Territories[i] != w {
			t.Errorf("2026 territory[%d] = %+v, want %+v", i, cur.Territories[i], w)
		}
	}
	if cur.Sessions != 1 || cur.Closed != 1 || cur.Evaluated != 2 {
		t.Errorf("2026: sessions %d closed %d evaluated %d", cur.Sessions, cur.Closed, cur.Evaluated)
	}
	// Amended scores (2, gouvernance « non concerné ») and the refusal (1):
	// gouvernance is scored once, every other marker twice.
	gov := cur.MarkerMeans[0]
	if gov.Ref.Marker.ID != "gouvernance" || gov.Mean != 1 || gov.Scored != 1 || gov.NA != 1 {
		t.Errorf("gouvernance: %+v, want 1 over 1 evaluation, 1 « non concerné »", gov)
	}
	for _, m := range cur.MarkerMeans[1:] {
		if m.Mean != 1.5 || m.Scored != 2 {
			t.Errorf("%s: %+v, want 1,5 over 2", m.Ref.Marker.ID, m)
		}
	}
	if m, _ := cur.CategoryMean("pratique"); m != 1.5 {
		t.Errorf("2026 pratique mean %v, want 1,5", m)
	}
	if weakest := scoring.WeakestFirst(cur.MarkerMeans)[0]; weakest.Ref.Marker.ID != "gouvernance" {
		t.Errorf("weakest marker %s, want gouvernance", weakest.Ref.Marker.ID)
	}
}

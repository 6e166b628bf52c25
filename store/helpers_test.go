package store

import (
	"path/filepath"
	"testing"
	"time"

	"essradar/scoring"
)

// testClock returns a clock that moves one second per reading, so that dates
// differ and tests stay deterministic.
func testClock() func() time.Time {
	t := time.Date(2026, 7, 12, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

func openTest(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "data", "essradar.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	s.now = testClock()
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// fixture is a small campaign: the default grid, two members, three
// initiatives and one open session.
type fixture struct {
	grid    *scoring.Grid
	members []Member
	inits   []Initiative
	session Session
}

func seed(t testing.TB, s *Store) fixture {
	t.Helper()
	var f fixture
	f.grid = scoring.Default()
	err := s.Update(func(tx *Tx) error {
		if err := tx.PutGrid(f.grid.Ref(), scoring.DefaultSource()); err != nil {
			return err
		}
		if err := tx.PutCampaign(Campaign{
			ID: "2026", Name: "Budget citoyen 2026", Grid: f.grid.Ref(),
			Territories: []string{"Arrageois", "Hénin-Carvin", "Lens-Liévin"},
			Colleges:    []string{"CDESS", "Mission ESS"},
		}); err != nil {
			return err
		}
		for _, m := range []Member{{Name: "Claire Dubois", College: "CDESS", Active: true}, {Name: "Karim Benali", College: "Mission ESS", Active: true}} {
			if err := tx.CreateMember(&m); err != nil {
				return err
			}
			f.members = append(f.members, m)
		}
		for _, in := range []Initiative{
			{CampaignID: "2026", Title: "Recyclerie du Ternois", Territory: "Hénin-Carvin", Commune: "Carvin", AmountCents: 1500050,
				Holder: Holder{Name: "Association Réemploi", LegalForm: "association", ContactName: "Paul Martin", Email: "paul@example.org", Phone: "0600000000"}},
			{CampaignID: "2026", Title: "Jardin partagé", Territory: "Arrageois", Commune: "Arras", AmountCents: 300000},
			{CampaignID: "2026", Title: "Café solidaire", Territory: "henin carvin", Commune: "Hénin-Beaumont", AmountCents: 800000},
		} {
			if err := tx.CreateInitiative(&in); err != nil {
				return err
			}
			f.inits = append(f.inits, in)
		}
		f.session = Session{
			CampaignID: "2026", Date: "2026-07-12", Territory: "Hénin-Carvin", Place: "Mairie de Carvin",
			Present: []uint64{f.members[0].ID, f.members[1].ID},
			Agenda:  []uint64{f.inits[0].ID, f.inits[2].ID},
			Recusals: []Recusal{{InitiativeID: f.inits[2].ID, MemberID: f.members[1].ID, Reason: "trésorier de l'association",
				At: time.Date(2026, 7, 12, 9, 30, 0, 0, time.UTC)}},
		}
		return tx.CreateSession(&f.session)
	})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return f
}

func fullScores(g *scoring.Grid, v int) scoring.Scores {
	s := scoring.Scores{}
	for _, r := range g.Markers() {
		s[r.Marker.ID] = v
	}
	return s
}

package store

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"essradar/scoring"
)

func TestCampaignAndGridRoundTrip(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)

	c, err := s.Campaign("2026")
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Budget citoyen 2026" || c.Grid != f.grid.Ref() || len(c.Territories) != 3 || c.CreatedAt.IsZero() {
		t.Fatalf("campaign = %+v", c)
	}
	if err := s.PutCampaign(Campaign{ID: "2025", Name: "Budget citoyen 2025", Grid: f.grid.Ref()}); err != nil {
		t.Fatal(err)
	}
	all, err := s.Campaigns()
	if err != nil || len(all) != 2 || all[0].ID != "2025" {
		t.Fatalf("Campaigns = %v, %v", all, err)
	}
	cur, err := s.CurrentCampaign()
	if err != nil || cur.ID != "2026" {
		t.Fatalf("CurrentCampaign = %v, %v", cur.ID, err)
	}
	// Update keeps CreatedAt.
	c.Name = "Budget citoyen du Pas-de-Calais 2026"
	c.CreatedAt = time.Time{}
	if err := s.PutCampaign(c); err != nil {
		t.Fatal(err)
	}
	c2, _ := s.Campaign("2026")
	if c2.Name != c.Name || c2.CreatedAt.IsZero() {
		t.Fatalf("updated campaign = %+v", c2)
	}
	if _, err := s.Campaign("1999"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing campaign: %v", err)
	}
	if err := s.PutCampaign(Campaign{ID: "2027", Name: "x", Grid: scoring.Ref{ID: "nope", Version: 3}}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("campaign with unknown grid: %v", err)
	}

	src, err := s.GridSource(f.grid.Ref())
	if err != nil || string(src) != string(scoring.DefaultSource()) {
		t.Fatalf("GridSource: %v", err)
	}
	g, err := s.Grid(f.grid.Ref())
	if err != nil || g.ID != f.grid.ID {
		t.Fatalf("Grid: %v", err)
	}
	// Same source again: accepted; other source under the same version: refused.
	if err := s.PutGrid(f.grid.Ref(), scoring.DefaultSource()); err != nil {
		t.Fatal(err)
	}
	edited := []byte(strings.Replace(string(scoring.DefaultSource()), "threshold = 2.5", "threshold = 2.75", 1))
	if err := s.PutGrid(f.grid.Ref(), edited); !errors.Is(err, ErrExists) {
		t.Fatalf("changed grid source: %v", err)
	}
	v3 := []byte(strings.Replace(string(edited), "version = 2", "version = 3", 1))
	if err := s.PutGrid(scoring.Ref{ID: f.grid.ID, Version: 3}, v3); err != nil {
		t.Fatal(err)
	}
	if err := s.PutGrid(scoring.Ref{ID: f.grid.ID, Version: 4}, v3); !errors.Is(err, ErrInvalid) {
		t.Fatalf("grid announcing another version: %v", err)
	}
	refs, err := s.Grids()
	if err != nil || len(refs) != 2 || refs[1].Version != 3 {
		t.Fatalf("Grids = %v, %v", refs, err)
	}
}

func TestInitiativeRoundTripAndTerritoryIndex(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)

	got, err := s.Initiative(f.inits[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, f.inits[0]) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, f.inits[0])
	}
	if got.Status != StatusSubmitted || got.ID != 1 || got.Holder.Email != "paul@example.org" {
		t.Fatalf("defaults: %+v", got)
	}

	titles := func(list []Initiative) []string {
		var out []string
		for _, in := range list {
			out = append(out, in.Title)
		}
		return out
	}
	hc, err := s.InitiativesByTerritory("2026", "HENIN_CARVIN")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Recyclerie du Ternois", "Café solidaire"}; !reflect.DeepEqual(titles(hc), want) {
		t.Fatalf("Hénin-Carvin = %v, want %v", titles(hc), want)
	}

	// Move the café to Lens-Liévin: the index follows.
	cafe := f.inits[2]
	cafe.Territory = "Lens-Liévin"
	cafe.Status = StatusLabelled
	cafe.Category = "cooperation"
	if err := s.PutInitiative(cafe); err != nil {
		t.Fatal(err)
	}
	hc, _ = s.InitiativesByTerritory("2026", "Hénin-Carvin")
	ll, _ := s.InitiativesByTerritory("2026", "lens lievin")
	if !reflect.DeepEqual(titles(hc), []string{"Recyclerie du Ternois"}) || !reflect.DeepEqual(titles(ll), []string{"Café solidaire"}) {
		t.Fatalf("after move: HC=%v LL=%v", titles(hc), titles(ll))
	}
	if other, _ := s.InitiativesByTerritory("2025", "Lens-Liévin"); len(other) != 0 {
		t.Fatalf("other campaign sees %v", titles(other))
	}
	moved, _ := s.Initiative(cafe.ID)
	if !moved.UpdatedAt.After(moved.CreatedAt) || moved.CreatedAt != f.inits[2].CreatedAt {
		t.Fatalf("dates after update: %+v", moved)
	}

	all, err := s.Initiatives("2026")
	if err != nil || len(all) != 3 {
		t.Fatalf("Initiatives = %d, %v", len(all), err)
	}
	if none, _ := s.Initiatives("2025"); len(none) != 0 {
		t.Fatalf("Initiatives(2025) = %v", none)
	}

	// Validation.
	if err := s.CreateInitiative(&Initiative{CampaignID: "2026"}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("no title: %v", err)
	}
	if err := s.CreateInitiative(&Initiative{CampaignID: "1999", Title: "x"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown campaign: %v", err)
	}
	if err := s.PutInitiative(Initiative{ID: 99, CampaignID: "2026", Title: "x"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("update of a missing initiative: %v", err)
	}
	bad := cafe
	bad.Category = "inconnue"
	if err := s.PutInitiative(bad); !errors.Is(err, ErrInvalid) {
		t.Fatalf("unknown category: %v", err)
	}

	// Erase the holder's contact.
	if err := s.EraseHolderContact(f.inits[0].ID); err != nil {
		t.Fatal(err)
	}
	erased, _ := s.Initiative(f.inits[0].ID)
	if erased.Holder.Email != "" || erased.Holder.ContactName != "" || erased.Holder.Phone != "" || erased.Holder.Name == "" {
		t.Fatalf("erased holder = %+v", erased.Holder)
	}

	// Delete: the one on the agenda is refused, the free one goes, index too.
	if err := s.DeleteInitiative(f.inits[0].ID); !errors.Is(err, ErrInUse) {
		t.Fatalf("delete on agenda: %v", err)
	}
	if err := s.DeleteInitiative(f.inits[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Initiative(f.inits[1].ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted initiative: %v", err)
	}
	if ar, _ := s.InitiativesByTerritory("2026", "Arrageois"); len(ar) != 0 {
		t.Fatalf("index keeps a deleted initiative: %v", titles(ar))
	}
	assertNoProblems(t, s)
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"Hénin-Carvin":          "henincarvin",
		"  henin carvin ":       "henincarvin",
		"HENIN_CARVIN":          "henincarvin",
		"Montreuillois-Ternois": "montreuilloisternois",
		"Lens–Liévin":           "lenslievin",
		"Cœur d'Artois":         "coeurdartois",
		"":                      "",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMemberRoundTrip(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	m, err := s.Member(f.members[0].ID)
	if err != nil || !reflect.DeepEqual(m, f.members[0]) {
		t.Fatalf("Member = %+v, %v", m, err)
	}
	m.Active = false
	m.College = "finance solidaire"
	if err := s.PutMember(m); err != nil {
		t.Fatal(err)
	}
	all, err := s.Members()
	if err != nil || len(all) != 2 || all[0].Active || all[0].College != "finance solidaire" {
		t.Fatalf("Members = %+v, %v", all, err)
	}
	if err := s.CreateMember(&Member{Name: "  "}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("member without name: %v", err)
	}
	if err := s.DeleteMember(m.ID); !errors.Is(err, ErrInUse) {
		t.Fatalf("delete a member who sat: %v", err)
	}
	extra := Member{Name: "Invité", College: "personnes qualifiées"}
	if err := s.CreateMember(&extra); err != nil || extra.ID != 3 {
		t.Fatalf("CreateMember: %v (id %d)", err, extra.ID)
	}
	if err := s.DeleteMember(extra.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Member(extra.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted member: %v", err)
	}
}

func TestSessionEvaluationRoundTrip(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)

	got, err := s.Session(f.session.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, f.session) || got.Status != SessionOpen {
		t.Fatalf("session round trip:\n got %+v\nwant %+v", got, f.session)
	}
	got.Postponed = []uint64{f.inits[1].ID}
	got.Place = "Salle des fêtes"
	if err := s.PutSession(got); err != nil {
		t.Fatal(err)
	}
	list, err := s.Sessions("2026")
	if err != nil || len(list) != 1 || list[0].Place != "Salle des fêtes" {
		t.Fatalf("Sessions = %+v, %v", list, err)
	}
	bad := got
	bad.Agenda = append(bad.Agenda, 42)
	if err := s.PutSession(bad); !errors.Is(err, ErrNotFound) {
		t.Fatalf("agenda with a missing initiative: %v", err)
	}
	bad = got
	bad.Date = "12/07/2026"
	if err := s.PutSession(bad); !errors.Is(err, ErrInvalid) {
		t.Fatalf("bad date: %v", err)
	}

	e := Evaluation{
		SessionID: f.session.ID, InitiativeID: f.inits[0].ID,
		Scores: fullScores(f.grid, 3),
		Notes:  map[string]string{"emploi": "deux postes en insertion"},
		Decision: &Decision{Outcome: OutcomeLabelled, Category: "transformation", Rationale: "projet solide",
			Votes: &Votes{For: 5, Against: 1, Abstain: 1}},
	}
	e.Scores["entraide"] = scoring.NotApplicable
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	ev, found, err := s.Evaluation(f.session.ID, f.inits[0].ID)
	if err != nil || !found {
		t.Fatalf("Evaluation: %v %v", found, err)
	}
	if ev.Grid != f.grid.Ref() {
		t.Fatalf("grid defaults to the campaign's: %+v", ev.Grid)
	}
	if !reflect.DeepEqual(ev.Scores, e.Scores) || ev.Notes["emploi"] != "deux postes en insertion" ||
		ev.Decision == nil || *ev.Decision.Votes != *e.Decision.Votes || ev.Decision.At.IsZero() || ev.UpdatedAt.IsZero() {
		t.Fatalf("evaluation round trip: %+v", ev)
	}
	if _, found, _ := s.Evaluation(f.session.ID, f.inits[2].ID); found {
		t.Fatal("found an evaluation never written")
	}
	e2 := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Scores: scoring.Scores{"gouvernance": 2}}
	if err := s.PutEvaluation(e2); err != nil {
		t.Fatal(err)
	}
	bySession, err := s.EvaluationsBySession(f.session.ID)
	if err != nil || len(bySession) != 2 || bySession[0].InitiativeID != f.inits[0].ID {
		t.Fatalf("EvaluationsBySession = %v, %v", bySession, err)
	}
	byInit, err := s.EvaluationsByInitiative(f.inits[2].ID)
	if err != nil || len(byInit) != 1 || byInit[0].Scores["gouvernance"] != 2 {
		t.Fatalf("EvaluationsByInitiative = %v, %v", byInit, err)
	}

	// Invalid scores and decisions are refused.
	for name, bad := range map[string]Evaluation{
		"off scale":      {SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Scores: scoring.Scores{"gouvernance": 7}},
		"unknown marker": {SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Scores: scoring.Scores{"zzz": 1}},
		"no category":    {SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Decision: &Decision{Outcome: OutcomeLabelled}},
		"bad outcome":    {SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Decision: &Decision{Outcome: "peut-être"}},
	} {
		if err := s.PutEvaluation(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := s.PutEvaluation(Evaluation{SessionID: 77, InitiativeID: f.inits[2].ID}); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing session: %v", err)
	}
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Grid: scoring.Ref{ID: "autre", Version: 1}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown grid: %v", err)
	}

	// An evaluated initiative cannot be deleted.
	if err := s.DeleteInitiative(f.inits[2].ID); !errors.Is(err, ErrHasEvaluations) {
		t.Fatalf("delete evaluated initiative: %v", err)
	}
	assertNoProblems(t, s)
}

func TestSealedSessionRefusesEdits(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	e := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 3),
		Decision: &Decision{Outcome: OutcomeLabelled, Category: "pratique", Rationale: "ok"}}
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseSession(f.session.ID); err != nil {
		t.Fatal(err)
	}
	closed, _ := s.Session(f.session.ID)
	if !closed.Sealed() || closed.ClosedAt.IsZero() {
		t.Fatalf("closed session = %+v", closed)
	}
	before := snapshot(t, s)

	e.Scores = fullScores(f.grid, 1)
	err := s.PutEvaluation(e)
	if !errors.Is(err, ErrSealed) {
		t.Fatalf("PutEvaluation on a sealed session: %v", err)
	}
	if want := "la séance du 12/07/2026 est close : ses évaluations ne peuvent plus changer ; faites un amendement"; err.Error() != want {
		t.Fatalf("message = %q", err.Error())
	}
	other := Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Scores: scoring.Scores{}}
	if err := s.PutEvaluation(other); !errors.Is(err, ErrSealed) {
		t.Fatalf("new evaluation on a sealed session: %v", err)
	}
	if err := s.Update(func(tx *Tx) error { return tx.InsertEvaluation(other) }); !errors.Is(err, ErrSealed) {
		t.Fatalf("InsertEvaluation on a sealed session: %v", err)
	}
	closed.Place = "ailleurs"
	if err := s.PutSession(closed); !errors.Is(err, ErrSealed) {
		t.Fatalf("PutSession on a sealed session: %v", err)
	}
	if err := s.DeleteEvaluation(f.session.ID, f.inits[0].ID); !errors.Is(err, ErrSealed) {
		t.Fatalf("DeleteEvaluation on a sealed session: %v", err)
	}
	if err := s.CloseSession(f.session.ID); !errors.Is(err, ErrSealed) {
		t.Fatalf("closing twice: %v", err)
	}
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused edit changed the database")
	}

	// Amendments are the way.
	amended := Evaluation{Scores: fullScores(f.grid, 2), Decision: &Decision{Outcome: OutcomeDeferred, Rationale: "erreur de saisie corrigée"}}
	a := Amendment{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Reason: "erreur de saisie", After: &amended}
	if err := s.AddAmendment(&a); err != nil {
		t.Fatal(err)
	}
	if a.ID != 1 || a.Before == nil || a.Before.Scores["emploi"] != 3 || a.After.Grid != f.grid.Ref() || a.At.IsZero() {
		t.Fatalf("amendment = %+v", a)
	}
	list, err := s.Amendments(f.session.ID)
	if err != nil || len(list) != 1 || list[0].After.Decision.Outcome != OutcomeDeferred {
		t.Fatalf("Amendments = %+v, %v", list, err)
	}
	orig, _, _ := s.Evaluation(f.session.ID, f.inits[0].ID)
	if orig.Scores["emploi"] != 3 || orig.Decision.Outcome != OutcomeLabelled {
		t.Fatalf("the original evaluation changed: %+v", orig)
	}
	cur, found, err := s.CurrentEvaluation(f.session.ID, f.inits[0].ID)
	if err != nil || !found || cur.Scores["emploi"] != 2 {
		t.Fatalf("CurrentEvaluation = %+v %v %v", cur, found, err)
	}
	if err := s.AddAmendment(&Amendment{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, After: &amended}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("amendment without reason: %v", err)
	}
	assertNoProblems(t, s)
}

func TestAmendmentNeedsClosedSession(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	err := s.AddAmendment(&Amendment{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Reason: "x", After: &Evaluation{}})
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("amendment on an open session: %v", err)
	}
}

// snapshot copies every bucket's keys and values.
func snapshot(t *testing.T, s *Store) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			m := map[string]string{}
			out[string(name)] = m
			m["\x00seq"] = string(itob(b.Sequence()))
			return b.ForEach(func(k, v []byte) error { m[string(k)] = string(v); return nil })
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	before := snapshot(t, s)
	auditBefore, _ := s.Audit(0)

	boom := errors.New("panne simulée")
	err := s.Update(func(tx *Tx) error {
		if err := tx.CreateInitiative(&Initiative{CampaignID: "2026", Title: "Nouvelle", Territory: "Arrageois"}); err != nil {
			return err
		}
		in := f.inits[0]
		in.Territory = "Lens-Liévin"
		if err := tx.PutInitiative(in); err != nil {
			return err
		}
		if err := tx.CreateMember(&Member{Name: "Nouveau membre"}); err != nil {
			return err
		}
		if err := tx.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 4)}); err != nil {
			return err
		}
		if err := tx.CloseSession(f.session.ID); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Update = %v", err)
	}
	if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Fatal("a failed write left changes behind")
	}
	auditAfter, _ := s.Audit(0)
	if len(auditAfter) != len(auditBefore) {
		t.Fatalf("a failed write left %d audit entries", len(auditAfter)-len(auditBefore))
	}
	// And the next ids are the ones the failed write would have taken.
	in := Initiative{CampaignID: "2026", Title: "Après la panne"}
	if err := s.CreateInitiative(&in); err != nil || in.ID != 4 {
		t.Fatalf("next id = %d, %v", in.ID, err)
	}
}

func TestAuditPerWrite(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	entries, err := s.Audit(0)
	if err != nil {
		t.Fatal(err)
	}
	// init + grid + campaign + 2 members + 3 initiatives + session.
	if len(entries) != 9 {
		t.Fatalf("%d audit entries after seed: %+v", len(entries), entries)
	}
	if entries[0].Kind != "session" || entries[len(entries)-1].Action != "init" {
		t.Fatalf("not newest first: %+v", entries)
	}
	in := f.inits[1]
	in.Title = "Jardin partagé des Hauts"
	in.Territory = "Lens-Liévin"
	if err := s.PutInitiative(in); err != nil {
		t.Fatal(err)
	}
	// Writing the same record again changes nothing and logs nothing.
	if err := s.PutInitiative(in); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseSession(f.session.ID); err != nil {
		t.Fatal(err)
	}
	last, err := s.Audit(2)
	if err != nil || len(last) != 2 {
		t.Fatalf("Audit(2) = %v, %v", last, err)
	}
	if last[0].Action != "close" || last[0].Kind != "session" || last[0].ID != "1" {
		t.Fatalf("close entry = %+v", last[0])
	}
	want := []FieldChange{{Field: "territory", Old: "Arrageois", New: "Lens-Liévin"}, {Field: "title", Old: "Jardin partagé", New: "Jardin partagé des Hauts"}}
	if last[1].Action != "update" || last[1].Kind != "initiative" || last[1].ID != "2" ||
		last[1].Detail != "" || !slices.Equal(last[1].Changes, want) {
		t.Fatalf("update entry = %+v", last[1])
	}
	if last[0].Seq != last[1].Seq+1 || last[0].At.IsZero() {
		t.Fatalf("sequence: %+v", last)
	}
	// No personal data in the trail.
	all, _ := s.Audit(0)
	for _, e := range all {
		if strings.Contains(e.Detail, "paul") || strings.Contains(e.Detail, "Paul") {
			t.Fatalf("personal data in the audit trail: %+v", e)
		}
	}
}

func assertNoProblems(t *testing.T, s *Store) {
	t.Helper()
	probs, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Errorf("problème : %+v", p)
	}
}

func TestCheckFindsDanglingRecords(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: fullScores(f.grid, 2)}); err != nil {
		t.Fatal(err)
	}
	assertNoProblems(t, s)

	// Inject, behind the store's back, an evaluation of a session that does
	// not exist, an index entry without its initiative, and a session whose
	// agenda names a missing initiative.
	err := s.db.Update(func(tx *bbolt.Tx) error {
		e := Evaluation{SessionID: 42, InitiativeID: f.inits[1].ID, Grid: scoring.Ref{ID: "disparue", Version: 9}}
		data, _ := encode(e)
		if err := tx.Bucket(bucketEvaluations).Put(pairKey(42, f.inits[1].ID), data); err != nil {
			return err
		}
		if err := tx.Bucket(bucketIdxInitTerr).Put(territoryKey("2026", "Calaisis", 77), nil); err != nil {
			return err
		}
		se := f.session
		se.Agenda = append(se.Agenda, 88)
		data, _ = encode(se)
		return tx.Bucket(bucketSessions).Put(itob(se.ID), data)
	})
	if err != nil {
		t.Fatal(err)
	}
	probs, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range probs {
		msgs = append(msgs, p.Kind+" "+p.ID+" : "+p.Message)
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{
		"renvoie à la séance n° 42, qui n'existe pas",
		"grille disparue v9, absente de la base",
		"manque à l'index par initiative",
		"ne correspond à aucune initiative (initiative n° 77)",
		"l'initiative n° 88, qui n'existe pas",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("Check misses %q; got:\n%s", want, joined)
		}
	}
}

func TestCallerPanicIsNotDamage(t *testing.T) {
	s := openTest(t)
	defer func() {
		if p := recover(); p != "bogue de l'appelant" {
			t.Fatalf("recovered %v", p)
		}
		// The store still works after the caller's panic.
		if _, err := s.Audit(1); err != nil {
			t.Fatal(err)
		}
	}()
	_ = s.Update(func(tx *Tx) error { panic("bogue de l'appelant") })
	t.Fatal("the caller's panic was swallowed")
}

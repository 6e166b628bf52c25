package store

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// trailText is the whole audit trail as JSON: what a reader of the file
// could find in it.
func trailText(t *testing.T, s *Store) string {
	t.Helper()
	all, err := s.Audit(0)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(all)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// decide labels an initiative in the seed's session and closes it.
func decide(t *testing.T, s *Store, f fixture, id uint64) {
	t.Helper()
	e := Evaluation{SessionID: f.session.ID, InitiativeID: id, Scores: fullScores(f.grid, 3),
		Decision: &Decision{Outcome: OutcomeLabelled, Category: f.grid.Categories[0].ID, Rationale: "projet solide", Votes: &Votes{For: 2}}}
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseSession(f.session.ID); err != nil {
		t.Fatal(err)
	}
}

func TestForgetKeepsDecisions(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	id := f.inits[0].ID
	decide(t, s, f, id)
	before, err := s.InitiativeFile(id)
	if err != nil {
		t.Fatal(err)
	}
	if before.In.Status != StatusLabelled || before.In.Holder.Email == "" {
		t.Fatalf("seed: %+v", before.In)
	}

	if err := s.EraseHolderContact(id); err != nil {
		t.Fatalf("a decided initiative can be forgotten: %v", err)
	}
	after, err := s.InitiativeFile(id)
	if err != nil {
		t.Fatal(err)
	}
	h := after.In.Holder
	if h.ContactName != "" || h.Email != "" || h.Phone != "" {
		t.Fatalf("contact left: %+v", h)
	}
	if h.Name != before.In.Holder.Name || h.LegalForm != before.In.Holder.LegalForm {
		t.Fatalf("the structure must stay: %+v", h)
	}
	if after.In.Status != before.In.Status || after.In.Category != before.In.Category ||
		after.In.Title != before.In.Title || after.In.AmountCents != before.In.AmountCents {
		t.Fatalf("the initiative changed beyond its contact: %+v → %+v", before.In, after.In)
	}
	if !reflect.DeepEqual(after.Evals, before.Evals) {
		t.Fatalf("evaluations and decisions changed:\n%+v\n%+v", before.Evals, after.Evals)
	}

	last, _ := s.Audit(1)
	want := []FieldChange{{Field: "holder.contact_name", Personal: true}, {Field: "holder.email", Personal: true}, {Field: "holder.phone", Personal: true}}
	if last[0].Action != "erase" || last[0].Kind != "initiative" || last[0].ID != idString(id) || !slices.Equal(last[0].Changes, want) {
		t.Fatalf("erase entry = %+v", last[0])
	}
	trail := trailText(t, s)
	for _, personal := range []string{"Paul", "paul@example.org", "0600000000"} {
		if strings.Contains(trail, personal) {
			t.Fatalf("the trail still holds %q: %s", personal, trail)
		}
	}

	// Twice: nothing more to erase, nothing logged.
	n := len(trail)
	if err := s.EraseHolderContact(id); err != nil {
		t.Fatalf("erasing twice: %v", err)
	}
	if len(trailText(t, s)) != n {
		t.Fatal("erasing twice must log nothing")
	}
	assertNoProblems(t, s)
}

func TestForgetWithdrawnAndEditedContact(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	in := f.inits[1]
	in.Holder = Holder{Name: "Jardins d'Arras", ContactName: "Zoé Lemaire", Email: "zoe@example.org", Phone: "0611223344"}
	if err := s.PutInitiative(in); err != nil {
		t.Fatal(err)
	}
	last, _ := s.Audit(1)
	for _, ch := range last[0].Changes {
		if strings.HasPrefix(ch.Field, "holder.") && ch.Field != "holder.name" && (!ch.Personal || ch.Old != "" || ch.New != "") {
			t.Fatalf("a personal field with its values: %+v", ch)
		}
	}
	if err := s.WithdrawInitiative(in.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.EraseHolderContact(in.ID); err != nil {
		t.Fatalf("a withdrawn initiative can be forgotten: %v", err)
	}
	got, _ := s.Initiative(in.ID)
	if got.Status != StatusWithdrawn || got.Holder.Email != "" || got.Holder.Name != "Jardins d'Arras" {
		t.Fatalf("after erasure: %+v", got)
	}
	trail := trailText(t, s)
	for _, personal := range []string{"Zoé", "zoe@example.org", "0611223344"} {
		if strings.Contains(trail, personal) {
			t.Fatalf("the trail holds %q", personal)
		}
	}
}

func TestAuditForInitiativeAndSession(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	a, b := f.inits[0], f.inits[2]
	a.Territory = "Lens-Liévin"
	if err := s.PutInitiative(a); err != nil {
		t.Fatal(err)
	}
	marker := f.grid.Markers()[0].Marker.ID
	e := Evaluation{SessionID: f.session.ID, InitiativeID: a.ID, Scores: fullScores(f.grid, 2)}
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	e.Scores = fullScores(f.grid, 2)
	e.Scores[marker] = 4
	if err := s.PutEvaluation(e); err != nil {
		t.Fatal(err)
	}
	se, _ := s.Session(f.session.ID)
	se.Agenda = []uint64{a.ID}
	se.Place = "Salle des fêtes"
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	decide(t, s, f, a.ID)

	hist, err := s.AuditForInitiative(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range hist {
		got = append(got, e.Action+" "+e.Kind+" "+e.ID)
	}
	sid := idString(f.session.ID)
	wantOrder := []string{"create initiative 1", "create session " + sid, "update initiative 1", "create evaluation " + sid + "/1", "update evaluation " + sid + "/1", "update evaluation " + sid + "/1"}
	if !slices.Equal(got[:len(wantOrder)], wantOrder) {
		t.Fatalf("history of initiative 1, oldest first:\n%v\nwant it to start with\n%v", got, wantOrder)
	}
	if ch := hist[2].Changes; len(ch) != 1 || ch[0] != (FieldChange{Field: "territory", Old: "Hénin-Carvin", New: "Lens-Liévin"}) {
		t.Fatalf("territory change = %+v", ch)
	}
	if ch := hist[4].Changes; len(ch) != 1 || ch[0] != (FieldChange{Field: "scores." + marker, Old: "2", New: "4"}) {
		t.Fatalf("score change = %+v", ch)
	}
	if !slices.ContainsFunc(hist[5].Changes, func(c FieldChange) bool { return c.Field == "decision.outcome" && c.New == string(OutcomeLabelled) }) {
		t.Fatalf("decision change = %+v", hist[5].Changes)
	}
	// The session that took b off its agenda is in b's history, with that
	// change alone (not the place).
	histB, _ := s.AuditForInitiative(b.ID)
	var off *AuditEntry
	for i := range histB {
		if histB[i].Kind == "session" && histB[i].Action == "update" {
			off = &histB[i]
		}
	}
	if off == nil || len(off.Changes) != 1 || off.Changes[0].Field != "agenda" {
		t.Fatalf("b's history lacks the session taking it off: %+v", histB)
	}
	for _, e := range histB {
		if e.Kind == "initiative" && e.ID != idString(b.ID) || e.Kind == "evaluation" {
			t.Fatalf("b's history holds another record's entry: %+v", e)
		}
	}

	after := Evaluation{Scores: fullScores(f.grid, 3), Decision: &Decision{Outcome: OutcomeDeferred, Rationale: "pièces manquantes"}}
	if err := s.AddAmendment(&Amendment{SessionID: f.session.ID, InitiativeID: a.ID, Reason: "erreur de saisie", After: &after}); err != nil {
		t.Fatal(err)
	}
	amended, _ := s.Audit(2)
	amend := amended[1] // the initiative's status change comes after
	if amend.Action != "amend" || !slices.Contains(amend.Changes, FieldChange{Field: "decision.outcome", Old: string(OutcomeLabelled), New: string(OutcomeDeferred)}) {
		t.Fatalf("amendment entry = %+v", amend)
	}
	sessionHist, _ := s.AuditForSession(f.session.ID)
	var kinds []string
	for _, e := range sessionHist {
		kinds = append(kinds, e.Action+" "+e.Kind)
	}
	wantKinds := []string{"create session", "create evaluation", "update evaluation", "update session", "update evaluation", "close session", "amend evaluation"}
	if !slices.Equal(kinds, wantKinds) {
		t.Fatalf("session history = %v, want %v", kinds, wantKinds)
	}
}

func TestFieldChangesWritesNestedPathsAndLists(t *testing.T) {
	before := Session{Agenda: []uint64{1, 2}, PostponeReasons: map[uint64]string{}}
	after := Session{Agenda: []uint64{1, 2, 3}, PostponeReasons: map[uint64]string{2: "pièces manquantes"}}
	got := fieldChanges(before, after)
	want := []FieldChange{{Field: "agenda", Old: "1, 2", New: "1, 2, 3"}, {Field: "postpone_reasons.2", New: "pièces manquantes"}}
	if !slices.Equal(got, want) {
		t.Fatalf("changes = %+v, want %+v", got, want)
	}
	if ch := fieldChanges(Session{Postponed: nil}, Session{Postponed: []uint64{}}); len(ch) != 0 {
		t.Fatalf("an empty list for none is no change: %+v", ch)
	}
}

package transfer

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"essradar/scoring"
	"essradar/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "essradar.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func scores(g *scoring.Grid, v int) scoring.Scores {
	out := scoring.Scores{}
	for _, r := range g.Markers() {
		out[r.Marker.ID] = v
	}
	return out
}

// seed fills a database with two campaigns, a closed session with an
// amendment and an open one.
func seed(t testing.TB, s *store.Store) {
	t.Helper()
	g := scoring.Default()
	at := time.Date(2026, 7, 12, 10, 0, 0, 0, time.FixedZone("CEST", 2*3600))
	err := s.Update(func(tx *store.Tx) error {
		if err := tx.PutGrid(g.Ref(), scoring.DefaultSource()); err != nil {
			return err
		}
		for _, c := range []store.Campaign{
			{ID: "2025", Name: "Budget citoyen 2025", Grid: g.Ref(), Territories: []string{"Arrageois"}},
			{ID: "2026", Name: "Budget citoyen 2026", Grid: g.Ref(), Territories: []string{"Arrageois", "Hénin-Carvin"}, Colleges: []string{"CDESS"}},
		} {
			if err := tx.PutCampaign(c); err != nil {
				return err
			}
		}
		var ms []store.Member
		for _, m := range []store.Member{{Name: "Claire Dubois", College: "CDESS", Active: true}, {Name: "Karim Benali", College: "Mission ESS"}} {
			if err := tx.CreateMember(&m); err != nil {
				return err
			}
			ms = append(ms, m)
		}
		var ins []store.Initiative
		for _, in := range []store.Initiative{
			{CampaignID: "2026", Title: "Recyclerie", Territory: "Hénin-Carvin", AmountCents: 1500050,
				Holder: store.Holder{Name: "Réemploi", LegalForm: "association", ContactName: "Paul Martin", Email: "paul@example.org", Phone: "06"}},
			{CampaignID: "2026", Title: "Café solidaire", Territory: "Arrageois", AmountCents: 5},
			{CampaignID: "2025", Title: "Ancienne initiative", Territory: "Arrageois", AmountCents: 200000, Status: store.StatusLabelled, Category: "pratique"},
		} {
			if err := tx.CreateInitiative(&in); err != nil {
				return err
			}
			ins = append(ins, in)
		}
		se := store.Session{CampaignID: "2026", Date: "2026-07-12", Territory: "Hénin-Carvin", Place: "Carvin",
			Present: []uint64{ms[0].ID, ms[1].ID}, Agenda: []uint64{ins[0].ID, ins[1].ID},
			Recusals: []store.Recusal{{InitiativeID: ins[1].ID, MemberID: ms[1].ID, Reason: "bénévole", At: at}}}
		if err := tx.CreateSession(&se); err != nil {
			return err
		}
		sc := scores(g, 3)
		sc["entraide"] = scoring.NotApplicable
		if err := tx.PutEvaluation(store.Evaluation{SessionID: se.ID, InitiativeID: ins[0].ID, Scores: sc,
			Notes: map[string]string{"emploi": "deux postes"},
			Decision: &store.Decision{Outcome: store.OutcomeLabelled, Category: "pratique", Rationale: "solide",
				Votes: &store.Votes{For: 6, Against: 0, Abstain: 1}, At: at}}); err != nil {
			return err
		}
		if err := tx.PutEvaluation(store.Evaluation{SessionID: se.ID, InitiativeID: ins[1].ID, Scores: scoring.Scores{"gouvernance": 1}}); err != nil {
			return err
		}
		if err := tx.CloseSession(se.ID); err != nil {
			return err
		}
		if err := tx.AddAmendment(&store.Amendment{SessionID: se.ID, InitiativeID: ins[1].ID, Reason: "note oubliée",
			After: &store.Evaluation{Scores: scoring.Scores{"gouvernance": 2}, Decision: &store.Decision{Outcome: store.OutcomeDeferred, Rationale: "à retravailler"}}}); err != nil {
			return err
		}
		open := store.Session{CampaignID: "2026", Date: "2026-08-01", Territory: "Arrageois", Agenda: []uint64{ins[1].ID}}
		if err := tx.CreateSession(&open); err != nil {
			return err
		}
		return tx.PutEvaluation(store.Evaluation{SessionID: open.ID, InitiativeID: ins[1].ID, Scores: scoring.Scores{"gouvernance": 4, "emploi": 2}})
	})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
}

// comparable is the document's JSON without exported_at.
func comparable(t *testing.T, doc *Document) string {
	t.Helper()
	d := *doc
	d.ExportedAt = time.Time{}
	var buf bytes.Buffer
	if err := Write(&buf, &d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestExportImportRoundTrip(t *testing.T) {
	a := openStore(t)
	seed(t, a)
	doc1, err := Export(a, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc1.Campaigns) != 2 || len(doc1.Initiatives) != 3 || len(doc1.Sessions) != 2 || len(doc1.Evaluations) != 3 || len(doc1.Amendments) != 1 || len(doc1.Grids) != 1 {
		t.Fatalf("export counts: %d campaigns, %d initiatives, %d sessions, %d evaluations, %d amendments, %d grids",
			len(doc1.Campaigns), len(doc1.Initiatives), len(doc1.Sessions), len(doc1.Evaluations), len(doc1.Amendments), len(doc1.Grids))
	}

	// Through a file, as the user would.
	path := filepath.Join(t.TempDir(), "export.json")
	var buf bytes.Buffer
	if err := Write(&buf, doc1); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for _, want := range []string{`"schema": "essradar/v1"`, `"amount_requested": 15000.5`, `"amount_requested": 0.05`,
		`"entraide": -1`, `"category_scores"`, `"kind": "label"`, `"legal_form": "association"`, `"closed_at"`} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	read, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	b := openStore(t)
	rep, err := Import(b, read)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	want := map[string]int{KindGrid: 1, KindCampaign: 2, KindMember: 2, KindInitiative: 3, KindSession: 2, KindEvaluation: 3, KindAmendment: 1}
	for k, n := range want {
		if rep.Added[k] != n {
			t.Errorf("Added[%s] = %d, want %d (%s)", k, rep.Added[k], n, rep.Summary())
		}
	}
	doc2, err := Export(b, "")
	if err != nil {
		t.Fatal(err)
	}
	if c1, c2 := comparable(t, doc1), comparable(t, doc2); c1 != c2 {
		t.Fatalf("export → import → export differs:\n%s", firstDiff(c1, c2))
	}

	// Importing again finds everything already there.
	rep, err = Import(b, read)
	if err != nil {
		t.Fatalf("second Import: %v", err)
	}
	if len(rep.Added) != 0 || rep.Unchanged[KindInitiative] != 3 || rep.Unchanged[KindEvaluation] != 3 {
		t.Fatalf("second import: %+v", rep)
	}

	// Ids were kept, and new ones come after them.
	in := store.Initiative{CampaignID: "2026", Title: "Nouvelle"}
	if err := b.CreateInitiative(&in); err != nil || in.ID != 4 {
		t.Fatalf("next id after import = %d, %v", in.ID, err)
	}
	// The sealed session stayed sealed.
	se, _ := b.Session(1)
	if !se.Sealed() {
		t.Fatal("imported session is not closed")
	}
	if probs, err := b.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("Check after import: %v %+v", err, probs)
	}

	// One campaign only.
	d26, err := Export(a, "2026")
	if err != nil {
		t.Fatal(err)
	}
	if len(d26.Campaigns) != 1 || len(d26.Initiatives) != 2 || len(d26.Members) != 2 {
		t.Fatalf("campaign export: %d campaigns, %d initiatives", len(d26.Campaigns), len(d26.Initiatives))
	}
	if _, err := Export(a, "1999"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Export of a missing campaign: %v", err)
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + string(rune('0'+i%10)) + ": " + la[i] + "\n vs " + lb[i]
		}
	}
	return "lengths differ"
}

func TestImportConflictsWriteNothing(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	doc, err := Export(s, "")
	if err != nil {
		t.Fatal(err)
	}
	before := comparable(t, doc)
	auditBefore, _ := s.Audit(0)

	doc.Initiatives[0].Title = "Recyclerie (titre changé)"
	doc.Initiatives[0].AmountRequested = "15000.51"
	doc.Members[1].College = "CDESS"
	doc.Evaluations[0].Scores["emploi"] = 4
	doc.Evaluations[0].CategoryScores = nil // derived: never a conflict by itself
	doc.Evaluations[1].Proposal = &Proposal{Kind: "n'importe quoi"}
	doc.Initiatives = append(doc.Initiatives, Initiative{ID: 50, Campaign: "2026", Title: "Nouvelle", AmountRequested: "10"})

	rep, err := Import(s, doc)
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("Import = %v, want ErrConflict", err)
	}
	got := map[string]string{}
	for _, c := range rep.Conflicts {
		got[c.Kind+" "+c.ID] = strings.Join(c.Fields, ",")
	}
	wantConf := map[string]string{
		"initiatives 1":   "amount_requested,title",
		"members 2":       "college",
		"evaluations 1/1": "scores",
	}
	if len(got) != len(wantConf) {
		t.Fatalf("conflicts = %v", got)
	}
	for k, v := range wantConf {
		if got[k] != v {
			t.Errorf("conflict %s = %q, want %q", k, got[k], v)
		}
	}
	if !strings.Contains(err.Error(), "initiative n° 1 : diffère sur amount_requested, title") || !strings.Contains(err.Error(), "rien n'a été écrit") {
		t.Errorf("message = %q", err.Error())
	}
	if !strings.HasPrefix(err.Error(), "import refusé (3 conflits) : rien n'a été écrit") {
		t.Errorf("message = %q", err.Error())
	}
	if len(rep.Added) != 0 {
		t.Errorf("Added = %v after a refused import", rep.Added)
	}
	after, _ := Export(s, "")
	if comparable(t, after) != before {
		t.Fatal("a refused import changed the database")
	}
	if _, err := s.Initiative(50); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("the new initiative of a refused import was written")
	}
	auditAfter, _ := s.Audit(0)
	if len(auditAfter) != len(auditBefore) {
		t.Fatal("a refused import left audit entries")
	}
}

func TestImportRejectsBadReferences(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	doc, _ := Export(s, "")

	fresh := openStore(t)
	bad := *doc
	bad.Evaluations = append([]Evaluation(nil), doc.Evaluations...)
	bad.Evaluations = append(bad.Evaluations,
		Evaluation{SessionID: 9, InitiativeID: 1, Grid: doc.Grids[0].ref(), Scores: map[string]int{}},
		Evaluation{SessionID: 2, InitiativeID: 2, Grid: doc.Grids[0].ref(), Scores: map[string]int{"gouvernance": 9}},
	)
	// Evaluation 2/2 already exists in the file; make the bad one a new pair.
	bad.Evaluations[len(bad.Evaluations)-1].InitiativeID = 1
	rep, err := Import(fresh, &bad)
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("Import = %v, want ErrRejected", err)
	}
	var rejected []string
	for _, m := range rep.Rejected {
		rejected = append(rejected, m.String())
	}
	joined := strings.Join(rejected, "\n")
	for _, want := range []string{
		"évaluation (séance n° 9, initiative n° 1) : la séance n° 9 n'existe pas",
		"évaluation (séance n° 2, initiative n° 1) : ",
		"hors de l'échelle",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("rejections lack %q:\n%s", want, joined)
		}
	}
	if all, _ := fresh.Initiatives(""); len(all) != 0 {
		t.Fatal("a rejected import wrote initiatives")
	}
	if cs, _ := fresh.Campaigns(); len(cs) != 0 {
		t.Fatal("a rejected import wrote campaigns")
	}
}

func (g Grid) ref() scoring.Ref { return scoring.Ref{ID: g.ID, Version: g.Version} }

func TestReadBrokenJSON(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name, content, want string
	}{
		{"a.json", "{\n  \"schema\": \"essradar/v1\",\n  \"campaigns\": [\n    {\"id\": \"2026\",, \"name\": \"x\"}\n  ]\n}\n",
			"a.json, ligne 4, colonne 19 : caractère « , » inattendu"},
		{"b.json", "{\n  \"schema\": \"essradar/v1\",\n  \"initiatives\": [\n    {\"id\": \"douze\"}\n  ]\n}\n",
			"b.json, ligne 4, colonne 12 : le champ « initiatives.id » attend un nombre entier, pas un texte"},
		{"c.json", "{\n  \"schema\": \"essradar/v1\",\n  \"members\": [\n",
			"c.json, ligne 4, colonne 1 : le fichier s'arrête au milieu d'une valeur"},
		{"d.json", "{\"campaigns\": []}", "d.json n'est pas un export essradar : le champ « schema » manque"},
		{"e.json", "{\"schema\": \"essradar/v9\"}", "e.json est au format « essradar/v9 »"},
		{"f.json", "{\"schema\": \"essradar/v1\", \"initiatives\": [{\"id\": 3, \"title\": \"T\", \"amount_requested\": 12.345}]}",
			"f.json : initiative n° 3 (« T ») : le montant « 12.345 » a plus de deux décimales"},
		{"g.json", "", "g.json est vide"},
		{"h.json", "{\"schema\": \"essradar/v1\", \"campaigns\": [{\"id\": \"2026\", \"created_at\": \"2026-13-01\"}]}",
			"h.json : la date « 2026-13-01 » est invalide"},
		{"i.json", "{\"schema\": \"essradar/v1\", \"initiatives\": [{\"id\": 3, \"amount_requested\": \"beaucoup\"}]}",
			"i.json : un nombre est attendu, par exemple 1500.5"},
	}
	for _, c := range cases {
		_, err := ReadFile(write(c.name, c.content))
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, err.Error(), c.want)
		}
	}
	// From a plain reader, the file is "le fichier".
	_, err := Read(strings.NewReader("{\"schema\": \"essradar/v1\",\n}"))
	if err == nil || !strings.HasPrefix(err.Error(), "le fichier, ligne 2, colonne 1 : ") {
		t.Errorf("reader: %v", err)
	}
}

func TestEuros(t *testing.T) {
	for cents, s := range map[int64]string{150050: "1500.5", 300000: "3000", 5: "0.05", 123: "1.23", 0: "0", 10: "0.1"} {
		if got := formatEuros(cents); got != s {
			t.Errorf("formatEuros(%d) = %s, want %s", cents, got, s)
		}
		back, err := parseEuros(json.Number(s))
		if err != nil || back != cents {
			t.Errorf("parseEuros(%s) = %d, %v", s, back, err)
		}
	}
	for _, bad := range []string{"1e3", "12.345", "abc", ".5", "1,5"} {
		if _, err := parseEuros(json.Number(bad)); err == nil {
			t.Errorf("parseEuros(%q) accepted", bad)
		}
	}
	if c, err := parseEuros("1500.50"); err != nil || c != 150050 {
		t.Errorf("parseEuros(1500.50) = %d, %v", c, err)
	}
}

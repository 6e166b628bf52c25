package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"essradar/scoring"
)

// sealedFixture is a session with two evaluations, one decided, then closed.
func sealedFixture(t *testing.T, s *Store) (fixture, Session) {
	t.Helper()
	f := seed(t, s)
	sc := fullScores(f.grid, 3)
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[0].ID, Scores: sc,
		Notes: map[string]string{"emploi": "deux postes", "gouvernance": "CA élu"},
		Decision: &Decision{Outcome: OutcomeLabelled, Category: "pratique", Rationale: "projet solide",
			Votes: &Votes{For: 5, Against: 1, Abstain: 0}}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutEvaluation(Evaluation{SessionID: f.session.ID, InitiativeID: f.inits[2].ID, Scores: scoring.Scores{"gouvernance": 2}}); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseSession(f.session.ID); err != nil {
		t.Fatal(err)
	}
	se, err := s.Session(f.session.ID)
	if err != nil {
		t.Fatal(err)
	}
	return f, se
}

func sessionAndEvals(t *testing.T, s *Store, id uint64) (Session, []Evaluation) {
	t.Helper()
	se, err := s.Session(id)
	if err != nil {
		t.Fatal(err)
	}
	evals, err := s.EvaluationsBySession(id)
	if err != nil {
		t.Fatal(err)
	}
	return se, evals
}

func TestCloseSessionSeals(t *testing.T) {
	s := openTest(t)
	_, se := sealedFixture(t, s)
	_, evals := sessionAndEvals(t, s, se.ID)
	if len(se.Seal) != 64 || strings.Trim(se.Seal, "0123456789abcdef") != "" {
		t.Fatalf("seal %q is not a hex SHA-256", se.Seal)
	}
	if got := Fingerprint(se, evals); got != se.Seal {
		t.Fatalf("seal %s, fingerprint of what is stored %s", se.Seal, got)
	}
	// The seal covers the closed state: the same session open hashes otherwise.
	open := se
	open.Status, open.ClosedAt = SessionOpen, time.Time{}
	if Fingerprint(open, evals) == se.Seal {
		t.Fatal("the seal does not cover the closing")
	}
	// The seal is the SHA-256 of the documented canonical text.
	sum := sha256.Sum256(SealText(se, evals))
	if hex.EncodeToString(sum[:]) != se.Seal {
		t.Fatal("Fingerprint is not the SHA-256 of SealText")
	}
	text := string(SealText(se, evals))
	for _, want := range []string{`{"format":"essradar-seal/1","session":1,`, `"place":"Mairie de Carvin"`, `"status":"close","closed_at":"2026-07-12T`,
		`"notes":{"emploi":"deux postes","gouvernance":"CA élu"}`, `"votes":{"for":5,"against":1,"abstain":0}`} {
		if !strings.Contains(text, want) {
			t.Errorf("canonical form lacks %s:\n%s", want, text)
		}
	}
	if !strings.HasSuffix(text, "}\n") || strings.Count(text, "\n") != 1 {
		t.Errorf("canonical form is not one line: %q", text)
	}
	assertNoProblems(t, s)

	// An amendment is a correction made after: the sealed original and its
	// seal stay as they were.
	if err := s.AddAmendment(&Amendment{SessionID: se.ID, InitiativeID: se.Agenda[1], Reason: "note mal reportée",
		After: &Evaluation{Scores: scoring.Scores{"gouvernance": 3}}}); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Session(se.ID)
	if after.Seal != se.Seal {
		t.Fatal("an amendment changed the seal")
	}
	assertNoProblems(t, s)
}

func TestOpenSessionCarriesNoSeal(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	se := f.session
	se.Seal = "0000"
	se.Place = "Salle des fêtes"
	if err := s.PutSession(se); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Session(se.ID); got.Seal != "" {
		t.Fatalf("an open session kept a seal: %q", got.Seal)
	}
}

func TestFingerprintIsCanonical(t *testing.T) {
	s := openTest(t)
	_, se := sealedFixture(t, s)
	_, evals := sessionAndEvals(t, s, se.ID)
	want := Fingerprint(se, evals)

	// Through the store's encoding and back.
	var se2 Session
	data, _ := encode(se)
	if err := decode(data, &se2); err != nil {
		t.Fatal(err)
	}
	var evals2 []Evaluation
	for _, e := range evals {
		var e2 Evaluation
		data, _ := encode(e)
		if err := decode(data, &e2); err != nil {
			t.Fatal(err)
		}
		evals2 = append(evals2, e2)
	}
	if got := Fingerprint(se2, evals2); got != want {
		t.Fatal("the fingerprint changed through encode/decode")
	}

	// Maps filled in another order, evaluations in another order, another
	// time zone for the same instants, empty rather than absent lists, the
	// update stamp: none of them changes it.
	for range 20 {
		e := evals[0]
		scores := scoring.Scores{}
		keys := make([]string, 0, len(e.Scores))
		for k := range e.Scores {
			keys = append(keys, k)
		}
		for i := len(keys) - 1; i >= 0; i-- {
			scores[keys[i]] = e.Scores[keys[i]]
		}
		e.Scores = scores
		reordered := []Evaluation{evals[1], e}
		if Fingerprint(se, reordered) != want {
			t.Fatal("the fingerprint depends on map or evaluation order")
		}
	}
	paris := time.FixedZone("CEST", 2*3600)
	moved := se
	moved.ClosedAt = se.ClosedAt.In(paris)
	moved.Postponed = []uint64{}
	moved.PostponeReasons = map[uint64]string{}
	stamped := append([]Evaluation(nil), evals...)
	stamped[1].UpdatedAt = stamped[1].UpdatedAt.Add(time.Hour)
	stamped[1].Notes = map[string]string{}
	if Fingerprint(moved, stamped) != want {
		t.Fatal("the fingerprint depends on the time zone, nil lists or updated_at")
	}
	// An evaluation of another session is not part of it.
	other := evals[0]
	other.SessionID = 99
	if Fingerprint(se, append(append([]Evaluation(nil), evals...), other)) != want {
		t.Fatal("an evaluation of another session changed the fingerprint")
	}
}

func TestFingerprintChangesWithContent(t *testing.T) {
	s := openTest(t)
	f, se := sealedFixture(t, s)
	_, evals := sessionAndEvals(t, s, se.ID)
	want := Fingerprint(se, evals)

	copyEvals := func() []Evaluation {
		out := make([]Evaluation, len(evals))
		for i, e := range evals {
			e.Scores = e.Scores.Clone()
			e.Decision = cloneDecision(e.Decision)
			out[i] = e
		}
		return out
	}
	cases := map[string]func(*Session, []Evaluation){
		"a score":          func(_ *Session, ev []Evaluation) { ev[0].Scores["emploi"] = 4 },
		"a decision":       func(_ *Session, ev []Evaluation) { ev[0].Decision.Outcome = OutcomeDeferred },
		"the rationale":    func(_ *Session, ev []Evaluation) { ev[0].Decision.Rationale += "." },
		"the votes":        func(_ *Session, ev []Evaluation) { ev[0].Decision.Votes.Against = 0 },
		"a note":           func(_ *Session, ev []Evaluation) { ev[0].Notes = map[string]string{"emploi": "trois postes"} },
		"the present list": func(s *Session, _ []Evaluation) { s.Present = s.Present[:1] },
		"the present order": func(s *Session, _ []Evaluation) {
			s.Present = []uint64{s.Present[1], s.Present[0]}
		},
		"the date":  func(s *Session, _ []Evaluation) { s.Date = "2026-07-13" },
		"the place": func(s *Session, _ []Evaluation) { s.Place = "Mairie d'Arras" },
		"a recusal's reason": func(s *Session, _ []Evaluation) {
			s.Recusals = []Recusal{{InitiativeID: f.inits[2].ID, MemberID: f.members[1].ID}}
		},
		"a postponement": func(s *Session, _ []Evaluation) { s.Postponed = []uint64{f.inits[1].ID} },
		"a postponement reason": func(s *Session, _ []Evaluation) {
			s.PostponeReasons = map[uint64]string{f.inits[2].ID: "dossier incomplet"}
		},
		"the closing time": func(s *Session, _ []Evaluation) { s.ClosedAt = s.ClosedAt.Add(time.Nanosecond) },
		"an evaluation less": func(s *Session, ev []Evaluation) {
			ev[1].SessionID = 0
		},
	}
	for name, change := range cases {
		se2, ev := se, copyEvals()
		se2.Present = append([]uint64(nil), se.Present...)
		change(&se2, ev)
		if Fingerprint(se2, ev) == want {
			t.Errorf("changing %s leaves the fingerprint as it was", name)
		}
	}
	// The seal itself is not part of what it seals.
	se2 := se
	se2.Seal = ""
	if Fingerprint(se2, evals) != want {
		t.Error("the fingerprint covers the seal field")
	}
}

// rawPutSession writes a session record behind the store's back.
func rawPutSession(t *testing.T, s *Store, se Session) {
	t.Helper()
	err := s.db.Update(func(tx *bbolt.Tx) error {
		data, err := encode(se)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketSessions).Put(itob(se.ID), data)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func problemsText(t *testing.T, s *Store) string {
	t.Helper()
	probs, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range probs {
		msgs = append(msgs, p.Kind+" "+p.ID+" : "+p.Message+" ["+p.Why.Key+"]")
	}
	return strings.Join(msgs, "\n")
}

func TestCheckVerifiesSeals(t *testing.T) {
	s := openTest(t)
	f, se := sealedFixture(t, s)

	// A score changed behind the store's back.
	err := s.db.Update(func(tx *bbolt.Tx) error {
		var e Evaluation
		b := tx.Bucket(bucketEvaluations)
		if err := decode(b.Get(pairKey(se.ID, f.inits[0].ID)), &e); err != nil {
			return err
		}
		e.Scores["emploi"] = 4
		data, _ := encode(e)
		return b.Put(pairKey(se.ID, f.inits[0].ID), data)
	})
	if err != nil {
		t.Fatal(err)
	}
	got := problemsText(t, s)
	want := "séance 1 : la séance du 12/07/2026 (Mairie de Carvin) ne correspond plus à son sceau : elle ou ses évaluations ont été modifiées depuis sa clôture (sceau " + se.Seal[:12] + "…"
	if !strings.Contains(got, want) || !strings.Contains(got, "[store.check.seal_mismatch]") {
		t.Fatalf("check:\n%s\nwant %s", got, want)
	}

	// The session's own record changed: its rationale is fine again but its
	// date moved.
	err = s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketEvaluations)
		var e Evaluation
		_ = decode(b.Get(pairKey(se.ID, f.inits[0].ID)), &e)
		e.Scores["emploi"] = 3
		data, _ := encode(e)
		return b.Put(pairKey(se.ID, f.inits[0].ID), data)
	})
	if err != nil {
		t.Fatal(err)
	}
	assertNoProblems(t, s)
	moved := se
	moved.Date = "2026-07-11"
	rawPutSession(t, s, moved)
	if got := problemsText(t, s); !strings.Contains(got, "la séance du 11/07/2026 (Mairie de Carvin) ne correspond plus à son sceau") {
		t.Fatalf("check after a moved date:\n%s", got)
	}

	// No seal at all.
	bare := se
	bare.Seal = ""
	rawPutSession(t, s, bare)
	if got := problemsText(t, s); !strings.Contains(got, "séance 1 : la séance du 12/07/2026 (Mairie de Carvin) est close mais ne porte pas de sceau") ||
		!strings.Contains(got, "[store.check.seal_missing]") {
		t.Fatalf("check without a seal:\n%s", got)
	}
}

func TestMigrationSealsClosedSessions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_, se := sealedFixture(t, s)
	want := se.Seal
	// Make it a file of schema 1: closed sessions without a seal.
	bare := se
	bare.Seal = ""
	rawPutSession(t, s, bare)
	if err := s.db.Update(func(tx *bbolt.Tx) error { return writeSchema(tx, 1) }); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, _ := s.Session(se.ID)
	if got.Seal != want {
		t.Fatalf("migrated seal %q, want %q", got.Seal, want)
	}
	assertNoProblems(t, s)
	// The later migrations (v3, the summaries) come after v2's entries.
	entries, _ := s.Audit(SchemaVersion())
	entries = entries[SchemaVersion()-2:]
	if entries[0].Action != "migrate" || entries[0].Kind != "schema" || entries[0].ID != "2" {
		t.Fatalf("audit entry of v2 %+v", entries[0])
	}
	if entries[1].Action != "migrate" || entries[1].Kind != "session" || entries[1].ID != fmt.Sprint(se.ID) {
		t.Fatalf("audit of the sealed session %+v", entries[1])
	}
	if baks, _ := filepath.Glob(path + ".avant-v*-*.bak"); len(baks) != 1 {
		t.Fatalf("no backup before sealing: %v", baks)
	}
}

func TestVerifyImportedSeal(t *testing.T) {
	src := openTest(t)
	_, se := sealedFixture(t, src)
	_, evals := sessionAndEvals(t, src, se.ID)

	restore := func(t *testing.T, se Session, evals []Evaluation) (*Store, bool, error) {
		dst := openTest(t)
		f := seed(t, dst) // same campaign, members, initiatives; session 1 open
		if err := dst.DeleteSession(f.session.ID); err != nil {
			t.Fatal(err)
		}
		var sealed bool
		err := dst.Update(func(tx *Tx) error {
			if err := tx.InsertSession(se); err != nil {
				return err
			}
			for _, e := range evals {
				if err := tx.InsertEvaluation(e); err != nil {
					return err
				}
			}
			var err error
			sealed, err = tx.VerifyImportedSeal(se.ID)
			return err
		})
		return dst, sealed, err
	}

	if _, sealed, err := restore(t, se, evals); err != nil || sealed {
		t.Fatalf("restoring the session as it was: sealed %v, %v", sealed, err)
	}
	changed := append([]Evaluation(nil), evals...)
	changed[0].Decision = cloneDecision(changed[0].Decision)
	changed[0].Decision.Rationale = "autre motif"
	dst, _, err := restore(t, se, changed)
	var broken *SealError
	if !errors.As(err, &broken) || !errors.Is(err, ErrSealBroken) || !Refused(err) {
		t.Fatalf("restoring a changed session: %v", err)
	}
	if !strings.Contains(err.Error(), "la séance n° 1 du 12/07/2026 (Mairie de Carvin) ne correspond plus à son sceau") {
		t.Fatalf("message %q", err.Error())
	}
	if _, err := dst.Session(se.ID); !errors.Is(err, ErrNotFound) {
		t.Fatal("the refused session was written")
	}

	bare := se
	bare.Seal = ""
	dst, sealed, err := restore(t, bare, evals)
	if err != nil || !sealed {
		t.Fatalf("restoring a session without a seal: sealed %v, %v", sealed, err)
	}
	if got, _ := dst.Session(se.ID); got.Seal != se.Seal {
		t.Fatalf("sealed at import %q, want %q", got.Seal, se.Seal)
	}
}

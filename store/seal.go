package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"sort"
	"time"

	"essradar/store/plaintext"
)

// The seal of a closed session is the SHA-256, in lower-case hex, of the
// session's canonical form: one line of compact JSON followed by a line feed.
// Anyone can recompute it from an export. The form is, in this order:
//
//	{"format":"essradar-seal/1",
//	 "session":ID, "campaign":"2026", "date":"2026-07-12",
//	 "territory":"…", "place":"…",
//	 "present":[member ids, in stored order],
//	 "agenda":[initiative ids, in stored order],
//	 "postponed":[initiative ids, in stored order],
//	 "postpone_reasons":[{"initiative":ID,"reason":"…"}, by initiative id; empty reasons left out],
//	 "recusals":[{"initiative":ID,"member":ID,"reason":"…","at":TIME}, in stored order],
//	 "status":"close", "closed_at":TIME,
//	 "evaluations":[by initiative id:
//	   {"initiative":ID, "grid":"ess-defaut", "grid_version":1,
//	    "scores":{marker:score}, "notes":{marker:note},
//	    "decision":null | {"outcome":"labellise","category":"…","rationale":"…",
//	                       "votes":null | {"for":N,"against":N,"abstain":N},"at":TIME}}]}
//
// TIME is the instant in UTC, RFC 3339 with as many fractional digits as
// needed (Go's RFC3339Nano), "" for none. Object keys of scores and notes are
// sorted byte by byte; an absent list or map is written empty ([] or {}).
// Strings are escaped as Go's encoding/json does without HTML escaping: ", \
// and control characters escaped, U+2028 and U+2029 written \u2028 and
// \u2029, invalid UTF-8 as U+FFFD, everything else as is.
//
// Left out: the seal itself, the evaluations' updated_at (a bookkeeping stamp,
// not something the committee decided) and the amendments: an amendment is a
// dated correction made after the session, which leaves the sealed original
// untouched, so amending never breaks a seal.

// SealFormat is the canonical form's first field; another form gets another name.
const SealFormat = "essradar-seal/1"

type sealForm struct {
	Format          string           `json:"format"`
	Session         uint64           `json:"session"`
	Campaign        string           `json:"campaign"`
	Date            string           `json:"date"`
	Territory       string           `json:"territory"`
	Place           string           `json:"place"`
	Present         []uint64         `json:"present"`
	Agenda          []uint64         `json:"agenda"`
	Postponed       []uint64         `json:"postponed"`
	PostponeReasons []sealReason     `json:"postpone_reasons"`
	Recusals        []sealRecusal    `json:"recusals"`
	Status          string           `json:"status"`
	ClosedAt        string           `json:"closed_at"`
	Evaluations     []sealEvaluation `json:"evaluations"`
}

type sealReason struct {
	Initiative uint64 `json:"initiative"`
	Reason     string `json:"reason"`
}

type sealRecusal struct {
	Initiative uint64 `json:"initiative"`
	Member     uint64 `json:"member"`
	Reason     string `json:"reason"`
	At         string `json:"at"`
}

// The seal's own types, rather than the records', so that a field added to a
// record one day does not silently change every seal.
type sealEvaluation struct {
	Initiative  uint64            `json:"initiative"`
	Grid        string            `json:"grid"`
	GridVersion int               `json:"grid_version"`
	Scores      map[string]int    `json:"scores"`
	Notes       map[string]string `json:"notes"`
	Decision    *sealDecision     `json:"decision"`
}

type sealDecision struct {
	Outcome   string     `json:"outcome"`
	Category  string     `json:"category"`
	Rationale string     `json:"rationale"`
	Votes     *sealVotes `json:"votes"`
	At        string     `json:"at"`
}

type sealVotes struct {
	For     int `json:"for"`
	Against int `json:"against"`
	Abstain int `json:"abstain"`
}

func sealTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func sealIDs(ids []uint64) []uint64 {
	if ids == nil {
		return []uint64{}
	}
	return ids
}

// SealText is the canonical form of a session and its evaluations, the
// bytes Fingerprint hashes (see the comment above SealFormat). Evaluations of
// other sessions in evals are ignored.
func SealText(s Session, evals []Evaluation) []byte {
	f := sealForm{
		Format: SealFormat, Session: s.ID, Campaign: s.CampaignID, Date: s.Date,
		Territory: s.Territory, Place: s.Place,
		Present: sealIDs(s.Present), Agenda: sealIDs(s.Agenda), Postponed: sealIDs(s.Postponed),
		PostponeReasons: []sealReason{}, Recusals: []sealRecusal{},
		Status: string(s.Status), ClosedAt: sealTime(s.ClosedAt),
		Evaluations: []sealEvaluation{},
	}
	for id, reason := range s.PostponeReasons {
		if reason != "" {
			f.PostponeReasons = append(f.PostponeReasons, sealReason{Initiative: id, Reason: reason})
		}
	}
	sort.Slice(f.PostponeReasons, func(i, j int) bool { return f.PostponeReasons[i].Initiative < f.PostponeReasons[j].Initiative })
	for _, r := range s.Recusals {
		f.Recusals = append(f.Recusals, sealRecusal{Initiative: r.InitiativeID, Member: r.MemberID, Reason: r.Reason, At: sealTime(r.At)})
	}
	for _, e := range evals {
		if e.SessionID == s.ID {
			f.Evaluations = append(f.Evaluations, sealEvaluationOf(e))
		}
	}
	sort.SliceStable(f.Evaluations, func(i, j int) bool { return f.Evaluations[i].Initiative < f.Evaluations[j].Initiative })

	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		// Only strings, integers, maps with string keys and slices: the
		// encoder cannot fail on them.
		panic("store: canonical form of a session: " + err.Error())
	}
	return b.Bytes()
}

func sealEvaluationOf(e Evaluation) sealEvaluation {
	out := sealEvaluation{
		Initiative: e.InitiativeID, Grid: e.Grid.ID, GridVersion: e.Grid.Version,
		Scores: map[string]int{}, Notes: map[string]string{},
	}
	for k, v := range e.Scores {
		out.Scores[k] = v
	}
	for k, v := range e.Notes {
		out.Notes[k] = v
	}
	if d := e.Decision; d != nil {
		out.Decision = &sealDecision{Outcome: string(d.Outcome), Category: d.Category, Rationale: d.Rationale, At: sealTime(d.At)}
		if v := d.Votes; v != nil {
			out.Decision.Votes = &sealVotes{For: v.For, Against: v.Against, Abstain: v.Abstain}
		}
	}
	return out
}

// Fingerprint is the SHA-256, in lower-case hex, of SealText(s, evals): the
// seal a closed session carries. For an open session it is what the seal
// would be if it closed now with the same ClosedAt (a draft's fingerprint).
func Fingerprint(s Session, evals []Evaluation) string {
	sum := sha256.Sum256(SealText(s, evals))
	return hex.EncodeToString(sum[:])
}

// ErrSealBroken: a closed session no longer matches its seal (its record or
// its evaluations changed after it was closed), or it has none.
var ErrSealBroken = errors.New("sceau rompu")

// SealError names the session whose seal does not hold; it matches
// ErrSealBroken and ErrInvalid with errors.Is.
type SealError struct {
	Message
	SessionID uint64
}

func (e *SealError) Error() string { return e.Message.String() }

// Is makes the refusal both a broken seal and an invalid record (Refused).
func (e *SealError) Is(target error) bool { return target == ErrSealBroken || target == ErrInvalid }

// sessionName names a session for a person: its date and where it sat (the
// place, else the territory), with its number when nothing else in the
// sentence gives it.
func sessionName(s Session, numbered bool) Message {
	where := s.Place
	if where == "" {
		where = s.Territory
	}
	switch {
	case numbered && where == "":
		return msg("store.seal.session_numbered", "la séance n° %d du %s", s.ID, day(s.Date))
	case numbered:
		return msg("store.seal.session_numbered_at", "la séance n° %d du %s (%s)", s.ID, day(s.Date), plaintext.Line(where))
	case where == "":
		return msg("store.seal.session", "la séance du %s", day(s.Date))
	}
	return msg("store.seal.session_at", "la séance du %s (%s)", day(s.Date), plaintext.Line(where))
}

// SessionName names a session in a sentence, with its number, date and
// place (the territory when it has none): "la séance n° 3 du 12/07/2026
// (Maison de l'ESS)".
func SessionName(s Session) Message { return sessionName(s, true) }

// shortSeal is enough of a fingerprint to tell two apart in a sentence.
func shortSeal(seal string) string {
	if len(seal) > 12 {
		return seal[:12] + "…"
	}
	return seal
}

// sealOf computes the fingerprint of a session from what the file holds.
func (t *Tx) sealOf(s Session) (string, error) {
	evals, err := t.EvaluationsBySession(s.ID)
	if err != nil {
		return "", err
	}
	return Fingerprint(s, evals), nil
}

// sealSession writes the fingerprint into a closed session that has none,
// with an audit entry saying why (detail, French).
func (t *Tx) sealSession(s Session, action, detail string) error {
	seal, err := t.sealOf(s)
	if err != nil {
		return err
	}
	s.Seal = seal
	if err := t.put(bucketSessions, itob(s.ID), s); err != nil {
		return err
	}
	return t.audit(action, "session", idString(s.ID), detail)
}

// VerifyImportedSeal settles the seal of a session restored by InsertSession
// in this transaction, once its evaluations are in: a closed session whose
// seal does not match what was restored is refused (*SealError: the file was
// changed after the session was closed); one from an older file without a
// seal is sealed now (sealed is true). An open session has nothing to verify.
func (t *Tx) VerifyImportedSeal(id uint64) (sealed bool, err error) {
	if !t.insertedSessions[id] {
		return false, invalidf("store.seal.not_imported", "la séance n° %d n'a pas été importée dans cette opération", id)
	}
	s, err := t.Session(id)
	if err != nil || !s.Sealed() {
		return false, err
	}
	if s.Seal == "" {
		return true, t.sealSession(s, "import", "sceau calculé à l'import (fichier sans sceau)")
	}
	got, err := t.sealOf(s)
	if err != nil {
		return false, err
	}
	if got != s.Seal {
		return false, &SealError{SessionID: s.ID, Message: msg("store.seal.import_mismatch",
			"%s ne correspond plus à son sceau : le fichier a été modifié depuis sa clôture (sceau %s, contenu %s)",
			sessionName(s, true), shortSeal(s.Seal), shortSeal(got))}
	}
	return false, nil
}

// checkSeal reports a closed session without a seal or whose seal does not
// match its content.
func checkSeal(t *Tx, s Session, add func(kind, id, key, format string, args ...any)) {
	if !s.Sealed() {
		return
	}
	id := idString(s.ID)
	if s.Seal == "" {
		add("séance", id, "store.check.seal_missing", "%s est close mais ne porte pas de sceau : rien ne garantit que son contenu est celui de sa clôture", sessionName(s, false))
		return
	}
	got, err := t.sealOf(s)
	if err != nil {
		// An unreadable evaluation is reported on its own.
		return
	}
	if got != s.Seal {
		add("séance", id, "store.check.seal_mismatch", "%s ne correspond plus à son sceau : elle ou ses évaluations ont été modifiées depuis sa clôture (sceau %s, contenu %s)",
			sessionName(s, false), shortSeal(s.Seal), shortSeal(got))
	}
}

// sealClosedSessions is migration v2: the files written before seals existed
// get one for each closed session, computed from what they hold today.
func sealClosedSessions(t *Tx) error {
	var unsealed []Session
	err := forEach(t, bucketSessions, "une séance", func(s Session) error {
		if s.Sealed() && s.Seal == "" {
			unsealed = append(unsealed, s)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, s := range unsealed {
		if err := t.sealSession(s, "migrate", "sceau calculé au passage au schéma v2"); err != nil {
			return err
		}
	}
	return nil
}

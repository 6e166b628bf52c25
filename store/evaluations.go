package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// checkEvaluation validates an evaluation's content against its own grid:
// the grid is stored, the scores are on its scale, the decision is complete.
// what names the record in messages.
func (t *Tx) checkEvaluation(e *Evaluation, what Message) error {
	if e.Grid.ID == "" {
		return invalidf("store.eval.no_grid", "%s : la grille utilisée n'est pas indiquée", what)
	}
	g, err := t.sharedGrid(e.Grid)
	if err != nil {
		return newError(ErrNotFound, err, "store.eval.grid_problem", "%s : %v", what, err)
	}
	if err := g.ValidateScores(e.Scores); err != nil {
		return newError(ErrInvalid, err, "store.eval.grid_problem", "%s : %v", what, err)
	}
	if d := e.Decision; d != nil {
		if !d.Outcome.Valid() {
			return invalidf("store.eval.unknown_outcome", "%s : la décision « %s » est inconnue", what, d.Outcome)
		}
		if d.Outcome == OutcomeLabelled {
			if d.Category == "" {
				return invalidf("store.eval.label_needs_category", "%s : une labellisation doit nommer sa catégorie", what)
			}
			if _, ok := g.Category(d.Category); !ok {
				return invalidf("store.eval.unknown_category", "%s : la catégorie « %s » n'existe pas dans la grille %s v%d", what, d.Category, g.ID, g.Version)
			}
		}
		if v := d.Votes; v != nil && (v.For < 0 || v.Against < 0 || v.Abstain < 0) {
			return invalidf("store.eval.negative_votes", "%s : un nombre de voix ne peut pas être négatif", what)
		}
		if d.At.IsZero() {
			d.At = t.now
		}
	}
	return nil
}

// evalContext loads the heads of the session and initiative an evaluation
// points to (sessionHead, initiativeHead): its checks need no agenda, holder
// or summary, and a save decodes neither.
func (t *Tx) evalContext(sid, iid uint64) (Session, Initiative, Message, error) {
	s, err := t.sessionHead(sid)
	if err != nil {
		return Session{}, Initiative{}, Message{}, err
	}
	in, err := t.initiativeHead(iid)
	if err != nil {
		return Session{}, Initiative{}, Message{}, err
	}
	return s, in, msg("store.what.evaluation", "l'évaluation de « %s » (séance du %s)", in.Title, day(s.Date)), nil
}

func (t *Tx) writeEvaluation(e Evaluation, sealed bool) error {
	name := bucketEvalOpen
	if sealed {
		name = bucketEvaluations
	}
	if err := t.put(name, pairKey(e.SessionID, e.InitiativeID), e); err != nil {
		return err
	}
	return t.bucket(bucketIdxEvalInit).Put(pairKey(e.InitiativeID, e.SessionID), nil)
}

func evalID(sid, iid uint64) string { return fmt.Sprintf("%d/%d", sid, iid) }

// PutEvaluation creates or replaces the evaluation of one initiative in one
// open session; ErrSealed once the session is closed. The session and the
// initiative must exist; the grid (the campaign's when Grid is empty) must be
// stored and the scores on its scale. UpdatedAt is set. In the same
// transaction the initiative's Status and Category follow the decision in
// force (see rules.go): recording, changing or clearing (Decision nil) a
// decision updates them. A decision about a withdrawn initiative gives
// ErrWithdrawn.
func (t *Tx) PutEvaluation(e Evaluation) error {
	s, in, what, err := t.evalContext(e.SessionID, e.InitiativeID)
	if err != nil {
		return err
	}
	if s.Sealed() {
		return sealedEvaluations(s)
	}
	if err := refuseIfWithdrawn(in, e.Decision); err != nil {
		return err
	}
	if e.Grid.ID == "" {
		if c, err := t.Campaign(s.CampaignID); err == nil {
			e.Grid = c.Grid
		}
	}
	e.Decision = cloneDecision(e.Decision)
	e.CleanText()
	if err := t.checkEvaluation(&e, what); err != nil {
		return err
	}
	// updated_at is not audited: stamping it before the comparison lets the
	// bytes compared be the bytes written, encoded once.
	e.UpdatedAt = t.now
	data, err := encodeEvaluation(e)
	if err != nil {
		return fmt.Errorf("encoder l'enregistrement : %w", err)
	}
	key := pairKey(e.SessionID, e.InitiativeID)
	open := t.bucket(bucketEvalOpen)
	old := open.Get(key)
	found := old != nil
	var changes []FieldChange
	if found {
		var fast bool
		if changes, fast = scoreChanges(&t.s.memos, old, e); !fast {
			if !json.Valid(old) {
				return damagedRecord("une évaluation", t.s.path, errors.New("JSON illisible"))
			}
			changes = encodedChanges(old, data)
		}
		if len(changes) == 0 {
			return nil
		}
	}
	// A score or a note moves neither the initiative's status nor the
	// session's count of decided items, which follow the decision alone:
	// the save of a score reads no other evaluation and writes no summary
	// but the initiative's profile.
	decided := !found || decisionChanged(changes)
	if decided && e.Decision != nil {
		if err := t.refuseContradictingDecision(s, in, e.Decision); err != nil {
			return err
		}
	}
	if decided {
		t.touch(bucketEvaluations, key, e)
	} else {
		t.touchScores(in)
	}
	if err := open.Put(key, data); err != nil {
		return err
	}
	t.s.memos.keepWritten(data, e)
	if !found {
		if err := t.bucket(bucketIdxEvalInit).Put(pairKey(e.InitiativeID, e.SessionID), nil); err != nil {
			return err
		}
	}
	if found {
		err = t.audit("update", "evaluation", evalID(e.SessionID, e.InitiativeID), "", changes...)
	} else {
		err = t.audit("create", "evaluation", evalID(e.SessionID, e.InitiativeID), "", creationChanges(data)...)
	}
	if err != nil || !decided {
		return err
	}
	return t.syncStatus(e.InitiativeID)
}

// decisionChanged says whether one of the changes is the decision's.
func decisionChanged(changes []FieldChange) bool {
	for _, c := range changes {
		if c.Field == "decision" || strings.HasPrefix(c.Field, "decision.") {
			return true
		}
	}
	return false
}

// InsertEvaluation stores an evaluation exactly as given; for import and
// restore. An existing one gives ErrExists; a closed session gives ErrSealed
// unless it was inserted by InsertSession in this same transaction. Unlike
// PutEvaluation it leaves the initiative's status alone: imported
// initiatives carry their own (see rules.go for why).
func (t *Tx) InsertEvaluation(e Evaluation) error {
	s, _, what, err := t.evalContext(e.SessionID, e.InitiativeID)
	if err != nil {
		return err
	}
	if _, found, err := t.Evaluation(e.SessionID, e.InitiativeID); err != nil {
		return err
	} else if found {
		return newError(ErrExists, nil, "store.eval.exists", "%s existe déjà", what)
	}
	if s.Sealed() && !t.insertedSessions[s.ID] {
		return sealedEvaluations(s)
	}
	e.Decision = cloneDecision(e.Decision)
	if !s.Sealed() {
		// A sealed session's evaluations stay as sealed (see Session.cleanText).
		e.CleanText()
	}
	if err := t.checkEvaluation(&e, what); err != nil {
		return err
	}
	if e.UpdatedAt.IsZero() {
		e.UpdatedAt = t.now
	}
	if err := t.writeEvaluation(e, s.Sealed()); err != nil {
		return err
	}
	return t.audit("import", "evaluation", evalID(e.SessionID, e.InitiativeID), "")
}

// DeleteEvaluation removes the evaluation of one initiative in an open
// session (ErrSealed once closed); nothing happens when there is none.
func (t *Tx) DeleteEvaluation(sessionID, initiativeID uint64) error {
	s, err := t.Session(sessionID)
	if err != nil {
		return err
	}
	if s.Sealed() {
		return sealedEvaluations(s)
	}
	key := pairKey(sessionID, initiativeID)
	if t.evaluationBytes(key) == nil {
		return nil
	}
	for _, b := range t.evaluationBuckets() {
		if err := b.Delete(key); err != nil {
			return err
		}
	}
	if err := t.bucket(bucketIdxEvalInit).Delete(pairKey(initiativeID, sessionID)); err != nil {
		return err
	}
	t.touch(bucketEvaluations, pairKey(sessionID, initiativeID), nil)
	return t.audit("delete", "evaluation", evalID(sessionID, initiativeID), "")
}

func cloneDecision(d *Decision) *Decision {
	if d == nil {
		return nil
	}
	c := *d
	if d.Votes != nil {
		v := *d.Votes
		c.Votes = &v
	}
	return &c
}

// Evaluation reads the evaluation of one initiative in one session; false
// when there is none.
func (t *Tx) Evaluation(sessionID, initiativeID uint64) (Evaluation, bool, error) {
	var e Evaluation
	v := t.evaluationBytes(pairKey(sessionID, initiativeID))
	if v == nil {
		return Evaluation{}, false, nil
	}
	if err := decode(v, &e); err != nil {
		return Evaluation{}, false, damagedRecord("une évaluation", t.s.path, err)
	}
	return e, true, nil
}

// EvaluationsBySession lists a session's evaluations by initiative id.
func (t *Tx) EvaluationsBySession(sessionID uint64) ([]Evaluation, error) {
	var out []Evaluation
	err := t.sessionEvaluations(sessionID, func(_, v []byte) error {
		var e Evaluation
		if err := decode(v, &e); err != nil {
			return damagedRecord("une évaluation", t.s.path, err)
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsByInitiative lists an initiative's evaluations, one per session
// that examined it, by session id (through the idx_eval_initiative index).
func (t *Tx) EvaluationsByInitiative(initiativeID uint64) ([]Evaluation, error) {
	var out []Evaluation
	prefix := itob(initiativeID)
	c := t.bucket(bucketIdxEvalInit).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		e, found, err := t.Evaluation(btoi(k[8:]), initiativeID)
		if err != nil {
			return nil, err
		}
		if found {
			out = append(out, e)
		}
	}
	return out, nil
}

// --- amendments ----------------------------------------------------------------

// AddAmendment records a dated change to the evaluation of one initiative in
// a closed session, and sets its ID; the original evaluation stays as it was.
// Reason and After are required; After's session and initiative are those of
// the amendment. Before, when nil, is filled with the evaluation as it stood
// (the latest amendment's After, else the original, else nil). In the same
// transaction the initiative's Status and Category follow the decision in
// force, as with PutEvaluation; a decision about a withdrawn initiative gives
// ErrWithdrawn.
func (t *Tx) AddAmendment(a *Amendment) error {
	rec, err := t.checkAmendment(*a)
	if err != nil {
		return err
	}
	in, err := t.Initiative(rec.InitiativeID)
	if err != nil {
		return err
	}
	if err := refuseIfWithdrawn(in, rec.After.Decision); err != nil {
		return err
	}
	if rec.Before == nil {
		before, err := t.currentEvaluation(rec.SessionID, rec.InitiativeID)
		if err != nil {
			return err
		}
		rec.Before = before
	}
	id, err := t.bucket(bucketAmendments).NextSequence()
	if err != nil {
		return err
	}
	rec.ID = id
	if err := t.put(bucketAmendments, itob(id), rec); err != nil {
		return err
	}
	if err := t.audit("amend", "evaluation", evalID(rec.SessionID, rec.InitiativeID), fmt.Sprintf("amendement n° %d", id), amendmentChanges(rec)...); err != nil {
		return err
	}
	if err := t.syncStatus(rec.InitiativeID); err != nil {
		return err
	}
	*a = rec
	return nil
}

// InsertAmendment stores an amendment exactly as given, ID included; for
// import and restore. An existing ID gives ErrExists.
func (t *Tx) InsertAmendment(a Amendment) error {
	if a.ID == 0 {
		return invalidf("store.amendment.no_id", "l'amendement n'a pas d'identifiant")
	}
	if t.bucket(bucketAmendments).Get(itob(a.ID)) != nil {
		return newError(ErrExists, nil, "store.amendment.exists", "l'amendement n° %d existe déjà", a.ID)
	}
	rec, err := t.checkAmendment(a)
	if err != nil {
		return err
	}
	if err := bumpSequence(t.bucket(bucketAmendments), a.ID); err != nil {
		return err
	}
	if err := t.put(bucketAmendments, itob(a.ID), rec); err != nil {
		return err
	}
	return t.audit("import", "amendment", idString(a.ID), "")
}

func (t *Tx) checkAmendment(a Amendment) (Amendment, error) {
	s, _, what, err := t.evalContext(a.SessionID, a.InitiativeID)
	if err != nil {
		return a, err
	}
	if !s.Sealed() {
		return a, invalidf("store.amendment.session_open", "la séance du %s est encore ouverte : modifiez directement l'évaluation, un amendement ne sert qu'après la clôture", day(s.Date))
	}
	a.CleanText()
	a.Reason = strings.TrimSpace(a.Reason)
	if a.Reason == "" {
		return a, invalidf("store.amendment.no_reason", "un amendement à %s doit donner son motif", what)
	}
	if a.After == nil {
		return a, invalidf("store.amendment.no_after", "un amendement à %s doit donner l'évaluation corrigée", what)
	}
	if a.At.IsZero() {
		a.At = t.now
	}
	after := *a.After
	after.SessionID, after.InitiativeID = a.SessionID, a.InitiativeID
	after.Decision = cloneDecision(after.Decision)
	if after.Grid.ID == "" && a.Before != nil {
		after.Grid = a.Before.Grid
	}
	if after.Grid.ID == "" {
		if orig, found, err := t.Evaluation(a.SessionID, a.InitiativeID); err == nil && found {
			after.Grid = orig.Grid
		}
	}
	if err := t.checkEvaluation(&after, msg("store.what.amendment_to", "l'amendement à %s", what)); err != nil {
		return a, err
	}
	if after.UpdatedAt.IsZero() {
		after.UpdatedAt = a.At
	}
	a.After = &after
	return a, nil
}

// currentEvaluation is the evaluation as it stands after its amendments.
func (t *Tx) currentEvaluation(sid, iid uint64) (*Evaluation, error) {
	var cur *Evaluation
	if e, found, err := t.Evaluation(sid, iid); err != nil {
		return nil, err
	} else if found {
		cur = &e
	}
	err := forEach(t, bucketAmendments, "un amendement", func(a Amendment) error {
		if a.SessionID == sid && a.InitiativeID == iid && a.After != nil {
			cur = a.After
		}
		return nil
	})
	return cur, err
}

// CurrentEvaluation is the evaluation of one initiative in one session with
// its amendments applied (the latest amendment's After), or the original when
// there is none; false when neither exists.
func (t *Tx) CurrentEvaluation(sessionID, initiativeID uint64) (Evaluation, bool, error) {
	e, err := t.currentEvaluation(sessionID, initiativeID)
	if err != nil || e == nil {
		return Evaluation{}, false, err
	}
	return *e, true, nil
}

// Amendments lists a session's amendments in the order they were made;
// sessionID 0 lists every amendment.
func (t *Tx) Amendments(sessionID uint64) ([]Amendment, error) {
	var out []Amendment
	err := forEach(t, bucketAmendments, "un amendement", func(a Amendment) error {
		if sessionID == 0 || a.SessionID == sessionID {
			out = append(out, a)
		}
		return nil
	})
	return out, err
}

// --- audit ---------------------------------------------------------------------

// Audit lists the audit trail newest first; limit <= 0 lists it whole.
func (t *Tx) Audit(limit int) ([]AuditEntry, error) {
	var out []AuditEntry
	var err error
	t.forEachAudit(true, func(_, v []byte) bool {
		if limit > 0 && len(out) >= limit {
			return false
		}
		var e AuditEntry
		if err = decode(v, &e); err != nil {
			err = t.auditUnreadable(err)
			return false
		}
		out = append(out, e)
		return true
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// --- Store wrappers ------------------------------------------------------------

// PutEvaluation: see Tx.PutEvaluation.
func (s *Store) PutEvaluation(e Evaluation) error {
	return s.Update(func(t *Tx) error { return t.PutEvaluation(e) })
}

// DeleteEvaluation: see Tx.DeleteEvaluation.
func (s *Store) DeleteEvaluation(sessionID, initiativeID uint64) error {
	return s.Update(func(t *Tx) error { return t.DeleteEvaluation(sessionID, initiativeID) })
}

// Evaluation: see Tx.Evaluation.
func (s *Store) Evaluation(sessionID, initiativeID uint64) (e Evaluation, found bool, err error) {
	err = s.view(func(t *Tx) error { e, found, err = t.Evaluation(sessionID, initiativeID); return err })
	return e, found, err
}

// CurrentEvaluation: see Tx.CurrentEvaluation.
func (s *Store) CurrentEvaluation(sessionID, initiativeID uint64) (e Evaluation, found bool, err error) {
	err = s.view(func(t *Tx) error { e, found, err = t.CurrentEvaluation(sessionID, initiativeID); return err })
	return e, found, err
}

// EvaluationsBySession: see Tx.EvaluationsBySession.
func (s *Store) EvaluationsBySession(sessionID uint64) (out []Evaluation, err error) {
	err = s.view(func(t *Tx) error { out, err = t.EvaluationsBySession(sessionID); return err })
	return out, err
}

// EvaluationsByInitiative: see Tx.EvaluationsByInitiative.
func (s *Store) EvaluationsByInitiative(initiativeID uint64) (out []Evaluation, err error) {
	err = s.view(func(t *Tx) error { out, err = t.EvaluationsByInitiative(initiativeID); return err })
	return out, err
}

// AddAmendment: see Tx.AddAmendment.
func (s *Store) AddAmendment(a *Amendment) error {
	return s.Update(func(t *Tx) error { return t.AddAmendment(a) })
}

// Amendments: see Tx.Amendments.
func (s *Store) Amendments(sessionID uint64) (out []Amendment, err error) {
	err = s.view(func(t *Tx) error { out, err = t.Amendments(sessionID); return err })
	return out, err
}

// Audit: see Tx.Audit.
func (s *Store) Audit(limit int) (out []AuditEntry, err error) {
	err = s.view(func(t *Tx) error { out, err = t.Audit(limit); return err })
	return out, err
}

package store

import (
	"slices"
	"strings"
	"time"
)

func (t *Tx) checkSession(s *Session) error {
	s.CleanText()
	if _, err := time.Parse(time.DateOnly, s.Date); err != nil {
		return invalidf("store.session.bad_date", "la date de séance « %s » n'est pas une date AAAA-MM-JJ", s.Date)
	}
	if _, err := t.Campaign(s.CampaignID); err != nil {
		return newError(ErrNotFound, err, "store.session.campaign_problem", "la séance du %s : %v", day(s.Date), err)
	}
	if s.Status == "" {
		s.Status = SessionOpen
	}
	if s.Status != SessionOpen && s.Status != SessionClosed {
		return invalidf("store.session.unknown_status", "la séance du %s a un état inconnu « %s »", day(s.Date), s.Status)
	}
	seen := map[uint64]bool{}
	for _, id := range s.Present {
		if _, err := t.Member(id); err != nil {
			return newError(ErrNotFound, err, "store.session.present_problem", "la séance du %s : parmi les présents, %v", day(s.Date), err)
		}
	}
	for _, l := range [][]uint64{s.Agenda, s.Postponed} {
		for _, id := range l {
			if _, err := t.Initiative(id); err != nil {
				return newError(ErrNotFound, err, "store.session.agenda_problem", "la séance du %s : à l'ordre du jour, %v", day(s.Date), err)
			}
		}
	}
	for _, id := range s.Agenda {
		if seen[id] {
			return invalidf("store.session.agenda_twice", "la séance du %s : l'initiative n° %d figure deux fois à l'ordre du jour", day(s.Date), id)
		}
		seen[id] = true
	}
	for _, r := range s.Recusals {
		if _, err := t.Member(r.MemberID); err != nil {
			return newError(ErrNotFound, err, "store.session.recusal_problem", "la séance du %s : déport, %v", day(s.Date), err)
		}
		if _, err := t.Initiative(r.InitiativeID); err != nil {
			return newError(ErrNotFound, err, "store.session.recusal_problem", "la séance du %s : déport, %v", day(s.Date), err)
		}
	}
	return nil
}

// postponeReasons keeps the reasons of the items still postponed: the
// minutes must never give a reason for a postponement that no longer holds.
// Blank reasons go too, and no map at all when none is left.
func postponeReasons(s Session) map[uint64]string {
	var out map[uint64]string
	for id, why := range s.PostponeReasons {
		if strings.TrimSpace(why) == "" || !slices.Contains(s.Postponed, id) {
			continue
		}
		if out == nil {
			out = map[uint64]string{}
		}
		out[id] = why
	}
	return out
}

// CreateSession stores a new, open session and sets its ID. Its campaign,
// members and initiatives must exist.
func (t *Tx) CreateSession(s *Session) error {
	rec := *s
	if rec.Status == SessionClosed {
		return invalidf("store.session.create_closed", "une séance se crée ouverte ; elle se clôt ensuite (CloseSession)")
	}
	if err := t.checkSession(&rec); err != nil {
		return err
	}
	if err := t.refuseHeldElsewhere(rec, nil); err != nil {
		return err
	}
	id, err := t.bucket(bucketSessions).NextSequence()
	if err != nil {
		return err
	}
	rec.ID = id
	rec.ClosedAt = time.Time{}
	rec.Seal = ""
	rec.PostponeReasons = postponeReasons(rec)
	if err := t.put(bucketSessions, itob(id), rec); err != nil {
		return err
	}
	if err := t.audit("create", "session", idString(id), "", append(agendaChanges(rec), t.recusalDiff(nil, rec.Recusals)...)...); err != nil {
		return err
	}
	*s = rec
	return nil
}

// InsertSession stores a session exactly as given, ID, state, ClosedAt and
// Seal included (a seal only when closed); for import and restore. Once its
// evaluations are in, VerifyImportedSeal checks the seal. An existing ID gives ErrExists. A closed
// session inserted this way still accepts InsertEvaluation in the same
// transaction, so that an imported sealed session arrives whole.
func (t *Tx) InsertSession(s Session) error {
	if s.ID == 0 {
		return invalidf("store.session.no_id", "la séance du %s n'a pas d'identifiant", day(s.Date))
	}
	if t.bucket(bucketSessions).Get(itob(s.ID)) != nil {
		return newError(ErrExists, nil, "store.session.exists", "la séance n° %d existe déjà", s.ID)
	}
	if err := t.checkSession(&s); err != nil {
		return err
	}
	if !s.Sealed() {
		s.Seal = ""
	}
	if err := bumpSequence(t.bucket(bucketSessions), s.ID); err != nil {
		return err
	}
	if err := t.put(bucketSessions, itob(s.ID), s); err != nil {
		return err
	}
	if t.insertedSessions == nil {
		t.insertedSessions = map[uint64]bool{}
	}
	t.insertedSessions[s.ID] = true
	return t.audit("import", "session", idString(s.ID), "")
}

func sealedSession(s Session) error {
	return newError(ErrSealed, nil, "store.session.sealed", "la séance du %s est close : elle ne peut plus changer ; une correction se fait par un amendement", day(s.Date))
}

func sealedEvaluations(s Session) error {
	return newError(ErrSealed, nil, "store.session.sealed_evaluations", "la séance du %s est close : ses évaluations ne peuvent plus changer ; faites un amendement", day(s.Date))
}

// PutSession updates an open session (ErrNotFound when absent, ErrSealed once
// closed). Closing goes through CloseSession.
func (t *Tx) PutSession(s Session) error {
	old, err := t.Session(s.ID)
	if err != nil {
		return err
	}
	if old.Sealed() {
		return sealedSession(old)
	}
	if s.Status == SessionClosed {
		return invalidf("store.session.close_by_update", "la séance du %s se clôt par la clôture de séance (CloseSession), pas par une mise à jour", day(s.Date))
	}
	if err := t.checkSession(&s); err != nil {
		return err
	}
	// An item already evaluated here keeps its place on the agenda: the
	// evaluation belongs to it (postpone it instead).
	for _, id := range old.Agenda {
		if slices.Contains(s.Agenda, id) {
			continue
		}
		if _, evaluated, err := t.Evaluation(s.ID, id); err != nil {
			return err
		} else if evaluated {
			in, _ := t.Initiative(id)
			return newError(ErrInUse, nil, "store.session.agenda_evaluated", "la séance du %s a déjà évalué « %s » : elle reste à l'ordre du jour (reportez-la plutôt)", day(s.Date), in.Title)
		}
	}
	if err := t.refuseHeldElsewhere(s, &old); err != nil {
		return err
	}
	s.ClosedAt = time.Time{}
	s.Seal = "" // only a closed session carries a seal
	s.PostponeReasons = postponeReasons(s)
	changes := fieldChanges(old, s)
	if len(changes) == 0 {
		return nil
	}
	changes = t.recusalChanges(changes, old.Recusals, s.Recusals)
	if err := t.put(bucketSessions, itob(s.ID), s); err != nil {
		return err
	}
	return t.audit("update", "session", idString(s.ID), "", changes...)
}

// CloseSession seals a session: status "close", ClosedAt now, and Seal its
// Fingerprint over the closed record and its evaluations. Its evaluations
// and the session itself cannot change afterwards (ErrSealed); corrections are
// amendments. Closing a closed session gives ErrSealed.
func (t *Tx) CloseSession(id uint64) error {
	s, err := t.Session(id)
	if err != nil {
		return err
	}
	if s.Sealed() {
		return newError(ErrSealed, nil, "store.session.already_closed", "la séance du %s est déjà close", day(s.Date))
	}
	if err := NotYetHeld(s, t.now.Format(time.DateOnly)); err != nil {
		return err
	}
	s.Status = SessionClosed
	s.ClosedAt = t.now
	if err := t.moveEvaluations(id, true); err != nil {
		return err
	}
	// Sealed last, so the seal covers the closed state and its time.
	if s.Seal, err = t.sealOf(s); err != nil {
		return err
	}
	if err := t.put(bucketSessions, itob(id), s); err != nil {
		return err
	}
	return t.audit("close", "session", idString(id), "")
}

// DeleteSession removes an open session without evaluations (a session
// created by mistake). A closed one gives ErrSealed, one with evaluations
// ErrHasEvaluations.
func (t *Tx) DeleteSession(id uint64) error {
	s, err := t.Session(id)
	if err != nil {
		return err
	}
	if s.Sealed() {
		return sealedSession(s)
	}
	if t.sessionEvaluations(id, func(_, _ []byte) error { return errFound }) != nil {
		return newError(ErrHasEvaluations, nil, "store.session.has_evaluations", "la séance du %s a déjà des évaluations : elle ne peut pas être supprimée", day(s.Date))
	}
	if err := t.bucket(bucketSessions).Delete(itob(id)); err != nil {
		return err
	}
	t.touch(bucketSessions, itob(id), nil)
	return t.audit("delete", "session", idString(id), "")
}

// Session reads one session; ErrNotFound when absent.
func (t *Tx) Session(id uint64) (Session, error) {
	var s Session
	found, err := t.get(bucketSessions, itob(id), &s, "la séance n° "+idString(id))
	if err != nil {
		return Session{}, err
	}
	if !found {
		return Session{}, newError(ErrNotFound, nil, "store.session.not_found", "la séance n° %d n'existe pas", id)
	}
	return s, nil
}

// Sessions lists the sessions of a campaign ("" = every campaign) in
// creation order.
func (t *Tx) Sessions(campaignID string) ([]Session, error) {
	return t.sessionsWhere(func(h sessionHead) bool { return campaignID == "" || h.CampaignID == campaignID })
}

// sessionHead is what picks sessions out of the bucket: decoding it skips
// over their agenda, members and recusals without building them, which
// matters at start-up when one campaign's sessions are wanted of 400.
type sessionHead struct {
	CampaignID string        `json:"campaign_id"`
	Status     SessionStatus `json:"status"`
}

// sessionsWhere decodes whole the sessions whose head keep accepts.
func (t *Tx) sessionsWhere(keep func(sessionHead) bool) ([]Session, error) {
	b := t.bucket(bucketSessions)
	if b == nil {
		return nil, nil
	}
	var out []Session
	err := b.ForEach(func(_, v []byte) error {
		var h sessionHead
		if err := decode(v, &h); err != nil {
			return damagedRecord("une séance", t.s.path, err)
		}
		if !keep(h) {
			return nil
		}
		var s Session
		if err := decode(v, &s); err != nil {
			return damagedRecord("une séance", t.s.path, err)
		}
		out = append(out, s)
		return nil
	})
	return out, err
}

// --- Store wrappers ------------------------------------------------------------

// CreateSession: see Tx.CreateSession.
func (s *Store) CreateSession(se *Session) error {
	return s.Update(func(t *Tx) error { return t.CreateSession(se) })
}

// PutSession: see Tx.PutSession.
func (s *Store) PutSession(se Session) error {
	return s.Update(func(t *Tx) error { return t.PutSession(se) })
}

// CloseSession: see Tx.CloseSession.
func (s *Store) CloseSession(id uint64) error {
	return s.Update(func(t *Tx) error { return t.CloseSession(id) })
}

// DeleteSession: see Tx.DeleteSession.
func (s *Store) DeleteSession(id uint64) error {
	return s.Update(func(t *Tx) error { return t.DeleteSession(id) })
}

// Session: see Tx.Session.
func (s *Store) Session(id uint64) (se Session, err error) {
	err = s.view(func(t *Tx) error { se, err = t.Session(id); return err })
	return se, err
}

// Sessions: see Tx.Sessions.
func (s *Store) Sessions(campaignID string) (out []Session, err error) {
	err = s.view(func(t *Tx) error { out, err = t.Sessions(campaignID); return err })
	return out, err
}

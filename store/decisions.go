package store

import (
	"slices"
	"sort"
)

// One initiative, one decision at a time. An initiative goes through
// several sessions only by being set aside in the earlier one: postponed
// (reporté, no decision) or deferred (ajourné, to be reworked). So:
//
//   - it is "held" by an open session whose agenda has it neither postponed
//     nor deferred, and no other open session may take it on its agenda
//     while held (CreateSession, PutSession);
//   - a decision in one session is refused when another session has decided
//     too, unless the earlier of the two decisions is a deferral
//     (PutEvaluation);
//   - Check reports the files that hold such contradictions anyway (written
//     before these rules, or imported).
//
// Otherwise the initiative's status would follow the latest session by date,
// silently contradicting a decision recorded in an earlier one.

// outcomeWords names a decision's outcome for a message.
func outcomeWords(o Outcome) Message {
	switch o {
	case OutcomeLabelled:
		return msg("store.outcome.labelled", "labellisée")
	case OutcomeDeferred:
		return msg("store.outcome.deferred", "ajournée")
	}
	return msg("store.outcome.not_retained", "non retenue")
}

// holds says whether open session se keeps initiative id for itself: on
// its agenda, not postponed, not deferred there.
func (t *Tx) holds(se Session, id uint64) (bool, error) {
	if se.Sealed() || !slices.Contains(se.Agenda, id) || slices.Contains(se.Postponed, id) {
		return false, nil
	}
	ev, err := t.currentEvaluation(se.ID, id)
	if err != nil {
		return false, err
	}
	return ev == nil || ev.Decision == nil || ev.Decision.Outcome != OutcomeDeferred, nil
}

// refuseHeldElsewhere refuses an agenda that takes an initiative another
// open session holds. Only the items s newly holds are checked (old is the
// session as stored, nil for a new one), so that a file written before this
// rule can still be edited.
func (t *Tx) refuseHeldElsewhere(s Session, old *Session) error {
	var fresh []uint64
	for _, id := range s.Agenda {
		if now, err := t.holds(s, id); err != nil {
			return err
		} else if !now {
			continue
		}
		if old != nil {
			if before, err := t.holds(*old, id); err != nil {
				return err
			} else if before {
				continue
			}
		}
		fresh = append(fresh, id)
	}
	if len(fresh) == 0 {
		return nil
	}
	open, err := t.sessionsWhere(func(h sessionHead) bool { return h.Status != SessionClosed })
	if err != nil {
		return err
	}
	for _, other := range open {
		if other.ID == s.ID {
			continue
		}
		for _, id := range fresh {
			held, err := t.holds(other, id)
			if err != nil {
				return err
			}
			if held {
				in, _ := t.Initiative(id)
				return newError(ErrInUse, nil, "store.session.agenda_elsewhere",
					"l'initiative n° %d « %s » est déjà à l'ordre du jour de la séance ouverte du %s (%s) : reportez-la ou ajournez-la d'abord dans cette séance",
					id, in.Title, day(other.Date), other.Territory)
			}
		}
	}
	return nil
}

// HeldElsewhere maps each initiative held by an open session other than
// sessionID (0 for a new session) to that session, for the preparation of
// an agenda to leave them out.
func (t *Tx) HeldElsewhere(sessionID uint64) (map[uint64]Session, error) {
	open, err := t.sessionsWhere(func(h sessionHead) bool { return h.Status != SessionClosed })
	if err != nil {
		return nil, err
	}
	out := map[uint64]Session{}
	for _, se := range open {
		if se.ID == sessionID {
			continue
		}
		for _, id := range se.Agenda {
			held, err := t.holds(se, id)
			if err != nil {
				return nil, err
			}
			if held {
				out[id] = se
			}
		}
	}
	return out, nil
}

// precedes orders sessions as the status rule does: date, then id.
func precedes(a, b Session) bool {
	return a.Date < b.Date || (a.Date == b.Date && a.ID < b.ID)
}

// refuseContradictingDecision refuses decision d in session s when another
// session decided on the same initiative and the earlier of the two
// decisions is not a deferral.
func (t *Tx) refuseContradictingDecision(s Session, in Initiative, d *Decision) error {
	evs, err := t.EvaluationsByInitiative(in.ID)
	if err != nil {
		return err
	}
	for _, ev := range evs {
		if ev.SessionID == s.ID {
			continue
		}
		cur, err := t.currentEvaluation(ev.SessionID, in.ID)
		if err != nil {
			return err
		}
		if cur == nil || cur.Decision == nil {
			continue
		}
		other, err := t.Session(ev.SessionID)
		if err != nil {
			return err
		}
		earlier := d.Outcome
		if precedes(other, s) {
			earlier = cur.Decision.Outcome
		}
		if earlier == OutcomeDeferred {
			continue
		}
		return newError(ErrDecided, nil, "store.eval.decided_elsewhere",
			"l'initiative « %s » a déjà été décidée dans la séance du %s (%s) : une seconde décision ne suit qu'un ajournement ; corrigez plutôt celle-là (amendement une fois la séance close)",
			in.Title, day(other.Date), outcomeWords(cur.Decision.Outcome))
	}
	return nil
}

// decidedAt is one session's decision in force about an initiative.
type decidedAt struct {
	session Session
	outcome Outcome
}

// checkDecisions reports the initiatives decided in two sessions where the
// earlier decision is not a deferral: their status follows the later one
// and contradicts the earlier.
func checkDecisions(t *Tx, add func(kind, id, key, format string, args ...any), p *pace) {
	// The latest amendment's decision replaces the original, as in
	// currentEvaluation, read once rather than once per evaluation.
	amended := map[string]*Decision{}
	_ = t.bucket(bucketAmendments).ForEach(func(_, v []byte) error {
		var a Amendment
		if decode(v, &a) != nil || a.After == nil {
			return nil
		}
		amended[evalID(a.SessionID, a.InitiativeID)] = a.After.Decision
		return nil
	})
	sessions := map[uint64]Session{}
	_ = t.bucket(bucketSessions).ForEach(func(_, v []byte) error {
		var s Session
		if decode(v, &s) == nil {
			sessions[s.ID] = s
		}
		return nil
	})
	byInitiative := map[uint64][]decidedAt{}
	_ = t.forEachEvaluation(func(_, v []byte) error {
		if p.next() {
			return errCheckStopped
		}
		var e Evaluation
		if decode(v, &e) != nil {
			return nil
		}
		d := e.Decision
		if after, ok := amended[evalID(e.SessionID, e.InitiativeID)]; ok {
			d = after
		}
		se, ok := sessions[e.SessionID]
		if d == nil || !ok {
			return nil
		}
		byInitiative[e.InitiativeID] = append(byInitiative[e.InitiativeID], decidedAt{se, d.Outcome})
		return nil
	})
	ids := make([]uint64, 0, len(byInitiative))
	for id, ds := range byInitiative {
		if len(ds) > 1 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		ds := byInitiative[id]
		sort.Slice(ds, func(i, j int) bool { return precedes(ds[i].session, ds[j].session) })
		last := ds[len(ds)-1]
		for _, d := range ds[:len(ds)-1] {
			if d.outcome == OutcomeDeferred {
				continue
			}
			var in Initiative
			_, _ = t.get(bucketInitiatives, itob(id), &in, "une initiative")
			add("initiative", idString(id), "store.check.decisions_contradict",
				"l'initiative n° %d « %s » a été décidée deux fois sans ajournement entre les deux : %s dans la séance du %s, puis %s dans celle du %s ; son état suit la seconde",
				id, in.Title, outcomeWords(d.outcome), day(d.session.Date), outcomeWords(last.outcome), day(last.session.Date))
			break
		}
	}
}

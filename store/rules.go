package store

import (
	"slices"
)

// This file holds the rules that tie an initiative's status to the decisions
// taken about it. They run inside the write transactions of PutEvaluation,
// AddAmendment, WithdrawInitiative and ReinstateInitiative, so every caller
// (screens, command line, demo) gets them without repeating them.
//
// The status in force follows the decision in force: for each session that
// examined the initiative, its current evaluation (amendments applied); the
// decision of the latest such session (by date, then id) that has one sets
// Status and Category through StatusAfter. With no decision anywhere the
// status is StatusAfter(nil), "deposee". Taking the latest decided session,
// rather than the evaluation just written, keeps a deferred initiative
// "ajournee" while a later session scores it again and has not decided yet,
// and reopening that later decision puts it back to "ajournee", not
// "deposee".
//
// A withdrawn initiative ("retiree") is the holder's act, not the
// committee's: writing scores or notes leaves it withdrawn, and recording a
// decision about it is refused (ErrWithdrawn) until it is reinstated. This
// mirrors WithdrawInitiative, which refuses a decided initiative
// (ErrDecided): an initiative is never both withdrawn and decided.
//
// InsertEvaluation and InsertAmendment (import, restore) do not apply the
// rule: they store records exactly as given, and the imported initiatives
// carry their own status. Deriving it there would make the status depend on
// the order records are inserted (an evaluation inserted before the
// amendment that changed its decision) and would change initiatives already
// in the database, which a re-import would then report as conflicts.

// decisionInForce is the decision that sets the initiative's status: that of
// the latest session (date, then id) whose current evaluation has one; nil
// when no session decided.
func (t *Tx) decisionInForce(initiativeID uint64) (*Decision, error) {
	ev, err := t.evaluationInForce(initiativeID)
	if ev == nil || err != nil {
		return nil, err
	}
	return ev.Decision, nil
}

// evaluationInForce is the current evaluation (amendments applied) of the
// latest session (date, then id) that decided on the initiative; nil when
// no session decided.
func (t *Tx) evaluationInForce(initiativeID uint64) (*Evaluation, error) {
	evs, err := t.EvaluationsByInitiative(initiativeID)
	if err != nil {
		return nil, err
	}
	var best *Evaluation
	var bestSession Session
	for _, ev := range evs {
		cur, err := t.currentEvaluation(ev.SessionID, initiativeID)
		if err != nil {
			return nil, err
		}
		if cur == nil || cur.Decision == nil {
			continue
		}
		se, err := t.Session(ev.SessionID)
		if err != nil {
			return nil, err
		}
		if best == nil || se.Date > bestSession.Date || (se.Date == bestSession.Date && se.ID > bestSession.ID) {
			best, bestSession = cur, se
		}
	}
	return best, nil
}

// statusFor is the status and category a decision gives; the category is
// kept only for a label, the one outcome that names one.
func statusFor(d *Decision) (Status, string) {
	st := StatusAfter(d)
	if st == StatusLabelled {
		return st, d.Category
	}
	return st, ""
}

// syncStatus sets the initiative's Status and Category from the decision in
// force, stamping UpdatedAt with the transaction's clock (through
// PutInitiative, which also writes the audit entry). A withdrawn initiative
// without any decision stays withdrawn.
func (t *Tx) syncStatus(initiativeID uint64) error {
	in, err := t.Initiative(initiativeID)
	if err != nil {
		return err
	}
	d, err := t.decisionInForce(initiativeID)
	if err != nil {
		return err
	}
	if d == nil && in.Status == StatusWithdrawn {
		return nil
	}
	status, category := statusFor(d)
	if in.Status == status && in.Category == category {
		return nil
	}
	in.Status, in.Category = status, category
	return t.PutInitiative(in)
}

// refuseIfWithdrawn refuses a decision about a withdrawn initiative.
func refuseIfWithdrawn(in Initiative, d *Decision) error {
	if d == nil || in.Status != StatusWithdrawn {
		return nil
	}
	return newError(ErrWithdrawn, nil, "store.initiative.withdrawn", "l'initiative « %s » est retirée : rétablissez-la avant d'enregistrer une décision", in.Title)
}

// WithdrawInitiative sets an initiative to "retiree" (the holder withdrew
// it) and takes it off the agendas of the campaign's open sessions, in the
// same transaction. An initiative with a decision in force (in any session,
// amendments applied) is refused with ErrDecided: its status follows its
// decision; amend the decision instead. Withdrawing a withdrawn initiative
// changes nothing.
func (t *Tx) WithdrawInitiative(id uint64) error {
	in, err := t.Initiative(id)
	if err != nil {
		return err
	}
	d, err := t.decisionInForce(id)
	if err != nil {
		return err
	}
	if d != nil {
		return newError(ErrDecided, nil, "store.initiative.decided", "l'initiative « %s » a déjà été décidée : elle ne peut pas être retirée ; un changement passe par un amendement de la décision", in.Title)
	}
	in.Status, in.Category = StatusWithdrawn, ""
	if err := t.leaveOpenAgendas(in); err != nil {
		return err
	}
	return t.PutInitiative(in)
}

// ReinstateInitiative puts a withdrawn initiative back to the status its
// decisions give ("deposee", since a withdrawn initiative has none). It does
// not put it back on any agenda: that is the secretary's choice. An
// initiative that is not withdrawn is left as it is.
func (t *Tx) ReinstateInitiative(id uint64) error {
	in, err := t.Initiative(id)
	if err != nil {
		return err
	}
	if in.Status != StatusWithdrawn {
		return nil
	}
	d, err := t.decisionInForce(id)
	if err != nil {
		return err
	}
	in.Status, in.Category = statusFor(d)
	return t.PutInitiative(in)
}

// leaveOpenAgendas takes a withdrawn initiative off the agendas of the
// campaign's open sessions; where it was already scored it stays, postponed,
// so the session keeps its record and can still close.
func (t *Tx) leaveOpenAgendas(in Initiative) error {
	ses, err := t.Sessions(in.CampaignID)
	if err != nil {
		return err
	}
	for _, se := range ses {
		if se.Sealed() || !slices.Contains(se.Agenda, in.ID) {
			continue
		}
		_, scored, err := t.Evaluation(se.ID, in.ID)
		if err != nil {
			return err
		}
		if scored {
			if slices.Contains(se.Postponed, in.ID) {
				continue
			}
			se.Postponed = append(slices.Clone(se.Postponed), in.ID)
		} else {
			se.Agenda = slices.DeleteFunc(slices.Clone(se.Agenda), func(id uint64) bool { return id == in.ID })
			se.Recusals = slices.DeleteFunc(slices.Clone(se.Recusals), func(r Recusal) bool { return r.InitiativeID == in.ID })
			se.Postponed = slices.DeleteFunc(slices.Clone(se.Postponed), func(id uint64) bool { return id == in.ID })
		}
		if err := t.PutSession(se); err != nil {
			return err
		}
	}
	return nil
}

// WithdrawInitiative: see Tx.WithdrawInitiative.
func (s *Store) WithdrawInitiative(id uint64) error {
	return s.Update(func(t *Tx) error { return t.WithdrawInitiative(id) })
}

// ReinstateInitiative: see Tx.ReinstateInitiative.
func (s *Store) ReinstateInitiative(id uint64) error {
	return s.Update(func(t *Tx) error { return t.ReinstateInitiative(id) })
}

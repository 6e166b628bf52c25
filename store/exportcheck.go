package store

import "errors"

// An export reads every record it writes: an unreadable one already stops
// it (damagedRecord), so the streaming export does not run the full check
// first, which would decode the whole file a second time (1.2 s of 2.3 at
// 20,000 initiatives). What reading alone cannot see is asked here, on
// the records the export already holds: a seal that no longer holds, and
// an evaluation whose grid is gone (its derived fields would silently be
// left out). bbolt's page check, the indexes and the summaries stay
// essradar check's job.

// SealHolds is the damage error for a closed session whose seal is missing
// or no longer matches evals, its evaluations as read; nil otherwise.
func (t *Tx) SealHolds(se Session, evals []Evaluation) error {
	if !se.Sealed() {
		return nil
	}
	if se.Seal == "" {
		return damagedBecause(t.s.path, msg("store.check.seal_missing",
			"%s est close mais ne porte pas de sceau : rien ne garantit que son contenu est celui de sa clôture",
			sessionName(se, false)), ErrDamaged)
	}
	if got := Fingerprint(se, evals); got != se.Seal {
		return damagedBecause(t.s.path, msg("store.check.seal_mismatch",
			"%s ne correspond plus à son sceau : elle ou ses évaluations ont été modifiées depuis sa clôture (sceau %s, contenu %s)",
			sessionName(se, false), shortSeal(se.Seal), shortSeal(got)), ErrDamaged)
	}
	return nil
}

// EvaluationGridMissing is the damage error for an evaluation whose grid
// the file no longer holds (or no longer reads).
func (t *Tx) EvaluationGridMissing(e Evaluation) error {
	id := evalID(e.SessionID, e.InitiativeID)
	return damagedBecause(t.s.path, msg("store.check.evaluation_grid_missing",
		"l'évaluation %s a été faite avec la grille %s v%d, absente de la base : elle ne peut plus être recalculée",
		id, e.Grid.ID, e.Grid.Version), ErrDamaged)
}

// NamedDamage turns a record the export could not read into the damage
// message the full check would have given (the file, what is wrong, the
// newest backup and how to restore it); other errors pass unchanged.
func (s *Store) NamedDamage(err error) error {
	var se *storeError
	if !errors.As(err, &se) || se.key != "store.record_unreadable" || len(se.args) < 2 {
		return err
	}
	return damagedBecause(s.path, msg("store.check.record_unreadable", "enregistrement illisible : %v", se.args[1]), err)
}

package store

import (
	"slices"
	"time"
)

// Resume is where the committee was when the application last stopped: an
// open session and the agenda item to take up again.
type Resume struct {
	Session    Session
	Index      int // position of the item in Session.Agenda
	Initiative Initiative
}

// InProgress finds the item to go back to after a restart (a laptop whose
// battery died mid-meeting): among the open sessions with an item still to
// decide, the one whose evaluation was written last; in it, that
// evaluation's item when still undecided, else the next undecided one of the
// agenda. It is read from the evaluations' UpdatedAt, so nothing has to be
// kept in step with the scoring. False when no session is in progress.
func (s *Store) InProgress() (r Resume, ok bool, err error) {
	err = s.View(func(tx *Tx) error {
		r, ok, err = tx.inProgress()
		return err
	})
	return r, ok, err
}

func (t *Tx) inProgress() (Resume, bool, error) {
	// Only open sessions can be resumed: the closed ones are not decoded.
	ses, err := t.sessionsWhere(func(h sessionHead) bool { return h.Status != SessionClosed })
	if err != nil {
		return Resume{}, false, err
	}
	var best Resume
	var bestAt time.Time
	found := false
	for _, se := range ses {
		if se.Sealed() {
			continue
		}
		idx, at, ok, err := t.resumePoint(se)
		if err != nil {
			return Resume{}, false, err
		}
		if ok && (!found || at.After(bestAt)) {
			best, bestAt, found = Resume{Session: se, Index: idx}, at, true
		}
	}
	if !found {
		return Resume{}, false, nil
	}
	in, err := t.Initiative(best.Session.Agenda[best.Index])
	if err != nil {
		return Resume{}, false, err
	}
	best.Initiative = in
	return best, true, nil
}

// resumePoint is the agenda index to take a session up at and when it was
// last scored; false when nothing was scored yet or nothing is left to decide.
func (t *Tx) resumePoint(se Session) (int, time.Time, bool, error) {
	evs, err := t.EvaluationsBySession(se.ID)
	if err != nil {
		return 0, time.Time{}, false, err
	}
	decided := map[uint64]bool{}
	last, lastAt := -1, time.Time{}
	for _, ev := range evs {
		decided[ev.InitiativeID] = ev.Decision != nil
		i := slices.Index(se.Agenda, ev.InitiativeID)
		if i < 0 {
			continue
		}
		// Written in the same transaction (an import, the demo): the later
		// item on the agenda is the one the meeting had reached.
		if last < 0 || ev.UpdatedAt.After(lastAt) || ev.UpdatedAt.Equal(lastAt) && i > last {
			last, lastAt = i, ev.UpdatedAt
		}
	}
	if last < 0 {
		return 0, time.Time{}, false, nil
	}
	open := func(i int) bool {
		id := se.Agenda[i]
		return !decided[id] && !slices.Contains(se.Postponed, id)
	}
	// From the last item written onwards, then from the top: an item
	// skipped earlier is still waiting.
	for k := range se.Agenda {
		if i := (last + k) % len(se.Agenda); open(i) {
			return i, lastAt, true, nil
		}
	}
	return 0, time.Time{}, false, nil
}

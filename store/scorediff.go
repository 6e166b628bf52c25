package store

import (
	"bytes"
	"encoding/json"
	"strconv"
	"time"
)

// scoreChanges is encodedChanges(old, encode(e)) for the save the committee
// makes most, a score or a note changed: it compares the maps of the record
// on disk with e's instead of building two generic JSON trees (about half of
// a save's CPU at 20,000 initiatives). ok is false when anything else may
// differ (another field, a decision, a record of another version): the
// caller then compares generically, so the trail never depends on this
// shortcut.
func scoreChanges(memos *memos, old []byte, e Evaluation) (changes []FieldChange, ok bool) {
	if !bytes.HasPrefix(old, currentHead) {
		return nil, false
	}
	before, kept := memos.evaluations.get(old)
	if !kept && json.Unmarshal(old, &before) != nil {
		return nil, false
	}
	if before.SessionID != e.SessionID || before.InitiativeID != e.InitiativeID ||
		before.Grid != e.Grid || !sameDecision(before.Decision, e.Decision) {
		return nil, false
	}
	// diffTree's order: top-level fields sorted, "notes" before "scores".
	changes = mapChanges("notes.", before.Notes, e.Notes, func(s string) string { return s })
	changes = append(changes, mapChanges("scores.", before.Scores, e.Scores, strconv.Itoa)...)
	return changes, true
}

// mapChanges writes what diffTree writes for one map field: one change per
// key whose value reads differently, absent reading as "", sorted by key.
func mapChanges[V any](prefix string, before, after map[string]V, text func(V) string) []FieldChange {
	read := func(m map[string]V, k string) string {
		if v, found := m[k]; found {
			return text(v)
		}
		return ""
	}
	var out []FieldChange
	for _, k := range unionKeys(before, after) {
		if old, now := read(before, k), read(after, k); old != now {
			out = append(out, FieldChange{Field: prefix + k, Old: old, New: now})
		}
	}
	return out
}

// sameDecision says whether two decisions encode alike (the time as JSON
// writes it, its zone included).
func sameDecision(a, b *Decision) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if a.Outcome != b.Outcome || a.Category != b.Category || a.Rationale != b.Rationale ||
		a.At.Format(time.RFC3339Nano) != b.At.Format(time.RFC3339Nano) {
		return false
	}
	if a.Votes == nil || b.Votes == nil {
		return a.Votes == nil && b.Votes == nil
	}
	return *a.Votes == *b.Votes
}

// initiativeHead reads what an evaluation's save needs of its initiative
// (its id, campaign, title and status) without decoding its holder and
// summary: the errors are Initiative's.
func (t *Tx) initiativeHead(id uint64) (Initiative, error) {
	raw := t.bucket(bucketInitiatives).Get(itob(id))
	if raw == nil {
		return Initiative{}, newError(ErrNotFound, nil, "store.initiative.not_found", "l'initiative n° %d n'existe pas", id)
	}
	return t.s.memos.initiativeHeads.read(raw, func() (Initiative, error) {
		var head struct {
			ID         uint64 `json:"id"`
			CampaignID string `json:"campaign_id"`
			Title      string `json:"title"`
			Status     Status `json:"status"`
		}
		if err := decode(raw, &head); err != nil {
			return Initiative{}, damagedRecord("l'initiative n° "+idString(id), t.s.path, err)
		}
		return Initiative{ID: head.ID, CampaignID: head.CampaignID, Title: head.Title, Status: head.Status}, nil
	})
}

// sessionHead reads what an evaluation's checks need of its session (id,
// campaign, date, status) without decoding its agenda, members and
// recusals: the errors are Session's.
func (t *Tx) sessionHead(id uint64) (Session, error) {
	raw := t.bucket(bucketSessions).Get(itob(id))
	if raw == nil {
		return Session{}, newError(ErrNotFound, nil, "store.session.not_found", "la séance n° %d n'existe pas", id)
	}
	return t.s.memos.sessionHeads.read(raw, func() (Session, error) {
		var head struct {
			ID         uint64        `json:"id"`
			CampaignID string        `json:"campaign_id"`
			Date       string        `json:"date"`
			Status     SessionStatus `json:"status"`
		}
		if err := decode(raw, &head); err != nil {
			return Session{}, damagedRecord("la séance n° "+idString(id), t.s.path, err)
		}
		return Session{ID: head.ID, CampaignID: head.CampaignID, Date: head.Date, Status: head.Status}, nil
	})
}

package store

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// personalFields are the paths of the fields that hold personal data: the
// trail names them when they change, never their values, so that erasing
// them (EraseHolderContact) leaves nothing behind.
var personalFields = map[string]bool{
	"holder.contact_name": true,
	"holder.email":        true,
	"holder.phone":        true,
}

// unaudited are top-level fields the trail leaves out: the entry's own time
// already says when the record changed.
var unaudited = map[string]bool{"updated_at": true}

// fieldChanges compares two records field by field, nested fields by path
// ("holder.name", "scores.eco_1", "decision.outcome"), sorted by path. Values
// stay as the JSON holds them (dates in RFC 3339, amounts in cents, ids):
// the interface formats them. Each side is encoded once; the callers decide
// from the result whether anything changed, so a save costs no second
// encoding.
func fieldChanges(before, after any) []FieldChange {
	var out []FieldChange
	diffTree("", jsonTree(before), jsonTree(after), &out)
	return out
}

// encodedChanges is fieldChanges between two records as stored (encode's
// bytes): a save that has just encoded its record compares the bytes it will
// write with the bytes on disk, with no decoding and no second encoding.
func encodedChanges(before, after []byte) []FieldChange {
	var out []FieldChange
	diffTree("", bytesTree(before), bytesTree(after), &out)
	return out
}

// jsonTree is rec as generic JSON, numbers kept as written.
func jsonTree(rec any) any {
	data, err := json.Marshal(rec)
	if err != nil {
		return nil
	}
	return bytesTree(data)
}

func bytesTree(data []byte) any {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree any
	if dec.Decode(&tree) != nil {
		return nil
	}
	return tree
}

func diffTree(path string, a, b any, out *[]FieldChange) {
	am, aMap := a.(map[string]any)
	bm, bMap := b.(map[string]any)
	// An object appearing or vanishing (a decision recorded, then cleared)
	// is compared with an empty one, so its fields show one by one.
	if (aMap || bMap) && (aMap || a == nil) && (bMap || b == nil) {
		for _, k := range unionKeys(am, bm) {
			if path == "" && unaudited[k] {
				continue
			}
			diffTree(joinPath(path, k), am[k], bm[k], out)
		}
		return
	}
	old, now := valueText(a), valueText(b)
	switch {
	case old == now:
	case personalFields[path]:
		*out = append(*out, FieldChange{Field: path, Personal: true})
	default:
		*out = append(*out, FieldChange{Field: path, Old: old, New: now})
	}
}

// unionKeys is the keys of a and b, sorted, each once.
func unionKeys[V any](a, b map[string]V) []string {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

func joinPath(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

// valueText writes a JSON value on one line: a list as "1, 2, 3", an object
// as "{k: v, …}". Absent, null and "" all read as "": an omitted empty field
// is not a change.
func valueText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = valueText(e)
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		keys := unionKeys(v, nil)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ": " + valueText(v[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return ""
}

// idList writes ids the way valueText writes a JSON list of them.
func idList(ids []uint64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = idString(id)
	}
	return strings.Join(parts, ", ")
}

// agendaChanges records a new session's agenda, so that an initiative's
// history shows the session that put it on the agenda.
func agendaChanges(s Session) []FieldChange {
	if len(s.Agenda) == 0 {
		return nil
	}
	return []FieldChange{{Field: "agenda", New: idList(s.Agenda)}}
}

// AuditFilter chooses the entries about one initiative or one session; the
// zero filter takes the whole trail.
type AuditFilter struct {
	InitiativeID uint64
	SessionID    uint64
}

// AuditFor lists the entries the filter chooses, oldest first, so that they
// read as a history. An initiative's are its own, its evaluations' and
// amendments', and the session changes that put it on an agenda, took it
// off or postponed it (with only the changes about it). A session's are its
// own, its evaluations' and its amendments'. Entries of a deleted record
// stay in the trail and are found too.
func (t *Tx) AuditFor(f AuditFilter) ([]AuditEntry, error) {
	amendments, err := t.amendmentPairs()
	if err != nil {
		return nil, err
	}
	var out []AuditEntry
	t.forEachAudit(false, func(_, v []byte) bool {
		var e AuditEntry
		if err = decode(v, &e); err != nil {
			err = t.auditUnreadable(err)
			return false
		}
		if kept, ok := f.choose(e, amendments); ok {
			out = append(out, kept)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// amendmentPairs gives each amendment's session and initiative: the trail
// names an imported amendment by its own id.
func (t *Tx) amendmentPairs() (map[string][2]uint64, error) {
	pairs := map[string][2]uint64{}
	err := forEach(t, bucketAmendments, "un amendement", func(a Amendment) error {
		pairs[idString(a.ID)] = [2]uint64{a.SessionID, a.InitiativeID}
		return nil
	})
	return pairs, err
}

// choose says whether e is about the filter's record, and gives it back
// with only the changes about it.
func (f AuditFilter) choose(e AuditEntry, amendments map[string][2]uint64) (AuditEntry, bool) {
	if f.InitiativeID == 0 && f.SessionID == 0 {
		return e, true
	}
	var sid, iid uint64
	switch e.Kind {
	case "initiative":
		if first, last, ok := IDRange(e.ID); ok && f.InitiativeID >= first && f.InitiativeID <= last {
			iid = f.InitiativeID // one of a batch's creations (batchaudit.go)
		} else {
			iid = first
		}
	case "session":
		sid, _ = strconv.ParseUint(e.ID, 10, 64)
	case "evaluation":
		s, i, _ := strings.Cut(e.ID, "/")
		sid, _ = strconv.ParseUint(s, 10, 64)
		iid, _ = strconv.ParseUint(i, 10, 64)
	case "amendment":
		p := amendments[e.ID]
		sid, iid = p[0], p[1]
	default:
		return e, false
	}
	if f.SessionID != 0 {
		return e, sid == f.SessionID
	}
	if iid == f.InitiativeID {
		return e, true
	}
	if e.Kind != "session" {
		return e, false
	}
	e.Changes = agendaChangesAbout(e.Changes, f.InitiativeID)
	return e, len(e.Changes) > 0
}

// agendaChangesAbout keeps the changes of a session's agenda, postponed
// items, postponement reasons and recusals that concern one initiative.
func agendaChangesAbout(changes []FieldChange, id uint64) []FieldChange {
	var out []FieldChange
	want := idString(id)
	for _, ch := range changes {
		switch ch.Field {
		case "agenda", "postponed":
			if inList(ch.Old, want) != inList(ch.New, want) {
				out = append(out, ch)
			}
		case "postpone_reasons." + want:
			out = append(out, ch)
		default:
			if iid, _, ok := ParseRecusalField(ch.Field); ok && iid == want {
				out = append(out, ch)
			}
		}
	}
	return out
}

func inList(list, id string) bool {
	return slices.Contains(strings.Split(list, ", "), id)
}

// AuditFor: see Tx.AuditFor.
func (s *Store) AuditFor(f AuditFilter) (out []AuditEntry, err error) {
	err = s.view(func(t *Tx) error { out, err = t.AuditFor(f); return err })
	return out, err
}

// AuditForInitiative is the history of one initiative, oldest first.
func (s *Store) AuditForInitiative(id uint64) ([]AuditEntry, error) {
	return s.AuditFor(AuditFilter{InitiativeID: id})
}

// AuditForSession is the history of one session, oldest first.
func (s *Store) AuditForSession(id uint64) ([]AuditEntry, error) {
	return s.AuditFor(AuditFilter{SessionID: id})
}

// amendmentChanges are what an amendment changes in the evaluation as it
// stood; with no evaluation before, every field it sets.
func amendmentChanges(a Amendment) []FieldChange {
	before := Evaluation{SessionID: a.SessionID, InitiativeID: a.InitiativeID, Grid: a.After.Grid}
	if a.Before != nil {
		before = *a.Before
	}
	return fieldChanges(before, *a.After)
}

package store

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"
)

// RecusalTrace is what the trail keeps of one recusal, as the JSON text of
// a change's Old or New ("" when the recusal is absent): the member's name
// as it was then, so the trail reads without the members' records, and the
// reason, which may be empty.
type RecusalTrace struct {
	Member string `json:"member"`
	Reason string `json:"reason,omitempty"`
}

// recusalPrefix begins the path of one recusal in the trail.
const recusalPrefix = "recusals."

// ParseRecusalField gives the initiative and member ids of a recusal's path
// ("recusals.1.3"); ok is false for any other path.
func ParseRecusalField(path string) (initiative, member string, ok bool) {
	rest, found := strings.CutPrefix(path, recusalPrefix)
	if !found {
		return "", "", false
	}
	initiative, member, ok = strings.Cut(rest, ".")
	return initiative, member, ok && initiative != "" && member != ""
}

// ParseRecusalTrace reads a recusal's Old or New; ok is false for "" (no
// recusal) or text that is no trace.
func ParseRecusalTrace(v string) (RecusalTrace, bool) {
	var r RecusalTrace
	if v == "" || json.Unmarshal([]byte(v), &r) != nil {
		return RecusalTrace{}, false
	}
	return r, true
}

// recusalChanges replaces the raw "recusals" change of a session's update
// (the whole list as one line of JSON keys) by one change per recusal
// declared, withdrawn or given another reason, by path
// "recusals.<initiative>.<member>", so the trail says who stood aside from
// what, and an initiative's history can find its own.
func (t *Tx) recusalChanges(changes []FieldChange, old, now []Recusal) []FieldChange {
	if !slices.ContainsFunc(changes, func(c FieldChange) bool { return c.Field == "recusals" }) {
		return changes
	}
	changes = slices.DeleteFunc(changes, func(c FieldChange) bool { return c.Field == "recusals" })
	return append(changes, t.recusalDiff(old, now)...)
}

// recusalDiff is one change per recusal declared, withdrawn or given another
// reason between old and now, in the order of initiative and member.
func (t *Tx) recusalDiff(old, now []Recusal) []FieldChange {
	var changes []FieldChange
	type pair struct{ initiative, member uint64 }
	before, after := map[pair]Recusal{}, map[pair]Recusal{}
	for _, r := range old {
		before[pair{r.InitiativeID, r.MemberID}] = r
	}
	for _, r := range now {
		after[pair{r.InitiativeID, r.MemberID}] = r
	}
	var pairs []pair
	for p := range before {
		pairs = append(pairs, p)
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			pairs = append(pairs, p)
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.initiative, b.initiative), cmp.Compare(a.member, b.member))
	})
	for _, p := range pairs {
		was, had := before[p]
		is, has := after[p]
		if had && has && was.Reason == is.Reason {
			continue
		}
		name := t.memberName(p.member)
		ch := FieldChange{Field: recusalPrefix + idString(p.initiative) + "." + idString(p.member)}
		if had {
			ch.Old = recusalTrace(name, was.Reason)
		}
		if has {
			ch.New = recusalTrace(name, is.Reason)
		}
		changes = append(changes, ch)
	}
	return changes
}

// memberName is a member's name, or "" when the record cannot be read: the
// trail then names the member by number.
func (t *Tx) memberName(id uint64) string {
	m, err := t.Member(id)
	if err != nil {
		return ""
	}
	return m.Name
}

func recusalTrace(member, reason string) string {
	data, err := json.Marshal(RecusalTrace{Member: member, Reason: reason})
	if err != nil {
		return ""
	}
	return string(data)
}

// creationChanges are what a new evaluation holds worth a line of the trail:
// its scores, notes and decision, so the first score typed on an item is in
// the history like every later one.
func creationChanges(data []byte) []FieldChange {
	all := encodedChanges(nil, data)
	return slices.DeleteFunc(all, func(c FieldChange) bool {
		head, _, _ := strings.Cut(c.Field, ".")
		return head != "scores" && head != "notes" && head != "decision"
	})
}

// FieldNames are the names of a record's fields as a file or the trail
// spells them ("amount_requested", "holder"), for a message to name in the
// reader's language; String keeps them as they are.
type FieldNames []string

func (f FieldNames) String() string { return strings.Join(f, ", ") }

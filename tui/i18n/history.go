package i18n

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
)

// The audit trail in words, for the command line and the detail view alike:
// « 12/07/2026 14:05 · initiative 12 · modification · territoire : Nord → Sud ».
// The store keeps raw values (RFC 3339 times, cents, ids); they are written
// here, and whatever came from a record goes through plaintext.Line.

// AuditLine is one entry on one line.
func (c *Catalogue) AuditLine(g *scoring.Grid, e store.AuditEntry) string {
	parts := append([]string{c.AuditHead(e)}, c.AuditChanges(g, e)...)
	return strings.Join(parts, " · ")
}

// AuditLines is one entry as the command line and the history panel show
// it: on one line when it changed one field at most, else its head and then
// one indented line per change.
func (c *Catalogue) AuditLines(g *scoring.Grid, e store.AuditEntry) []string {
	changes := c.AuditChanges(g, e)
	if len(changes) <= 1 {
		return []string{strings.Join(append([]string{c.AuditHead(e)}, changes...), " · ")}
	}
	out := []string{c.AuditHead(e)}
	for _, ch := range changes {
		out = append(out, "    "+ch)
	}
	return out
}

// AuditHead says when, about what and what was done.
func (c *Catalogue) AuditHead(e store.AuditEntry) string {
	return c.auditTime(e.At) + " · " + c.auditRecord(e) + " · " + c.auditAction(e.Action)
}

// AuditChanges are the entry's changes in words, one per field, the
// personal ones gathered in one that gives no value; or the entry's detail
// when no field is named.
func (c *Catalogue) AuditChanges(g *scoring.Grid, e store.AuditEntry) []string {
	var out, personal []string
	changes := e.Changes
	if e.Action == "create" {
		var first string
		first, changes = c.firstScores(g, changes)
		if first != "" {
			out = append(out, first)
		}
	}
	for _, ch := range changes {
		if ch.Personal {
			personal = append(personal, c.auditField(g, ch.Field))
			continue
		}
		if said, ok := c.recusalChange(ch); ok {
			out = append(out, said)
			continue
		}
		old, now := c.auditValue(g, ch.Field, ch.Old), c.auditValue(g, ch.Field, ch.New)
		if old == now {
			// Two times in the same minute (a decision amended at once)
			// read « 23:54 → 23:54 »: to the second, they differ.
			old, now = c.auditSeconds(ch.Old, old), c.auditSeconds(ch.New, now)
		}
		out = append(out, c.auditField(g, ch.Field)+c.T("history.colon")+old+" → "+now)
	}
	if len(personal) > 0 {
		key := "history.personal_changed"
		if e.Action == "erase" {
			key = "history.personal_erased"
		}
		out = append(out, c.T(key, strings.Join(personal, ", ")))
	}
	if len(out) == 0 && strings.TrimSpace(e.Detail) != "" {
		out = append(out, plaintext.Line(e.Detail))
	}
	return out
}

func (c *Catalogue) auditTime(at time.Time) string {
	if c.Lang == EN {
		return at.Local().Format("2006-01-02 15:04")
	}
	return at.Local().Format("02/01/2006 15:04")
}

// auditSeconds is a time of the trail to the second, or worded as it was
// when v is no time.
func (c *Catalogue) auditSeconds(v, worded string) string {
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return worded
	}
	if c.Lang == EN {
		return t.Local().Format("2006-01-02 15:04:05")
	}
	return t.Local().Format("02/01/2006 15:04:05")
}

func (c *Catalogue) auditRecord(e store.AuditEntry) string {
	id := plaintext.Line(e.ID)
	if e.Kind == "evaluation" {
		if sid, iid, ok := strings.Cut(id, "/"); ok {
			return c.T("history.record.evaluation", sid, iid)
		}
	}
	if e.Kind == "initiative" {
		// One entry for the run of initiatives a CSV import created.
		if first, last, ok := store.IDRange(id); ok && first != last {
			return c.T("history.record.initiative_run", strconv.FormatUint(first, 10), strconv.FormatUint(last, 10))
		}
	}
	if kind, ok := c.lookup("history.kind." + e.Kind); ok {
		return kind + " " + id
	}
	return plaintext.Line(e.Kind) + " " + id
}

func (c *Catalogue) auditAction(action string) string {
	if s, ok := c.lookup("history.action." + action); ok {
		return s
	}
	return plaintext.Line(action)
}

// auditField names a field path in words: the table's, a marker by its short
// name in the grid, else the path as it is.
func (c *Catalogue) auditField(g *scoring.Grid, path string) string {
	if s, ok := c.lookup("history.field." + path); ok {
		return s
	}
	head, rest, _ := strings.Cut(path, ".")
	switch head {
	case "scores", "notes":
		name := rest
		if g != nil {
			name = g.MarkerShortLabel(rest, c.GridLang())
		}
		return c.T("history.field_of."+head, plaintext.Line(name))
	case "postpone_reasons":
		return c.T("history.field_of.postpone_reasons", plaintext.Line(rest))
	}
	return plaintext.Line(path)
}

// auditValue writes a raw value the way the rest of the interface does.
func (c *Catalogue) auditValue(g *scoring.Grid, path, v string) string {
	if v == "" {
		return "—"
	}
	head, _, _ := strings.Cut(path, ".")
	switch {
	case path == "amount_cents":
		if cents, err := strconv.ParseInt(v, 10, 64); err == nil {
			return c.Euros(cents)
		}
	case path == "status":
		if s, ok := c.lookup("status." + v); ok {
			return s
		}
		if s, ok := c.lookup("history.session_status." + v); ok {
			return s
		}
	case path == "category" || path == "decision.category":
		return plaintext.Line(c.CategoryShort(g, v))
	case path == "decision.outcome":
		if s, ok := c.lookup("history.outcome." + v); ok {
			return s
		}
	case path == "date":
		return c.Date(v)
	case head == "scores":
		if v == strconv.Itoa(scoring.NotApplicable) && g != nil {
			return c.NotApplicable(g)
		}
	case v == "true" || v == "false":
		return c.T("history.bool." + v)
	}
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		return c.auditTime(t)
	}
	return plaintext.Line(v)
}

// recusalChange says a recusal declared, withdrawn or given another reason
// in words; ok is false for any other change.
func (c *Catalogue) recusalChange(ch store.FieldChange) (string, bool) {
	initiative, member, ok := store.ParseRecusalField(ch.Field)
	if !ok {
		return "", false
	}
	was, had := store.ParseRecusalTrace(ch.Old)
	is, has := store.ParseRecusalTrace(ch.New)
	name := func(r store.RecusalTrace) string {
		if n := plaintext.Line(r.Member); n != "" {
			return n
		}
		return c.T("history.recusal.member_number", plaintext.Line(member))
	}
	initiative = plaintext.Line(initiative)
	switch {
	case had && has:
		return c.T("history.recusal.reason", name(is), initiative, c.auditValue(nil, "", was.Reason), c.auditValue(nil, "", is.Reason)), true
	case has && strings.TrimSpace(is.Reason) != "":
		return c.T("history.recusal.declared", name(is), initiative, plaintext.Line(is.Reason)), true
	case has:
		return c.T("history.recusal.declared_bare", name(is), initiative), true
	case had:
		return c.T("history.recusal.withdrawn", name(was), initiative), true
	}
	return "", false
}

// firstScores gathers the scores an evaluation was created with on one
// line, « notes : Gouvernance 3 ; Nouveauté nc », in the grid's order, and
// gives back the other changes: a demo or an import creates a whole grid's
// scores at once, and one line per marker would bury the history.
func (c *Catalogue) firstScores(g *scoring.Grid, changes []store.FieldChange) (string, []store.FieldChange) {
	var scores, rest []store.FieldChange
	for _, ch := range changes {
		if strings.HasPrefix(ch.Field, "scores.") && ch.Old == "" && !ch.Personal {
			scores = append(scores, ch)
		} else {
			rest = append(rest, ch)
		}
	}
	if len(scores) == 0 {
		return "", changes
	}
	if g != nil {
		order := map[string]int{}
		for i, r := range g.Markers() {
			order[r.Marker.ID] = i
		}
		slices.SortStableFunc(scores, func(a, b store.FieldChange) int {
			return cmp.Compare(order[strings.TrimPrefix(a.Field, "scores.")], order[strings.TrimPrefix(b.Field, "scores.")])
		})
	}
	parts := make([]string, len(scores))
	for i, ch := range scores {
		id := strings.TrimPrefix(ch.Field, "scores.")
		name := id
		if g != nil {
			name = g.MarkerShortLabel(id, c.GridLang())
		}
		v := c.auditValue(g, ch.Field, ch.New)
		if g != nil && ch.New == strconv.Itoa(scoring.NotApplicable) {
			v = c.T("grid.not_applicable_short")
		}
		parts[i] = plaintext.Line(name) + " " + v
	}
	// Not a comma: a marker's name may hold one (« Emploi, insertion »).
	return c.T("history.first_scores", strings.Join(parts, c.T("history.first_scores.sep"))), rest
}

// fieldNames names a file's or record's fields in words, « montant demandé,
// porteur », with the trail's words where it has them; a field no
// catalogue knows keeps its own name.
func (c *Catalogue) fieldNames(fields store.FieldNames) string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = plaintext.Line(f)
		for _, key := range []string{"transfer.field." + f, "history.field." + f} {
			if s, ok := c.lookup(key); ok {
				out[i] = s
				break
			}
		}
	}
	return strings.Join(out, ", ")
}

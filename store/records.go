package store

import (
	"time"

	"essradar/scoring"
)

// Campaign is one yearly call for initiatives, bound to one grid version.
type Campaign struct {
	ID          string      `json:"id"`   // the year, "2026"
	Name        string      `json:"name"` // "Budget citoyen 2026"
	Grid        scoring.Ref `json:"grid"`
	Territories []string    `json:"territories"`
	Colleges    []string    `json:"colleges"`
	CreatedAt   time.Time   `json:"created_at"`
	// GrantCeilingCents is the largest grant the campaign expects, in euro
	// cents; 0 means none. An amount above it is asked about, not refused:
	// the committee may have its reasons.
	GrantCeilingCents int64 `json:"grant_ceiling_cents,omitempty"`
}

// Holder (porteur) carries an initiative. ContactName, Email and Phone are
// personal data: never in a public export, erasable with EraseHolderContact.
type Holder struct {
	Name        string `json:"name"`
	LegalForm   string `json:"legal_form"`
	ContactName string `json:"contact_name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
}

// Status is where an initiative stands in the campaign.
type Status string

const (
	StatusSubmitted   Status = "deposee" // default
	StatusLabelled    Status = "labellisee"
	StatusDeferred    Status = "ajournee"
	StatusNotRetained Status = "non_retenue"
	StatusWithdrawn   Status = "retiree"
)

// Statuses lists every status in the order of the process.
var Statuses = []Status{StatusSubmitted, StatusLabelled, StatusDeferred, StatusNotRetained, StatusWithdrawn}

// Valid says whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Initiative is a submitted project.
type Initiative struct {
	ID          uint64    `json:"id"`
	CampaignID  string    `json:"campaign_id"`
	Title       string    `json:"title"`
	Holder      Holder    `json:"holder"`
	Territory   string    `json:"territory"`
	Commune     string    `json:"commune"`
	Summary     string    `json:"summary"`
	AmountCents int64     `json:"amount_cents"` // grant requested, in euro cents
	Status      Status    `json:"status"`
	Category    string    `json:"category"` // label category id once labelled
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// Member is a committee member and the college they represent.
type Member struct {
	ID      uint64 `json:"id"`
	Name    string `json:"name"`
	College string `json:"college"`
	Active  bool   `json:"active"`
}

// Recusal (déport): a member declares a conflict of interest and takes no
// part for one initiative.
type Recusal struct {
	InitiativeID uint64    `json:"initiative_id"`
	MemberID     uint64    `json:"member_id"`
	Reason       string    `json:"reason"`
	At           time.Time `json:"at"`
}

// SessionStatus is "ouverte" until the session is closed (sealed).
type SessionStatus string

const (
	SessionOpen   SessionStatus = "ouverte"
	SessionClosed SessionStatus = "close"
)

// Session (séance) is one committee meeting.
type Session struct {
	ID         uint64   `json:"id"`
	CampaignID string   `json:"campaign_id"`
	Date       string   `json:"date"` // civil date, "2026-07-12"
	Territory  string   `json:"territory"`
	Place      string   `json:"place"`
	Present    []uint64 `json:"present"`   // member ids
	Agenda     []uint64 `json:"agenda"`    // initiative ids, in order
	Postponed  []uint64 `json:"postponed"` // initiative ids
	// PostponeReasons gives, for a postponed initiative, why (optional).
	PostponeReasons map[uint64]string `json:"postpone_reasons,omitempty"`
	Recusals        []Recusal         `json:"recusals"`
	Status          SessionStatus     `json:"status"`
	ClosedAt        time.Time         `json:"closed_at,omitzero"`
	// Seal is the session's fingerprint, set when it is closed: the SHA-256,
	// in hex, of a canonical form of the session and its evaluations.
	Seal string `json:"seal,omitempty"`
}

// Sealed says whether the session is closed.
func (s Session) Sealed() bool { return s.Status == SessionClosed }

// DateFR writes the session date the French way, "12/07/2026".
func (s Session) DateFR() string { return frenchDate(s.Date) }

// Votes is an optional vote count.
type Votes struct {
	For     int `json:"for"`
	Against int `json:"against"`
	Abstain int `json:"abstain"`
}

// Outcome is what the committee decided.
type Outcome string

const (
	OutcomeLabelled    Outcome = "labellise"
	OutcomeDeferred    Outcome = "ajourne"
	OutcomeNotRetained Outcome = "non_retenu"
)

// Valid says whether o is a known outcome.
func (o Outcome) Valid() bool {
	return o == OutcomeLabelled || o == OutcomeDeferred || o == OutcomeNotRetained
}

// StatusAfter is where an initiative stands once d is its decision; no
// decision (or a reopened one) puts it back to submitted.
func StatusAfter(d *Decision) Status {
	if d == nil {
		return StatusSubmitted
	}
	switch d.Outcome {
	case OutcomeLabelled:
		return StatusLabelled
	case OutcomeDeferred:
		return StatusDeferred
	}
	return StatusNotRetained
}

// Decision closes the evaluation of one initiative.
type Decision struct {
	Outcome   Outcome   `json:"outcome"`
	Category  string    `json:"category,omitempty"` // label category id when labelled
	Rationale string    `json:"rationale"`
	Votes     *Votes    `json:"votes,omitempty"`
	At        time.Time `json:"at"`
}

// Evaluation holds the scores, notes and decision for one initiative in one
// session, with the grid version they were given on.
type Evaluation struct {
	SessionID    uint64            `json:"session_id"`
	InitiativeID uint64            `json:"initiative_id"`
	Grid         scoring.Ref       `json:"grid"`
	Scores       scoring.Scores    `json:"scores"`
	Notes        map[string]string `json:"notes,omitempty"` // marker id → note
	Decision     *Decision         `json:"decision,omitempty"`
	UpdatedAt    time.Time         `json:"updated_at"`
}

// Amendment is a dated change to an evaluation of a sealed session; the
// original evaluation stays untouched. Before is nil when the session had no
// evaluation for the initiative.
type Amendment struct {
	ID           uint64      `json:"id"`
	SessionID    uint64      `json:"session_id"`
	InitiativeID uint64      `json:"initiative_id"`
	At           time.Time   `json:"at"`
	Reason       string      `json:"reason"`
	Before       *Evaluation `json:"before,omitempty"`
	After        *Evaluation `json:"after"`
}

// AuditEntry is one line of the append-only audit trail. It names what
// changed, never the personal data itself.
type AuditEntry struct {
	Seq    uint64    `json:"seq"`
	At     time.Time `json:"at"`
	Action string    `json:"action"` // create, update, delete, close, amend, import, erase, migrate, init
	Kind   string    `json:"kind"`   // campaign, grid, initiative, member, session, evaluation, amendment, schema
	ID     string    `json:"id"`
	Detail string    `json:"detail,omitempty"`
	// Changes gives old and new values field by field. A field holding
	// personal data is named with Personal set and no values, so erasing
	// it leaves nothing behind in the trail.
	Changes []FieldChange `json:"changes,omitempty"`
}

// FieldChange is one field of a record changed: "territory: Nord → Sud".
type FieldChange struct {
	Field    string `json:"field"`
	Old      string `json:"old,omitempty"`
	New      string `json:"new,omitempty"`
	Personal bool   `json:"personal,omitempty"`
}

// Problem is one inconsistency found by Check.
type Problem struct {
	Kind    string // "fichier", "évaluation", "séance", "initiative", "index", …
	ID      string
	Message string  // French
	Why     Message // Message with its key and raw arguments
}

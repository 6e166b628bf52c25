// Package transfer exports an essradar database to a JSON document and merges
// such a document back (all or nothing). The format is described in
// docs/export-format.md; it is the complete record, personal data included,
// not the public export.
package transfer

import (
	"encoding/json"
	"time"

	"essradar/scoring"
)

// Schema names this format and its version; Read refuses any other.
const Schema = "essradar/v1"

// Document is one export file.
type Document struct {
	Schema      string       `json:"schema"`
	ExportedAt  time.Time    `json:"exported_at"`
	Campaigns   []Campaign   `json:"campaigns"`
	Grids       []Grid       `json:"grids"`
	Initiatives []Initiative `json:"initiatives"`
	Members     []Member     `json:"members"`
	Sessions    []Session    `json:"sessions"`
	Evaluations []Evaluation `json:"evaluations"`
	Amendments  []Amendment  `json:"amendments,omitempty"`
}

// Campaign is a yearly call; id is the year.
type Campaign struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Grid        scoring.Ref `json:"grid"`
	Territories []string    `json:"territories"`
	Colleges    []string    `json:"colleges"`
	CreatedAt   time.Time   `json:"created_at,omitzero"`
}

// Grid is one grid version with its TOML source, byte for byte.
type Grid struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
	Source  string `json:"source"`
}

// Holder carries an initiative; contact_name, email and phone are personal
// data.
type Holder struct {
	Name        string `json:"name"`
	LegalForm   string `json:"legal_form"`
	ContactName string `json:"contact_name"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
}

// Initiative is a submitted project. AmountRequested is in euros, with at
// most two decimals (1500.5 is 1 500,50 €).
type Initiative struct {
	ID              uint64      `json:"id"`
	Campaign        string      `json:"campaign"`
	Title           string      `json:"title"`
	Holder          Holder      `json:"holder"`
	Territory       string      `json:"territory"`
	Commune         string      `json:"commune"`
	Summary         string      `json:"summary"`
	AmountRequested json.Number `json:"amount_requested"`
	Status          string      `json:"status"`
	Category        string      `json:"category"`
	CreatedAt       time.Time   `json:"created_at,omitzero"`
	UpdatedAt       time.Time   `json:"updated_at,omitzero"`
}

// Member is a committee member.
type Member struct {
	ID      uint64 `json:"id"`
	Name    string `json:"name"`
	College string `json:"college"`
	Active  bool   `json:"active"`
}

// Recusal is a declared conflict of interest.
type Recusal struct {
	InitiativeID uint64    `json:"initiative_id"`
	MemberID     uint64    `json:"member_id"`
	Reason       string    `json:"reason"`
	At           time.Time `json:"at,omitzero"`
}

// Session is one committee meeting.
type Session struct {
	ID        uint64    `json:"id"`
	Campaign  string    `json:"campaign"`
	Date      string    `json:"date"`
	Territory string    `json:"territory"`
	Place     string    `json:"place"`
	Present   []uint64  `json:"present"`
	Agenda    []uint64  `json:"agenda"`
	Postponed []uint64  `json:"postponed"`
	Recusals  []Recusal `json:"recusals"`
	Status    string    `json:"status"`
	ClosedAt  time.Time `json:"closed_at,omitzero"`

	// PostponeReasons gives, by initiative id, why it was postponed.
	PostponeReasons map[uint64]string `json:"postpone_reasons,omitempty"`
	// Seal is the closed session's fingerprint (store.Fingerprint). Import
	// refuses a closed session that no longer matches it, and seals one
	// that has none (a file from before seals).
	Seal string `json:"seal,omitempty"`
}

// Evaluation is the scoring of one initiative in one session. CategoryScores
// and Proposal are derived from the scores with the evaluation's own grid:
// written by Export, ignored by Import.
type Evaluation struct {
	SessionID      uint64            `json:"session_id"`
	InitiativeID   uint64            `json:"initiative_id"`
	Grid           scoring.Ref       `json:"grid"`
	Scores         map[string]int    `json:"scores"`
	Notes          map[string]string `json:"notes,omitempty"`
	CategoryScores []CategoryScore   `json:"category_scores,omitempty"`
	Proposal       *Proposal         `json:"proposal,omitempty"`
	Decision       *Decision         `json:"decision,omitempty"`
	UpdatedAt      time.Time         `json:"updated_at,omitzero"`
}

// CategoryScore is a category's mean (derived).
type CategoryScore struct {
	ID     string  `json:"id"`
	Label  string  `json:"label"`
	Mean   float64 `json:"mean"`
	Scored int     `json:"scored"`
}

// Proposal is what the grid's rules suggest (derived).
type Proposal struct {
	Kind        string   `json:"kind"`
	Categories  []string `json:"categories"`
	Provisional bool     `json:"provisional"`
	Weakest     []string `json:"weakest,omitempty"`
	Explanation string   `json:"explanation,omitempty"` // French, from essradar export; see ExportExplained
}

// Decision is the committee's decision.
type Decision struct {
	Outcome   string    `json:"outcome"`
	Category  string    `json:"category,omitempty"`
	Rationale string    `json:"rationale"`
	Votes     *Votes    `json:"votes,omitempty"`
	At        time.Time `json:"at,omitzero"`
}

// Votes is an optional vote count.
type Votes struct {
	For     int `json:"for"`
	Against int `json:"against"`
	Abstain int `json:"abstain"`
}

// Amendment is a dated change to an evaluation of a closed session.
type Amendment struct {
	ID           uint64      `json:"id"`
	SessionID    uint64      `json:"session_id"`
	InitiativeID uint64      `json:"initiative_id"`
	At           time.Time   `json:"at"`
	Reason       string      `json:"reason"`
	Before       *Evaluation `json:"before,omitempty"`
	After        *Evaluation `json:"after"`
}

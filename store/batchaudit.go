package store

import (
	"strconv"
	"strings"
)

// An import that creates thousands of initiatives in one transaction would
// write thousands of audit entries that all say the same thing, « created
// at that time »: each one a value bbolt holds until the commit and then a
// page, about a third of what a CSV import of 20,000 rows kept in memory.
// CreateInitiativeInBatch records the ids instead, and the transaction
// writes one entry per run of consecutive ids before its commit ("101-20100"),
// which AuditFor finds for each initiative of the run.

// creationRun is a run of consecutive initiative ids created in a batch.
type creationRun struct{ first, last uint64 }

// CreateInitiativeInBatch is CreateInitiative for an import: the same rules
// and record, the audit trail's creation entry shared by the transaction's
// batch (see auditCreations).
func (t *Tx) CreateInitiativeInBatch(in *Initiative) error {
	t.batching = true
	defer func() { t.batching = false }()
	return t.CreateInitiative(in)
}

// auditCreation notes a creation in the batch, or writes its own entry.
func (t *Tx) auditCreation(id uint64) error {
	if !t.batching {
		return t.audit("create", "initiative", idString(id), "")
	}
	if n := len(t.created); n > 0 && t.created[n-1].last+1 == id {
		t.created[n-1].last = id
		return nil
	}
	t.created = append(t.created, creationRun{first: id, last: id})
	return nil
}

// auditCreations writes the batch's entries; Store.Update calls it before
// the commit, so that no batch goes unrecorded.
func (t *Tx) auditCreations() error {
	runs := t.created
	t.created = nil
	for _, r := range runs {
		if err := t.audit("create", "initiative", runID(r), ""); err != nil {
			return err
		}
	}
	return nil
}

func runID(r creationRun) string {
	if r.first == r.last {
		return idString(r.first)
	}
	return idString(r.first) + "-" + idString(r.last)
}

// IDRange reads an audit entry's initiative id, a single id or a run
// "first-last" written by a batch; ok is false when it is neither.
func IDRange(id string) (first, last uint64, ok bool) {
	a, b, isRun := strings.Cut(id, "-")
	first, err := strconv.ParseUint(a, 10, 64)
	if err != nil {
		return 0, 0, false
	}
	if !isRun {
		return first, first, true
	}
	last, err = strconv.ParseUint(b, 10, 64)
	if err != nil || last < first {
		return 0, 0, false
	}
	return first, last, true
}

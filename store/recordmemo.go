package store

import (
	"bytes"
	"maps"
	"sync"
	"unicode/utf8"
)

// memo keeps one record as last decoded, with the bytes it came from. While
// the committee scores an item, every save reads the same session, the same
// initiative and the evaluation the previous save wrote; decoding them again
// was most of a save's own work. A value is handed out only when the bytes
// read now are the very bytes it came from, so the memo can never be stale:
// a record changed by anyone, a transaction rolled back, a restored file,
// all read as different bytes and are decoded afresh.
type memo[T any] struct {
	mu  sync.Mutex
	raw []byte
	val T
}

// get gives the value decoded from raw, if it is the one kept. The value is
// shared: the caller reads it and must not change what it points to.
func (m *memo[T]) get(raw []byte) (T, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.raw != nil && bytes.Equal(m.raw, raw) {
		return m.val, true
	}
	var zero T
	return zero, false
}

// keep remembers val as what raw decodes to; raw is copied (bbolt's bytes
// live only as long as their transaction).
func (m *memo[T]) keep(raw []byte, val T) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.raw = append(m.raw[:0], raw...)
	m.val = val
}

// read gives what raw decodes to: the value kept when raw is its bytes,
// else decodeRaw's, then kept.
func (m *memo[T]) read(raw []byte, decodeRaw func() (T, error)) (T, error) {
	if v, kept := m.get(raw); kept {
		return v, nil
	}
	v, err := decodeRaw()
	if err == nil {
		m.keep(raw, v)
	}
	return v, err
}

func (m *memo[T]) forget() {
	m.mu.Lock()
	defer m.mu.Unlock()
	var zero T
	m.raw, m.val = nil, zero
}

// memos are the store's kept records.
type memos struct {
	sessionHeads    memo[Session]
	initiativeHeads memo[Initiative]
	evaluations     memo[Evaluation] // the last one written, as scoreChanges reads it
}

// keepWritten remembers the evaluation a save just encoded as data. It is
// kept only when decoding data would give back the same fields scoreChanges
// compares: valid UTF-8 text (JSON would replace anything else), and maps
// and decision of its own, so that the caller changing its copy afterwards
// does not change the memo.
func (m *memos) keepWritten(data []byte, e Evaluation) {
	valid := utf8.ValidString(e.Grid.ID)
	for k, v := range e.Notes {
		valid = valid && utf8.ValidString(k) && utf8.ValidString(v)
	}
	for k := range e.Scores {
		valid = valid && utf8.ValidString(k)
	}
	if d := e.Decision; d != nil {
		valid = valid && utf8.ValidString(string(d.Outcome)) && utf8.ValidString(d.Category) && utf8.ValidString(d.Rationale)
	}
	if !valid {
		m.evaluations.forget()
		return
	}
	kept := Evaluation{SessionID: e.SessionID, InitiativeID: e.InitiativeID, Grid: e.Grid,
		Scores: maps.Clone(e.Scores), Notes: maps.Clone(e.Notes), Decision: cloneDecision(e.Decision)}
	m.evaluations.keep(data, kept)
}

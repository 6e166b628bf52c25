package store

import (
	"cmp"
	"slices"
)

// The screens keep what they loaded and, coming back, ask what changed
// since: the store counts its committed write transactions (generations)
// and remembers, for the latest of them, which initiatives they touched and
// whether anything else did. Only this process writes the file (bbolt's
// lock), so a memory of its own writes is the whole story.

// keptChanges bounds the memory: a screen further behind reloads.
const keptChanges = 512

// changeSet is what one committed write transaction touched.
type changeSet struct {
	generation  uint64
	initiatives []uint64
	other       bool // another record (a session, an evaluation, a member…)
	campaigns   bool // a campaign: which one is current may have changed
}

// Generation is the number of write transactions committed through this
// Store so far.
func (s *Store) Generation() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.generation
}

// changes is what the transaction touched, for ChangedSince.
func (t *Tx) changes() changeSet {
	cs := changeSet{other: t.touchedOther}
	if p := t.sums; p != nil {
		cs.initiatives = make([]uint64, 0, len(p.initiatives))
		for id := range p.initiatives {
			cs.initiatives = append(cs.initiatives, id)
		}
		cs.campaigns = len(p.rebuild) > 0
	}
	return cs
}

// committed records a write transaction's changes once it is on disk.
func (s *Store) committed(cs changeSet) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.generation++
	cs.generation = s.generation
	s.changes = append(s.changes, cs)
	// Trimmed once it holds twice what is kept: moving 512 entries at every
	// commit was a few microseconds of every score saved.
	if len(s.changes) >= 2*keptChanges {
		s.changes = slices.Clone(s.changes[len(s.changes)-keptChanges:])
	}
}

// Changes is what was written after a generation.
type Changes struct {
	Generation  uint64   // the generation they lead to
	Initiatives []uint64 // initiatives written, created or deleted, sorted
	Other       bool     // another record changed (sessions, evaluations, members…)
	// Complete is false when the caller must reload everything: it is too
	// far behind, or a campaign changed (the current one may be another).
	Complete bool
}

// ChangedSince says what the write transactions committed after generation
// gen touched.
func (s *Store) ChangedSince(gen uint64) Changes {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := Changes{Generation: s.generation, Complete: true}
	if gen == s.generation {
		return c
	}
	if gen > s.generation || len(s.changes) == 0 || s.changes[0].generation > gen+1 {
		c.Complete = false
		return c
	}
	seen := map[uint64]bool{}
	for _, cs := range s.changes {
		if cs.generation <= gen {
			continue
		}
		c.Other = c.Other || cs.other
		if cs.campaigns {
			c.Complete = false
		}
		for _, id := range cs.initiatives {
			if !seen[id] {
				seen[id] = true
				c.Initiatives = append(c.Initiatives, id)
			}
		}
	}
	slices.SortFunc(c.Initiatives, cmp.Compare)
	return c
}

package store

import "sync/atomic"

// Faults are for tests only: they make the store fail the way a disk does,
// so that the proofs of « nothing shown as saved is lost » run the real
// write path of the interface rather than a copy of it. A program never sets
// them.
type Faults struct {
	// BeforeCommit is asked before each write transaction commits, with the
	// write's number counted from 1 since SetFaults; an error fails that write
	// as a full disk or a failing sync would: nothing of it lands and the
	// caller gets the error.
	BeforeCommit func(write int) error
	// NoSync skips the flush to the disk at each commit. Fuzz targets that
	// test rules, not durability, run hundreds of times faster with it.
	NoSync bool
}

type faultState struct {
	beforeCommit func(write int) error
	writes       atomic.Int64
}

// SetFaults replaces the injected faults (the zero Faults removes them) and
// restarts the count of writes. For tests only.
func (s *Store) SetFaults(f Faults) {
	s.db.NoSync = f.NoSync
	state := &faultState{beforeCommit: f.BeforeCommit}
	s.faults.Store(state)
}

// injectedFailure is the error a test wants for the write about to commit.
func (s *Store) injectedFailure() error {
	state := s.faults.Load()
	if state == nil || state.beforeCommit == nil {
		return nil
	}
	return state.beforeCommit(int(state.writes.Add(1)))
}

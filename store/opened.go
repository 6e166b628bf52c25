package store

import (
	"errors"
	"runtime/debug"
	"sync"

	"go.etcd.io/bbolt"
)

// ErrCheckStopped: the full check was stopped because the file closed (the
// secretary quit before it finished); it found nothing either way.
var ErrCheckStopped = errors.New("vérification interrompue : la base a été fermée")

// errCheckStopped is how the walks inside the check give up.
var errCheckStopped = ErrCheckStopped

// checkRun is the full check run beside the interface.
type checkRun struct {
	mu     sync.Mutex
	stop   chan struct{} // closed by Close
	done   chan struct{} // closed when the running check returns; nil if none ran
	damage error         // what it found, refusing every write and backup after it
}

// stopped says whether stop is closed (a nil stop never is).
func stopped(stop <-chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}

// pace is what a long pass over the file calls at every key or record: it
// says whether to give up (the file is closing) and, every so many calls,
// lets go of the pages read so far. A nil pace never stops nor releases.
type pace struct {
	stop    <-chan struct{}
	release func()
	n       int
}

// releaseEvery is how many keys or records a pass reads between two
// releases of the file's pages: a few megabytes at most.
const releaseEvery = 2000

func (p *pace) next() bool {
	if p == nil {
		return false
	}
	p.n++
	if p.release != nil && p.n%releaseEvery == 0 {
		p.release()
	}
	return stopped(p.stop)
}

// nextLarge is next for a step that reads many pages (a session's
// evaluations, a campaign's profiles): it releases them at once.
func (p *pace) nextLarge() bool {
	if p == nil {
		return false
	}
	if p.release != nil {
		p.release()
	}
	return stopped(p.stop)
}

func (p *pace) stopped() bool { return p != nil && stopped(p.stop) }

// CheckOpened is the full check (Sound) of a store opened for the
// interface, which Open no longer runs so that start-up does not grow with
// the file. It runs in a read transaction, beside the interface's writes.
// Damage found is kept: from then on every write and every backup is
// refused with it (a copy of a damaged file would become the backup the
// message tells the secretary to restore). Then the pages the check read
// are let go of, so that memory grows with what the screens show. Close
// stops it (ErrCheckStopped) rather than waiting for it.
func (s *Store) CheckOpened() error {
	c := &s.checking
	c.mu.Lock()
	if c.stop == nil {
		c.stop = make(chan struct{})
	}
	stop := c.stop
	if stopped(stop) {
		c.mu.Unlock()
		return ErrCheckStopped
	}
	done := make(chan struct{})
	c.done = done
	c.mu.Unlock()
	defer close(done)

	err := s.sound(stop)
	if errors.Is(err, ErrCheckStopped) {
		return ErrCheckStopped
	}
	if errors.Is(err, ErrDamaged) {
		c.mu.Lock()
		c.damage = err
		c.mu.Unlock()
	}
	s.ReleasePages()
	// The check decoded every record once: that garbage need not wait for
	// the heap to grow again before it goes back to the system.
	debug.FreeOSMemory()
	return err
}

// damageFound is the damage CheckOpened found, nil when none (yet).
func (s *Store) damageFound() error {
	c := &s.checking
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.damage
}

// stopCheck stops a running CheckOpened and waits for it to give up, which
// takes one record or page, plus the rest of bbolt's own page check.
func (s *Store) stopCheck() {
	c := &s.checking
	c.mu.Lock()
	if c.stop == nil {
		c.stop = make(chan struct{})
	}
	if !stopped(c.stop) {
		close(c.stop)
	}
	done := c.done
	c.mu.Unlock()
	if done != nil {
		<-done
	}
}

// ReleasePages lets go of the file's pages resident in this process (read
// through bbolt's mapping by a check or an export) without closing the
// file, so its lock is kept. They stay in the system's cache: reading them
// again costs a page fault, not a disk read. Nothing is done where the
// system offers no way (Windows).
func (s *Store) ReleasePages() {
	_ = s.db.View(func(btx *bbolt.Tx) error {
		// Inside a transaction bbolt cannot map the file afresh under us.
		releaseMapping(s.db, btx.Size())
		return nil
	})
}

// ReleasePages is Store.ReleasePages inside a transaction running long (an
// export streaming the whole file), called every so many records.
func (t *Tx) ReleasePages() { releaseMapping(t.s.db, t.btx.Size()) }

// DamageReason is what a damaged-file error says is wrong with the file,
// without the file's name nor the way to restore it: for a line that says
// those its own way. ok is false for an error that is no damage.
func DamageReason(err error) (why Message, ok bool) {
	if !errors.Is(err, ErrDamaged) {
		return Message{}, false
	}
	return damageWords(err), true
}

package store

import (
	"bytes"
	"fmt"

	"go.etcd.io/bbolt"
)

// The trail's newest entries wait in a small bucket of their own, the
// trail's tail, before they join the main one. A score saved writes one
// entry; put straight into the main trail, a tree three levels deep at
// 20,000 initiatives, it rewrote three of its pages on top of the
// evaluation's. The tail holds a few entries, small enough for bbolt to keep
// the bucket inside the page that lists the buckets, which every commit
// writes anyway: an entry there costs no page of its own. Every key of the
// tail is above every key of the main trail, so that reading the main trail
// then the tail reads the trail in order.

// recentAuditRoom is what the tail may hold and stay inside the page that
// lists the buckets: bbolt keeps a bucket there while its page header, its
// entries' headers, keys and values add up to a quarter of a page at most.
const recentAuditRoom = 4096 / 4

// audit appends one entry to the audit trail, in the current transaction.
// changes give old and new values field by field (see fieldChanges); detail
// says what happened when no field did.
func (t *Tx) audit(action, kind, id, detail string, changes ...FieldChange) error {
	seq, err := t.nextAuditSeq()
	if err != nil {
		return fmt.Errorf("journaliser la modification : %w", err)
	}
	entry := AuditEntry{Seq: seq, At: t.now, Action: action, Kind: kind, ID: id, Detail: detail, Changes: changes}
	data, err := encodeAuditEntry(entry)
	if err != nil {
		return fmt.Errorf("encoder l'enregistrement : %w", err)
	}
	t.audited++
	key := itob(seq)
	t.touch(bucketAudit, key, entry)
	// The first entry of a transaction goes to the tail, moving the tail on
	// first when it would no longer fit; a transaction that writes several
	// (a decision and its status, an import, a migration) writes pages of
	// the main trail anyway, and the tail moves on with them.
	if t.audited == 1 {
		recent := t.bucket(bucketAuditRecent)
		if recentAuditSize(recent)+pageElementSize+len(key)+len(data) > recentAuditRoom {
			if err := t.flushRecentAudit(); err != nil {
				return err
			}
		}
		return recent.Put(key, data)
	}
	if err := t.flushRecentAudit(); err != nil {
		return err
	}
	main := t.bucket(bucketAudit)
	// Its pages are written now anyway: its counter keeps up with it.
	if err := main.SetSequence(seq); err != nil {
		return err
	}
	return main.Put(key, data)
}

// nextAuditSeq hands out the trail's next number. The tail's counter leads
// once the tail has been used; the main trail's follows whenever its pages
// are written (an entry put there, the tail moved on), so that it is never
// behind its own entries. A file written before the tail existed goes on
// from its main trail's.
func (t *Tx) nextAuditSeq() (uint64, error) {
	recent := t.bucket(bucketAuditRecent)
	seq := t.auditSequence() + 1
	// Only the tail's counter moves: setting the main trail's would rewrite
	// its root page.
	if err := recent.SetSequence(seq); err != nil {
		return 0, err
	}
	return seq, nil
}

// auditSequence is the last number the trail handed out.
func (t *Tx) auditSequence() uint64 {
	if seq := t.bucket(bucketAuditRecent).Sequence(); seq > 0 {
		return seq
	}
	return t.bucket(bucketAudit).Sequence()
}

// recentAuditSize is the tail's size as bbolt counts it to keep a bucket
// inline (a page header, then a header, a key and a value per entry, with
// pagetree.go's sizes): a handful of entries.
func recentAuditSize(recent *bbolt.Bucket) int {
	n := pageHeaderSize
	c := recent.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		n += pageElementSize + len(k) + len(v)
	}
	return n
}

// flushRecentAudit moves the tail's entries to the main trail, as they are.
func (t *Tx) flushRecentAudit() error {
	recent, main := t.bucket(bucketAuditRecent), t.bucket(bucketAudit)
	var keys, values [][]byte
	c := recent.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		keys, values = append(keys, bytes.Clone(k)), append(values, bytes.Clone(v))
	}
	if len(keys) == 0 {
		return nil
	}
	for i, k := range keys {
		if err := main.Put(k, values[i]); err != nil {
			return fmt.Errorf("journaliser la modification : %w", err)
		}
		if err := recent.Delete(k); err != nil {
			return fmt.Errorf("journaliser la modification : %w", err)
		}
	}
	// The main trail's pages are written now anyway: its counter follows,
	// so that the file reads right even to a program that lost the tail.
	return main.SetSequence(t.auditSequence())
}

// forEachAudit hands the trail's entries to fn, oldest first (newestFirst
// false) or newest first, until fn returns false.
func (t *Tx) forEachAudit(newestFirst bool, fn func(k, v []byte) bool) {
	buckets := []*bbolt.Bucket{t.bucket(bucketAudit), t.bucket(bucketAuditRecent)}
	if newestFirst {
		buckets[0], buckets[1] = buckets[1], buckets[0]
	}
	for _, b := range buckets {
		if b == nil {
			continue
		}
		c := b.Cursor()
		first, next := c.First, c.Next
		if newestFirst {
			first, next = c.Last, c.Prev
		}
		for k, v := first(); k != nil; k, v = next() {
			if !fn(k, v) {
				return
			}
		}
	}
}

func (t *Tx) auditUnreadable(err error) error {
	return newError(ErrDamaged, err, "store.audit_unreadable", "lire le journal dans %s : entrée illisible (%v) ; lancez la vérification de la base", t.s.path, err)
}

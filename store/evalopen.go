package store

import (
	"bytes"
	"errors"

	"go.etcd.io/bbolt"
)

// The evaluations of sessions still open live in a bucket of their own,
// evaluations_open; a session's close moves them to evaluations, where they
// never change again (the seal covers them). A score saved rewrites its
// evaluation's page and the pages above it: in the bucket of every
// evaluation ever made (10,000 at 20,000 initiatives) that was three
// pages; in the bucket of the sessions under way, a few dozen evaluations,
// it is one or two.

// errFound stops a walk at the first record found.
var errFound = errors.New("trouvé")

// evaluationBucket is where the evaluations of a session so sealed or not
// live.
func (t *Tx) evaluationBucket(sealed bool) *bbolt.Bucket {
	if sealed {
		return t.bucket(bucketEvaluations)
	}
	return t.bucket(bucketEvalOpen)
}

// evaluationBuckets are both, the open sessions' first.
func (t *Tx) evaluationBuckets() []*bbolt.Bucket {
	return []*bbolt.Bucket{t.bucket(bucketEvalOpen), t.bucket(bucketEvaluations)}
}

// evaluationBytes is the stored evaluation under key (session, initiative),
// wherever it lives; nil when there is none.
func (t *Tx) evaluationBytes(key []byte) []byte {
	for _, b := range t.evaluationBuckets() {
		if v := b.Get(key); v != nil {
			return v
		}
	}
	return nil
}

// forEachEvaluation hands fn every stored evaluation, the open sessions'
// first.
func (t *Tx) forEachEvaluation(fn func(k, v []byte) error) error {
	for _, b := range t.evaluationBuckets() {
		if err := b.ForEach(fn); err != nil {
			return err
		}
	}
	return nil
}

// sessionEvaluations hands fn the stored evaluations of one session, by
// initiative id.
func (t *Tx) sessionEvaluations(sessionID uint64, fn func(k, v []byte) error) error {
	prefix := itob(sessionID)
	for _, b := range t.evaluationBuckets() {
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			if err := fn(k, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// moveEvaluations puts a session's evaluations where its state says they
// live: at its close, into the sealed sessions' bucket.
func (t *Tx) moveEvaluations(sessionID uint64, sealed bool) error {
	from, to := t.evaluationBucket(!sealed), t.evaluationBucket(sealed)
	var keys, values [][]byte
	prefix := itob(sessionID)
	c := from.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		keys, values = append(keys, bytes.Clone(k)), append(values, bytes.Clone(v))
	}
	for i, k := range keys {
		if err := to.Put(k, values[i]); err != nil {
			return err
		}
		if err := from.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// separateOpenEvaluations is the migration to schema 5: the evaluations of
// the sessions still open move to their own bucket.
func separateOpenEvaluations(t *Tx) error {
	var open []uint64
	if err := forEach(t, bucketSessions, "une séance", func(s Session) error {
		if !s.Sealed() {
			open = append(open, s.ID)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, id := range open {
		if err := t.moveEvaluations(id, false); err != nil {
			return err
		}
	}
	return nil
}

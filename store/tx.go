package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"
)

// Tx is one transaction. Inside Store.Update its write methods compose into
// one atomic change; inside Store.View only the read methods work. A Tx must
// not be kept after the function it was handed to returns.
type Tx struct {
	btx *bbolt.Tx
	s   *Store
	now time.Time // one clock reading for the whole transaction

	insertedSessions map[uint64]bool // sessions restored by InsertSession in this tx
	sums             *pending        // what the summaries must follow (summaries.go)
	touchedOther     bool            // a record other than an initiative was written (changes.go)
	batching         bool            // CreateInitiativeInBatch is creating (batchaudit.go)
	created          []creationRun   // the batch's creations, audited before the commit
	audited          int             // entries the trail received in this tx (audittail.go)
}

// recordVersion is the "v" written in every JSON value.
const recordVersion = 1

// currentHead is how encode starts a record of recordVersion.
var currentHead = fmt.Appendf(nil, `{"v":%d`, recordVersion)

func itob(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

func btoi(b []byte) uint64 {
	if len(b) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func pairKey(a, b uint64) []byte { return append(itob(a), itob(b)...) }

// encode writes rec as a JSON object with "v" first.
func encode(rec any) ([]byte, error) {
	body, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	if len(body) < 2 || body[0] != '{' {
		return nil, fmt.Errorf("enregistrement non objet : %s", body)
	}
	out := fmt.Appendf(nil, `{"v":%d`, recordVersion)
	if len(body) > 2 {
		out = append(out, ',')
	}
	return append(out, body[1:]...), nil
}

// decode reads a JSON value written by encode. The bytes are copied by
// json.Unmarshal, so the result outlives the transaction.
func decode(data []byte, rec any) error {
	// Records written by this version start with its "v": no need to parse
	// the whole record twice to read it.
	if bytes.HasPrefix(data, currentHead) && len(data) > len(currentHead) &&
		(data[len(currentHead)] == ',' || data[len(currentHead)] == '}') {
		return json.Unmarshal(data, rec)
	}
	var head struct {
		V int `json:"v"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return err
	}
	if head.V > recordVersion {
		return fmt.Errorf("enregistrement de version %d, plus récente que celle de ce programme (%d)", head.V, recordVersion)
	}
	return json.Unmarshal(data, rec)
}

func (t *Tx) bucket(name []byte) *bbolt.Bucket {
	b := t.btx.Bucket(name)
	if b != nil && t.btx.Writable() {
		if fill := appendFill(name); fill > 0 {
			b.FillPercent = fill
		}
	}
	return b
}

// appendFill is how full a page of a bucket keyed by NextSequence is left
// when it splits. New keys land at the end of such a bucket, so bbolt's
// default (half full, for keys that arrive anywhere) would leave every page
// behind the last one half empty: a file twice the size, and an import of
// 20,000 rows holding twice the pages until its commit. The audit trail is
// never rewritten; a record may grow in place, so its pages keep some room.
func appendFill(name []byte) float64 {
	switch {
	case bytes.Equal(name, bucketAudit):
		return 1.0
	case bytes.Equal(name, bucketInitiatives), bytes.Equal(name, bucketSessions),
		bytes.Equal(name, bucketMembers), bytes.Equal(name, bucketAmendments):
		return 0.9
	}
	return 0
}

// get decodes the value under key in bucket into rec; false when absent.
func (t *Tx) get(bucket, key []byte, rec any, what string) (bool, error) {
	b := t.bucket(bucket)
	if b == nil {
		return false, nil
	}
	v := b.Get(key)
	if v == nil {
		return false, nil
	}
	if err := decode(v, rec); err != nil {
		return false, damagedRecord(what, t.s.path, err)
	}
	return true, nil
}

func (t *Tx) put(bucket, key []byte, rec any) error {
	data, err := encode(rec)
	if err != nil {
		return fmt.Errorf("encoder l'enregistrement : %w", err)
	}
	t.touch(bucket, key, rec) // before the write: it may read the old record
	return t.bucket(bucket).Put(key, data)
}

// frenchDate turns "2026-07-12" into "12/07/2026" (unchanged when unparsable).
func frenchDate(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.Format("02/01/2006")
}

// forEach decodes every value of a bucket in key order. newRec returns a
// fresh record to decode into; fn receives it.
func forEach[T any](t *Tx, bucket []byte, what string, fn func(rec T) error) error {
	b := t.bucket(bucket)
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error {
		var rec T
		if err := decode(v, &rec); err != nil {
			return damagedRecord(what, t.s.path, err)
		}
		return fn(rec)
	})
}

// bumpSequence makes sure NextSequence never hands out id again.
func bumpSequence(b *bbolt.Bucket, id uint64) error {
	if id > b.Sequence() {
		return b.SetSequence(id)
	}
	return nil
}

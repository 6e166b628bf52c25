package store

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"go.etcd.io/bbolt"
)

// Bucket names.
var (
	bucketMeta        = []byte("meta")
	bucketCampaigns   = []byte("campaigns")
	bucketGrids       = []byte("grids")
	bucketInitiatives = []byte("initiatives")
	bucketIdxInitTerr = []byte("idx_init_campaign_territory")
	bucketMembers     = []byte("members")
	bucketSessions    = []byte("sessions")
	bucketEvaluations = []byte("evaluations")
	bucketEvalOpen    = []byte("evaluations_open") // the open sessions' (evalopen.go)
	bucketIdxEvalInit = []byte("idx_eval_initiative")
	bucketAmendments  = []byte("amendments")
	bucketAudit       = []byte("audit")
	bucketAuditRecent = []byte("audit_recent") // the trail's tail (audittail.go)

	allBuckets = [][]byte{
		bucketMeta, bucketCampaigns, bucketGrids, bucketInitiatives, bucketIdxInitTerr,
		bucketMembers, bucketSessions, bucketEvaluations, bucketEvalOpen, bucketIdxEvalInit,
		bucketAmendments, bucketAudit, bucketAuditRecent,
		bucketSumDecided, bucketSumLabelled, bucketSumMedian,
	}

	keySchema = []byte("schema")
)

// baseSchema is the first schema, the one files had before any migration.
const baseSchema = 1

// migration moves a file from schema to-1 to schema to. It runs inside the
// opening write transaction, after the buckets of allBuckets exist: run on
// the raw file, or apply with the store's methods (one of the two).
type migration struct {
	to    int
	name  string
	run   func(tx *bbolt.Tx) error
	apply func(t *Tx) error
}

// migrations is the ordered list of schema migrations; the program's schema is
// the highest "to" (baseSchema when the list is empty). Tests append to it.
var migrations = []migration{
	{to: 2, name: "sceau des séances closes", apply: sealClosedSessions},
	{to: 3, name: "résumés des campagnes", apply: buildSummaries},
	// The tail's bucket is made with the others; the new number keeps a
	// program that does not know the tail from writing a trail beside it.
	{to: 4, name: "fin du journal à part", run: func(*bbolt.Tx) error { return nil }},
	{to: 5, name: "évaluations des séances ouvertes à part", apply: separateOpenEvaluations},
}

func (m migration) do(t *Tx) error {
	if m.apply != nil {
		return m.apply(t)
	}
	return m.run(t.btx)
}

// SchemaVersion is the schema this program reads and writes.
func SchemaVersion() int {
	v := baseSchema
	for _, m := range migrations {
		if m.to > v {
			v = m.to
		}
	}
	return v
}

func readSchema(tx *bbolt.Tx) (int, bool) {
	b := tx.Bucket(bucketMeta)
	if b == nil {
		return 0, false
	}
	v := b.Get(keySchema)
	if len(v) != 8 {
		return 0, false
	}
	return int(binary.BigEndian.Uint64(v)), true
}

func writeSchema(tx *bbolt.Tx, v int) error {
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], uint64(v))
	return tx.Bucket(bucketMeta).Put(keySchema, buf[:])
}

// upgrade creates the buckets and runs the migrations from schema from to the
// program's schema; from is 0 for a new file.
func upgrade(t *Tx, from int) error {
	for _, name := range allBuckets {
		if _, err := t.btx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("créer le compartiment %s : %w", name, err)
		}
	}
	if from == 0 {
		// A new file holds no record: the migrations, which move records,
		// have nothing to do, and its trail starts at the program's schema.
		if err := t.audit("init", "schema", strconv.Itoa(SchemaVersion()), "base créée"); err != nil {
			return err
		}
		from = SchemaVersion()
	}
	for _, m := range migrations {
		if m.to <= from {
			continue
		}
		if err := m.do(t); err != nil {
			return fmt.Errorf("passer la base au schéma v%d (%s) : %w", m.to, m.name, err)
		}
		if err := writeSchema(t.btx, m.to); err != nil {
			return err
		}
		if err := t.audit("migrate", "schema", strconv.Itoa(m.to), m.name); err != nil {
			return err
		}
		from = m.to
	}
	return writeSchema(t.btx, SchemaVersion())
}

// needsUpgrade says whether the opening write transaction has anything to do.
func needsUpgrade(tx *bbolt.Tx, from int) bool {
	if from != SchemaVersion() {
		return true
	}
	for _, name := range allBuckets {
		if tx.Bucket(name) == nil {
			return true
		}
	}
	return false
}

package transfer

import (
	"bytes"
	"testing"

	"essradar/store"
	"essradar/store/storetest"
)

// FuzzImport: whatever the file holds, Read and Import never panic; a refused
// or failed import leaves the database exactly as it was; an accepted one
// leaves a database that passes Check, and importing the same file again adds
// nothing.
func FuzzImport(f *testing.F) {
	empty, seeded := databaseFiles(f)
	for _, d := range importSeeds(f) {
		f.Add(d, false)
		f.Add(d, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, onSeeded bool) {
		doc, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		db := empty
		if onSeeded {
			db = seeded
		}
		s := storetest.OpenCopy(t, db)
		before := exported(t, s)
		rep, err := Import(s, doc)
		if err != nil {
			if after := exported(t, s); after != before {
				t.Fatalf("refused import (%v) changed the database", err)
			}
			return
		}
		if probs, err := s.Check(); err != nil || len(probs) > 0 {
			t.Fatalf("accepted import (%+v) left a database that fails Check: %v %v", rep.Added, err, probs)
		}
		again, err := Import(s, doc)
		if err != nil {
			t.Fatalf("the same file imported twice: %v", err)
		}
		for kind, n := range again.Added {
			if n > 0 {
				t.Fatalf("the same file imported twice added %d %s", n, kind)
			}
		}
	})
}

// importSeeds are the export of a real database, whole, cut and bent, and a
// few small documents.
func importSeeds(f *testing.F) [][]byte {
	s := openStore(f)
	seed(f, s)
	doc, err := Export(s, "")
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		f.Fatal(err)
	}
	whole := buf.Bytes()
	return [][]byte{
		whole,
		whole[:len(whole)/2],
		bytes.ReplaceAll(whole, []byte(`"2026"`), []byte(`"2027"`)),
		bytes.ReplaceAll(whole, []byte(`"closed"`), []byte(`"open"`)),
		[]byte(`{"schema": "essradar/v1"}`),
		[]byte(`{"schema": "essradar/v1", "initiatives": [{"id": 3, "campaign": "2026", "title": "T\u001b[31m", "territory": "Arrageois"}]}`),
		[]byte(`{"schema": "essradar/v1", "campaigns": [{"id": "2026", "name": "x", "grid": "ess-defaut@1"}]}`),
	}
}

// databaseFiles are the bytes of an empty database and of a seeded one.
func databaseFiles(f *testing.F) (empty, seeded []byte) {
	return storetest.FileOf(f, func(*store.Store) {}), storetest.FileOf(f, func(s *store.Store) { seed(f, s) })
}

// exported is the whole database as the export file, without its date.
func exported(t *testing.T, s *store.Store) string {
	doc, err := Export(s, "")
	if err != nil {
		t.Fatal(err)
	}
	return comparable(t, doc)
}

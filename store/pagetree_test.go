package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"testing"
)

// A nested bucket whose root is made to point back at the page that holds
// it: bbolt followed it round until the stack overflowed, a crash no recover
// catches; the store names the file damaged.
func TestOpenRefusesAPageCycle(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	for i := range 30 {
		in := Initiative{CampaignID: "2026", Title: fmt.Sprintf("Initiative assez longue pour remplir une page n° %d", i), Territory: "Arrageois"}
		if err := s.SaveInitiative(&in); err != nil {
			t.Fatal(err)
		}
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	loopBucketToItsParent(t, data)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err == nil {
		s2.Close()
		t.Fatal("a file whose pages loop opened as a sound one")
	}
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("want ErrDamaged, got %v", err)
	}
}

// loopBucketToItsParent finds, in the root page of the newest meta page, a
// bucket stored in pages of its own, and makes its root that root page.
func loopBucketToItsParent(t *testing.T, data []byte) {
	t.Helper()
	const page = 4096
	ne := binary.NativeEndian
	meta := func(i int) []byte { return data[i*page+pageHeaderSize:] }
	newest := meta(0)
	if ne.Uint64(meta(1)[48:56]) > ne.Uint64(newest[48:56]) { // txid (magic, version, pageSize, flags, root 2×8, freelist, pgid come first)
		newest = meta(1)
	}
	root := ne.Uint64(newest[16:24])
	p := data[root*page:]
	count := int(ne.Uint16(p[10:12]))
	for i := range count {
		at := pageHeaderSize + i*pageElementSize
		elem := p[at : at+pageElementSize]
		if ne.Uint32(elem[0:4])&bucketLeaf == 0 {
			continue
		}
		value := at + int(ne.Uint32(elem[4:8])) + int(ne.Uint32(elem[8:12]))
		if ne.Uint64(p[value:value+8]) != 0 {
			ne.PutUint64(p[value:value+8], root)
			return
		}
	}
	t.Fatal("no bucket with pages of its own in the root page")
}

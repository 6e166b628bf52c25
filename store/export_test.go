package store

import "go.etcd.io/bbolt"

// DBStats lets the benchmarks count the pages a save writes.
func (s *Store) DBStats() bbolt.Stats { return s.db.Stats() }

package store

import "go.etcd.io/bbolt"

func (s *Store) TmpRoots() map[string][2]int {
	out := map[string][2]int{}
	_ = s.db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			out[string(name)] = [2]int{int(b.Root()), b.Stats().Depth}
			return nil
		})
	})
	return out
}

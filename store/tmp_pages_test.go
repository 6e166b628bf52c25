package store_test

import (
	"testing"

	"essradar/store"
)

func BenchmarkTmpPages(b *testing.B) {
	for _, n := range []int{100} {
		s := scaleFile(b, n)
		se := openSession(b, s)
		var ev store.Evaluation
		evs, _ := s.EvaluationsBySession(se.ID)
		for _, e := range evs {
			if e.Decision == nil {
				ev = e
			}
		}
		marker := ""
		for id := range ev.Scores {
			marker = id
			break
		}
		for i := 0; i < 2; i++ {
			roots := s.TmpRoots()
			before := s.DBStats().TxStats
			ev.Scores[marker] = 1 + i%2
			if err := s.PutEvaluation(ev); err != nil {
				b.Fatal(err)
			}
			a := s.DBStats().TxStats
			for name, r := range s.TmpRoots() {
				if roots[name] != r {
					b.Logf("  %s: root %v -> %v", name, roots[name], r)
				}
			}
			b.Logf("n=%d pages alloc %d nodes %d split %d spill %d rebalance %d writes %d deref %d", n,
				a.GetPageCount()-before.GetPageCount(), a.GetNodeCount()-before.GetNodeCount(), a.GetSplit()-before.GetSplit(),
				a.GetSpill()-before.GetSpill(), a.GetRebalance()-before.GetRebalance(), a.GetWrite()-before.GetWrite(), a.GetNodeDeref()-before.GetNodeDeref())
		}
		st := s.DBStats()
		b.Logf("freelist free pages %d pending %d alloc %d inuse %d", st.FreePageN, st.PendingPageN, st.FreeAlloc, st.FreelistInuse)
	}
}

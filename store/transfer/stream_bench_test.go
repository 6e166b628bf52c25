package transfer

import (
	"io"
	"path/filepath"
	"testing"

	"essradar/store"
	"essradar/store/demo"
)

// BenchmarkStreamExport20000 is `essradar export` of the whole file at
// 20,000 initiatives, written to nowhere (BENCHMARKS.md).
func BenchmarkStreamExport20000(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "scale.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := demo.Scale(s, 100); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Stream(io.Discard, s, "", nil); err != nil {
			b.Fatal(err)
		}
	}
}

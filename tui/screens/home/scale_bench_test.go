package home

import (
	"fmt"
	"path/filepath"
	"testing"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// The home screen at the sizes of issue 13 (BENCHMARKS.md): files written by
// demo.Scale (200, 2,000 and 20,000 initiatives over eleven campaigns).

func scaleStore(b *testing.B, n int) *store.Store {
	b.Helper()
	s, err := store.Open(filepath.Join(b.TempDir(), "scale.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if _, err := demo.Scale(s, n); err != nil {
		b.Fatal(err)
	}
	return s
}

func forScales(b *testing.B, run func(b *testing.B, n int)) {
	for _, n := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("initiatives=%d", n*demo.PerScale), func(b *testing.B) { run(b, n) })
	}
}

// BenchmarkHomeFirstLoad is the home screen's load at start-up: the store's
// read and the table's rows, delivered.
func BenchmarkHomeFirstLoad(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleStore(b, n)
		b.ReportAllocs()
		for b.Loop() {
			sc := newHome(b, s, i18n.FR, 120, 40)
			_ = sc.View()
		}
	})
}

// BenchmarkReturnHome is coming back home after one initiative was changed
// on another screen: the refresh read, delivered, and the frame drawn. The
// change itself is not timed.
func BenchmarkReturnHome(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleStore(b, n)
		sc := newHome(b, s, i18n.FR, 120, 40)
		in := sc.S.(*Model).initiatives[0]
		title := in.Title
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			in.Title = fmt.Sprintf("%s (%d)", title, i%2)
			if err := s.PutInitiative(in); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			for _, m := range tuitest.Run(sc.S.Init()) {
				sc.Send(m)
			}
			_ = sc.View()
		}
	})
}

// BenchmarkHomeFirstScreenful is what start-up waits for before the home is
// painted: the first load (the first screenful of initiatives) delivered and
// drawn; the rest, read in a second command, is not run.
func BenchmarkHomeFirstScreenful(b *testing.B) {
	forScales(b, func(b *testing.B, n int) {
		s := scaleStore(b, n)
		b.ReportAllocs()
		for b.Loop() {
			m := New(context.New(s, i18n.FR))
			m.SetSize(120, 39)
			sc := &tuitest.Screen{T: b, S: m}
			for _, msg := range tuitest.Run(m.Init()) {
				sc.Update(msg)
			}
			_ = sc.View()
		}
	})
}

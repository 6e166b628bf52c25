package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"essradar/scoring"
	"essradar/store"
)

// FuzzOpen: a file of any bytes opens as a store that every read and the
// check can walk, or is refused with a keyed error (damaged, or from a newer
// program); never a panic, never a hang. bbolt panics on many broken files:
// the store must turn that into its own error.
func FuzzOpen(f *testing.F) {
	for _, data := range openSeeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "essradar.db")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := store.Open(path)
		if err != nil {
			var keyed interface{ MessageKey() (string, []any) }
			if !errors.As(err, &keyed) || !(errors.Is(err, store.ErrDamaged) || errors.Is(err, store.ErrTooNew)) {
				t.Fatalf("refused without a keyed damage error: %T %v", err, err)
			}
			return
		}
		defer s.Close()
		readEverything(s)
	})
}

// readEverything asks what the screens and the check ask; errors are
// allowed (a record may not decode), panics are not.
func readEverything(s *store.Store) {
	_, _ = s.Check()
	campaigns, _ := s.Campaigns()
	_, _ = s.CampaignOverview(scoring.Default())
	_, _ = s.Statistics()
	for _, c := range campaigns {
		_, _ = s.Initiatives(c.ID)
		sessions, _ := s.Sessions(c.ID)
		for _, se := range sessions {
			_, _ = s.SessionSheet(se.ID)
		}
	}
}

// openSeeds are real files (new, and full of the demo) whole, cut short, and
// with a page zeroed: the damage a disk or a careless copy does.
func openSeeds(f *testing.F) [][]byte {
	fresh := fileOfStore(f, func(*store.Store) {})
	// A small meeting rather than the demo: the fuzzer mutates and
	// minimises the whole file, and the demo's 130 kB made it crawl (60
	// runs a minute).
	full := fileOfStore(f, func(s *store.Store) {
		m, err := prepareMeeting(s, 3)
		if err != nil {
			f.Fatal(err)
		}
		ev := store.Evaluation{SessionID: m.session, InitiativeID: m.initiatives[0], Scores: scoring.Scores{"gouvernance": 3}}
		if err := s.PutEvaluation(ev); err != nil {
			f.Fatal(err)
		}
	})
	const page = 4096
	zeroed := func(data []byte, at int) []byte {
		out := append([]byte(nil), data...)
		if at+page <= len(out) {
			clear(out[at : at+page])
		}
		return out
	}
	return [][]byte{
		fresh, fresh[:page], fresh[:len(fresh)-page], zeroed(fresh, 0), zeroed(fresh, page),
		full[:4*page], zeroed(full, 0), zeroed(full, 2*page), zeroed(full, len(full)/2/page*page),
		{}, []byte("SQLite format 3\x00"),
	}
}

func fileOfStore(f testing.TB, fill func(*store.Store)) []byte {
	path := filepath.Join(f.TempDir(), "seed.db")
	s, err := store.Open(path)
	if err != nil {
		f.Fatal(err)
	}
	fill(s)
	if err := s.Close(); err != nil {
		f.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return data
}

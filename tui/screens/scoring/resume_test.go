package scoring

import (
	"path/filepath"
	"strings"
	"testing"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/context"
	"essradar/tui/i18n"
)

// A partly scored item reopens on its first unanswered marker: the
// committee picks up where it stopped, not at the top of the grid.
func TestAnItemReopensOnItsFirstUnscoredMarker(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	scr := openItem(t, context.New(s, i18n.FR), 2, 100, 40) // 6 of 16 scored
	m := scr.S.(*Model)
	if len(m.ev.Scores) == 0 || len(m.ev.Scores) == len(m.refs) {
		t.Fatalf("the demo's third item should be partly scored: %v", m.ev.Scores)
	}
	if m.cursor == 0 {
		t.Fatalf("reopened on the first marker though it is scored")
	}
	for i, r := range m.refs[:m.cursor] {
		if _, ok := m.ev.Scores[r.Marker.ID]; !ok {
			t.Fatalf("marker %d (%s) is unscored but the cursor is past it", i, r.Marker.ID)
		}
	}
	here := m.refs[m.cursor].Marker
	if _, ok := m.ev.Scores[here.ID]; ok {
		t.Fatalf("the cursor is on %s, already scored", here.ID)
	}
	pointed := ""
	for _, l := range strings.Split(scr.Plain(), "\n") {
		if strings.Contains(l, "▸") {
			pointed = l
		}
	}
	if !strings.Contains(pointed, here.Short) {
		t.Errorf("the screen points at %q, not at %s:\n%s", pointed, here.Short, scr.Plain())
	}
}

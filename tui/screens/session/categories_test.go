package session

import (
	"slices"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui/tuitest"
)

// labelledStates are the category names the agenda's labelled rows give.
func labelledStates(sc *tuitest.Screen) []string {
	var out []string
	for _, l := range strings.Split(sc.Plain(), "\n") {
		if _, name, ok := strings.Cut(l, "Labellisée · "); ok {
			out = append(out, strings.TrimSpace(name))
		}
	}
	return out
}

// The agenda's state column gives every category in full when they all
// fit, else every one short: never both in one column.
func TestAgendaNamesCategoriesOneWayPerWidth(t *testing.T) {
	s := tuitest.DemoStore(t)
	ses, err := s.Sessions(tuitest.Campaign(t, s).ID)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ses, func(se store.Session) bool { return se.Sealed() })
	if i < 0 {
		t.Fatal("the demo has no closed session")
	}
	g := scoring.Default()
	var full, short []string
	for _, c := range g.Categories {
		full, short = append(full, c.Label), append(short, c.ShortLabel())
	}
	for _, tc := range []struct {
		w, h  int
		names []string
	}{{80, 24, short}, {100, 30, short}, {130, 40, full}} {
		sc := open(t, s, ses[i].ID, 0, tc.w, tc.h)
		got := labelledStates(sc)
		if len(got) < 3 {
			t.Fatalf("%dx%d: %d labelled rows:\n%s", tc.w, tc.h, len(got), sc.Plain())
		}
		for _, name := range got {
			if !slices.Contains(tc.names, name) {
				t.Errorf("%dx%d: « %s » is not among %q:\n%s", tc.w, tc.h, name, tc.names, sc.Plain())
			}
		}
		sc.Fits(tc.w, tc.h, "closed session")
	}
}

package home

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// demoInitiatives is the number of initiatives of the demo's campaign: the
// tests' « Point » ones come after them.
const demoInitiatives = 24

// firstScreenHome starts a home on the demo plus n initiatives and delivers
// only its first load: the command reading the rest is handed back, not run.
func firstScreenHome(t *testing.T, n int, lang i18n.Lang) (*tuitest.Screen, tea.Cmd) {
	t.Helper()
	s := tuitest.DemoStore(t)
	tuitest.Initiatives(t, s, n)
	m := New(context.New(s, lang))
	m.SetSize(120, 39)
	sc := &tuitest.Screen{T: t, S: m}
	first := tuitest.Run(m.Init())
	if len(first) != 1 {
		t.Fatalf("the first load gave %d messages, want 1", len(first))
	}
	return sc, restCommand(t, sc, sc.Update(first[0]))
}

// restCommand is the command reading the rest, asked for by later (after
// the paint): a test decides when time passes.
func restCommand(t *testing.T, sc *tuitest.Screen, later tea.Cmd) tea.Cmd {
	t.Helper()
	if later == nil {
		t.Fatal("nothing asks for the initiatives beyond the first screenful")
	}
	d, ok := later().(nav.Delayed)
	if !ok {
		t.Fatal("the rest is not read after a delay: it would compete with the first paint")
	}
	return sc.Update(d.Msg)
}

func pointTitles(nums ...int) []string {
	out := make([]string, len(nums))
	for i, n := range nums {
		out[i] = fmt.Sprint("Point ", n)
	}
	return out
}

// The first screenful shows before the rest is read, said to be loading,
// with no count that is the first screenful's; the rest patches it in.
func TestHomeShowsItsFirstScreenfulBeforeTheRest(t *testing.T) {
	sc, rest := firstScreenHome(t, 130, i18n.FR)
	m := homeModel(t, sc)
	if len(m.initiatives) != firstScreenful {
		t.Fatalf("%d initiatives decoded at first, want %d", len(m.initiatives), firstScreenful)
	}
	v := sc.Plain()
	for _, want := range []string{"Point 1 ", "Point 5 ", "154 initiatives · chargement…", "Initiatives (154)"} {
		if !strings.Contains(v, want) {
			t.Errorf("first screenful lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, fmt.Sprintf("%d / ", firstScreenful)) || strings.Contains(v, "initiatives : ") {
		t.Errorf("a count of the first screenful is shown as final:\n%s", v)
	}
	for _, msg := range tuitest.Run(rest) {
		sc.Send(msg)
	}
	v = sc.Plain()
	if strings.Contains(v, "chargement") || !strings.Contains(v, "154 / 154") || !strings.Contains(v, "154 initiatives : ") {
		t.Errorf("after the rest arrived, still loading or counts missing:\n%s", v)
	}
	sc.Press("S") // by number, last first: the rest is there
	if got := visibleTitles(homeTable(t, sc))[0]; got != "Point 130" {
		t.Errorf("first row by number descending is %q, want Point 130", got)
	}
}

// A filter typed before the rest arrives is applied to it when it arrives,
// and shows no count until then.
func TestAFilterTypedWhileLoadingIsAppliedToTheRest(t *testing.T) {
	sc, rest := firstScreenHome(t, 130, i18n.EN)
	for _, k := range []string{"/", "p", "o", "i", "n", "t", " ", "1", "2"} {
		sc.Update(tuitest.Press(k))
	}
	tb := homeTable(t, sc)
	if v := sc.Plain(); !strings.Contains(v, "loading…") || strings.Contains(v, "1 / ") {
		t.Errorf("a partial filter result shows as final:\n%s", v)
	}
	for _, msg := range tuitest.Run(rest) {
		sc.Send(msg)
	}
	want := pointTitles(12, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129)
	if got := visibleTitles(tb); !slices.Equal(got, want) {
		t.Fatalf("filter after the rest arrived: %q, want %q", got, want)
	}
	if v := sc.Plain(); !strings.Contains(v, "11 / 154") || strings.Contains(v, "loading") {
		t.Errorf("the complete filter's count is missing:\n%s", v)
	}
	sc.Press("enter", "s") // by title: the rest's rows sort with the others
	if got := visibleTitles(tb); !slices.IsSorted(got) || len(got) != len(want) {
		t.Errorf("sorted by title: %q", got)
	}
}

// A reload started while the rest is being read wins: the older rest,
// arriving late, is dropped.
func TestALateRestIsDroppedAfterAReload(t *testing.T) {
	sc, rest := firstScreenHome(t, 130, i18n.FR)
	late := tuitest.Run(rest)
	m := homeModel(t, sc)
	reload := tuitest.Run(m.Init())
	newRest := restCommand(t, sc, sc.Update(reload[0]))
	for _, msg := range late {
		sc.Update(msg)
	}
	if !m.loadingRest() {
		t.Fatal("the rest of an overtaken load was taken in")
	}
	for _, msg := range tuitest.Run(newRest) {
		sc.Send(msg)
	}
	if m.loadingRest() || len(m.initiatives) != demoInitiatives+130 {
		t.Fatalf("after the reload's rest: loading %v, %d initiatives", m.loadingRest(), len(m.initiatives))
	}
}

// withTheRest lets the time pass for the initiatives beyond the first
// screenful: the home as it is once everything is read.
func withTheRest(sc *tuitest.Screen) *tuitest.Screen {
	if m, ok := sc.S.(*Model); ok && m.loadingRest() {
		sc.Send(restDueMsg{seq: m.restSeq})
	}
	return sc
}

package home

import (
	"strings"
	"testing"

	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// In English, the home screen's two tabs and their help have no French
// text left but the demo's data; labelled initiatives show the grid's
// English category.
func TestHomeInEnglish(t *testing.T) {
	sc := newHome(t, tuitest.DemoStore(t), i18n.EN, 120, 40)
	initiatives := sc.Plain() + "\n" + sc.ShortHelp() + "\n" + sc.FullHelp()
	sc.Press("tab")
	sessions := sc.Plain() + "\n" + sc.ShortHelp() + "\n" + sc.FullHelp()
	for name, v := range map[string]string{"initiatives": initiatives, "sessions": sessions} {
		if f := tuitest.French(v); len(f) > 0 {
			t.Errorf("%s tab: French left %q:\n%s", name, f, v)
		}
	}
	for _, s := range []string{"24 initiatives: 17 submitted", "Cooperation", "open · 1/6 decided"} {
		if !strings.Contains(initiatives+sessions, s) {
			t.Errorf("missing %q:\n%s\n%s", s, initiatives, sessions)
		}
	}
}

// In French, the counts agree with their number: « 1 initiative »,
// « 0/1 décidée », « 2 initiatives ».
func TestHomeCountsInFrench(t *testing.T) {
	sc := newHome(t, tuitest.DemoStore(t), i18n.FR, 120, 40)
	v := sc.Plain()
	if !strings.Contains(v, "24 initiatives : 17 déposées · 5 labellisées · 1 ajournée · 1 non retenue") {
		t.Errorf("counts line:\n%s", v)
	}
	h := homeModel(t, sc)
	h.initiatives = h.initiatives[:1]
	h.counts = h.countParts()
	if got := strings.Join(h.countsLines(), "\n"); !strings.HasPrefix(got, "1 initiative : ") {
		t.Errorf("one initiative: %q", got)
	}
	h.initiatives = h.initiatives[:0]
	h.counts = h.countParts()
	if got := strings.Join(h.countsLines(), "\n"); got != "0 initiative" {
		t.Errorf("no initiative: %q", got)
	}
	sc.Press("tab")
	if v := sc.Plain(); !strings.Contains(v, "ouverte · 1/6 décidées") || !strings.Contains(v, "close · 6/6 décidées") {
		t.Errorf("sessions:\n%s", v)
	}
}

// The demo offer on an empty base answers to y in English, and says so.
func TestDemoOfferInEnglish(t *testing.T) {
	sc := newHome(t, tuitest.Store(t), i18n.EN, 120, 40)
	v := sc.Plain() + "\n" + sc.ShortHelp()
	if f := tuitest.French(v); len(f) > 0 || !strings.Contains(v, "y load the demo") {
		t.Errorf("French left %q:\n%s", f, v)
	}
}

// The tester's walk: once an initiative is withdrawn the counts no longer
// fit 80 columns and ended in "1 r…". They go on a second line, whole, and
// the table still fits under them.
func TestHomeCountsWrapRatherThanCut(t *testing.T) {
	s := tuitest.DemoStore(t)
	if err := s.WithdrawInitiative(2); err != nil {
		t.Fatal(err)
	}
	sc := newHome(t, s, i18n.FR, 80, 24)
	v := sc.Plain()
	if !strings.Contains(v, "· 1 non retenue") || !strings.Contains(v, "  1 retirée") {
		t.Errorf("counts cut:\n%s", v)
	}
	sc.Fits(80, 24, "home with five statuses")
	if !strings.Contains(v, "24 / 24") {
		t.Errorf("the table's status line is lost under the counts:\n%s", v)
	}
}

// The walk: after an import of 28,150 rows the table's status line read
// « 28174 / 28174 » under tabs that said « Initiatives (28 174) ».
func TestHomeTableCountGrouped(t *testing.T) {
	s := tuitest.DemoStore(t)
	tuitest.Initiatives(t, s, 1000)
	sc := newHome(t, s, i18n.FR, 80, 24)
	sc.Press("n") // no, thanks, to the offer to resume
	if v := strings.Join(strings.Fields(sc.Plain()), " "); !strings.Contains(v, "1 024 / 1 024") {
		t.Errorf("table's count not grouped:\n%s", sc.Plain())
	}
}

// The walk: with 28,174 initiatives and the offer to resume showing, the
// counts wrapped once the rest was read, and the table's status line went
// under the bottom of the screen.
func TestHomeStatusLineStaysWhenTheRestWrapsTheCounts(t *testing.T) {
	s := tuitest.DemoStore(t)
	tuitest.Initiatives(t, s, 1000)
	// A fifth status, beyond the first screenful: the counts wrap only
	// once the rest is read.
	if err := s.WithdrawInitiative(1024); err != nil {
		t.Fatal(err)
	}
	sc := newHome(t, s, i18n.FR, 80, 24)
	v := sc.Plain()
	if !strings.Contains(v, "Reprendre la séance") || !strings.Contains(v, "  1 retirée") {
		t.Fatalf("no offer to resume, or the counts on one line:\n%s", v)
	}
	if !strings.Contains(strings.Join(strings.Fields(v), " "), "1 024 / 1 024") {
		t.Errorf("the table's status line is lost under the counts and the offer:\n%s", v)
	}
	sc.Fits(80, 24, "home with wrapped counts and the offer to resume")
}

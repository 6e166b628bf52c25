package home

import (
	"strings"
	"testing"

	"essradar/tui/nav"

	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// The tester's walk: the help read « début début » and « fin fin »: a key
// whose description only repeats its name says nothing.
func TestNoKeyIsDescribedByItsOwnName(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.FR, i18n.EN} {
		sc := newHome(t, tuitest.DemoStore(t), lang, 80, 24)
		for _, tab := range []string{"initiatives", "sessions"} {
			for _, col := range sc.S.Help().FullHelp() {
				for _, b := range col {
					if h := b.Help(); h.Key == h.Desc {
						t.Errorf("%s, %s tab: key %q described as %q", lang, tab, h.Key, h.Desc)
					}
				}
			}
			sc.Press("tab")
		}
	}
}

// The guide's key card says home n prepares a session: it did only on the
// Sessions tab. From the Initiatives tab it does too, and home comes back
// on the sessions.
func TestNPreparesASessionFromEitherTab(t *testing.T) {
	sc := demoHome(t, 80, 24)
	sc.Press("n") // declines the offer to resume the demo's open session
	sc.Press("n")
	if _, ok := sc.LastNav().(nav.PrepareSession); !ok {
		t.Fatalf("n on the Initiatives tab asked for %#v", sc.LastNav())
	}
	if homeModel(t, sc).tab != nav.TabSessions {
		t.Error("home must come back on the sessions")
	}
	if h := flat(sc.FullHelp()); !strings.Contains(h, "n nouvelle séance") {
		t.Errorf("the help must say it:\n%s", h)
	}
}

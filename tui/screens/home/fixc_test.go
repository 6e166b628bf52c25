package home

import (
	"testing"

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

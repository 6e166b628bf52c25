package members

import (
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// view is the members screen on s in lang, and its keys.
func view(t *testing.T, s *store.Store, lang i18n.Lang) string {
	t.Helper()
	sc := tuitest.NewScreen(t, New(context.New(s, lang), 0), 120, 40)
	return sc.Plain() + "\n" + sc.FullHelp()
}

// In English, the members screen has no French text but the members'
// names and colleges.
func TestMembersInEnglish(t *testing.T) {
	v := view(t, tuitest.DemoStore(t), i18n.EN)
	if f := tuitest.French(v); len(f) > 0 || !strings.Contains(v, "10 members, 10 active") {
		t.Errorf("French left %q:\n%s", f, v)
	}
}

// In French, the count agrees with the number: 0, 1 and 2 members.
func TestMembersCountInFrench(t *testing.T) {
	s := tuitest.Store(t)
	want := []string{"Aucun membre", "1 membre, 1 actif", "2 membres, 1 actif"}
	for i, w := range want {
		if v := view(t, s, i18n.FR); !strings.Contains(v, w) {
			t.Errorf("%d members: want %q:\n%s", i, w, v)
		}
		if i == 0 {
			if v := view(t, s, i18n.FR); !strings.Contains(v, "0 membre, 0 actif") {
				t.Errorf("no member: want « 0 membre, 0 actif »:\n%s", v)
			}
		}
		m := &store.Member{Name: "Zoé", College: "CDESS", Active: i == 0}
		if err := s.CreateMember(m); err != nil {
			t.Fatal(err)
		}
	}
}

package members

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

func view(t *testing.T, s *store.Store, lang i18n.Lang) string {
	t.Helper()
	var sc nav.Screen = New(context.New(s, lang), 0)
	sc.SetSize(120, 39)
	update := func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		sc, cmd = sc.Update(msg)
		return cmd
	}
	for _, m := range tuitest.Run(sc.Init()) {
		tuitest.Drive(t, update, m)
	}
	var keys []string
	for _, col := range sc.Help().FullHelp() {
		for _, b := range col {
			keys = append(keys, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return ansi.Strip(sc.View()) + "\n" + strings.Join(keys, " • ")
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

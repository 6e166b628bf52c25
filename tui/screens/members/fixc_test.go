package members

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// The tester's walk: « /cla » on the members did nothing with / and then
// opened « Nouveau membre » through a. / filters the committee as it does
// the initiatives, and what acts on « the member » acts on the one shown.
func TestSlashFiltersTheMembers(t *testing.T) {
	s := tuitest.DemoStore(t)
	sc := tuitest.NewScreen(t, New(context.New(s, i18n.FR), 0), 80, 24)
	m := sc.S.(*Model)
	sc.Press("/")
	if !m.Capturing() {
		t.Fatal("/ must open the filter field")
	}
	sc.Type("cla")
	if _, isForm := sc.S.(*Model); !isForm {
		t.Fatalf("typing « cla » left the members for %T", sc.S)
	}
	v := sc.Plain()
	if !strings.Contains(v, "Claire Dumont") || strings.Contains(v, "Karim Benali") || !strings.Contains(v, "/ cla") || !strings.Contains(v, "1 / 10") {
		t.Fatalf("/cla must show Claire Dumont alone:\n%s", v)
	}
	sc.Press("enter")
	if m.Capturing() {
		t.Fatal("enter keeps the filter and leaves the field")
	}
	sc.Press("space")
	if mem, _ := m.Selected(); mem.Name != "Claire Dumont" || mem.Active {
		t.Fatalf("space must make the member shown inactive: %+v", mem)
	}
	ms, err := s.Members()
	if err != nil {
		t.Fatal(err)
	}
	for _, mem := range ms {
		if mem.Active == (mem.Name == "Claire Dumont") {
			t.Errorf("%s active: %v", mem.Name, mem.Active)
		}
	}
	if h := sc.FullHelp(); !strings.Contains(h, "effacer") {
		t.Errorf("esc clears the filter, and says so:\n%s", h)
	}
	sc.Press("esc")
	if v := sc.Plain(); !strings.Contains(v, "Karim Benali") || sc.LastNav() != nil {
		t.Fatalf("esc must clear the filter, not leave:\n%s", v)
	}
	sc.Press("/")
	sc.Type("zzz")
	if v := sc.Plain(); !strings.Contains(v, "Aucun membre ne correspond") {
		t.Errorf("no match must say so:\n%s", v)
	}
	sc.Press("esc")
	if v := sc.Plain(); !strings.Contains(v, "Karim Benali") || m.Capturing() {
		t.Fatalf("esc in the field cancels the filter:\n%s", v)
	}
	sc.Press("esc")
	if _, home := sc.LastNav().(nav.GoHome); !home {
		t.Fatalf("esc without a filter goes home: %#v", sc.LastNav())
	}
}

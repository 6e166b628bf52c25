package preparation

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// The tester's walk: the new session's date showed « 12/07/2027 » in grey,
// read as a value, and enter said it was missing; « cochez au moins un
// membre présent » showed as soon as the members were reached. The date
// reads as an example and the members' rule waits for the secretary.
func TestNewSessionFormSaysItsRulesOnlyOnceActedOn(t *testing.T) {
	const nobody = "cochez au moins un membre présent"
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.FR), 0, true), 80, 24)
	if v := sc.Plain(); !strings.Contains(v, "ex. 12/07/2027") {
		t.Fatalf("the date's placeholder must read as an example:\n%s", v)
	}
	sc.Press("ctrl+u")
	sc.Type("15/09/2026")
	sc.Press("enter", "enter")
	sc.Type("Salle des fêtes")
	sc.Press("enter")
	v := sc.Plain()
	if !strings.Contains(v, "Membres présents") {
		t.Fatalf("not on the members:\n%s", v)
	}
	if strings.Contains(v, nobody) {
		t.Errorf("the rule shows before anything was touched:\n%s", v)
	}
	sc.Press("down")
	if v := sc.Plain(); strings.Contains(v, nobody) {
		t.Errorf("moving is not acting:\n%s", v)
	}
	sc.Press("enter")
	if v := sc.Plain(); !strings.Contains(v, nobody) || !strings.Contains(v, "Membres présents") {
		t.Errorf("enter with nobody present must stay and say why:\n%s", v)
	}
	sc.Press("space")
	if v := sc.Plain(); strings.Contains(v, nobody) {
		t.Errorf("one member present answers the rule:\n%s", v)
	}
	sc.Press("space")
	if v := sc.Plain(); !strings.Contains(v, nobody) {
		t.Errorf("unticking the last one says it again:\n%s", v)
	}
}

package scoring

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// In English, the scoring screen, its help, the median legend, a "not
// applicable" score and the decision dialog have no French text but the
// demo's data; the grid's labels, questions, level names and texts and
// radar axes are English.
func TestScoringInEnglish(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.EN)
	sc := openItem(t, ctx, 2, 120, 40)
	views := map[string]string{"screen": sc.Plain() + "\n" + sc.FullHelp()}
	sc.Press("-")
	views["not applicable"] = sc.Plain()
	sc.Press("p", "m")
	views["presentation with median"] = sc.Plain()
	sc.Press("p", "d")
	views["decision"] = sc.Plain() + "\n" + sc.FullHelp()
	for name, v := range views {
		if f := tuitest.French(v); len(f) > 0 {
			t.Errorf("%s: French left %q:\n%s", name, f, v)
		}
	}
	all := views["screen"] + views["not applicable"] + views["presentation with median"] + views["decision"]
	for _, s := range []string{"ESS practice", "Governance", "Not applicable", "campaign median (5 labelled initiatives)", "possible voters"} {
		if !strings.Contains(strings.Join(strings.Fields(all), " "), s) {
			t.Errorf("missing %q:\n%s", s, all)
		}
	}
}

// In French, the decision dialog counts its possible voters right.
func TestVotersInFrench(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.FR)
	sc := openItem(t, ctx, 2, 120, 40)
	sc.Press("d")
	if v := sc.Plain(); !strings.Contains(v, "votants possibles)") || strings.Contains(v, "1 votants") {
		t.Errorf("decision dialog:\n%s", v)
	}
}

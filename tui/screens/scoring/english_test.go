package scoring

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

func helpText(sc *screen) string {
	var keys []string
	for _, col := range sc.s.Help().FullHelp() {
		for _, b := range col {
			keys = append(keys, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return strings.Join(keys, " • ")
}

// In English, the scoring screen, its help, the median legend, a "not
// applicable" score and the decision dialog have no French text but the
// demo's data and the grid's guiding questions; the grid's labels, level
// names and radar axes are English.
func TestScoringInEnglish(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.EN)
	sc := openItem(t, ctx, 2, 120, 39)
	views := map[string]string{"screen": ansi.Strip(sc.view()) + "\n" + helpText(sc)}
	sc.press("-")
	views["not applicable"] = ansi.Strip(sc.view())
	sc.press("p", "m")
	views["presentation with median"] = ansi.Strip(sc.view())
	sc.press("p", "d")
	views["decision"] = ansi.Strip(sc.view()) + "\n" + helpText(sc)
	for name, v := range views {
		// The marker's question is the grid's, French only: leave it out.
		q := sc.s.(*Model).refs[0].Marker.Question
		v = strings.ReplaceAll(strings.Join(strings.Fields(v), " "), q, "")
		if f := tuitest.French(v); len(f) > 0 {
			t.Errorf("%s: French left %q:\n%s", name, f, v)
		}
	}
	all := views["screen"] + views["not applicable"] + views["presentation with median"] + views["decision"]
	for _, s := range []string{"ESS practice", "Democratic, shared governance", "Not applicable", "median of the campaign's 5 labelled initiatives", "possible voters"} {
		if !strings.Contains(strings.Join(strings.Fields(all), " "), s) {
			t.Errorf("missing %q:\n%s", s, all)
		}
	}
}

// In French, the decision dialog counts its possible voters right.
func TestVotersInFrench(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.FR)
	sc := openItem(t, ctx, 2, 120, 39)
	sc.press("d")
	if v := ansi.Strip(sc.view()); !strings.Contains(v, "votants possibles)") || strings.Contains(v, "1 votants") {
		t.Errorf("decision dialog:\n%s", v)
	}
}

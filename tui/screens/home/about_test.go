package home

import (
	"strings"
	"testing"

	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// A first start says what essradar is for and where the guide is, in two
// lines that fit 80 columns, before and after the demo is declined.
func TestFirstStartSaysWhatItIsAndWhereTheGuideIs(t *testing.T) {
	for _, c := range []struct {
		lang       i18n.Lang
		what, decl string
	}{
		{i18n.FR, "Noter les marqueurs ESS en comité", "n"},
		{i18n.EN, "Score the ESS markers in committee", "n"},
	} {
		sc := newHome(t, tuitest.Store(t), c.lang, 80, 24)
		for _, step := range []string{"offer", "declined"} {
			v := sc.Plain()
			lines := strings.Split(v, "\n")
			if len(lines) < 4 || !strings.HasPrefix(lines[2], c.what) || !strings.Contains(lines[3], "guide.md") {
				t.Errorf("%s %s: the two lines are not under the title:\n%s", c.lang, step, v)
			}
			sc.Fits(80, 24, string(c.lang)+" "+step)
			sc.Press(c.decl)
		}
	}
}

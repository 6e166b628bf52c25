package initiative

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// In English, an initiative's file (labelled with a vote, or under way)
// has no French text but the demo's data, and its grid labels are English.
func TestDetailInEnglish(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.EN)
	for _, id := range []uint64{1, 3, 10, 8} {
		sc, d := openDetail(t, ctx, id, 120, 40)
		v := content(d) + "\n" + sc.Plain() + "\n" + sc.ShortHelp()
		if f := tuitest.French(v); len(f) > 0 {
			t.Errorf("initiative %d: French left %q:\n%s", id, f, v)
		}
		if id == 3 && !strings.Contains(v, "6 of 16 markers scored") {
			t.Errorf("initiative 3:\n%s", v)
		}
		if id == 10 && (!strings.Contains(flat(v), "1 abstention") || !strings.Contains(v, "Cooperation")) {
			t.Errorf("initiative 10:\n%s", v)
		}
	}
}

// In French, one abstention is singular.
func TestDetailVotesInFrench(t *testing.T) {
	ctx, _ := demoCtx(t)
	_, d := openDetail(t, ctx, 10, 120, 40)
	v := flat(content(d))
	if !strings.Contains(v, "7 pour, 0 contre, 1 abstention") || strings.Contains(v, "abstention(s)") {
		t.Errorf("votes:\n%s", v)
	}
}

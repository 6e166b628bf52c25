package minutes

import (
	"bytes"
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/tui/i18n"
)

// A marker answered « non concerné » is printed « nc » (« na » in English)
// in every format, and a marker nobody scored « ? »: the record must not
// make an answer look like an omission.
func TestNotApplicableIsNotUnscored(t *testing.T) {
	for _, tc := range []struct {
		lang   i18n.Lang
		na, un string
	}{{i18n.FR, "nc", "?"}, {i18n.EN, "na", "?"}} {
		b := closedDemo(t)
		id := b.Session.Agenda[0]
		ev := b.Evals[id]
		refs := b.Grid.Markers()
		naMarker, unscored := refs[13].Marker, refs[15].Marker
		scores := scoring.Scores{}
		for k, v := range ev.Scores {
			scores[k] = v
		}
		scores[naMarker.ID] = scoring.NotApplicable
		delete(scores, unscored.ID)
		ev.Scores = scores
		b.Evals[id] = ev
		cat := i18n.New(tc.lang)
		m := Build(b, cat)
		naLabel := naMarker.ShortLabelIn(cat.GridLang())
		unLabel := unscored.ShortLabelIn(cat.GridLang())
		if got := m.Items[0].Radar.Marks[13]; got != tc.na {
			t.Errorf("%s: mark of the not-applicable marker %q, want %q", tc.lang, got, tc.na)
		}
		if got := valueText(m.Items[0].Radar, 13); got != tc.na {
			t.Errorf("%s: PDF label of the not-applicable marker %q, want %q", tc.lang, got, tc.na)
		}
		if got := valueText(m.Items[0].Radar, 15); got != tc.un {
			t.Errorf("%s: PDF label of the unscored marker %q, want %q", tc.lang, got, tc.un)
		}
		var md, txt bytes.Buffer
		if err := m.Markdown(&md); err != nil {
			t.Fatal(err)
		}
		if err := m.Text(&txt); err != nil {
			t.Fatal(err)
		}
		for name, out := range map[string]string{"markdown": md.String(), "text": txt.String()} {
			radar := firstRadar(out)
			if !strings.Contains(oneLine(radar), oneLine(naLabel)+" "+tc.na) {
				t.Errorf("%s %s: %q is not marked %q:\n%s", tc.lang, name, naLabel, tc.na, radar)
			}
			if !strings.Contains(oneLine(radar), oneLine(unLabel)+" "+tc.un) {
				t.Errorf("%s %s: %q is not marked %q:\n%s", tc.lang, name, unLabel, tc.un, radar)
			}
		}
	}
}

// firstRadar is the first fenced chart of the minutes.
func firstRadar(s string) string {
	_, after, _ := strings.Cut(s, "```\n")
	chart, _, _ := strings.Cut(after, "```")
	return chart
}

// oneLine squeezes a chart's words so a label wrapped over two lines still
// reads as one.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

package scoring

import (
	"strings"
	"testing"

	"essradar/scoring"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// The secretary and the room read the marker's question and its level texts
// in English under --lang en.
func TestTheQuestionIsAskedInEnglish(t *testing.T) {
	ctx := context.New(tuitest.DemoStore(t), i18n.EN)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		scr := openItem(t, ctx, 1, size[0], size[1])
		if v := flat(scr.Plain()); size[0] == 120 && (!strings.Contains(v, "Are decisions taken collectively, with members, employees, volunteers and users?") ||
			!strings.Contains(v, "1 Emerging (Governing bodies planned but seldom convened)")) {
			t.Errorf("scoring screen: no English question or level texts:\n%s", scr.Plain())
		}
		scr.Press("p")
		v := flat(scr.Plain())
		if !strings.Contains(v, "Democratic, shared governance: 3 · Established — Are decisions taken collectively") {
			t.Errorf("%dx%d: no English question:\n%s", size[0], size[1], scr.Plain())
		}
		if f := tuitest.French(v); len(f) > 0 || strings.Contains(v, "Les décisions") {
			t.Errorf("%dx%d: French left %q:\n%s", size[0], size[1], f, scr.Plain())
		}
	}
}

// A campaign's grid without English questions nor level texts is asked in
// French under --lang en rather than showing nothing.
func TestAGridWithoutEnglishQuestionsIsAskedInFrench(t *testing.T) {
	s := tuitest.DemoStore(t)
	var kept []string
	for _, l := range strings.SplitAfter(string(scoring.DefaultSource()), "\n") {
		if !strings.Contains(l, "question_en") {
			kept = append(kept, l)
		}
	}
	src := strings.Replace(strings.Join(kept, ""), "version = 2", "version = 3", 1)
	i := strings.Index(src, "  levels_en = [")
	src = src[:i] + src[i+strings.Index(src[i:], "]\n")+2:]
	g, err := scoring.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutGrid(g.Ref(), []byte(src)); err != nil {
		t.Fatal(err)
	}
	c := tuitest.Campaign(t, s)
	c.Grid = g.Ref()
	if err := s.PutCampaign(c); err != nil {
		t.Fatal(err)
	}
	scr := openItem(t, context.New(s, i18n.EN), 1, 120, 40)
	if v := flat(scr.Plain()); !strings.Contains(v, "Les décisions sont-elles prises collectivement") ||
		!strings.Contains(v, "1 Emerging (Instances prévues mais peu réunies)") {
		t.Errorf("scoring screen without English question:\n%s", scr.Plain())
	}
	scr.Press("p")
	if v := flat(scr.Plain()); !strings.Contains(v, "Established — Les décisions sont-elles prises") {
		t.Errorf("presentation without English question:\n%s", scr.Plain())
	}
}

package scoring

import (
	"strings"
	"testing"
)

// The default grid asks every question, and describes the levels it
// describes in French, in English too.
func TestDefaultGridSpeaksEnglish(t *testing.T) {
	g := Default()
	for _, r := range g.Markers() {
		mk := r.Marker
		if mk.QuestionEN == "" || mk.QuestionIn(LangEN) == mk.Question {
			t.Errorf("%s: no English question", mk.ID)
		}
		if len(mk.Levels) != len(mk.LevelsEN) {
			t.Errorf("%s: %d French level texts, %d English", mk.ID, len(mk.Levels), len(mk.LevelsEN))
		}
	}
	gov, _ := g.Marker("gouvernance")
	if got := gov.Marker.LevelTextsIn(LangEN)[1]; got != "Governing bodies planned but seldom convened" {
		t.Errorf("gouvernance level 1 in English = %q", got)
	}
	if got := gov.Marker.LevelTextsIn(LangFR)[1]; got != "Instances prévues mais peu réunies" {
		t.Errorf("gouvernance level 1 in French = %q", got)
	}
}

// A grid written before question_en and levels_en, or by someone who did not
// translate it, still loads and is asked in French in English.
func TestGridWithoutEnglishFallsBackToFrench(t *testing.T) {
	var kept []string
	for _, l := range strings.SplitAfter(string(DefaultSource()), "\n") {
		if strings.Contains(l, "question_en") {
			continue
		}
		kept = append(kept, l)
	}
	src := strings.Join(kept, "")
	i := strings.Index(src, "  levels_en = [")
	j := i + strings.Index(src[i:], "]\n") + 2
	src = src[:i] + src[j:]
	g, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	gov, _ := g.Marker("gouvernance")
	if got := gov.Marker.QuestionIn(LangEN); !strings.HasPrefix(got, "Les décisions sont-elles prises") {
		t.Errorf("question in English without question_en = %q", got)
	}
	if got := gov.Marker.LevelTextsIn(LangEN); len(got) != 5 || got[0] != "Décisions prises par une seule personne" {
		t.Errorf("level texts in English without levels_en = %q", got)
	}
	besoin, _ := g.Marker("besoin")
	if besoin.Marker.LevelTextsIn(LangEN) != nil {
		t.Errorf("a marker without level texts got %q", besoin.Marker.LevelTextsIn(LangEN))
	}
}

// English level texts must be one per level, like the French ones, and the
// refusal names their line.
func TestMarkerEnglishLevelsCountIsChecked(t *testing.T) {
	src := string(DefaultSource())
	bad := strings.Replace(src, "    \"Governance shared with users and partners\",\n", "", 1)
	_, err := Parse([]byte(bad))
	ge, ok := err.(*GridError)
	if !ok || ge.What.Key != "grid.err.marker_levels_en_count" {
		t.Fatalf("four English level texts for five levels: %v", err)
	}
	if want := lineOf(bad, "  levels_en = ["); ge.Line != want {
		t.Errorf("refusal at line %d, want %d", ge.Line, want)
	}
}

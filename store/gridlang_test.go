package store

import (
	"strings"
	"testing"

	"essradar/scoring"
)

// A grid's English question and level texts are data like its French ones:
// ParseGrid leaves no control or direction character in them.
func TestParseGridCleansEnglishQuestionsAndLevelTexts(t *testing.T) {
	src := strings.Replace(string(scoring.DefaultSource()),
		`question_en = "Are decisions taken`, `question_en = "\u001b]52;c;aGk=\u0007Are\u202e decisions taken`, 1)
	src = strings.Replace(src, `"Decisions taken by a single person"`, `"Decisions\u001b[2J taken by a single person"`, 1)
	g, err := ParseGrid([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	gov, _ := g.Marker("gouvernance")
	if q := gov.Marker.QuestionEN; strings.ContainsAny(q, "\x1b\x07\u202e") || !strings.Contains(q, "decisions taken") {
		t.Errorf("English question kept %q", q)
	}
	if l := gov.Marker.LevelsEN[0]; strings.ContainsRune(l, '\x1b') {
		t.Errorf("English level text kept %q", l)
	}
}

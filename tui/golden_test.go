package tui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/i18n"
)

// goldenScreen runs the whole program with teatest at a fixed size, types the
// keys, and compares the final screen, without colours, with
// testdata/<name>.golden (go test ./tui/ -update regenerates them).
// step sends keys, then waits for a text when they open another screen
// (screens load in the background: keys sent before the screen is there
// would be lost, as they would for a very fast typist).
type step struct {
	keys []string
	wait string
}

func goldenScreen(t *testing.T, w, h int, steps ...step) {
	t.Helper()
	goldenScreenWith(t, Options{}, w, h, steps...)
}

// goldenScreenWith is goldenScreen with options (--ascii).
func goldenScreenWith(t *testing.T, opts Options, w, h int, steps ...step) {
	t.Helper()
	golden.RequireEqual(t, []byte(ansi.Strip(runGolden(t, opts, w, h, steps...))))
}

// runGolden is the final screen, escapes included, after the steps.
func runGolden(t *testing.T, opts Options, w, h int, steps ...step) string {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	opts.Store, opts.Lang = s, i18n.FR
	app := New(opts)
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor(t, tm, "Initiatives (24)")
	for _, st := range steps {
		for _, k := range st.keys {
			tm.Send(press(k))
		}
		if st.wait != "" {
			waitFor(t, tm, st.wait)
		}
	}
	// Quit goes through the same queue as the keys, so the final model has
	// handled every key sent before it: no need to wait. (The last keys
	// start no background work; those that do are followed by a wait.)
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	return final.View().Content
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

// Open the demo's open session, then its second item (fully scored, one
// member recused, ex aequo proposal).
var toScoring = []step{{keys: []string{"tab", "enter"}, wait: "Présents ("}, {keys: []string{"j", "enter"}, wait: "Proposition"}}

func TestGoldenScoring80x24(t *testing.T) {
	goldenScreen(t, 80, 24, append(toScoring, step{keys: []string{"j", "j"}})...)
}

func TestGoldenScoring120x40(t *testing.T) {
	goldenScreen(t, 120, 40, append(toScoring, step{keys: []string{"j", "j"}})...)
}

func TestGoldenPresentation80x24(t *testing.T) {
	goldenScreen(t, 80, 24, append(toScoring, step{keys: []string{"p"}})...)
}

func TestGoldenPresentation120x40(t *testing.T) {
	goldenScreen(t, 120, 40, append(toScoring, step{keys: []string{"p", "m"}})...)
}

// The room's views of a partly scored item (the third of the open session:
// 6 of 16 markers): unscored markers are gaps, the categories are named
// with their means around the chart, the legend names the series and the
// threshold. Each at 80x24 and 120x40, in colour (the escapes kept, so a
// colour lost shows), with NO_COLOR (series and highlight told apart by
// glyph) and with --ascii.
var toPartlyScored = []step{{keys: []string{"tab", "enter"}, wait: "Présents ("}, {keys: []string{"j", "j", "enter"}, wait: "Proposition"}}

func TestGoldenRoom(t *testing.T) {
	views := []struct {
		name string
		keys []string
	}{
		{"partly_scored", []string{"m"}},
		{"presentation_median", []string{"p", "m"}},
		{"decision_gaps", []string{"d"}},
	}
	variants := []struct {
		name   string
		opts   Options
		colour bool
	}{{"colour", Options{}, true}, {"nocolor", Options{}, false}, {"ascii", Options{ASCII: true}, false}}
	for _, v := range views {
		for _, va := range variants {
			for _, size := range [][2]int{{80, 24}, {120, 40}} {
				t.Run(fmt.Sprintf("%s/%s/%dx%d", v.name, va.name, size[0], size[1]), func(t *testing.T) {
					if va.name == "nocolor" {
						t.Setenv("NO_COLOR", "1")
					}
					screen := runGolden(t, va.opts, size[0], size[1], append(toPartlyScored, step{keys: v.keys})...)
					if !va.colour {
						screen = ansi.Strip(screen)
					}
					golden.RequireEqual(t, []byte(screen))
				})
			}
		}
	}
}

// The golden files are whole screens: exactly the terminal's height, no line
// wider than it.
func TestGoldenFilesFitTheirSize(t *testing.T) {
	for name, size := range map[string][2]int{
		"TestGoldenScoring80x24": {80, 24}, "TestGoldenScoring120x40": {120, 40},
		"TestGoldenPresentation80x24": {80, 24}, "TestGoldenPresentation120x40": {120, 40},
	} {
		checkGoldenFits(t, filepath.Join("testdata", name+".golden"), size)
	}
	for _, name := range []string{"partly_scored", "presentation_median", "decision_gaps"} {
		for _, variant := range []string{"colour", "nocolor", "ascii"} {
			for _, size := range [][2]int{{80, 24}, {120, 40}} {
				checkGoldenFits(t, filepath.Join("testdata", "TestGoldenRoom", name, variant, fmt.Sprintf("%dx%d.golden", size[0], size[1])), size)
			}
		}
	}
}

func checkGoldenFits(t *testing.T, path string, size [2]int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (go test ./tui/ -run Golden -update writes it)", path, err)
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) != size[1] {
		t.Errorf("%s: %d lines, want %d", path, len(lines), size[1])
	}
	for i, l := range lines {
		if wd := ansi.StringWidth(l); wd > size[0] {
			t.Errorf("%s line %d: %d columns > %d", path, i+1, wd, size[0])
		}
	}
}

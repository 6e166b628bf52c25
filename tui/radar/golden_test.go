package radar

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// goldenText is what a golden file holds: the chart exactly as rendered
// (Color off, so it reads in any editor), then the legend when one is
// needed. Lines keep their padding: width is part of the contract.
func goldenText(c Chart) string {
	var b strings.Builder
	for _, l := range Render(c) {
		b.WriteString(l)
		b.WriteString("\n")
	}
	if c.NeedsLegend() {
		b.WriteString("-- légende --\n")
		for _, l := range Legend(c) {
			b.WriteString(l)
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	sizes := [][2]int{{24, 10}, {60, 24}, {120, 40}}
	modes := []struct {
		name string
		mode Mode
	}{{"braille", Braille}, {"ascii", ASCII}}
	for _, sz := range sizes {
		for _, m := range modes {
			for _, n := range []int{4, 6, 16, 24} {
				name := fmt.Sprintf("%s_%dx%d_%02d", m.name, sz[0], sz[1], n)
				t.Run(name, func(t *testing.T) {
					c := sampleChart(n, sz[0], sz[1], m.mode)
					got := goldenText(c)
					path := filepath.Join("testdata", name+".golden")
					if *update {
						if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
							t.Fatal(err)
						}
						return
					}
					want, err := os.ReadFile(path)
					if err != nil {
						t.Fatalf("%v (run go test ./tui/radar/ -update)", err)
					}
					if got != string(want) {
						t.Errorf("output differs from %s (go test ./tui/radar/ -update to accept)\n--- got ---\n%s--- want ---\n%s", path, got, want)
					}
				})
			}
		}
	}
}

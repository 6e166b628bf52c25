package radar

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestShow prints charts for eyeballing: RADAR_SHOW=1 go test -run TestShow -v
func TestShow(t *testing.T) {
	if os.Getenv("RADAR_SHOW") == "" {
		t.Skip("set RADAR_SHOW=1")
	}
	n, _ := strconv.Atoi(os.Getenv("RADAR_N"))
	if n == 0 {
		n = 6
	}
	w, _ := strconv.Atoi(os.Getenv("RADAR_W"))
	h, _ := strconv.Atoi(os.Getenv("RADAR_H"))
	if w == 0 {
		w, h = 60, 24
	}
	mode := Braille
	if os.Getenv("RADAR_ASCII") != "" {
		mode = ASCII
	}
	c := sampleChart(n, w, h, mode)
	c.Color = os.Getenv("RADAR_COLOR") != ""
	fmt.Println("+" + strings.Repeat("-", w) + "+")
	for _, l := range Render(c) {
		fmt.Println("|" + l + "|")
	}
	fmt.Println("+" + strings.Repeat("-", w) + "+")
	fmt.Println("needs legend:", c.NeedsLegend())
	for _, l := range Legend(c) {
		fmt.Println("  " + l)
	}
}

package tui

import (
	"strings"
	"testing"

	"essradar/tui/tuitest"
)

// From the home screen, b opens the year in figures on the current
// campaign; esc comes back.
func TestHomeOpensTheStatistics(t *testing.T) {
	a := newTestApp(t, tuitest.DemoStore(t), 80, 24)
	drive(t, a, press("b"))
	v := view(a)
	for _, want := range []string{"Statistiques", "Campagne 2026 · Budget citoyen 2026 (démonstration)", "campagne précédente"} {
		if !strings.Contains(v, want) {
			t.Fatalf("b on the home screen: lacks %q:\n%s", want, v)
		}
	}
	drive(t, a, press("left"))
	if !strings.Contains(view(a), "Campagne 2025 ·") {
		t.Errorf("left: not the 2025 campaign:\n%s", view(a))
	}
	drive(t, a, press("esc"))
	if v := view(a); !strings.Contains(v, "Budget citoyen 2026 (démonstration)") || strings.Contains(v, "Statistiques") {
		t.Errorf("esc: not back home on 2026:\n%s", v)
	}
}

package tui

import (
	"path/filepath"
	"testing"

	"essradar/tui/screens/session"
)

// esc out of a session's preparation goes back where it was opened from:
// home's Séances tab (e there), or the session (p on the session screen).
func TestEscFromPreparationGoesBackWhereItCameFrom(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 30)
	drive(t, a, press("esc")) // the offer to resume, declined
	drive(t, a, press("tab"))
	drive(t, a, press("e"))
	if a.screen == a.home {
		t.Fatalf("e on the Séances tab opens no preparation:\n%s", view(a))
	}
	drive(t, a, press("esc"))
	if a.screen != a.home {
		t.Fatalf("esc out of the preparation opened from home lands on %T, not home:\n%s", a.screen, view(a))
	}

	drive(t, a, press("enter"))
	if _, ok := a.screen.(*session.Model); !ok {
		t.Fatalf("enter on the Séances tab opens %T", a.screen)
	}
	drive(t, a, press("e"))
	drive(t, a, press("esc"))
	if _, ok := a.screen.(*session.Model); !ok {
		t.Fatalf("esc out of the preparation opened from the session lands on %T, not the session:\n%s", a.screen, view(a))
	}
}

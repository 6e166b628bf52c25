package stats

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/nav"
	"essradar/tui/tuitest"
)

// The screen opens on the latest campaign of the demo, moves to the past
// years and back, scrolls down to the trends, and fits the terminal.
func TestStatsScreenWalksTheCampaigns(t *testing.T) {
	s := tuitest.DemoStore(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		sc := tuitest.NewScreen(t, New(context.New(s, i18n.FR)), w, h)
		m, ok := sc.S.(*Model)
		if !ok {
			t.Fatalf("%dx%d: still loading:\n%s", w, h, sc.Plain())
		}
		v := sc.Plain()
		for _, want := range []string{"Statistiques", "(4/4)", "Campagne 2026 · Budget citoyen 2026 (démonstration)",
			"24 initiatives · 2 séances, dont 1 close", "5 labellisées", "17 en attente de décision", "Par territoire"} {
			if !strings.Contains(v, want) {
				t.Errorf("%dx%d: lacks %q:\n%s", w, h, want, v)
			}
		}
		sc.Fits(w, h, "on 2026")

		sc.Press("left", "left")
		v = sc.Plain()
		if m.Selected() != "2024" || !strings.Contains(v, "(2/4)") || !strings.Contains(v, "9 initiatives · 2 séances, dont 2 closes") ||
			!strings.Contains(v, "6 labellisées · 1 ajournée · 1 non retenue · 1 retirée") {
			t.Errorf("%dx%d: two campaigns back shows %s:\n%s", w, h, m.Selected(), v)
		}
		sc.Press("[", "[", "[")
		if m.Selected() != "2023" {
			t.Errorf("%dx%d: before the first campaign: %s", w, h, m.Selected())
		}
		sc.Press("]", "right", "right", "right")
		if m.Selected() != "2026" {
			t.Errorf("%dx%d: after the last campaign: %s", w, h, m.Selected())
		}

		sc.Press("end")
		v = sc.Plain()
		for _, want := range []string{"Moyenne par catégorie", "2023", "2026", "Coopération"} {
			if !strings.Contains(v, want) {
				t.Errorf("%dx%d: the bottom lacks %q:\n%s", w, h, want, v)
			}
		}
		if strings.Contains(v, "Campagne 2026 ·") {
			t.Errorf("%dx%d: end did not scroll:\n%s", w, h, v)
		}
		sc.Fits(w, h, "at the bottom")
		sc.Press("home")
		if !strings.Contains(sc.Plain(), "Campagne 2026 ·") {
			t.Errorf("%dx%d: home did not scroll back:\n%s", w, h, sc.Plain())
		}

		sc.Press("esc")
		if _, home := sc.LastNav().(nav.GoHome); !home {
			t.Errorf("%dx%d: esc asked for %#v", w, h, sc.LastNav())
		}
	}
}

func TestStatsScreenScrollsLineByLine(t *testing.T) {
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.FR)), 80, 24)
	if !strings.Contains(sc.Plain(), "lignes 1–") {
		t.Fatalf("no scroll position:\n%s", sc.Plain())
	}
	sc.Press("down", "j")
	if !strings.Contains(sc.Plain(), "lignes 3–") {
		t.Errorf("two lines down:\n%s", sc.Plain())
	}
	sc.Press("pgdown")
	if strings.Contains(sc.Plain(), "lignes 3–") {
		t.Errorf("a page down:\n%s", sc.Plain())
	}
}

func TestStatsScreenInEnglish(t *testing.T) {
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.EN)), 120, 40)
	v := sc.Plain()
	for _, want := range []string{"Statistics", "Campaign 2026", "24 initiatives · 2 sessions, 1 closed", "By territory", "Markers, weakest first"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	if h := sc.FullHelp(); !strings.Contains(h, "previous campaign") || !strings.Contains(h, "next campaign") {
		t.Errorf("help: %s", h)
	}
}

func TestStatsScreenWithoutCampaign(t *testing.T) {
	sc := tuitest.NewScreen(t, New(context.New(tuitest.Store(t), i18n.FR)), 80, 24)
	if !strings.Contains(sc.Plain(), "Aucune campagne") {
		t.Errorf("an empty database:\n%s", sc.Plain())
	}
	sc.Press("left", "right", "down")
	sc.Press("esc")
	if _, home := sc.LastNav().(nav.GoHome); !home {
		t.Errorf("esc asked for %#v", sc.LastNav())
	}
}

// The tester's walk: ← to another campaign kept « lignes 33–69 », so the
// new campaign opened mid-page.
func TestAnotherCampaignOpensAtItsTop(t *testing.T) {
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.FR)), 80, 24)
	sc.Press("end")
	if strings.Contains(sc.Plain(), "lignes 1–") {
		t.Fatalf("end did not scroll:\n%s", sc.Plain())
	}
	sc.Press("left")
	v := sc.Plain()
	if !strings.Contains(v, "lignes 1–") || !strings.Contains(v, "Campagne 2025 ·") {
		t.Errorf("the previous campaign must open at its top:\n%s", v)
	}
}

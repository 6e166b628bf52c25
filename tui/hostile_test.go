package tui

import (
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/store/demo"
	"essradar/store/plaintext/plaintexttest"
	"essradar/tui/i18n"
	"essradar/tui/keys"
	"essradar/tui/nav"
)

// soiledApp is the demo as an older file could hold it, the payload in every
// text a screen shows, opened in the interface.
func soiledApp(t *testing.T, p plaintexttest.Payload, lang i18n.Lang, w, h int) *App {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sale.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	plaintexttest.Soil(t, path, "initiatives", func(r map[string]any) {
		r["title"], r["commune"], r["summary"] = p.Text, p.Text, p.Text
		if h, ok := r["holder"].(map[string]any); ok {
			h["name"], h["email"] = p.Text, p.Text
		}
	})
	plaintexttest.Soil(t, path, "members", func(r map[string]any) { r["name"] = p.Text })
	plaintexttest.Soil(t, path, "sessions", func(r map[string]any) { r["place"] = p.Text })
	plaintexttest.Soil(t, path, "evaluations", func(r map[string]any) {
		if d, ok := r["decision"].(map[string]any); ok {
			d["rationale"] = p.Text
		}
		if n, ok := r["notes"].(map[string]any); ok {
			for k := range n {
				n[k] = p.Text
			}
		}
	})
	s, err = store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := New(Options{Store: s, Lang: lang})
	drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	for _, m := range runCmd(a.Init()) {
		drive(t, a, m)
	}
	return a
}

// Every screen, walked with its keys on a file full of hostile text, shows
// that text and never lets it drive the terminal.
func TestScreensShowHostileTextWithoutObeyingIt(t *testing.T) {
	for i, p := range plaintexttest.Payloads {
		// Every payload in French, every other one in English too.
		langs := []i18n.Lang{i18n.FR}
		if i%2 == 0 {
			langs = append(langs, i18n.EN)
		}
		for _, lang := range langs {
			t.Run(p.Name+"/"+string(lang), func(t *testing.T) {
				walkSoiledScreens(t, soiledApp(t, p, lang, 120, 40), p)
			})
		}
	}
}

func walkSoiledScreens(t *testing.T, a *App, p plaintexttest.Payload) {
	t.Helper()
	for _, step := range []struct {
		where, screen string
		keys          []string
		shows         bool // the payload's word must be on screen
	}{
		{"resume offer", "*home.Model", nil, true},
		{"home, initiatives", "*home.Model", []string{"n"}, true},
		{"initiative detail", "*initiative.Detail", []string{"enter"}, true},
		{"initiative history", "*initiative.Detail", []string{"h"}, false},
		{"home, sessions", "*home.Model", []string{"esc", "esc", "tab"}, true},
		{"session", "*session.Model", []string{"enter"}, true},
		{"recusals", "*session.Model", []string{"r"}, true},
		{"scoring", "*scoring.Model", []string{"esc", "j", "j", "enter"}, true},
		{"presentation", "*scoring.Model", []string{"p"}, true},
		{"decision dialog", "*scoring.Model", []string{"p", "d"}, true},
		{"note", "*scoring.Model", []string{"esc", "n"}, true},
		{"members", "*members.Model", []string{"esc", "esc", "esc", "m"}, true},
		{"statistics", "*stats.Model", []string{"esc", "b"}, false},
		// The open session prepared again: its form, then its agenda.
		{"session form", "*formscreen.Screen", []string{"esc", "tab", "e"}, true},
		{"session form, present", "*formscreen.Screen", []string{"enter", "enter", "enter"}, true},
		{"agenda", "*preparation.agendaModel", []string{"enter"}, true},
	} {
		for _, k := range step.keys {
			drive(t, a, press(k))
		}
		if got := fmt.Sprintf("%T", a.screen); got != step.screen {
			t.Fatalf("%s: the keys %v led to %s, not %s:\n%s", step.where, step.keys, got, step.screen, ansi.Strip(view(a)))
		}
		v := view(a)
		if step.shows {
			plaintexttest.CheckScreen(t, step.where, p, v)
		} else if seq, bad := plaintexttest.Unstyled(v); bad {
			t.Errorf("%s, %s: %q reaches the terminal", step.where, p.Name, seq)
		}
	}
}

// A form keeps what is pasted into it as the store will: the field on
// screen and the record saved hold no control character.
func TestFormsDropHostileText(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 40)
	for i, p := range plaintexttest.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			drive(t, a, nav.EditInitiative{})
			drive(t, a, tea.PasteMsg{Content: p.Text})
			plaintexttest.CheckScreen(t, "initiative form", p, view(a))
			drive(t, a, press("enter"))
			drive(t, a, tea.PasteMsg{Content: p.Text})
			for _, k := range []string{"enter", "enter", "enter"} { // holder; legal form, territory left as they are
				drive(t, a, press(k))
			}
			commune := fmt.Sprintf("Arras %d", i)
			typeKeys(t, a, commune)
			for _, k := range []string{"enter", "enter", "enter", "enter", "enter"} { // amount, contact, e-mail, phone left empty
				drive(t, a, press(k))
			}
			drive(t, a, tea.PasteMsg{Content: p.Text + "\n" + p.Text})
			plaintexttest.CheckScreen(t, "summary", p, view(a))
			drive(t, a, press("enter"))
			inits, _ := s.Initiatives("2026")
			in := inits[len(inits)-1]
			if in.Commune != commune {
				t.Fatalf("the form did not save a new initiative; last is %+v\n%s", in, view(a))
			}
			for _, f := range []string{in.Title, in.Holder.Name} {
				plaintexttest.CheckPlain(t, "saved initiative", p, f)
			}
			if r, bad := plaintexttest.Unsafe(strings.Map(func(r rune) rune {
				if r >= 0x200b && r <= 0x200d || r == 0x2060 || r == 0xfeff {
					return -1 // a multiline text may keep zero-width joiners
				}
				return r
			}, in.Summary)); bad {
				t.Errorf("saved summary %q keeps %U", in.Summary, r)
			}
		})
	}
}

// The CSV import screen quotes the cells it refuses: shown, never obeyed;
// what it adds is stored clean.
func TestImportScreenShowsHostileCells(t *testing.T) {
	dir := t.TempDir()
	a, s := demoApp(t, filepath.Join(dir, "t.db"), 100, 30)
	for i, p := range plaintexttest.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("depot%d.csv", i))
			cell := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
			body := "Titre;Porteur;Territoire;Montant demandé\r\n" +
				cell(fmt.Sprintf("%s %d", p.Text, i)) + fmt.Sprintf(";Porteur %d;Calaisis;100\r\n", i) +
				fmt.Sprintf("Autre %d;Asso %d;", i, i) + cell(p.Text) + ";100\r\n"
			if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			drive(t, a, press("i"))
			drive(t, a, press("ctrl+u"))
			typeKeys(t, a, path)
			drive(t, a, press("enter"))
			plaintexttest.CheckScreen(t, "import refused", p, view(a))
			drive(t, a, press("s"))
			if seq, bad := plaintexttest.Unstyled(view(a)); bad {
				t.Errorf("import done, %s: %q reaches the terminal", p.Name, seq)
			}
			drive(t, a, press("esc"))
		})
	}
	inits, _ := s.Initiatives("2026")
	if len(inits) != 24+len(plaintexttest.Payloads) {
		t.Fatalf("%d initiatives imported, want %d", len(inits)-24, len(plaintexttest.Payloads))
	}
	for _, in := range inits[24:] {
		if r, bad := plaintexttest.Unsafe(in.Title); bad {
			t.Errorf("imported title %q keeps %U", in.Title, r)
		}
	}
}

// rawScreen shows a text as it is, the way a screen that forgot
// plaintext.Line would.
type rawScreen struct{ text string }

func (r rawScreen) Init() tea.Cmd                        { return nil }
func (r rawScreen) Update(tea.Msg) (nav.Screen, tea.Cmd) { return r, nil }
func (r rawScreen) View() string                         { return "\x1b[1m" + r.text + "\x1b[m" }
func (r rawScreen) SetSize(int, int)                     {}
func (r rawScreen) Help() help.KeyMap                    { return keys.List{} }
func (r rawScreen) Capturing() bool                      { return false }

// Behind every screen, the root lets no record drive the terminal: the
// colours of the interface pass, nothing else does.
func TestRootGuardsAScreenThatForgetsPlaintext(t *testing.T) {
	a := newTestApp(t, openTestStore(t), 80, 24)
	for _, p := range plaintexttest.Payloads {
		a.screen = rawScreen{p.Text}
		v := view(a)
		if seq, bad := plaintexttest.Unstyled(v); bad {
			t.Errorf("%s: %q reaches the terminal", p.Name, seq)
		}
		if !strings.Contains(ansi.Strip(v), p.Word) {
			t.Errorf("%s: %q no longer shows", p.Name, p.Word)
		}
	}
}

package formscreen

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"essradar/store"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// A keystroke in a field already holding 2,000 characters (issue 13): the
// keys of a long text typed fast, or pasted by a terminal without bracketed
// paste, arrive one by one. Each figure is Update with the key, then View,
// as the root does for one frame.

func benchForm(b *testing.B, text bool) *Screen {
	s, err := store.Open(filepath.Join(b.TempDir(), "f.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	ctx := context.New(s, i18n.FR)
	title, summary := "Épicerie", ""
	build := func() *huh.Form {
		// The fields of the initiative form's second page, the long text
		// typed in its last one (or in a first, single-line one).
		field := huh.Field(huh.NewInput().Title("Titre").Value(&title).CharLimit(4000).Validate(Required(ctx.Text.T)))
		if text {
			field = huh.NewText().Title("Résumé").Value(&summary).CharLimit(4000).Lines(5)
		}
		var contact, email, phone string
		return huh.NewForm(huh.NewGroup(field,
			huh.NewNote().Title("Personne à contacter").Description("Données personnelles : effaçables à la demande."),
			huh.NewInput().Title("Contact").Value(&contact),
			huh.NewInput().Title("Courriel").Value(&email),
			huh.NewInput().Title("Téléphone").Value(&phone)))
	}
	f := New(ctx, "Formulaire", build, func() tea.Cmd { return nil }, func() tea.Msg { return nil })
	f.SetSize(120, 39)
	tuitest.Run(f.Init())
	for range 2000 {
		f.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	}
	return f
}

func benchKeys(b *testing.B, f *Screen) {
	keys := []tea.KeyPressMsg{{Code: 'a', Text: "a"}, tuitest.Press("backspace")}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		f.Update(keys[i%2])
		_ = f.View()
	}
	if v := f.View(); !strings.Contains(v, "eee") {
		b.Fatalf("the field lost its text:\n%s", v)
	}
}

func BenchmarkFormKeystrokeInput2000(b *testing.B) { benchKeys(b, benchForm(b, false)) }
func BenchmarkFormKeystrokeText2000(b *testing.B)  { benchKeys(b, benchForm(b, true)) }

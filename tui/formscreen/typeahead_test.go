package formscreen

import (
	"errors"
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

// The fields of the new-initiative form, in two pages: what the keys typed
// fast must fill, each with its own text.
type typedValues struct {
	title, holder, summary, amount, commune string
	saves                                   int
}

func typeaheadForm(t *testing.T) (*Screen, *typedValues) {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.New(s, i18n.FR)
	v := &typedValues{}
	build := func() *huh.Form {
		return huh.NewForm(
			huh.NewGroup(
				huh.NewInput().Title("Titre").Value(&v.title).Validate(Required(ctx.Text.T)),
				huh.NewInput().Title("Porteur").Value(&v.holder),
				huh.NewText().Title("Résumé").Value(&v.summary).Lines(3),
				huh.NewInput().Title("Montant").Value(&v.amount)),
			huh.NewGroup(
				huh.NewInput().Title("Commune").Value(&v.commune)))
	}
	save := func() tea.Cmd {
		v.saves++
		return nil
	}
	f := New(ctx, "Nouvelle initiative", build, save, func() tea.Msg { return nil })
	f.SetSize(80, 23)
	drain(t, f, nil, f.Init())
	return f, v
}

// fast delivers msgs as Bubble Tea does when they arrive together: every
// key is already queued when the first key's commands come back, so all
// the keys are delivered first, then what their commands send, and so on.
func fast(t *testing.T, f *Screen, msgs ...tea.Msg) {
	t.Helper()
	var cmds []tea.Cmd
	for _, m := range msgs {
		_, cmd := f.Update(m)
		cmds = append(cmds, cmd)
	}
	drain(t, f, nil, cmds...)
}

// drain delivers what cmds send, then what that sends, until nothing is left.
func drain(t *testing.T, f *Screen, queue []tea.Msg, cmds ...tea.Cmd) {
	t.Helper()
	for _, c := range cmds {
		queue = append(queue, tuitest.Run(c)...)
	}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 500 {
			t.Fatalf("too many messages: a command loop? (%T)", queue[0])
		}
		_, cmd := f.Update(queue[0])
		queue = append(queue[1:], tuitest.Run(cmd)...)
	}
}

func keysOf(parts ...string) []tea.Msg {
	var msgs []tea.Msg
	for _, p := range parts {
		switch p {
		case "enter", "tab":
			msgs = append(msgs, tuitest.Press(p))
		case "shift+tab":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
		case "ctrl+j":
			msgs = append(msgs, tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl})
		default:
			for _, r := range p {
				msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
	return msgs
}

func TestTypeaheadFillsEachFieldWithItsOwnText(t *testing.T) {
	f, v := typeaheadForm(t)
	fast(t, f, keysOf("Écomusée du littoral", "enter", "Association", "enter", "Mémoire")...)
	if v.title != "Écomusée du littoral" || v.holder != "Association" || v.summary != "Mémoire" {
		t.Fatalf("keys typed after enter reached the field left: title %q, holder %q, summary %q", v.title, v.holder, v.summary)
	}
	if !strings.Contains(f.View(), "Mémoire") {
		t.Fatalf("the summary typed is not shown:\n%s", f.View())
	}
}

func TestTypeaheadAcrossPages(t *testing.T) {
	f, v := typeaheadForm(t)
	// The whole form in one burst, the last field on its second page.
	fast(t, f, keysOf("Écomusée", "tab", "Association", "enter", "Mémoire", "enter", "1 200,5", "enter", "Alès", "enter")...)
	want := typedValues{title: "Écomusée", holder: "Association", summary: "Mémoire", amount: "1 200,5", commune: "Alès", saves: 1}
	if *v != want {
		t.Fatalf("fields filled %+v, want %+v", *v, want)
	}
}

func TestTypeaheadBackwards(t *testing.T) {
	f, v := typeaheadForm(t)
	fast(t, f, keysOf("Écomusée", "enter", "Asso", "shift+tab", " du littoral", "enter", "ciation")...)
	if v.title != "Écomusée du littoral" || v.holder != "Association" {
		t.Fatalf("shift+tab typed fast: title %q, holder %q", v.title, v.holder)
	}
}

func TestTypeaheadHoldsNothingOnANewLine(t *testing.T) {
	f, v := typeaheadForm(t)
	fast(t, f, keysOf("É", "enter", "A", "enter")...)
	// A text area's new-line key moves nowhere: the line and the keys
	// after it stay in the text area, none is held.
	fast(t, f, keysOf("Mémoire", "ctrl+j", "collective")...)
	if f.ahead.holding() || len(f.ahead.held) > 0 {
		t.Fatalf("keys held after a new line: %d", len(f.ahead.held))
	}
	if v.summary != "Mémoire\ncollective" {
		t.Fatalf("summary %q, want a new line and the text typed after it", v.summary)
	}
	fast(t, f, keysOf("enter", "1 200,5")...)
	if v.summary != "Mémoire\ncollective" || v.amount != "1 200,5" {
		t.Fatalf("enter then the amount typed fast: summary %q, amount %q", v.summary, v.amount)
	}
}

func TestTypeaheadRefusedFieldKeepsTheKeys(t *testing.T) {
	f, v := typeaheadForm(t)
	// The title is required: enter on it empty moves nowhere, and what is
	// typed next is the title, not held for a move that never comes.
	fast(t, f, keysOf("enter", "Écomusée", "enter", "Association")...)
	if v.title != "Écomusée" || v.holder != "Association" {
		t.Fatalf("after a refused enter: title %q, holder %q", v.title, v.holder)
	}
	if f.ahead.holding() {
		t.Fatal("still waiting for a move")
	}
}

func TestTypeaheadDropsKeysPastTheEnd(t *testing.T) {
	f, v := typeaheadForm(t)
	f.WithWarnings(func() []string { return []string{"montant au-dessus du plafond"} })
	// An enter typed past the last field must not answer the warning:
	// the warning is read first.
	fast(t, f, keysOf("É", "enter", "A", "enter", "M", "enter", "9", "enter", "Alès", "enter", "enter")...)
	if f.Warnings() == nil || v.saves != 0 {
		t.Fatalf("the warning was answered by a key typed ahead: warnings %v, saves %d", f.Warnings(), v.saves)
	}
}

func TestTypeaheadPasteWaitsToo(t *testing.T) {
	f, v := typeaheadForm(t)
	fast(t, f, append(keysOf("Écomusée", "enter"), tea.PasteMsg{Content: "Association"})...)
	if v.title != "Écomusée" || v.holder != "Association" {
		t.Fatalf("a paste right after enter: title %q, holder %q", v.title, v.holder)
	}
}

// The commands' shapes typeahead reads in Huh and Bubble Tea: if either
// changed them, this says so before the keys go astray again.
func TestTypeaheadReadsHuhMoves(t *testing.T) {
	if !requests(tea.Sequence(nil, tea.Batch(func() tea.Msg { return nil }, huh.NextField)), isFieldMove) || !requests(tea.Sequence(huh.PrevField, nil), isFieldMove) {
		t.Fatal("a NextField inside nested batches is not found")
	}
	if requests(func() tea.Msg { panic(errors.New("an unknown command was run")) }, isFieldMove) {
		t.Fatal("an unknown command taken for a move")
	}
}

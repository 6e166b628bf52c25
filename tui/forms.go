package tui

import (
	"errors"
	"regexp"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// formScreen shows a Huh form full screen and saves what it collects. The
// form's values live in the caller's variables, so after a failed save the
// form is built again with everything the secretary typed.
type formScreen struct {
	ctx    *Context
	title  string
	build  func() *huh.Form
	save   func() tea.Cmd // runs once the form is complete; returns a formSavedMsg
	cancel func() tea.Msg // where escape goes
	form   *huh.Form
	err    error
	saving bool
	saved  bool // the form completes once: later messages must not save again
	keys   formKeys
	width  int
	height int
}

// formSavedMsg is what a form's save command returns: the error, or the
// message that leaves the form.
type formSavedMsg struct {
	err  error
	next tea.Msg
}

type formKeys struct {
	Next, Prev, Toggle, Cancel key.Binding
}

func newFormScreen(ctx *Context, title string, build func() *huh.Form, save func() tea.Cmd, cancel func() tea.Msg) *formScreen {
	t := ctx.Text
	f := &formScreen{ctx: ctx, title: title, build: build, save: save, cancel: cancel, width: 80, height: 22,
		keys: formKeys{
			Next:   binding(t, "entrée/tab", "key.next_field", "enter", "tab"),
			Prev:   binding(t, "maj+tab", "key.prev_field", "shift+tab"),
			Toggle: binding(t, "espace", "key.form_toggle", "space"),
			Cancel: binding(t, "échap", "key.cancel", "esc"),
		}}
	f.form = f.newForm()
	return f
}

func (f *formScreen) newForm() *huh.Form {
	form := f.build().WithShowHelp(false).WithTheme(huh.ThemeFunc(huh.ThemeBase)).
		WithKeyMap(frenchFormKeys())
	form.WithWidth(f.formWidth()).WithHeight(max(f.height-5, 5))
	return form
}

// frenchFormKeys keeps Huh's keys but lets escape reach the screen.
func frenchFormKeys() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithKeys("ctrl+c"))
	return km
}

func (f *formScreen) formWidth() int { return min(max(f.width-2, 30), 90) }

func (f *formScreen) Init() tea.Cmd { return f.form.Init() }

func (f *formScreen) Capturing() bool { return true }

func (f *formScreen) SetSize(w, h int) {
	f.width, f.height = w, h
	// Room under the fields for the error of the field being left.
	f.form.WithWidth(f.formWidth()).WithHeight(max(h-5, 5))
}

func (f *formScreen) Help() help.KeyMap {
	return simpleKeyMap{f.keys.Next, f.keys.Prev, f.keys.Toggle, f.keys.Cancel}
}

func (f *formScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case formSavedMsg:
		f.saving = false
		if msg.err != nil {
			f.err = msg.err
			f.form = f.newForm()
			return f, f.form.Init()
		}
		f.saved = true
		next := msg.next
		return f, func() tea.Msg { return next }
	case tea.KeyPressMsg:
		if f.saving || f.saved {
			return f, nil
		}
		if key.Matches(msg, f.keys.Cancel) {
			return f, f.cancel
		}
	}
	if f.saved {
		return f, nil
	}
	m, cmd := f.form.Update(msg)
	if form, ok := m.(*huh.Form); ok {
		f.form = form
	}
	if f.form.State == huh.StateCompleted && !f.saving {
		f.saving = true
		f.err = nil
		return f, tea.Batch(cmd, f.save())
	}
	return f, cmd
}

func (f *formScreen) View() string {
	st := f.ctx.Styles
	var b strings.Builder
	b.WriteString(st.Title.Render(f.title) + "\n")
	switch {
	case f.saving:
		b.WriteString(st.Muted.Render(f.ctx.T("form.saving")) + "\n")
	case f.err != nil:
		b.WriteString(fit(st.Error.Render(f.ctx.T("error.prefix")+" "+f.err.Error()), f.width) + "\n")
	case len(f.form.Errors()) > 0:
		// Huh writes a field's error under the form, where a long form may
		// push it out of sight; it is repeated here, always visible.
		b.WriteString(fit(st.Error.Render("⚠ "+f.form.Errors()[0].Error()), f.width) + "\n")
	default:
		b.WriteString(fit(st.Muted.Render(f.ctx.T("form.hint")), f.width) + "\n")
	}
	b.WriteString(lipgloss.NewStyle().MaxHeight(max(f.height-2, 1)).Render(f.form.View()))
	return b.String()
}

// Field validations shared by the forms, with French messages.

func required(t func(string, ...any) string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(t("form.required"))
		}
		return nil
	}
}

// errBadDate: the form says which date and how to write it.
var errBadDate = errors.New("date jj/mm/aaaa attendue")

// datePattern tells a date written the right way but absent from the
// calendar (31/02) from one written wrongly.
var datePattern = regexp.MustCompile(`^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$`)

// parseFrenchDate reads dd/mm/yyyy and returns the civil date "yyyy-mm-dd".
func parseFrenchDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	d, err := time.Parse("02/01/2006", s)
	if err != nil {
		// Single-digit days and months are common when typing fast.
		if d, err = time.Parse("2/1/2006", s); err != nil {
			return "", errBadDate
		}
	}
	return d.Format(time.DateOnly), nil
}

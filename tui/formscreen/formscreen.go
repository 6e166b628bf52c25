// Package formscreen shows a Huh form full screen and saves what it
// collects: every form of essradar (initiative, member, session, campaign)
// is one of these.
package formscreen

import (
	"errors"
	"regexp"
	"strings"

	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/nav"

	"essradar/tui/i18n"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// Screen shows a Huh form full screen and saves what it collects. The
// form's values live in the caller's variables, so after a failed save the
// form is built again with everything the secretary typed.
type Screen struct {
	ctx    *context.Context
	title  string
	build  func() *huh.Form
	save   func() tea.Cmd // runs once the form is complete; returns a Saved
	cancel func() tea.Msg // where escape goes
	form   *huh.Form
	err    error
	saving bool
	saved  bool // the form completes once: later messages must not save again
	keys   formKeys
	width  int
	height int
	owner  nav.Owner
	ahead  typeahead // keys typed while Huh moves to another field

	// warn finds what looks wrong but may be right (an amount above the
	// ceiling, a date outside the campaign's year): the secretary reads it
	// and saves anyway, or goes back to the form.
	warn     func() []string
	warnings []string // shown, waiting for an answer
}

// Saved is what a form's save command returns: the error, or the
// message that leaves the form.
type Saved struct {
	Err  error
	Next tea.Msg
}

type formKeys struct {
	Next, Prev, Toggle, Cancel key.Binding
	Anyway, Amend              key.Binding // answers to a warning
}

// WithWarnings asks warn, once the form is complete and before saving, what
// looks wrong; when it says something, the form waits for the secretary to
// save anyway or go back to the fields.
func (f *Screen) WithWarnings(warn func() []string) *Screen {
	f.warn = warn
	return f
}

func New(ctx *context.Context, title string, build func() *huh.Form, save func() tea.Cmd, cancel func() tea.Msg) *Screen {
	t := ctx.Text
	f := &Screen{ctx: ctx, title: title, build: build, save: save, cancel: cancel, owner: ctx.NewOwner(), width: 80, height: 22,
		keys: formKeys{
			Next:   keys.New(t, "entrée/tab", "key.next_field", "enter", "tab"),
			Prev:   ctx.Keys.PrevField,
			Toggle: keys.Relabel(t, ctx.Keys.Toggle, "key.form_toggle"),
			Cancel: ctx.Keys.Cancel,
			Anyway: keys.Also(keys.Relabel(t, ctx.Keys.Yes, "key.save_anyway"), "enter"),
			Amend:  keys.Relabel(t, ctx.Keys.No, "key.back_to_form"),
		}}
	f.form = f.newForm()
	return f
}

func (f *Screen) newForm() *huh.Form {
	f.ahead.reset()
	form := f.build().WithShowHelp(false).WithTheme(baseTheme).
		WithKeyMap(frenchFormKeys())
	form.WithWidth(f.formWidth()).WithHeight(max(f.height-5, 5))
	return form
}

// baseTheme is Huh's base theme built once per background: huh.ThemeFunc
// would build it again each time a field asks for a style, several times a
// keystroke.
var baseTheme = huh.ThemeFunc(func(isDark bool) *huh.Styles {
	if isDark {
		return baseDark
	}
	return baseLight
})

var baseDark, baseLight = huh.ThemeBase(true), huh.ThemeBase(false)

// frenchFormKeys keeps Huh's keys but lets escape reach the screen.
func frenchFormKeys() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithKeys("ctrl+c"))
	return km
}

func (f *Screen) formWidth() int { return min(max(f.width-2, 30), 90) }

func (f *Screen) Init() tea.Cmd { return f.form.Init() }

func (f *Screen) Capturing() bool { return true }

func (f *Screen) SetSize(w, h int) {
	f.width, f.height = w, h
	// Room under the fields for the error of the field being left.
	f.form.WithWidth(f.formWidth()).WithHeight(max(h-5, 5))
}

func (f *Screen) Help() help.KeyMap {
	if f.warnings != nil {
		return keys.List{f.keys.Anyway, f.keys.Amend}
	}
	return keys.List{f.keys.Next, f.keys.Prev, f.keys.Toggle, f.keys.Cancel}
}

// Warnings are the warnings waiting for an answer, if any.
func (f *Screen) Warnings() []string { return f.warnings }

// answer handles a key while warnings are shown.
func (f *Screen) answer(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, f.keys.Anyway):
		f.warnings = nil
		return f, f.startSave()
	case key.Matches(msg, f.keys.Amend):
		// Back to the fields with what was typed: the values live in the
		// caller's variables.
		f.warnings = nil
		f.form = f.newForm()
		return f, f.form.Init()
	}
	return f, nil
}

func (f *Screen) startSave() tea.Cmd {
	f.saving = true
	f.err = nil
	return nav.Background(f.owner, f.save())
}

func (f *Screen) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case Saved:
		f.saving = false
		if msg.Err != nil {
			f.err = msg.Err
			f.form = f.newForm()
			return f, f.form.Init()
		}
		f.saved = true
		if next, ok := msg.Next.(nav.Screen); ok {
			// The next step of the same task (a session's agenda after its
			// form): handed over directly.
			next.SetSize(f.width, f.height)
			return next, next.Init()
		}
		return f, nav.To(msg.Next)
	case tea.KeyPressMsg:
		if f.saving || f.saved {
			return f, nil
		}
		if f.ahead.holding() {
			f.ahead.hold(msg)
			return f, nil
		}
		if f.warnings != nil {
			return f.answer(msg)
		}
		if key.Matches(msg, f.keys.Cancel) {
			return f, f.cancel
		}
	case tea.PasteMsg:
		if f.ahead.holding() {
			f.ahead.hold(msg)
			return f, nil
		}
		msg.Content = cleanPaste(msg.Content)
		return f.updateForm(msg)
	}
	return f.updateForm(msg)
}

// cleanPaste is what a field takes of a paste, which comes from anywhere:
// its lines cleaned as one-line fields are (the inputs themselves drop C0
// and C1 but not direction overrides or zero-width characters, which would
// show in the field), its line breaks kept for a multiline field.
func cleanPaste(s string) string {
	lines := strings.Split(plaintext.Clean(s, true), "\n")
	for i, l := range lines {
		lines[i] = plaintext.Clean(l, false)
	}
	return strings.Join(lines, "\n")
}

func (f *Screen) updateForm(msg tea.Msg) (nav.Screen, tea.Cmd) {
	if f.saved || f.warnings != nil {
		return f, nil
	}
	m, cmd := f.form.Update(msg)
	if form, ok := m.(*huh.Form); ok {
		f.form = form
	}
	f.ahead.after(msg, cmd)
	if f.form.State != huh.StateNormal {
		f.ahead.reset()
	}
	if f.form.State == huh.StateCompleted && !f.saving {
		if f.warn != nil {
			if w := f.warn(); len(w) > 0 {
				f.warnings = w
				return f, cmd
			}
		}
		return f, tea.Batch(cmd, f.startSave())
	}
	if isKey(msg) {
		return f, cmd
	}
	return f, tea.Batch(cmd, f.replay())
}

// replay gives the form the keys held while it moved, until one of them
// moves it again (the rest wait for that move).
func (f *Screen) replay() tea.Cmd {
	var cmds []tea.Cmd
	for msg, ok := f.ahead.next(); ok; msg, ok = f.ahead.next() {
		_, cmd := f.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (f *Screen) View() string {
	st := f.ctx.Styles
	var b strings.Builder
	b.WriteString(st.Title.Render(f.title) + "\n")
	if f.warnings != nil {
		b.WriteString("\n")
		for _, w := range f.warnings {
			for _, l := range layout.Wrap("⚠ "+w, max(f.width-2, 10)) {
				b.WriteString(st.Error.Render(l) + "\n")
			}
		}
		b.WriteString("\n" + f.ctx.T("form.save_anyway") + "\n")
		return b.String()
	}
	switch {
	case f.saving:
		b.WriteString(st.Muted.Render(f.ctx.T("form.saving")) + "\n")
	case f.err != nil:
		b.WriteString(layout.Fit(st.Error.Render(f.ctx.T("error.prefix")+" "+f.ctx.Text.Error(f.err)), f.width) + "\n")
	case len(f.form.Errors()) > 0:
		// Huh writes a field's error under the form, where a long form may
		// push it out of sight; it is repeated here, always visible.
		b.WriteString(layout.Fit(st.Error.Render("⚠ "+f.form.Errors()[0].Error()), f.width) + "\n")
	default:
		b.WriteString(layout.Fit(st.Muted.Render(f.ctx.T("form.hint")), f.width) + "\n")
	}
	b.WriteString(firstLines(f.form.View(), max(f.height-2, 1)))
	return b.String()
}

// Field validations shared by the forms, with French messages.

func Required(t func(string, ...any) string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(t("form.required"))
		}
		return nil
	}
}

// datePattern tells a date written the right way but absent from the
// calendar (31/02) from one written wrongly.
var datePattern = regexp.MustCompile(`^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$`)

// Date checks a date typed « jj/mm/aaaa », telling a date absent from the
// calendar (31/02) from one written wrongly.
func Date(t func(string, ...any) string) func(string) error {
	return func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			return errors.New(t("form.required"))
		}
		if _, err := i18n.ParseDate(s); err != nil {
			if datePattern.MatchString(s) {
				return errors.New(t("form.no_such_date", s))
			}
			return errors.New(t("form.bad_date", s))
		}
		return nil
	}
}

// Owner names this form for the save it starts in the background.
func (f *Screen) Owner() nav.Owner { return f.owner }

// Busy says the form's record is being written.
func (f *Screen) Busy() string {
	if f.saving {
		return f.ctx.T("busy.saving")
	}
	return ""
}

// firstLines keeps the first n lines of s. Huh draws its fields to the
// form's width already: cutting the height needs no measuring of every
// line (a style's MaxHeight would, with the whole text of a long field, at
// each keystroke).
func firstLines(s string, n int) string {
	end := 0
	for range n {
		i := strings.IndexByte(s[end:], '\n')
		if i < 0 {
			return s
		}
		end += i + 1
	}
	return strings.TrimSuffix(s[:end], "\n")
}

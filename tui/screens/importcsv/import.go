package importcsv

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"essradar/store/csvimport"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/nav"
)

// importCSVMsg opens the spreadsheet import.
type importCSVMsg struct{}

type importKeys struct {
	Start, SkipInvalid, Up, Down, Back key.Binding
}

type importPhase int

const (
	importAsking importPhase = iota
	importRunning
	importDone
)

// Model imports initiatives from a CSV file: it asks for the file,
// shows the progress while rows are written, then the report, row by row.
// A refused import can be run again keeping only the valid rows.
type Model struct {
	ctx      *context.Context
	keys     importKeys
	phase    importPhase
	path     textinput.Model
	progress progress.Model
	done     int
	total    int
	events   chan tea.Msg
	report   csvimport.Report
	err      error
	refused  bool
	skipped  bool // the last run kept only the valid rows
	// lines scrolls the report a problem at a time: one row high, its
	// cursor is the first problem shown; as many follow as fit.
	lines listwindow.Window
	// problems are the report's lines, written once when the import ends.
	problems []string
	width    int
	height   int
	owner    nav.Owner
}

// Messages from the import running in the background.
type (
	importProgressMsg struct{ done, total int }
	importFinishedMsg struct {
		report csvimport.Report
		err    error
	}
)

func New(ctx *context.Context) *Model {
	t := ctx.Text
	ti := context.NewTextInput()
	ti.Prompt = "› "
	ti.Placeholder = "initiatives.csv"
	ti.CharLimit = 1000
	if wd, err := os.Getwd(); err == nil {
		ti.SetValue(wd + string(filepath.Separator))
	}
	ti.CursorEnd()
	p := progress.New(progress.WithDefaultBlend())
	return &Model{ctx: ctx, path: ti, progress: p, owner: ctx.NewOwner(), width: 80, height: 22, keys: importKeys{
		Start:       keys.Relabel(t, ctx.Keys.Record, "key.import_start"),
		SkipInvalid: keys.New(t, "s", "key.import_skip", "s"),
		Up:          ctx.Keys.Up,
		Down:        ctx.Keys.Down,
		Back:        ctx.Keys.Back,
	}}
}

func (m *Model) Init() tea.Cmd { return m.path.Focus() }

func (m *Model) Capturing() bool { return m.phase == importAsking }

func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.path.SetWidth(max(w-4, 10))
	m.progress.SetWidth(min(max(w-4, 10), 70))
}

func (m *Model) Help() help.KeyMap {
	k := m.keys
	switch {
	case m.phase == importAsking:
		return keys.List{k.Start, k.Back}
	case m.phase == importDone && m.refused:
		return keys.List{k.SkipInvalid, k.Up, k.Down, k.Back}
	case m.phase == importDone:
		return keys.List{k.Up, k.Down, k.Back}
	}
	return keys.List{}
}

// start runs the import in the background. Progress arrives through a
// channel that a command waits on, so the screen keeps drawing meanwhile.
func (m *Model) start(skipInvalid bool) tea.Cmd {
	path := strings.TrimSpace(m.path.Value())
	m.phase, m.done, m.total, m.err, m.skipped, m.lines = importRunning, 0, 0, nil, skipInvalid, listwindow.New(0, 1)
	events := make(chan tea.Msg, 128)
	m.events = events
	s := m.ctx.Store
	t := m.ctx.Text
	go func() {
		defer close(events)
		f, err := os.Open(path)
		if err != nil {
			events <- importFinishedMsg{err: errors.New(t.T("import.open_failed", plaintext.Line(path), osReason(t, err)))}
			return
		}
		defer f.Close()
		rep, err := csvimport.Import(s, f, csvimport.Options{SkipInvalid: skipInvalid, Progress: func(done, total int) {
			select {
			case events <- importProgressMsg{done, total}:
			default: // the screen is behind: skip a step rather than slow the import
			}
		}})
		events <- importFinishedMsg{report: rep, err: err}
	}()
	return m.wait()
}

func (m *Model) wait() tea.Cmd {
	events := m.events
	return nav.Background(m.owner, func() tea.Msg {
		msg, ok := <-events
		if !ok {
			return nil
		}
		return msg
	})
}

// Owner names this screen for the import it runs in the background.
func (m *Model) Owner() nav.Owner { return m.owner }

// Busy says an import is running: quitting would stop it half way (the
// store's transaction then writes nothing).
func (m *Model) Busy() string {
	if m.phase == importRunning {
		return m.ctx.T("busy.import")
	}
	return ""
}

func osReason(t *i18n.Catalogue, err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return t.T("import.not_found")
	case errors.Is(err, os.ErrPermission):
		return t.T("import.denied")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func (m *Model) Update(msg tea.Msg) (nav.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case importProgressMsg:
		m.done, m.total = msg.done, msg.total
		return m, m.wait()
	case importFinishedMsg:
		if msg.err != nil && !errors.Is(msg.err, csvimport.ErrRefused) {
			// Nothing was written (a missing file, an unknown encoding): the
			// secretary corrects the path or the file and presses enter again.
			m.phase, m.err = importAsking, msg.err
			return m, m.path.Focus()
		}
		m.phase, m.report = importDone, msg.report
		m.problems = m.reportLines()
		m.lines.SetLen(len(m.problems))
		m.refused = msg.err != nil
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.phase == importAsking {
			var cmd tea.Cmd
			m.path, cmd = m.path.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) (nav.Screen, tea.Cmd) {
	k := m.keys
	switch m.phase {
	case importAsking:
		switch {
		case key.Matches(msg, k.Back):
			return m, func() tea.Msg { return nav.GoHome{} }
		case key.Matches(msg, k.Start):
			if strings.TrimSpace(m.path.Value()) == "" {
				m.err = errors.New(m.ctx.T("import.no_file"))
				return m, nil
			}
			return m, m.start(false)
		}
		// The error stays in view while the path is corrected.
		var cmd tea.Cmd
		m.path, cmd = m.path.Update(msg)
		return m, cmd
	case importDone:
		switch {
		case key.Matches(msg, k.Back):
			return m, func() tea.Msg { return nav.GoHome{} }
		case key.Matches(msg, k.SkipInvalid) && m.refused:
			return m, m.start(true)
		case key.Matches(msg, k.Up):
			m.lines.Up()
		case key.Matches(msg, k.Down):
			m.lines.Down()
		}
	}
	return m, nil
}

// reportLines is the detail under the summary: every refused row, every
// duplicate, every warning.
func (m *Model) reportLines() []string {
	c := m.ctx
	var out []string
	for _, w := range m.report.Warnings {
		out = append(out, c.Styles.Warning.Render("⚠ ")+c.Text.Message(w))
	}
	for _, e := range m.report.Invalid {
		out = append(out, c.Styles.Error.Render("✗ ")+c.Text.Message(e))
	}
	if n := m.report.UnlistedInvalid; n > 0 {
		out = append(out, c.Styles.Error.Render("✗ ")+c.Text.N(n, "import.unlisted"))
	}
	for _, e := range m.report.Duplicates {
		out = append(out, c.Styles.Muted.Render("= ")+c.Text.Message(e))
	}
	if n := m.report.UnlistedDuplicates; n > 0 {
		out = append(out, c.Styles.Muted.Render("= ")+c.Text.N(n, "import.unlisted"))
	}
	return out
}

func (m *Model) View() string {
	c := m.ctx
	st := c.Styles
	w := m.width
	var b strings.Builder
	b.WriteString(st.Title.Render(c.T("import.title")) + "\n")
	b.WriteString(c.Rule(w) + "\n")
	switch m.phase {
	case importAsking:
		b.WriteString(strings.Join(layout.WrapLines(c.T("import.ask"), w, 0), "\n") + "\n" + m.path.View() + "\n\n")
		b.WriteString(strings.Join(layout.WrapLines(st.Muted.Render(c.T("import.hint")), w, 0), "\n") + "\n")
		if m.err != nil {
			msg := st.Error.Render(c.T("error.prefix")+" ") + c.Text.Error(m.err)
			b.WriteString("\n" + strings.Join(layout.WrapLines(msg, w, 0), "\n"))
		}
	case importRunning:
		b.WriteString(c.T("import.running", plaintext.Line(m.path.Value())) + "\n\n")
		pct := 0.0
		if m.total > 0 {
			pct = float64(m.done) / float64(m.total)
		}
		b.WriteString(m.progress.ViewAs(pct) + "\n")
		if m.total > 0 {
			b.WriteString(st.Muted.Render(c.Text.N(m.total, "import.rows", c.Text.Count(m.done))))
		}
	case importDone:
		r := m.report
		// Every line is wrapped: cut at the screen's edge, "3001 initiatives"
		// read "300".
		var head []string
		wrap := func(s string) { head = append(head, layout.WrapLines(s, w, 0)...) }
		switch {
		case m.refused:
			wrap(st.Error.Render(c.T("import.refused", c.Text.Count(r.InvalidRows()))))
			wrap(st.Warning.Render(c.T("import.offer_skip")))
		default:
			wrap(st.OK.Render(c.Text.N(r.Imported, "import.done", plaintext.Line(r.CampaignName))))
			if m.skipped && r.InvalidRows() > 0 {
				wrap(st.Warning.Render(c.T("import.skipped", c.Text.Count(r.InvalidRows()))))
			}
		}
		wrap(st.Muted.Render(c.T("import.detected", c.Text.Message(csvimport.EncodingName(r.Encoding)), c.Text.Message(csvimport.SeparatorName(r.Separator)), c.Text.Count(r.Rows), c.Text.Count(r.DuplicateRows()))))
		for _, l := range head {
			b.WriteString(l + "\n")
		}
		// Each problem in full, wrapped: the secretary fixes the file from
		// it. Only those that fit are wrapped, however long the report.
		room := max(m.height-4-len(head), 1)
		var lines []string
		for _, p := range m.problems[m.lines.Cursor():] {
			if len(lines) >= room {
				break
			}
			lines = append(lines, layout.WrapLines(p, w, 0)...)
		}
		for _, l := range lines[:min(len(lines), room)] {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

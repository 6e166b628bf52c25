package home

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"essradar/store/plaintext"
	"essradar/store/publiccsv"
	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/nav"
)

// publicExport is the home screen's way to write the public list for the
// citizen vote: a key opens a field with the file to write, proposed next to
// the database; the file is written in the background and the secretary
// reads where it went and how many initiatives it holds, or why it failed.
// It lives apart from home.go so the home screen only routes to it.
type publicExport struct {
	ctx      *context.Context
	owner    nav.Owner
	keys     publicKeys
	state    publicState
	path     textinput.Model
	campaign string
	// failure is why the last write failed, in words, under the field.
	failure string
	// done is the sentence saying where the list went.
	done string
}

type publicState int

const (
	publicClosed publicState = iota
	publicAsking
	publicWriting
	publicDone
)

type publicKeys struct {
	Open, Write, Cancel, Close key.Binding
}

// publicWrittenMsg comes back from the write.
type publicWrittenMsg struct {
	path     string
	campaign string
	count    int
	err      error
}

// Refusals found before writing, put in words by publicExport.reason.
var (
	errPublicIsDir = errors.New("public list: path is a folder")
	errPublicIsDB  = errors.New("public list: path is the database")
)

func newPublicExport(ctx *context.Context, owner nav.Owner) *publicExport {
	t := ctx.Text
	ti := context.NewTextInput()
	ti.Prompt = "› "
	ti.CharLimit = 1000
	return &publicExport{ctx: ctx, owner: owner, path: ti, keys: publicKeys{
		Open:   keys.New(t, "x", "public.key", "x"),
		Write:  keys.Relabel(t, ctx.Keys.Record, "public.key.write"),
		Cancel: keys.Relabel(t, ctx.Keys.Cancel, "public.key.cancel"),
		Close:  keys.Relabel(t, keys.Also(ctx.Keys.Back, "enter"), "public.key.close"),
	}}
}

// open asks for the file, proposing one named after the campaign in the
// database's folder: where the secretary already keeps essradar's files.
func (p *publicExport) open(campaignID string) tea.Cmd {
	p.state, p.campaign, p.failure, p.done = publicAsking, campaignID, "", ""
	dir := filepath.Dir(p.ctx.Store.Path())
	p.path.SetValue(filepath.Join(dir, p.ctx.T("public.file_name", campaignID)))
	p.path.CursorEnd()
	return p.path.Focus()
}

func (p *publicExport) active() bool    { return p.state != publicClosed }
func (p *publicExport) capturing() bool { return p.state == publicAsking }
func (p *publicExport) busy() bool      { return p.state == publicWriting }

func (p *publicExport) setWidth(w int) { p.path.SetWidth(max(w-4, 10)) }

// update takes what belongs to the export: its result, and every key and
// paste while it shows. false leaves msg to the home screen.
func (p *publicExport) update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case publicWrittenMsg:
		if msg.err != nil {
			p.state, p.failure = publicAsking, p.reason(msg.err, msg.path)
			return p.path.Focus(), true
		}
		p.state = publicDone
		p.done = p.ctx.T("public.done", msg.campaign, plaintext.Line(msg.path), p.ctx.Text.N(msg.count, "public.count.labelled"))
		return nil, true
	case tea.PasteMsg:
		if p.state != publicAsking {
			return nil, p.active()
		}
		var cmd tea.Cmd
		p.path, cmd = p.path.Update(msg)
		return cmd, true
	case tea.KeyPressMsg:
		if !p.active() {
			return nil, false
		}
		return p.key(msg), true
	}
	return nil, false
}

func (p *publicExport) key(msg tea.KeyPressMsg) tea.Cmd {
	switch p.state {
	case publicAsking:
		switch {
		case key.Matches(msg, p.keys.Cancel):
			p.state = publicClosed
			p.path.Blur()
			return nil
		case key.Matches(msg, p.keys.Write):
			return p.write()
		}
		var cmd tea.Cmd
		p.path, cmd = p.path.Update(msg)
		p.failure = ""
		return cmd
	case publicDone:
		if key.Matches(msg, p.keys.Close) {
			p.state = publicClosed
		}
	}
	return nil // writing: the keys wait for the result
}

// write reads the list and writes the file off the interface's goroutine.
func (p *publicExport) write() tea.Cmd {
	path := strings.TrimSpace(p.path.Value())
	if path == "" {
		p.failure = p.ctx.T("public.err.no_file")
		return nil
	}
	p.state, p.failure = publicWriting, ""
	p.path.Blur()
	s, campaign, opts := p.ctx.Store, p.campaign, p.ctx.Text.PublicCSV(';')
	return nav.Background(p.owner, func() tea.Msg {
		written := publicWrittenMsg{path: path, campaign: campaign}
		if info, err := os.Stat(path); err == nil {
			if info.IsDir() {
				written.err = errPublicIsDir
				return written
			}
			if db, err := os.Stat(s.Path()); err == nil && os.SameFile(info, db) {
				written.err = errPublicIsDB
				return written
			}
		}
		l, err := s.PublicList(campaign)
		if err != nil {
			written.err = err
			return written
		}
		written.count, written.err = len(l.Initiatives), publiccsv.WriteFile(path, l, opts)
		return written
	})
}

// reason says in the secretary's words why the file was not written.
func (p *publicExport) reason(err error, path string) string {
	t := p.ctx.Text
	shown := plaintext.Line(path)
	dir := plaintext.Line(filepath.Dir(path))
	switch {
	case errors.Is(err, errPublicIsDir):
		return t.T("public.err.is_dir", shown)
	case errors.Is(err, errPublicIsDB):
		return t.T("public.err.is_db", shown)
	case errors.Is(err, os.ErrNotExist):
		return t.T("public.err.no_dir", dir)
	case errors.Is(err, os.ErrPermission):
		return t.T("public.err.denied", dir)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return t.T("public.err.os", shown, pe.Err.Error())
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return t.T("public.err.os", shown, le.Err.Error())
	}
	return t.Error(err) // the store's, keyed
}

func (p *publicExport) help() help.KeyMap {
	switch p.state {
	case publicAsking:
		return keys.List{p.keys.Write, p.keys.Cancel}
	case publicDone:
		return keys.List{p.keys.Close}
	}
	return keys.List{}
}

// view draws the export in the room of the lists, w columns wide.
func (p *publicExport) view(w int) string {
	c := p.ctx
	st := c.Styles
	lines := []string{st.Subtitle.Render(c.T("public.title")), c.Rule(w)}
	switch p.state {
	case publicAsking, publicWriting:
		lines = append(lines, layout.WrapLines(c.T("public.ask", plaintext.Line(p.campaign)), w, 0)...)
		lines = append(lines, p.path.View())
		if p.state == publicWriting {
			lines = append(lines, "", st.Muted.Render(layout.Fit(c.T("public.writing", plaintext.Line(p.path.Value())), w)))
		}
		if p.failure != "" {
			lines = append(lines, "")
			lines = append(lines, layout.WrapLines(st.Error.Render(c.T("error.prefix"))+" "+c.T("public.failed", p.failure), w, 0)...)
		}
	case publicDone:
		lines = append(lines, layout.WrapLines(st.OK.Render("✓ ")+p.done, w, 0)...)
	}
	return strings.Join(lines, "\n")
}

package minutes

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"essradar/store"
	"essradar/tui/i18n"
)

// Format is how the minutes are written, chosen by the file's extension.
type Format int

const (
	Markdown Format = iota
	Text
	PDF
)

// ErrFormat: the file's extension is none of .pdf, .md, .txt.
var ErrFormat = errors.New("minutes: extension .pdf, .md or .txt expected")

// FormatOf is the format a file name asks for.
func FormatOf(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return PDF, nil
	case ".md", ".markdown":
		return Markdown, nil
	case ".txt", ".text":
		return Text, nil
	}
	return 0, ErrFormat
}

// Write writes the minutes in format f.
func (m *Minutes) Write(w io.Writer, f Format) error {
	switch f {
	case PDF:
		return m.PDF(w)
	case Text:
		return m.Text(w)
	}
	return m.Markdown(w)
}

// WriteFile writes the minutes to path in the format its extension names,
// through a temporary file renamed at the end: a failed write never leaves
// half a procès-verbal under the name the secretary will print.
func (m *Minutes) WriteFile(path string) error {
	f, err := FormatOf(path)
	if err != nil {
		return err
	}
	// 0644: the minutes are meant to be shared, printed, e-mailed.
	return store.WriteFileAtomic(path, 0o644, func(w io.Writer) error { return m.Write(w, f) })
}

// DefaultPath is where the session's minutes go unless the secretary says
// otherwise: next to the database, « pv-2026-07-08-boulonnais.pdf ».
func DefaultPath(dbPath string, se store.Session) string {
	slug := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		}
		return '-'
	}, strings.ToLower(i18n.Fold(se.Territory)))
	slug = strings.Trim(slug, "-")
	for strings.Contains(slug, "--") {
		slug = strings.ReplaceAll(slug, "--", "-")
	}
	name := fmt.Sprintf("pv-%s.pdf", se.Date)
	if slug != "" {
		name = fmt.Sprintf("pv-%s-%s.pdf", se.Date, slug)
	}
	return filepath.Join(filepath.Dir(dbPath), name)
}

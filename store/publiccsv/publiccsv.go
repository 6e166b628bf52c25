// Package publiccsv writes the list of labelled initiatives published for
// the citizen vote, as a CSV file a spreadsheet opens right.
//
// It stands apart from store/transfer on purpose: transfer is the JSON round
// trip of everything, personal data included, read back by essradar; this is
// a one-way file for the public, written from store.PublicList, whose type
// carries no contact field at all. Keeping it small and separate lets a
// reviewer see at a glance that nothing personal can reach it. Both the
// command line and the interface write through it; the words (column titles)
// come from their catalogue through Options.Header.
package publiccsv

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
)

// Column names one column of the public list; its title is the caller's.
type Column string

const (
	ColID        Column = "id"
	ColTitle     Column = "title"
	ColStructure Column = "structure"
	ColTerritory Column = "territory"
	ColCommune   Column = "commune"
	ColCategory  Column = "category"
	ColAmount    Column = "amount"
	ColSummary   Column = "summary"
)

// Columns are the public list's columns, in the file's order.
var Columns = []Column{ColID, ColTitle, ColStructure, ColTerritory, ColCommune, ColCategory, ColAmount, ColSummary}

// Options say how the file is written.
type Options struct {
	// Separator is ';' (the default: French Excel splits on it) or ','.
	Separator rune
	// GridLang is the language the categories are named in
	// (scoring.LangFR, the default, or scoring.LangEN).
	GridLang string
	// Header titles a column in the reader's language; the column's id when nil.
	Header func(Column) string
}

// ErrSeparator: the separator is neither ';' nor ','.
var ErrSeparator = errors.New("séparateur inconnu")

// bom makes Excel read the file as UTF-8: without it, French Excel reads
// CSV as Windows-1252 and « é » comes out as « Ã© ».
const bom = "\uFEFF"

// Write writes l as CSV to w: a byte order mark, the header, one row per
// initiative. Text goes through plaintext.Clean (no control character in
// the file; the summary keeps its line breaks) and through Neutralise.
func Write(w io.Writer, l store.PublicList, o Options) error {
	sep := o.Separator
	if sep == 0 {
		sep = ';'
	}
	if sep != ';' && sep != ',' {
		return &store.MessageError{Message: store.NewMessage("public.err.separator",
			"séparateur « %c » inconnu : choisissez « ; » ou « , »", sep), Kind: ErrSeparator}
	}
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = sep
	// Excel and RFC 4180 end rows with CRLF; readers that expect LF accept it.
	cw.UseCRLF = true
	header := make([]string, len(Columns))
	for i, c := range Columns {
		header[i] = string(c)
		if o.Header != nil {
			header[i] = Neutralise(o.Header(c))
		}
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, in := range l.Initiatives {
		if err := cw.Write(row(in, l.Grid, o.GridLang, sep)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// row is one initiative's cells, in the order of Columns. The number and
// the amount are written by us from numbers and cannot hold a formula:
// only text that came from a person is neutralised.
func row(in store.PublicInitiative, g *scoring.Grid, lang string, sep rune) []string {
	text := func(s string) string { return Neutralise(plaintext.Clean(s, false)) }
	return []string{
		fmt.Sprint(in.ID),
		text(in.Title),
		text(in.Structure),
		text(in.Territory),
		text(in.Commune),
		text(categoryName(g, in.Category, lang)),
		Amount(in.AmountCents, sep),
		Neutralise(plaintext.Clean(in.Summary, true)),
	}
}

// categoryName is the category's full label in lang: the vote platform
// shows it to citizens, who do not know the grid's ids. An id the grid does
// not know (or no grid) stays as it is rather than leaving the cell empty.
func categoryName(g *scoring.Grid, id, lang string) string {
	if g == nil {
		return id
	}
	if lang == "" {
		lang = scoring.LangFR
	}
	return g.CategoryLabel(id, lang)
}

// Amount writes cents as a plain number of euros for the vote platform to
// read as a number: no currency sign, no thousands separator (a space or a
// dot there makes spreadsheets read text), whole euros without decimals
// ("20000"), cents with two ("1500,50"). The decimal mark follows the
// separator rather than the language: with ';' the file is for French
// Excel, which reads "1500,50" as a number and "1500.50" as text; with ','
// a comma inside a number would need quotes and most other tools read a
// dot.
func Amount(cents int64, sep rune) string {
	neg := ""
	if cents < 0 {
		neg, cents = "-", -cents
	}
	if cents%100 == 0 {
		return fmt.Sprintf("%s%d", neg, cents/100)
	}
	mark := "."
	if sep == ';' {
		mark = ","
	}
	return fmt.Sprintf("%s%d%s%02d", neg, cents/100, mark, cents%100)
}

// Neutralise keeps a spreadsheet from running a cell as a formula: a cell
// that starts with '=', '+', '-' or '@', or with a tab or a carriage return,
// gets a leading apostrophe, as OWASP's "CSV Injection" page advises. Blanks
// before the sign count as nothing: an import that trims spaces would
// otherwise reveal the formula. The apostrophe shows in the cell: the text
// stays readable and nothing runs.
func Neutralise(cell string) string {
	if cell == "" {
		return cell
	}
	if cell[0] == '\t' || cell[0] == '\r' {
		return "'" + cell
	}
	if rest := strings.TrimLeft(cell, " \t\r\n"); rest != "" {
		switch rest[0] {
		case '=', '+', '-', '@':
			return "'" + cell
		}
	}
	return cell
}

// WriteFile writes the list to path through a temporary file in the same
// folder, renamed at the end, so an interrupted export never leaves half a
// file under the final name. The folder must exist: a mistyped path is an
// error, not a new folder. Errors are the os package's (errors.Is with
// os.ErrNotExist, os.ErrPermission) for the caller to put in words.
func WriteFile(path string, l store.PublicList, o Options) error {
	return store.WriteFileAtomic(path, 0o600, func(w io.Writer) error { return Write(w, l, o) })
}

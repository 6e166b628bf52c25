// Package csvimport reads initiatives from a spreadsheet saved as CSV (the
// export of the online application form, or the template written by
// Template) and adds them to a campaign, all or nothing by default.
//
// It reads what spreadsheets really write: UTF-8 with or without a BOM,
// Windows-1252 (Excel on Windows), UTF-16 with a BOM (Excel's "Texte
// Unicode"); ";", "," or tab separators; CRLF, LF or CR line ends; quoted
// fields with line breaks; amounts written the French way ("1 500,00 €").
// Columns are found by their header, in French or English, ignoring case,
// accents and spaces. Every message is a French sentence meant for the
// committee's secretary (Error, String) with a message key and raw
// arguments for a catalogue in another language (store.Message); the file
// format is described in docs/import-csv.md.
package csvimport

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"essradar/store"
)

// MaxFileSize bounds the file: a file is read in chunks, never held (but
// for a reader that cannot be read twice), yet a real list of initiatives
// is a few hundred kilobytes.
const MaxFileSize = 64 << 20

// ErrUnreadable: the file cannot be read as a table of initiatives (empty,
// unknown encoding, not a CSV, required column missing…). Nothing was written.
var ErrUnreadable = errors.New("fichier CSV illisible")

// column is one of the fields an initiative is read from.
type column int

const (
	colTitle column = iota
	colHolder
	colLegalForm
	colTerritory
	colCommune
	colContact
	colEmail
	colPhone
	colAmount
	colSummary
	numColumns
)

// headers are the French column headers, in the template's order.
var headers = [numColumns]string{
	colTitle:     "Titre",
	colHolder:    "Porteur",
	colLegalForm: "Forme juridique",
	colTerritory: "Territoire",
	colCommune:   "Commune",
	colContact:   "Contact",
	colEmail:     "Courriel",
	colPhone:     "Téléphone",
	colAmount:    "Montant demandé",
	colSummary:   "Résumé",
}

var required = [numColumns]bool{colTitle: true, colHolder: true, colTerritory: true}

// aliases are the accepted headers of each column, as folded by headerKey.
// Keep docs/import-csv.md in step.
var aliases = [numColumns][]string{
	colTitle:     {"Titre", "Title", "Intitulé", "Titre de l'initiative", "Titre du projet", "Intitulé du projet", "Nom de l'initiative", "Nom du projet", "Project title", "Project name"},
	colHolder:    {"Porteur", "Holder", "Porteur de projet", "Porteur du projet", "Porteur de l'initiative", "Nom du porteur", "Structure", "Structure porteuse", "Nom de la structure", "Organisation", "Organization", "Holder name"},
	colLegalForm: {"Forme juridique", "Statut juridique", "Legal form", "Legal status"},
	colTerritory: {"Territoire", "Territory", "Territoire concerné", "Territoire du projet"},
	colCommune:   {"Commune", "Ville", "Localité", "Town", "City", "Municipality"},
	colContact:   {"Contact", "Nom du contact", "Personne à contacter", "Personne contact", "Référent", "Interlocuteur", "Contact name", "Contact person"},
	colEmail:     {"Courriel", "E-mail", "Email", "Mail", "Mél", "Adresse courriel", "Adresse e-mail", "Adresse mail", "Adresse électronique", "Courriel du contact", "Email address"},
	colPhone:     {"Téléphone", "Tél", "Tel", "Phone", "Numéro de téléphone", "N° de téléphone", "Portable", "Mobile", "Phone number", "Telephone"},
	colAmount:    {"Montant demandé", "Montant", "Montant sollicité", "Subvention demandée", "Montant de la subvention demandée", "Aide demandée", "Amount", "Amount requested", "Requested amount"},
	colSummary:   {"Résumé", "Summary", "Description", "Descriptif", "Présentation", "Résumé du projet", "Description du projet", "Présentation du projet"},
}

var aliasIndex = func() map[string]column {
	m := map[string]column{}
	for c, names := range aliases {
		for _, n := range names {
			m[headerKey(n)] = column(c)
		}
	}
	return m
}()

var parenthesis = regexp.MustCompile(`\([^)]*\)`)

// headerKey folds a header for matching: "Montant demandé (€)",
// "MONTANT DEMANDE" and "montant_demandé" give the same key.
func headerKey(h string) string {
	return store.NormalizeName(parenthesis.ReplaceAllString(h, " "))
}

// Headers returns the French column headers, in the template's order.
func Headers() []string { return append([]string(nil), headers[:]...) }

// Place is where a row is: Row as a spreadsheet numbers it (Excel and
// LibreOffice show a quoted cell holding line breaks as one row, and Excel
// hides a "sep=;" first line), Line as a text editor does. The secretary fixes
// the file in a spreadsheet, so Row comes first; Line is said too when it
// differs.
type Place struct {
	Row  int
	Line int
}

// at is the place's message: "ligne 7", or "ligne 7 du tableur (ligne 9 du
// fichier)".
func (p Place) at() store.Message {
	if p.Row == p.Line || p.Row == 0 {
		return msg("csv.at_row", "ligne %d", p.Line)
	}
	return msg("csv.at_row_line", "ligne %d du tableur (ligne %d du fichier)", p.Row, p.Line)
}

// RowError is one problem of one row. Line is the line of the file where the
// row starts (a quoted field may span several lines) and Row the
// spreadsheet's row; Column is the header as written in the file, or empty
// when the problem is the whole row's.
type RowError struct {
	Line   int
	Row    int
	Column string
	Reason string // the French text of Why
	// Why is Reason with its message key ("csv.bad_email") and raw
	// arguments, for an interface in another language.
	Why store.Message
}

// rowError builds a RowError whose Reason is why's French text.
func rowError(at Place, column string, why store.Message) RowError {
	return RowError{Line: at.Line, Row: at.Row, Column: column, Reason: why.String(), Why: why}
}

// Place is where the row is.
func (e RowError) Place() Place { return Place{Row: e.Row, Line: e.Line} }

// MessageKey is the whole line's key and arguments ("csv.row": place and
// reason, or "csv.row_column": place, column and reason).
func (e RowError) MessageKey() (string, []any) {
	if e.Column == "" {
		return "csv.row", []any{e.Place().at(), e.why()}
	}
	return "csv.row_column", []any{e.Place().at(), e.Column, e.why()}
}

// why is Why, or Reason as raw text for a RowError built by hand.
func (e RowError) why() store.Message {
	if e.Why.Key == "" {
		return msg("csv.text", "%s", e.Reason)
	}
	return e.Why
}

// String reads "ligne 12, colonne « Courriel » : « jean@ » n'est pas une
// adresse e-mail valide", or "ligne 7 : …" for a whole-row problem.
func (e RowError) String() string {
	if e.Column == "" {
		return fmt.Sprintf("%s : %s", e.Place().at(), e.Reason)
	}
	return fmt.Sprintf("%s, colonne « %s » : %s", e.Place().at(), e.Column, e.Reason)
}

// Row is one data row of the file.
type Row struct {
	Line     int
	SheetRow int // the row as a spreadsheet numbers it (see Place)
	// Initiative holds the row's values, cleaned (amount in cents, status
	// "deposee"); CampaignID is empty and Territory is as written until
	// Import matches it against the campaign's list.
	Initiative store.Initiative
	// Errors are the problems found without knowing the campaign (empty
	// required field, e-mail, amount, field count); Import adds the
	// territory's.
	Errors []RowError

	broken bool // the fields could not be read (field count, quotes)
}

// Place is where the row is.
func (r Row) Place() Place { return Place{Row: r.SheetRow, Line: r.Line} }

// Sheet is a CSV file read and checked on its own.
type Sheet struct {
	Encoding  string          // "UTF-8", "UTF-8 avec BOM", "Windows-1252", "UTF-16"
	Separator rune            // ';', ',' or '\t'
	Rows      []Row           // data rows, blank rows left out, in file order (Read only: Open streams them)
	Warnings  []store.Message // French with String, keyed for a catalogue

	idx   [numColumns]int    // position of each column in the file, -1 when absent
	names [numColumns]string // the file's header of each column, "" when absent
	pos   map[string]int     // file header → position, to sort a row's errors

	src *source // the file the rows are read from, nil once Read holds them
	// The warnings found at the end of the rows are noted once, however
	// many times the rows are read.
	noRowsNoted, mojibakeNoted bool
}

// EncodingName names an encoding as Sheet.Encoding and Report.Encoding
// hold it ("UTF-8 avec BOM"), keyed for a catalogue.
func EncodingName(enc string) store.Message {
	if enc == "UTF-8 avec BOM" {
		return msg("csv.encoding.utf8_bom", "UTF-8 avec BOM")
	}
	return msg("csv.text", "%s", enc)
}

// SeparatorName names a separator ("point-virgule", "virgule", "tabulation"),
// keyed for a catalogue.
func SeparatorName(sep rune) store.Message {
	switch sep {
	case ';':
		return msg("csv.sep.semicolon", "point-virgule")
	case ',':
		return msg("csv.sep.comma", "virgule")
	case '\t':
		return msg("csv.sep.tab", "tabulation")
	}
	return msg("csv.sep.other", "« %c »", sep)
}

// msg is a keyed part of a sentence (see store.NewMessage).
func msg(key, format string, args ...any) store.Message {
	return store.NewMessage(key, format, args...)
}

// nothing is an empty part of a sentence (no hint, no guess).
var nothing = msg("csv.nothing", "")

// quotedList is "« a », « b »" with each name quoted the catalogue's way.
func quotedList(names []string) store.Message {
	m := msg("csv.quoted", "« %s »", names[len(names)-1])
	for i := len(names) - 2; i >= 0; i-- {
		m = msg("csv.list", "%s, %s", msg("csv.quoted", "« %s »", names[i]), m)
	}
	return m
}

// unreadable is a French sentence with its key that matches ErrUnreadable.
func unreadable(key, format string, args ...any) error {
	return &store.MessageError{Message: msg(key, format, args...), Kind: ErrUnreadable}
}

// Read reads a CSV file of initiatives and keeps its rows in Rows. Problems
// of single rows go into the rows' Errors; an error is returned only when the
// file as a whole cannot be read (it wraps ErrUnreadable and says why in
// French). Open reads the same file without holding its rows.
func Read(r io.Reader) (*Sheet, error) {
	sh, err := Open(seekable(r))
	if err != nil {
		return nil, err
	}
	rows := []Row{}
	if err := sh.each(func(row Row) error { rows = append(rows, row); return nil }); err != nil {
		return nil, err
	}
	sh.Rows, sh.src = rows, nil
	return sh, nil
}

// seekable is r itself when it can be read again from its start, else its
// bytes read into memory (at most MaxFileSize and one byte).
func seekable(r io.Reader) io.ReadSeeker {
	if rs, ok := r.(io.ReadSeeker); ok {
		return rs
	}
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return failingReader{err}
	}
	return bytes.NewReader(raw)
}

// failingReader hands over a read error when the file is read.
type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error)       { return 0, f.err }
func (f failingReader) Seek(int64, int) (int64, error) { return 0, nil }

// Open checks a CSV file of initiatives as a whole (its encoding, its
// separator, its header) and returns a Sheet whose rows are read one by one
// from rs when imported (ImportSheet), so that memory does not grow with the
// file. rs must stay open until then. Errors are those of Read.
func Open(rs io.ReadSeeker) (*Sheet, error) {
	p, err := probeFile(rs)
	if err != nil {
		return nil, err
	}
	sh := &Sheet{Encoding: p.encoding, pos: map[string]int{}, src: &source{rs: rs, probe: p}}
	if _, err := sh.begin(true); err != nil {
		return nil, err
	}
	return sh, nil
}

// source is where a streamed sheet reads its rows again.
type source struct {
	rs    io.ReadSeeker
	probe probe
}

// pass is one reading of the rows, from the line after the header.
type pass struct {
	cr         *csv.Reader
	header     int // fields in the header
	lineOffset int // 1 after a "sep=;" line
	inside     int // line breaks read so far inside quoted cells
	moji       *mojibakeScanner
}

// place is where a record starting on file line line is: each line break
// inside a quoted cell is a file line that is no spreadsheet row.
func (p *pass) place(line int) Place {
	return Place{Row: line - p.lineOffset - p.inside, Line: line}
}

// begin reads the file from its start up to its header; first maps the
// header's columns (and notes its warnings), later passes only skip it.
func (sh *Sheet) begin(first bool) (*pass, error) {
	p := &pass{moji: &mojibakeScanner{}}
	br, err := sh.src.probe.text(sh.src.rs, p.moji)
	if err != nil {
		return nil, err
	}
	// A "sep=;" line and the header line are found in a bounded prefix.
	peek, err := br.Peek(chunkSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, readFailed(err)
	}
	full := len(peek) == chunkSize
	if m := sepLine.FindSubmatch(peek); m != nil && (len(m[2]) > 0 || !full) {
		r, _ := utf8.DecodeRune(m[1])
		if r != ';' && r != ',' && r != '\t' && r != '|' {
			return nil, unreadable("csv.bad_separator", "ligne 1 : séparateur « %s » non pris en charge ; utilisez « ; », « , » ou la tabulation", string(m[1]))
		}
		sh.Separator = r
		if _, err := br.Discard(len(m[0])); err != nil {
			return nil, readFailed(err)
		}
		p.lineOffset = 1
	} else {
		sh.Separator = detectSeparator(string(peek))
	}

	p.cr = csv.NewReader(br)
	p.cr.Comma = sh.Separator
	p.cr.FieldsPerRecord = -1
	p.cr.LazyQuotes = false
	p.cr.ReuseRecord = true

	header, err := p.cr.Read()
	if err == io.EOF {
		return nil, unreadable("csv.no_lines", "le fichier ne contient aucune ligne ; il doit commencer par la ligne des en-têtes (Titre;Porteur;Territoire…)")
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, unreadable("csv.bad_header", "ligne %d : la ligne des en-têtes est mal formée (%s)", pe.StartLine+p.lineOffset, quoteReason(pe))
		}
		return nil, unreadable("csv.read_error", "lecture impossible : %v", err)
	}
	p.header = len(header)
	if first {
		headerLine, _ := p.cr.FieldPos(0)
		if err := sh.mapHeader(header, headerLine+p.lineOffset); err != nil {
			return nil, err
		}
	}
	p.inside = breaks(header)
	return p, nil
}

// each calls fn with every data row in file order, blank rows left out:
// the rows held (Read), or read again from the file (Open).
func (sh *Sheet) each(fn func(Row) error) error {
	if sh.src == nil {
		for _, row := range sh.Rows {
			if err := fn(row); err != nil {
				return err
			}
		}
		return nil
	}
	p, err := sh.begin(false)
	if err != nil {
		return err
	}
	n := 0
	for {
		row, err := sh.next(p)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		n++
		if err := fn(row); err != nil {
			return err
		}
	}
	if n == 0 && !sh.noRowsNoted {
		sh.Warnings = append(sh.Warnings, msg("csv.no_rows", "le fichier ne contient aucune ligne d'initiative après la ligne des en-têtes"))
		sh.noRowsNoted = true
	}
	if w, ok := p.moji.warning(); ok && !sh.mojibakeNoted {
		sh.Warnings = append([]store.Message{w}, sh.Warnings...)
		sh.mojibakeNoted = true
	}
	return nil
}

// next reads the next data row of a pass, io.EOF after the last.
func (sh *Sheet) next(p *pass) (Row, error) {
	for {
		rec, err := p.cr.Read()
		if err == io.EOF {
			return Row{}, io.EOF
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return Row{}, unreadable("csv.read_error", "lecture impossible : %v", err)
			}
			line := pe.StartLine + p.lineOffset
			at := p.place(line)
			p.inside += pe.Line - pe.StartLine
			return Row{Line: line, SheetRow: at.Row, broken: true,
				Errors: []RowError{rowError(at, "", quoteReason(pe))}}, nil
		}
		line, _ := p.cr.FieldPos(0)
		line += p.lineOffset
		at := p.place(line)
		p.inside += breaks(rec)
		if allBlank(rec) {
			continue
		}
		if len(rec) != p.header {
			return Row{Line: line, SheetRow: at.Row, broken: true, Errors: []RowError{rowError(at, "",
				msg("csv.field_count", "la ligne a %d champs alors que l'en-tête en a %d : un séparateur (%s) manque ou est en trop ; un texte qui contient ce séparateur doit être entre guillemets",
					len(rec), p.header, SeparatorName(sh.Separator)))}}, nil
		}
		return sh.row(at, rec), nil
	}
}

// invalidUTF8 is the offset of the first byte that is not valid UTF-8.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// lineAt is the 1-based line of byte offset i (CR alone ends a line in a
// file without LF, as old Mac spreadsheets write).
func lineAt(b []byte, i int) int {
	i = min(i, len(b))
	if bytes.IndexByte(b, '\n') < 0 {
		return 1 + bytes.Count(b[:i], []byte{'\r'})
	}
	return 1 + bytes.Count(b[:i], []byte{'\n'})
}

// mojibakes are UTF-8 accents read once as Windows-1252 and saved again.
var mojibakes = []string{"Ã©", "Ã¨", "Ãª", "Ã«", "Ã\u00a0", "Ã¢", "Ã§", "Ã´", "Ã®", "Ã¯", "Ã¹", "Ã»", "Ã‰", "Ã€", "â‚¬", "â€™", "Å“"}

// detectSeparator counts ';', ',' and tabs outside quotes on the header line
// (the first line that is not blank); ';' wins ties, then tab.
func detectSeparator(text string) rune {
	counts := map[rune]int{}
	inQuotes, started := false, false
	for _, r := range text {
		if r == '"' {
			inQuotes = !inQuotes
		}
		if !inQuotes && (r == '\n' || r == '\r') {
			if started {
				break
			}
			continue
		}
		if !unicode.IsSpace(r) || r == '\t' {
			started = true
		}
		if !inQuotes {
			counts[r]++
		}
	}
	best := ';'
	for _, c := range []rune{'\t', ','} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// sepLine matches Excel's "sep=;" first line, which names the separator.
var sepLine = regexp.MustCompile(`^"?(?i:sep)=(.)"?[ \t]*(\r\n|\n|\r|$)`)

// quoteReason explains a quoting error of encoding/csv in French.
func quoteReason(pe *csv.ParseError) store.Message {
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return msg("csv.quote.bare", "guillemet (\") au milieu d'un champ qui n'est pas entre guillemets ; entourez le champ de guillemets et doublez ceux qu'il contient (\"\")")
	case errors.Is(pe.Err, csv.ErrQuote) && pe.Line > pe.StartLine:
		return msg("csv.quote.unclosed", "guillemet ouvert jamais refermé : le champ court jusqu'à la ligne %d", pe.Line)
	case errors.Is(pe.Err, csv.ErrQuote):
		return msg("csv.quote.misplaced", "guillemet mal placé dans un champ entre guillemets ; un guillemet dans le texte s'écrit doublé (\"\")")
	}
	return msg("csv.text", "%s", pe.Err.Error())
}

func (sh *Sheet) mapHeader(header []string, line int) error {
	var idx [numColumns]int
	for c := range idx {
		idx[c] = -1
	}
	var unknown, found []string
	for i, h := range header {
		name := clean(strings.TrimPrefix(h, "\uFEFF"), false)
		if name == "" {
			continue
		}
		found = append(found, name)
		c, ok := aliasIndex[headerKey(name)]
		if !ok {
			unknown = append(unknown, name)
			continue
		}
		if idx[c] >= 0 {
			return unreadable("csv.same_column", "ligne %d : les colonnes « %s » (n° %d) et « %s » (n° %d) désignent toutes deux « %s » ; gardez-en une seule",
				line, sh.names[c], idx[c]+1, name, i+1, headers[c])
		}
		idx[c], sh.names[c] = i, name
		sh.pos[name] = i
	}
	var missing []string
	for c := range numColumns {
		if required[c] && idx[c] < 0 {
			missing = append(missing, headers[c])
		}
	}
	if len(missing) > 0 {
		what := msg("csv.missing_column", "colonne obligatoire manquante : %s", quotedList(missing))
		if len(missing) > 1 {
			what = msg("csv.missing_columns", "colonnes obligatoires manquantes : %s", quotedList(missing))
		}
		seen := msg("csv.headers_none", "aucun en-tête")
		if len(found) > 0 {
			seen = msg("csv.headers_read", "en-têtes lus : %s", quotedList(found))
		}
		hint := nothing
		if len(header) == 1 {
			hint = msg("csv.one_column_hint", " ; la ligne n'a qu'une colonne : séparez les colonnes par « ; », « , » ou une tabulation")
		}
		return unreadable("csv.header_problem", "ligne %d : %s (%s)%s", line, what, seen, hint)
	}
	sh.idx = idx
	if len(unknown) > 0 {
		sh.Warnings = append(sh.Warnings, msg("csv.ignored_columns", "colonnes ignorées (en-têtes inconnus) : %s", quotedList(unknown)))
	}
	return nil
}

func allBlank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// clean trims a field and drops control characters (a title must not carry
// terminal escape sequences); line breaks and tabs become spaces except in a
// multi-line field.
func clean(s string, multiline bool) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' && multiline:
			return r
		case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

var mailto = regexp.MustCompile(`^(?i:mailto):`)

// row reads one record whose field count matches the header.
func (sh *Sheet) row(at Place, rec []string) Row {
	get := func(c column) string {
		if sh.idx[c] < 0 {
			return ""
		}
		return clean(rec[sh.idx[c]], c == colSummary)
	}
	row := Row{Line: at.Line, SheetRow: at.Row}
	in := store.Initiative{
		Title:     get(colTitle),
		Holder:    store.Holder{Name: get(colHolder), LegalForm: get(colLegalForm), ContactName: get(colContact), Email: mailto.ReplaceAllString(get(colEmail), ""), Phone: get(colPhone)},
		Territory: get(colTerritory),
		Commune:   get(colCommune),
		Summary:   get(colSummary),
		Status:    store.StatusSubmitted,
	}
	fail := func(c column, why store.Message) {
		row.Errors = append(row.Errors, rowError(at, sh.names[c], why))
	}
	for _, c := range sh.fileOrder() {
		v := get(c)
		switch {
		case required[c] && v == "":
			fail(c, msg("csv.required_empty", "champ obligatoire vide"))
		case c == colTitle && utf8.RuneCountInString(v) > store.MaxTitleLength:
			fail(c, msg("csv.title_too_long", "titre trop long (longueur %d, au plus %d)", utf8.RuneCountInString(v), store.MaxTitleLength))
		case c == colEmail && v != "" && !ValidEmail(in.Holder.Email):
			fail(c, msg("csv.bad_email", "« %s » n'est pas une adresse e-mail valide", v))
		case c == colAmount && v != "":
			cents, err := ParseAmount(v)
			if err != nil {
				fail(c, amountMessage(err))
			}
			in.AmountCents = cents
		}
	}
	row.Initiative = in
	return row
}

// fileOrder lists the columns present, in the file's order.
func (sh *Sheet) fileOrder() []column {
	var cols []column
	for c := range numColumns {
		if sh.idx[c] >= 0 {
			cols = append(cols, c)
		}
	}
	sort.Slice(cols, func(i, j int) bool { return sh.idx[cols[i]] < sh.idx[cols[j]] })
	return cols
}

// sortErrors puts a row's errors in the file's column order, whole-row
// problems first.
func (sh *Sheet) sortErrors(errs []RowError) {
	p := func(e RowError) int {
		if i, ok := sh.pos[e.Column]; ok {
			return i
		}
		return -1
	}
	sort.SliceStable(errs, func(i, j int) bool { return p(errs[i]) < p(errs[j]) })
}

// breaks counts the line breaks inside a record's cells.
func breaks(rec []string) int {
	n := 0
	for _, f := range rec {
		n += strings.Count(f, "\n")
	}
	return n
}

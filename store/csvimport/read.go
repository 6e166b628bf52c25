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

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"essradar/store"
)

// MaxFileSize bounds the file read into memory: a real list of initiatives
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
	Rows      []Row           // data rows, blank rows left out, in file order
	Warnings  []store.Message // French with String, keyed for a catalogue

	idx   [numColumns]int    // position of each column in the file, -1 when absent
	names [numColumns]string // the file's header of each column, "" when absent
	pos   map[string]int     // file header → position, to sort a row's errors
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

// Read reads a CSV file of initiatives. Problems of single rows go into the
// rows' Errors; an error is returned only when the file as a whole cannot be
// read (it wraps ErrUnreadable and says why in French).
func Read(r io.Reader) (*Sheet, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &store.MessageError{Message: msg("csv.read_failed", "lecture du fichier impossible : %v", err), Kind: err}
	}
	if len(raw) > MaxFileSize {
		return nil, unreadable("csv.too_big", "le fichier dépasse %d Mo ; une liste d'initiatives est bien plus petite, est-ce le bon fichier ?", MaxFileSize>>20)
	}
	text, enc, err := decode(raw)
	if err != nil {
		return nil, err
	}
	sh := &Sheet{Encoding: enc, pos: map[string]int{}}
	if l, s := mojibake(text); l > 0 {
		sh.Warnings = append(sh.Warnings, msg("csv.mojibake", "la ligne %d contient « %s » : ce texte a sans doute déjà été mal converti (UTF-8 relu comme Windows-1252) ; vérifiez ses accents", l, s))
	}
	if err := sh.parse(text); err != nil {
		return nil, err
	}
	return sh, nil
}

// decode turns the raw bytes into text, deciding the encoding from the bytes
// themselves: a UTF-8 decoder would silently turn Windows-1252 letters into
// U+FFFD.
func decode(raw []byte) (string, string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", unreadable("csv.empty", "le fichier est vide ; il doit commencer par la ligne des en-têtes (Titre;Porteur;Territoire…)")
	}
	if bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
		return "", "", unreadable("csv.workbook", "c'est un classeur (.xlsx ou .ods), pas un fichier CSV : dans le tableur, choisissez « Enregistrer sous » puis le type « CSV »")
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		order := xunicode.LittleEndian
		if raw[0] == 0xFE {
			order = xunicode.BigEndian
		}
		out, err := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil || len(raw)%2 != 0 {
			return "", "", unreadable("csv.utf16_truncated", "encodage non reconnu : le fichier s'annonce en UTF-16 mais il est tronqué ; enregistrez-le en « CSV UTF-8 »")
		}
		if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
			return "", "", unreadable("csv.utf16_invalid", "encodage non reconnu, ligne %d : le fichier s'annonce en UTF-16 mais ce texte n'en est pas ; enregistrez-le en « CSV UTF-8 »", lineAt(out, i))
		}
		if i := bytes.IndexByte(out, 0); i >= 0 {
			return "", "", unreadable("csv.utf16_nul", "encodage non reconnu, ligne %d : caractère nul ; enregistrez le fichier en « CSV UTF-8 »", lineAt(out, i))
		}
		return string(out), "UTF-16", nil
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return "", "", unreadable("csv.nul_bytes", "encodage non reconnu, ligne %d : le fichier contient des octets nuls (UTF-16 sans marque, ou fichier qui n'est pas du texte) ; enregistrez-le en « CSV UTF-8 »", lineAt(raw, i))
	}
	if body, ok := bytes.CutPrefix(raw, []byte("\xEF\xBB\xBF")); ok {
		if !utf8.Valid(body) {
			return "", "", unreadable("csv.utf8_invalid", "encodage non reconnu, ligne %d : le fichier s'annonce en UTF-8 mais ce texte n'en est pas ; enregistrez-le de nouveau en « CSV UTF-8 »", lineAt(body, invalidUTF8(body)))
		}
		return string(body), "UTF-8 avec BOM", nil
	}
	if utf8.Valid(raw) {
		return string(raw), "UTF-8", nil
	}
	// Not UTF-8: Windows-1252, where every byte but five is a character.
	for i, b := range raw {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return "", "", unreadable("csv.bad_byte", "encodage non reconnu, ligne %d : l'octet 0x%02X n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez", lineAt(raw, i), b)
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", unreadable("csv.decode_failed", "encodage non reconnu : %v ; enregistrez le fichier en « CSV UTF-8 »", err)
	}
	return string(out), "Windows-1252", nil
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

// mojibake finds the first sign of a double conversion: its line and text.
func mojibake(text string) (int, string) {
	first, what := -1, ""
	for _, m := range mojibakes {
		if i := strings.Index(text, m); i >= 0 && (first < 0 || i < first) {
			first, what = i, m
		}
	}
	if first < 0 {
		return 0, ""
	}
	return lineAt([]byte(text[:first]), first), what
}

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

func (sh *Sheet) parse(text string) error {
	if !strings.Contains(text, "\n") && strings.Contains(text, "\r") {
		text = strings.ReplaceAll(text, "\r", "\n") // old Mac line ends
	}
	lineOffset := 0
	if m := sepLine.FindStringSubmatch(text); m != nil {
		r, _ := utf8.DecodeRuneInString(m[1])
		if r != ';' && r != ',' && r != '\t' && r != '|' {
			return unreadable("csv.bad_separator", "ligne 1 : séparateur « %s » non pris en charge ; utilisez « ; », « , » ou la tabulation", m[1])
		}
		sh.Separator = r
		text = text[len(m[0]):]
		lineOffset = 1
	} else {
		sh.Separator = detectSeparator(text)
	}

	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sh.Separator
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false

	header, err := cr.Read()
	if err == io.EOF {
		return unreadable("csv.no_lines", "le fichier ne contient aucune ligne ; il doit commencer par la ligne des en-têtes (Titre;Porteur;Territoire…)")
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return unreadable("csv.bad_header", "ligne %d : la ligne des en-têtes est mal formée (%s)", pe.StartLine+lineOffset, quoteReason(pe))
		}
		return unreadable("csv.read_error", "lecture impossible : %v", err)
	}
	headerLine, _ := cr.FieldPos(0)
	headerLine += lineOffset
	if err := sh.mapHeader(header, headerLine); err != nil {
		return err
	}
	// inside counts the line breaks read so far inside quoted cells: each is
	// a file line that is no spreadsheet row.
	inside := breaks(header)
	place := func(line int) Place { return Place{Row: line - lineOffset - inside, Line: line} }

	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return unreadable("csv.read_error", "lecture impossible : %v", err)
			}
			line := pe.StartLine + lineOffset
			at := place(line)
			inside += pe.Line - pe.StartLine
			sh.Rows = append(sh.Rows, Row{Line: line, SheetRow: at.Row, broken: true,
				Errors: []RowError{rowError(at, "", quoteReason(pe))}})
			continue
		}
		line, _ := cr.FieldPos(0)
		line += lineOffset
		at := place(line)
		inside += breaks(rec)
		if allBlank(rec) {
			continue
		}
		if len(rec) != len(header) {
			sh.Rows = append(sh.Rows, Row{Line: line, SheetRow: at.Row, broken: true, Errors: []RowError{rowError(at, "",
				msg("csv.field_count", "la ligne a %d champs alors que l'en-tête en a %d : un séparateur (%s) manque ou est en trop ; un texte qui contient ce séparateur doit être entre guillemets",
					len(rec), len(header), SeparatorName(sh.Separator)))}})
			continue
		}
		sh.Rows = append(sh.Rows, sh.row(at, rec))
	}
	if len(sh.Rows) == 0 {
		sh.Warnings = append(sh.Warnings, msg("csv.no_rows", "le fichier ne contient aucune ligne d'initiative après la ligne des en-têtes"))
	}
	return nil
}

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

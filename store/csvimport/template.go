package csvimport

import (
	"io"
	"strings"
)

// Template writes an empty file to fill in a spreadsheet: the French headers
// on one line, ";"-separated, in UTF-8 with a BOM (so that Excel shows the
// accents right) and a CRLF line end. docs/import-csv.md shows a filled
// example.
func Template(w io.Writer) error {
	_, err := io.WriteString(w, "\uFEFF"+strings.Join(headers[:], ";")+"\r\n")
	return err
}

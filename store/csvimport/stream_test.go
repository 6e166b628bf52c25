package csvimport

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// padded is a header, filler rows up to past the first chunk read, then
// the last row as given: what the first bytes of a file do not tell.
func padded(t *testing.T, last string) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("Titre;Porteur;Territoire\n")
	for i := 0; b.Len() < 2*chunkSize; i++ {
		b.WriteString("Initiative ")
		b.WriteString(strings.Repeat("x", i%50))
		b.WriteString(";Asso;Artois\n")
	}
	b.WriteString(last)
	return b.Bytes()
}

func TestStreamedFileDecidedByItsLastRow(t *testing.T) {
	// One Windows-1252 "é" (0xE9) on the last line: the whole file is
	// Windows-1252, decided before any row is read.
	data := padded(t, "Caf\xe9 citoyen;Asso;Artois\n")
	sh, err := Open(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var last Row
	n := 0
	if err := sh.each(func(r Row) error { last, n = r, n+1; return nil }); err != nil {
		t.Fatal(err)
	}
	if sh.Encoding != "Windows-1252" || last.Initiative.Title != "Café citoyen" || sh.Rows != nil {
		t.Errorf("encoding %s, last %q, %d rows held", sh.Encoding, last.Initiative.Title, len(sh.Rows))
	}
	lines := bytes.Count(data, []byte{'\n'})
	if last.Line != lines || n != lines-1 {
		t.Errorf("last row on line %d of %d, %d rows", last.Line, lines, n)
	}

	// The same file in UTF-8, its letters cut by the chunks' borders
	// wherever they fall: still UTF-8, and a byte 0x81 far down is named
	// with its line.
	utf := []byte(strings.Repeat("é", chunkSize))
	sh, err = Open(bytes.NewReader(append([]byte("Titre;Porteur;Territoire\n"), append(utf, ";Asso;Artois\n"...)...)))
	if err != nil || sh.Encoding != "UTF-8" {
		t.Fatalf("%v %+v", err, sh)
	}
	_, err = Open(bytes.NewReader(padded(t, "A\x81;B;Artois\n")))
	if want := "ligne " + strconv.Itoa(lines) + " : l'octet 0x81"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err %v, want %q", err, want)
	}
	// A sign of double conversion far down is found with its line.
	sh, err = Read(bytes.NewReader(padded(t, "CafÃ© citoyen;Asso;Artois\n")))
	if err != nil || len(sh.Warnings) != 1 || !strings.HasPrefix(sh.Warnings[0].String(), "la ligne "+strconv.Itoa(lines)+" contient « Ã© »") {
		t.Errorf("%v %q", err, sh.Warnings)
	}
}

// TestImportReportBounded: a report lists at most maxListed rows of each
// kind and counts the others; the counts stay whole.
func TestImportReportBounded(t *testing.T) {
	old := maxListed
	maxListed = 2
	t.Cleanup(func() { maxListed = old })
	s := openStore(t)
	seedCampaign(t, s)
	data := frHeader + "\n" + strings.Repeat("Sans territoire;Asso;;;;;;;;\n", 5) +
		strings.Repeat("Jardin partagé des Hauts;Œuvre sociale du Calaisis;;Calaisis;;;;;;\n", 4) +
		"Bon;Asso;;Artois;;;;;;\n"
	rep, err := Import(s, strings.NewReader(data), Options{SkipInvalid: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Invalid) != 2 || rep.UnlistedInvalid != 3 || rep.InvalidRows() != 5 ||
		len(rep.Duplicates) != 2 || rep.UnlistedDuplicates != 2 || rep.DuplicateRows() != 4 || rep.Imported != 1 || rep.Rows != 10 {
		t.Errorf("%+v", rep)
	}
	rep, err = Import(s, strings.NewReader(data), Options{})
	if err == nil || rep.Imported != 0 || rep.InvalidRows() != 5 || err.Error() != "import refusé : 5 lignes invalides, rien n'a été écrit" {
		t.Errorf("%v %+v", err, rep)
	}
}

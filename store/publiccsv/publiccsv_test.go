package publiccsv

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"essradar/scoring"
	"essradar/store"
)

func list() store.PublicList {
	return store.PublicList{
		Campaign: store.Campaign{ID: "2026"},
		Grid:     scoring.Default(),
		Initiatives: []store.PublicInitiative{
			{ID: 3, Title: "Recyclerie « Le Réemploi »", Structure: "Association Réemploi", Territory: "Hénin-Carvin",
				Commune: "Carvin", Category: "cooperation", AmountCents: 1500050, Summary: "Ligne 1\nLigne 2 ; avec « guillemets »"},
			{ID: 7, Title: "=HYPERLINK(\"http://x\";\"clic\")", Structure: "+33 SCIC", Territory: "-Arrageois",
				Commune: "@SUM(A1)", Category: "pratique", AmountCents: 2000000, Summary: "\t=1+1\x1b[31m rouge"},
			{ID: 9, Title: "Café\x07 solidaire", Structure: "SCOP\r\nLe Lien", Territory: "Lens-Liévin",
				Commune: "Lens", Category: "inconnue", AmountCents: 5, Summary: "\r=2+2"},
		},
	}
}

// readBack checks the byte order mark and reads the file as a spreadsheet
// would, with sep.
func readBack(t *testing.T, data []byte, sep rune) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		t.Fatalf("no UTF-8 byte order mark: %q", data[:min(len(data), 10)])
	}
	r := csv.NewReader(bytes.NewReader(data[3:]))
	r.Comma = sep
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, data)
	}
	return rows
}

func TestWriteReadsBackAsAFrenchSpreadsheet(t *testing.T) {
	var b bytes.Buffer
	header := func(c Column) string { return "H-" + string(c) }
	if err := Write(&b, list(), Options{Header: header}); err != nil {
		t.Fatal(err)
	}
	rows := readBack(t, b.Bytes(), ';')
	want := [][]string{
		{"H-id", "H-title", "H-structure", "H-territory", "H-commune", "H-category", "H-amount", "H-summary"},
		{"3", "Recyclerie « Le Réemploi »", "Association Réemploi", "Hénin-Carvin", "Carvin",
			"Coopération", "15000,50", "Ligne 1\nLigne 2 ; avec « guillemets »"},
		{"7", "'=HYPERLINK(\"http://x\";\"clic\")", "'+33 SCIC", "'-Arrageois", "'@SUM(A1)",
			"Pratique de l'ESS", "20000", "'\t=1+1[31m rouge"},
		{"9", "Café solidaire", "SCOP Le Lien", "Lens-Liévin", "Lens", "inconnue", "0,05", "'\n=2+2"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Fatalf("rows\n got %q\nwant %q", rows, want)
	}
	if bytes.Contains(b.Bytes(), []byte("\x1b")) || bytes.Contains(b.Bytes(), []byte("\x07")) {
		t.Fatal("a control character reached the file")
	}
}

func TestWriteWithCommasAndEnglishCategories(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, list(), Options{Separator: ',', GridLang: scoring.LangEN}); err != nil {
		t.Fatal(err)
	}
	rows := readBack(t, b.Bytes(), ',')
	if len(rows) != 4 || !reflect.DeepEqual(rows[0], []string{"id", "title", "structure", "territory", "commune", "category", "amount", "summary"}) {
		t.Fatalf("header without titles: %q", rows)
	}
	if got := []string{rows[1][5], rows[1][6], rows[3][6]}; !reflect.DeepEqual(got, []string{"Cooperation", "15000.50", "0.05"}) {
		t.Fatalf("category and amounts with commas: %q", got)
	}
}

func TestWriteRefusesAnotherSeparator(t *testing.T) {
	err := Write(&bytes.Buffer{}, list(), Options{Separator: '\t'})
	var k interface{ MessageKey() (string, []any) }
	if !errors.Is(err, ErrSeparator) || !errors.As(err, &k) {
		t.Fatalf("tab separator: %v", err)
	}
}

func TestNeutralise(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "Jardin": "Jardin", "=1+1": "'=1+1", "+1": "'+1", "-1": "'-1", "@A1": "'@A1",
		"\tx": "'\tx", "\rx": "'\rx", "a=b": "a=b", " =1": "' =1", "\n@x": "'\n@x", " x-1": " x-1",
	} {
		if got := Neutralise(in); got != want {
			t.Errorf("Neutralise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteFileReplacesWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "liste.csv")
	if err := os.WriteFile(path, []byte("ancienne"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, list(), Options{Separator: '|'}); !errors.Is(err, ErrSeparator) {
		t.Fatalf("bad separator: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "ancienne" {
		t.Fatalf("a failed write touched the file: %q", got)
	}
	if err := WriteFile(path, list(), Options{}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if rows := readBack(t, data, ';'); len(rows) != 4 {
		t.Fatalf("%d rows", len(rows))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("temporary file left: %v", entries)
	}
	err := WriteFile(filepath.Join(dir, "absent", "liste.csv"), list(), Options{})
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing folder: %v", err)
	}
}

package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"essradar/store"
	"essradar/store/demo"
)

// readPublic reads a public list as a spreadsheet would: the UTF-8 byte
// order mark first, then cells split on sep.
func readPublic(t *testing.T, data string, sep rune) [][]string {
	t.Helper()
	rest, ok := strings.CutPrefix(data, "\uFEFF")
	if !ok {
		t.Fatalf("no byte order mark: %q", data[:min(len(data), 20)])
	}
	r := csv.NewReader(strings.NewReader(rest))
	r.Comma = sep
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, data)
	}
	return rows
}

// demoContacts are the demo holders' contact details, and the labelled
// initiatives' numbers.
func demoContacts(t *testing.T, db string) (contacts []string, labelled []string) {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ins, err := s.Initiatives(demo.CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		for _, c := range []string{in.Holder.ContactName, in.Holder.Email, in.Holder.Phone} {
			if c != "" {
				contacts = append(contacts, c)
			}
		}
		if in.Status == store.StatusLabelled {
			labelled = append(labelled, in.Title)
		}
	}
	return contacts, labelled
}

func TestExportPublicHoldsNoContactAndReadsBackInFrenchExcel(t *testing.T) {
	db := cliDemoDB(t)
	out := filepath.Join(t.TempDir(), "liste.csv")
	r := cliOK(t, "--db", db, "export", "--public", "-o", out)
	contacts, labelled := demoContacts(t, db)
	if len(contacts) == 0 || len(labelled) == 0 {
		t.Fatalf("the demo has %d contacts, %d labelled initiatives", len(contacts), len(labelled))
	}
	want := "Liste publique de la campagne 2026 écrite dans " + out + " : " + strconv.Itoa(len(labelled)) + " initiatives labellisées.\n"
	if r.stderr != want || r.stdout != "" {
		t.Errorf("stderr %q, want %q; stdout %q", r.stderr, want, r.stdout)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	data := string(raw)
	for _, c := range contacts {
		if strings.Contains(data, c) {
			t.Errorf("the public list holds the contact %q", c)
		}
	}
	rows := readPublic(t, data, ';')
	header := []string{"N°", "Titre", "Structure porteuse", "Territoire", "Commune", "Catégorie de label", "Montant demandé (€)", "Résumé"}
	if !reflect.DeepEqual(rows[0], header) {
		t.Fatalf("header %q", rows[0])
	}
	var titles []string
	for _, row := range rows[1:] {
		if len(row) != len(header) {
			t.Fatalf("row of %d cells: %q", len(row), row)
		}
		titles = append(titles, row[1])
	}
	slices.Sort(titles)
	slices.Sort(labelled)
	if !slices.Equal(titles, labelled) {
		t.Fatalf("titles %q, want the labelled ones %q", titles, labelled)
	}
	first := rows[1]
	if first[0] != "1" || first[5] != "Coopération" || first[6] != "12000" {
		t.Errorf("first row %q: want number 1, category Coopération, 12000 euros", first)
	}
}

func TestExportPublicInEnglishWithCommas(t *testing.T) {
	db := cliDemoDB(t)
	for _, x := range englishRun(t, "--db", db, "export", "--public", "--separator", ",") {
		if x.code != 0 || x.stderr != "" {
			t.Fatalf("exit %d, stderr %q", x.code, x.stderr)
		}
		rows := readPublic(t, x.stdout, ',')
		if got := rows[0]; got[0] != "Id" || got[5] != "Label category" || got[6] != "Amount requested (€)" {
			t.Fatalf("English header %q", got)
		}
		if rows[1][5] != "Cooperation" {
			t.Errorf("category %q, want the grid's English label", rows[1][5])
		}
	}
}

func TestExportPublicNeutralisesFormulas(t *testing.T) {
	db := cliDemoDB(t)
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.PublicList("")
	if err != nil || len(l.Initiatives) == 0 {
		t.Fatalf("%v, %d labelled", err, len(l.Initiatives))
	}
	in, err := s.Initiative(l.Initiatives[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	in.Title, in.Holder.Name, in.Commune = `=HYPERLINK("http://x.example";"Voir")`, "@SOMME(A1:A9)", "+33 Arras"
	if err := s.SaveInitiative(&in); err != nil {
		t.Fatal(err)
	}
	s.Close()
	rows := readPublic(t, cliOK(t, "--db", db, "export", "--public").stdout, ';')
	got := rows[1][1:5]
	want := []string{`'=HYPERLINK("http://x.example";"Voir")`, "'@SOMME(A1:A9)", in.Territory, "'+33 Arras"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("cells %q, want %q", got, want)
	}
}

func TestExportPublicRefusals(t *testing.T) {
	db := cliDemoDB(t)
	cliFail(t, []string{"--db", db, "export", "--public", "--campaign", "1999"}, "1999", "campagnes de la base : 2023, 2024, 2025, 2026")
	cliFail(t, []string{"--db", db, "export", "--separator", ","}, "--public")
	cliFail(t, []string{"--db", db, "export", "--public", "--separator", "|"}, "« | »")
	cliFail(t, []string{"--db", db, "export", "--public", "-o", db}, "la base elle-même")
	for _, x := range englishRun(t, "--db", db, "export", "--public", "--campaign", "1999") {
		if x.code != 1 || x.stderr != "essradar: Campaign 1999 does not exist; campaigns in the database: 2023, 2024, 2025, 2026.\n" {
			t.Errorf("exit %d, stderr %q", x.code, x.stderr)
		}
	}
}

// The full JSON export holds the holders' contacts: it says so on standard
// error, whether the JSON goes to a file or to standard output.
func TestJSONExportWarnsOfPersonalData(t *testing.T) {
	db := cliDemoDB(t)
	toStdout := cliOK(t, "--db", db, "export")
	toFile := cliOK(t, "--db", db, "export", "-o", filepath.Join(t.TempDir(), "x.json"))
	for _, r := range []cliResult{toStdout, toFile} {
		if !strings.Contains(r.stderr, "données personnelles") || !strings.Contains(r.stderr, "export --public") {
			t.Errorf("no warning on stderr: %q", r.stderr)
		}
	}
	if strings.Contains(toStdout.stdout, "données personnelles") || !bytes.HasPrefix([]byte(toStdout.stdout), []byte("{")) {
		t.Errorf("the warning reached the JSON: %.80q", toStdout.stdout)
	}
	for _, x := range englishRun(t, "--db", db, "export") {
		if !strings.Contains(x.stderr, "personal data") {
			t.Errorf("English warning: %q", x.stderr)
		}
	}
}

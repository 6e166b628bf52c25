package csvimport

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"essradar/store"
)

func mustRead(t *testing.T, data []byte) *Sheet {
	t.Helper()
	sh, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return sh
}

func TestReadExcelWindows1252(t *testing.T) {
	sh, err := Read(writeFile(t, "export-excel.csv", excelWindows(t)))
	if err != nil {
		t.Fatal(err)
	}
	if sh.Encoding != "Windows-1252" || sh.Separator != ';' {
		t.Errorf("encoding %q, separator %q", sh.Encoding, sh.Separator)
	}
	if len(sh.Rows) != 2 || len(sh.Warnings) != 0 {
		t.Fatalf("rows %d, warnings %q", len(sh.Rows), sh.Warnings)
	}
	r := sh.Rows[0]
	want := store.Initiative{
		Title: "Jardin partagé des Hauts",
		Holder: store.Holder{Name: "Œuvre sociale du Calaisis", LegalForm: "Association loi 1901", ContactName: "Hélène Lefèvre",
			Email: "helene.lefevre@example.fr", Phone: "03 21 00 00 00"},
		Territory: "CALAISIS", Commune: "Calais", AmountCents: 150000, Status: store.StatusSubmitted,
		Summary: "Un jardin partagé\nouvert à tous ;\navec des ateliers \"zéro déchet\"",
	}
	if r.Line != 2 || len(r.Errors) != 0 || r.Initiative != want {
		t.Errorf("row 1 = line %d %v\n%+v\nwant\n%+v", r.Line, r.Errors, r.Initiative, want)
	}
	// The multi-line summary takes lines 2 to 4: the next row starts on 5.
	if r := sh.Rows[1]; r.Line != 5 || r.Initiative.AmountCents != 2000050 || r.Initiative.Holder.Name != "SCIC Réemploi & Co" {
		t.Errorf("row 2 = line %d %+v", r.Line, r.Initiative)
	}
}

func TestReadUTF8BOMQuotedFirstField(t *testing.T) {
	sh := mustRead(t, utf8BOMQuoted())
	if sh.Encoding != "UTF-8 avec BOM" || sh.Separator != ',' {
		t.Errorf("encoding %q, separator %q", sh.Encoding, sh.Separator)
	}
	if len(sh.Rows) != 2 {
		t.Fatalf("rows: %+v", sh.Rows)
	}
	in := sh.Rows[0].Initiative
	if in.Title != "Café citoyen" || in.Holder.Name != "Les Amis du €" || in.Territory != "Artois" || in.AmountCents != 150050 {
		t.Errorf("row 1: %+v", in)
	}
	if e := sh.Rows[1].Initiative.Holder.Email; e != "contact@fete.example.fr" {
		t.Errorf("row 2 e-mail %q", e)
	}
}

func TestReadTabEnglishHeaders(t *testing.T) {
	sh := mustRead(t, tabEnglish())
	if sh.Separator != '\t' || sh.Encoding != "UTF-8" {
		t.Errorf("separator %q encoding %q", sh.Separator, sh.Encoding)
	}
	want := []string{"colonnes ignorées (en-têtes inconnus) : « submitted at »"}
	if joinWarnings(sh.Warnings) != strings.Join(want, "|") {
		t.Errorf("warnings %q", sh.Warnings)
	}
	in := sh.Rows[0].Initiative
	if in.Title != "Repair café" || in.Holder.Email != "anne@example.com" || in.Commune != "Boulogne-sur-Mer" || in.AmountCents != 150050 || in.Holder.Phone != "0600000000" {
		t.Errorf("row: %+v", in)
	}
}

func TestReadOtherSpreadsheetHabits(t *testing.T) {
	utf16 := func(s string) []byte {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cases := []struct {
		name, enc string
		sep       rune
		data      []byte
		line      int // line of the first row
	}{
		{"Excel sep= line", "UTF-8", ',', []byte("sep=,\r\nTitre,Porteur,Territoire\r\nÉcole,Asso,Artois\r\n"), 3},
		{"old Mac CR", "Windows-1252", ';', cp1252(t, "Titre;Porteur;Territoire\rÉcole;Asso;Artois\r"), 2},
		{"UTF-16 Unicode text", "UTF-16", '\t', utf16("Titre\tPorteur\tTerritoire\r\nÉcole\tAsso\tArtois\r\n"), 2},
		{"blank lines first", "UTF-8", ';', []byte("\n\nTitre;Porteur;Territoire\nÉcole;Asso;Artois\n"), 4},
		{"headers with units and stars", "UTF-8", ';', []byte("TITRE *;porteur_du_projet;Territoire (obligatoire);Montant demandé (€)\nÉcole;Asso;Artois;12\n"), 2},
		{"separator inside quoted header", "UTF-8", ',', []byte("\"Titre; court\",Porteur,Territoire\nÉcole,Asso,Artois\n"), 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sh, err := Read(bytes.NewReader(c.data))
			if c.name == "separator inside quoted header" {
				// "Titre; court" is not a known header: the title is missing.
				if err == nil || !strings.Contains(err.Error(), "« Titre »") {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if sh.Encoding != c.enc || sh.Separator != c.sep || len(sh.Rows) != 1 || sh.Rows[0].Line != c.line ||
				sh.Rows[0].Initiative.Title != "École" || len(sh.Rows[0].Errors) != 0 {
				t.Errorf("got %q %q %+v", sh.Encoding, sh.Separator, sh.Rows)
			}
		})
	}
}

// TestReadBrokenFiles asserts the exact message of each file that cannot be
// read at all.
func TestReadBrokenFiles(t *testing.T) {
	withByte := func(b byte) []byte {
		d := cp1252(t, "Titre;Porteur;Territoire\r\nÉcole;Asso;Artois\r\nCafé")
		d = append(d, b)
		return append(d, ";Asso;Artois\r\n"...)
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"undefined 0x81", withByte(0x81), "encodage non reconnu, ligne 3 : l'octet 0x81 n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez"},
		{"undefined 0x8D", withByte(0x8D), "encodage non reconnu, ligne 3 : l'octet 0x8D n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez"},
		{"undefined 0x8F", withByte(0x8F), "encodage non reconnu, ligne 3 : l'octet 0x8F n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez"},
		{"undefined 0x90", withByte(0x90), "encodage non reconnu, ligne 3 : l'octet 0x90 n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez"},
		{"undefined 0x9D", withByte(0x9D), "encodage non reconnu, ligne 3 : l'octet 0x9D n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez"},
		{"BOM but Windows-1252", append([]byte("\xEF\xBB\xBFTitre;Porteur;Territoire\n"), cp1252(t, "École;Asso;Artois\n")...),
			"encodage non reconnu, ligne 2 : le fichier s'annonce en UTF-8 mais ce texte n'en est pas ; enregistrez-le de nouveau en « CSV UTF-8 »"},
		{"UTF-16 without BOM", []byte("T\x00i\x00t\x00r\x00e\x00\n\x00"),
			"encodage non reconnu, ligne 1 : le fichier contient des octets nuls (UTF-16 sans marque, ou fichier qui n'est pas du texte) ; enregistrez-le en « CSV UTF-8 »"},
		{"xlsx", []byte("PK\x03\x04\x14\x00\x06\x00"), "c'est un classeur (.xlsx ou .ods), pas un fichier CSV : dans le tableur, choisissez « Enregistrer sous » puis le type « CSV »"},
		{"empty", []byte("\r\n \r\n"), "le fichier est vide ; il doit commencer par la ligne des en-têtes (Titre;Porteur;Territoire…)"},
		{"BOM only", []byte("\xEF\xBB\xBF"), "le fichier ne contient aucune ligne ; il doit commencer par la ligne des en-têtes (Titre;Porteur;Territoire…)"},
		{"missing required column", []byte("Titre;Porteur;Commune;Montant\nÉcole;Asso;Arras;12\n"),
			"ligne 1 : colonne obligatoire manquante : « Territoire » (en-têtes lus : « Titre », « Porteur », « Commune », « Montant »)"},
		{"missing columns, one-column header", []byte("Projet\nÉcole\n"),
			"ligne 1 : colonnes obligatoires manquantes : « Titre », « Porteur », « Territoire » (en-têtes lus : « Projet ») ; la ligne n'a qu'une colonne : séparez les colonnes par « ; », « , » ou une tabulation"},
		{"no header", []byte(";;\nÉcole;Asso;Artois\n"),
			"ligne 1 : colonnes obligatoires manquantes : « Titre », « Porteur », « Territoire » (aucun en-tête)"},
		{"same column twice", []byte("Titre;Porteur;Territoire;Courriel;E-mail\n"),
			"ligne 1 : les colonnes « Courriel » (n° 4) et « E-mail » (n° 5) désignent toutes deux « Courriel » ; gardez-en une seule"},
		{"bad header quote", []byte("Titre;\"Porteur\"x;Territoire\n"),
			"ligne 1 : la ligne des en-têtes est mal formée (guillemet mal placé dans un champ entre guillemets ; un guillemet dans le texte s'écrit doublé (\"\"))"},
		{"unknown sep=", []byte("sep=#\nTitre#Porteur\n"), "ligne 1 : séparateur « # » non pris en charge ; utilisez « ; », « , » ou la tabulation"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(c.data))
			if err == nil || err.Error() != c.want || !errors.Is(err, ErrUnreadable) {
				t.Errorf("err = %v\nwant  %s", err, c.want)
			}
		})
	}
}

func TestReadRowProblems(t *testing.T) {
	data := []byte(frHeader + "\r\n" +
		"Bon;Asso;;Artois;;;;;;\r\n" + // 2
		"Trop court;Asso;Artois\r\n" + // 3: ragged
		"Trop long;Asso;;Artois;;;;;;;en trop\r\n" + // 4: ragged
		";Asso;;Artois;;;jean@;;-5;\r\n" + // 5: three problems, file order
		"Bare \"quote;Asso;;Artois;;;;;;\r\n" + // 6: bare quote
		"\"Multi\r\nligne\";Asso;;Artois;;;;;abc;\"x\r\ny\"\r\n" + // 7-8 (and 9): bad amount, line 7
		"Fin;Asso;;Artois;;;;;;\"jamais fermé\r\n" + // 10: unterminated, runs to the end
		"Perdu;Asso;;Artois;;;;;;\r\n")
	sh := mustRead(t, data)
	var got []RowError
	for _, r := range sh.Rows {
		got = append(got, r.Errors...)
	}
	want := "" +
		"ligne 3 : la ligne a 3 champs alors que l'en-tête en a 10 : un séparateur (point-virgule) manque ou est en trop ; un texte qui contient ce séparateur doit être entre guillemets\n" +
		"ligne 4 : la ligne a 11 champs alors que l'en-tête en a 10 : un séparateur (point-virgule) manque ou est en trop ; un texte qui contient ce séparateur doit être entre guillemets\n" +
		"ligne 5, colonne « Titre » : champ obligatoire vide\n" +
		"ligne 5, colonne « Courriel » : « jean@ » n'est pas une adresse e-mail valide\n" +
		"ligne 5, colonne « Montant demandé » : le montant « -5 » est négatif : il doit être positif ou nul\n" +
		"ligne 6 : guillemet (\") au milieu d'un champ qui n'est pas entre guillemets ; entourez le champ de guillemets et doublez ceux qu'il contient (\"\")\n" +
		"ligne 7, colonne « Montant demandé » : « abc » n'est pas un montant en euros (exemple : 1 500,00 €)\n" +
		"ligne 8 du tableur (ligne 10 du fichier) : guillemet ouvert jamais refermé : le champ court jusqu'à la ligne 11\n"
	if lines(got) != want {
		t.Errorf("errors:\n%s\nwant:\n%s", lines(got), want)
	}
	if len(sh.Rows) != 7 || sh.Rows[0].Line != 2 || len(sh.Rows[0].Errors) != 0 {
		t.Errorf("rows: %+v", sh.Rows)
	}
	if in := sh.Rows[5].Initiative; in.Title != "Multi ligne" || in.Summary != "x\ny" {
		t.Errorf("multi-line title should be one line, summary kept: %+v", in)
	}
}

func TestReadCleansFields(t *testing.T) {
	sh := mustRead(t, []byte("Titre;Porteur;Territoire;Courriel\n\"  Titre\x1b[31m rouge \";Asso\t;Artois;MAILTO:jean@example.fr\n"))
	in := sh.Rows[0].Initiative
	if in.Title != "Titre[31m rouge" || in.Holder.Name != "Asso" || in.Holder.Email != "jean@example.fr" || len(sh.Rows[0].Errors) != 0 {
		t.Errorf("%+v %v", in, sh.Rows[0].Errors)
	}
}

func TestReadWarnings(t *testing.T) {
	sh := mustRead(t, []byte("Titre;Porteur;Territoire\n"))
	if len(sh.Rows) != 0 || len(sh.Warnings) != 1 || sh.Warnings[0].String() != "le fichier ne contient aucune ligne d'initiative après la ligne des en-têtes" {
		t.Errorf("%+v", sh)
	}
	sh = mustRead(t, []byte("Titre;Porteur;Territoire\nCafÃ© citoyen;Asso;Artois\n"))
	if len(sh.Warnings) != 1 || sh.Warnings[0].String() != "la ligne 2 contient « Ã© » : ce texte a sans doute déjà été mal converti (UTF-8 relu comme Windows-1252) ; vérifiez ses accents" {
		t.Errorf("%q", sh.Warnings)
	}
}

func TestTemplate(t *testing.T) {
	var b bytes.Buffer
	if err := Template(&b); err != nil {
		t.Fatal(err)
	}
	want := "\xEF\xBB\xBFTitre;Porteur;Forme juridique;Territoire;Commune;Contact;Courriel;Téléphone;Montant demandé;Résumé\r\n"
	if b.String() != want {
		t.Errorf("template %q", b.String())
	}
	// The template reads back with every column and no warning.
	sh := mustRead(t, b.Bytes())
	if len(sh.Warnings) != 1 || sh.Warnings[0].String() != "le fichier ne contient aucune ligne d'initiative après la ligne des en-têtes" {
		t.Errorf("warnings %q", sh.Warnings)
	}
	for c := range numColumns {
		if sh.idx[c] != int(c) || sh.names[c] != Headers()[c] {
			t.Errorf("column %d: %d %q", c, sh.idx[c], sh.names[c])
		}
	}
}

func TestAliasesAreUnambiguous(t *testing.T) {
	seen := map[string]column{}
	for c, names := range aliases {
		if headerKey(names[0]) != headerKey(headers[c]) {
			t.Errorf("first alias of %q is %q", headers[c], names[0])
		}
		for _, n := range names {
			k := headerKey(n)
			if prev, ok := seen[k]; ok && prev != column(c) {
				t.Errorf("%q names both %q and %q", n, headers[prev], headers[c])
			}
			seen[k] = column(c)
		}
	}
}

// The secretary fixes the file in a spreadsheet: a quoted cell on three
// lines is one row there, a blank line is a row, and Excel hides "sep=;".
func TestRowsNumberedAsTheSpreadsheetShowsThem(t *testing.T) {
	data := []byte("sep=;\r\n" + frHeader + "\r\n" + // file lines 1-2, row 1
		"Bon;Asso;;Artois;;;;;;\"Résumé\r\nsur trois\r\nlignes\"\r\n" + // lines 3-5, row 2
		"\r\n" + // line 6, row 3 (blank)
		"Faux;Asso;;Artois;;;jean@;;;\r\n") // line 7, row 4
	sh := mustRead(t, data)
	if len(sh.Rows) != 2 {
		t.Fatalf("rows: %+v", sh.Rows)
	}
	if p := sh.Rows[1].Place(); p != (Place{Row: 4, Line: 7}) {
		t.Errorf("place = %+v, want row 4, line 7", p)
	}
	want := "ligne 4 du tableur (ligne 7 du fichier), colonne « Courriel » : « jean@ » n'est pas une adresse e-mail valide\n"
	if got := lines(sh.Rows[1].Errors); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if p := sh.Rows[0].Place(); p != (Place{Row: 2, Line: 3}) {
		t.Errorf("first row place = %+v", p)
	}
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"essradar/store"
)

const templateBytes = "\xEF\xBB\xBFTitre;Porteur;Forme juridique;Territoire;Commune;Contact;Courriel;Téléphone;Montant demandé;Résumé\r\n"

func TestTemplateCommand(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	r := cliOK(t, "template")
	want := "Modèle écrit dans modele-initiatives.csv : remplissez une ligne par initiative (Titre, Porteur et Territoire obligatoires), " +
		"enregistrez au format CSV, puis lancez « essradar import modele-initiatives.csv ».\n"
	if r.stdout != want || r.stderr != "" {
		t.Errorf("stdout %q stderr %q", r.stdout, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "modele-initiatives.csv"))
	if err != nil || string(data) != templateBytes {
		t.Fatalf("template %q, %v", data, err)
	}

	// An existing file is kept unless --force.
	if err := os.WriteFile("modele-initiatives.csv", []byte("à garder"), 0o600); err != nil {
		t.Fatal(err)
	}
	r = cliRun(t, "template")
	if r.code != 1 || r.stderr != "essradar : modele-initiatives.csv existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer.\n" {
		t.Errorf("exit %d stderr %q", r.code, r.stderr)
	}
	if data, _ := os.ReadFile("modele-initiatives.csv"); string(data) != "à garder" {
		t.Errorf("overwritten without --force: %q", data)
	}
	cliOK(t, "template", "--force")
	if data, _ := os.ReadFile("modele-initiatives.csv"); string(data) != templateBytes {
		t.Errorf("--force did not replace the file: %q", data)
	}

	if r := cliOK(t, "template", "-o", "-"); r.stdout != templateBytes {
		t.Errorf("-o - wrote %q", r.stdout)
	}
	r = cliRun(t, "template", "-o", filepath.Join(dir, "absent", "m.csv"))
	if r.code != 1 || !strings.Contains(r.stderr, "n'existe pas") {
		t.Errorf("missing folder: %d %q", r.code, r.stderr)
	}
	// The template needs no database.
	if r := cliOK(t, "--db", filepath.Join(dir, "base.db"), "template", "-o", "autre.csv"); r.code != 0 {
		t.Fatal(r)
	}
	if _, err := os.Stat(filepath.Join(dir, "base.db")); err == nil {
		t.Errorf("template created a database")
	}
}

// TestFilledTemplateImport fills the template as a spreadsheet would, in
// UTF-8 and in Windows-1252, imports both, and finds the rows in the export.
func TestFilledTemplateImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "base.db")
	tpl := filepath.Join(dir, "modele.csv")
	cliOK(t, "template", "-o", tpl)
	data, _ := os.ReadFile(tpl)
	data = append(data, "Café des langues;Les Voisins d'Hélène;Association;calaisis;Calais;Hélène Martin;helene@example.fr;06 12 34 56 78;1 500,00 €;\"Rencontres\r\nchaque jeudi\"\r\n"...)
	data = append(data, "Atelier vélo;Roue Libre;Association;Lens-Lievin;Liévin;;;;800;\r\n"...)
	utf := cliWriteFile(t, filepath.Join(dir, "rempli.csv"), string(data))

	year := store.NewCampaignYear(time.Now())
	r := cliOK(t, "--db", db, "import", utf)
	want := "Import de " + utf + " : 2 initiatives ajoutées à la campagne " + year +
		" (campagne « Budget citoyen " + year + " » créée, avec la grille, les territoires et les collèges par défaut).\n"
	if r.stdout != want || r.stderr != "" {
		t.Errorf("stdout %q\nwant   %q\nstderr %q", r.stdout, want, r.stderr)
	}

	win, err := charmap.Windows1252.NewEncoder().String(strings.TrimPrefix(string(templateBytes), "\uFEFF") +
		"Œuvre commune;SCOP Brasserie;SCOP;ARTOIS;Béthune;;;;20\u00a0000 €;\r\n" +
		"Atelier vélo;ROUE LIBRE;;Lens-Liévin;;;;;;\r\n")
	if err != nil {
		t.Fatal(err)
	}
	winPath := cliWriteFile(t, filepath.Join(dir, "excel.csv"), win)
	r = cliOK(t, "--db", db, "import", winPath, "--campaign", year)
	want = "Import de " + winPath + " : 1 initiative ajoutée à la campagne " + year + ".\n" +
		"1 ligne déjà présente, non importée :\n" +
		"  ligne 3 : « Atelier vélo » porté par « ROUE LIBRE » est déjà dans la campagne " + year + " (initiative n° 2)\n"
	if r.stdout != want {
		t.Errorf("stdout %q\nwant   %q", r.stdout, want)
	}

	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Initiatives(year)
	s.Close()
	if err != nil || len(all) != 3 {
		t.Fatalf("%d initiatives, %v", len(all), err)
	}
	var got []string
	for _, in := range all {
		got = append(got, in.Title+" | "+in.Holder.Name+" | "+in.Territory+" | "+strconv.FormatInt(in.AmountCents, 10)+" | "+in.Summary)
	}
	wantRows := "Café des langues | Les Voisins d'Hélène | Calaisis | 150000 | Rencontres\nchaque jeudi\n" +
		"Atelier vélo | Roue Libre | Lens-Liévin | 80000 | \n" +
		"Œuvre commune | SCOP Brasserie | Artois | 2000000 | "
	if strings.Join(got, "\n") != wantRows {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), wantRows)
	}
	// And the export shows them, accents intact.
	exp := cliOK(t, "--db", db, "export")
	for _, w := range []string{"Les Voisins d'Hélène", "Œuvre commune", `"amount_requested": 20000`} {
		if !strings.Contains(exp.stdout, w) {
			t.Errorf("export lacks %q", w)
		}
	}
}

const refusedCSV = "Titre;Porteur;Territoire;Courriel;Montant demandé\r\n" +
	"Bonne ligne;Asso;Artois;;\r\n" +
	"Mauvais courriel;Asso;Artois;jean@;\r\n" +
	"Bonne aussi;Asso;Boulonnais;;12,50\r\n" +
	"Tout faux;;Lille;;-3\r\n"

func TestImportCSVRefusedThenSkipInvalid(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "base.db")
	path := cliWriteFile(t, filepath.Join(dir, "a.csv"), refusedCSV)
	rows := "" +
		"  ligne 3, colonne « Courriel » : « jean@ » n'est pas une adresse e-mail valide\n" +
		"  ligne 5, colonne « Porteur » : champ obligatoire vide\n" +
		"  ligne 5, colonne « Territoire » : « Lille » n'est pas un territoire de la campagne 2026 (territoires : Arrageois, Artois, Audomarois, Boulonnais, Calaisis, Hénin-Carvin, Lens-Liévin, Montreuillois-Ternois)\n" +
		"  ligne 5, colonne « Montant demandé » : le montant « -3 » est négatif : il doit être positif ou nul\n"

	r := cliRun(t, "--db", db, "import", path, "--campaign", "2026")
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	if want := "essradar : Import refusé : 2 lignes invalides, rien n'a été écrit (--skip-invalid importe les lignes valides).\n"; r.stderr != want {
		t.Errorf("stderr %q\nwant   %q", r.stderr, want)
	}
	if want := path + " (UTF-8, séparateur point-virgule) : 2 lignes invalides.\n" + rows; r.stdout != want {
		t.Errorf("stdout %q\nwant   %q", r.stdout, want)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	cs, _ := s.Campaigns()
	ins, _ := s.Initiatives("")
	s.Close()
	if len(cs) != 0 || len(ins) != 0 {
		t.Fatalf("a refused import wrote %d campaigns, %d initiatives", len(cs), len(ins))
	}

	r = cliOK(t, "--db", db, "import", path, "--campaign", "2026", "--skip-invalid")
	want := "Import de " + path + " : 2 initiatives ajoutées à la campagne 2026 (campagne « Budget citoyen 2026 » créée, avec la grille, les territoires et les collèges par défaut).\n" +
		"2 lignes invalides, non importées (--skip-invalid) :\n" + rows
	if r.stdout != want || r.stderr != "" {
		t.Errorf("stdout %q\nwant   %q\nstderr %q", r.stdout, want, r.stderr)
	}
}

func TestImportCSVErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "base.db")
	var cp []byte
	cp = append(cp, "Titre;Porteur;Territoire\r\nA;B;Artois\r\nC\x81;D;Artois\r\n"...)
	bad := cliWriteFile(t, filepath.Join(dir, "bad.csv"), string(cp))
	noCol := cliWriteFile(t, filepath.Join(dir, "nocol.csv"), "Titre;Porteur\nA;B\n")
	export := cliWriteFile(t, filepath.Join(dir, "x.json"), `{"schema":"essradar/v1"}`)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"import", bad}, "essradar : Import de " + bad + " refusé : encodage non reconnu, ligne 3 : l'octet 0x81 n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez.\n"},
		{[]string{"import", noCol}, "essradar : Import de " + noCol + " refusé : ligne 1 : colonne obligatoire manquante : « Territoire » (en-têtes lus : « Titre », « Porteur »).\n"},
		{[]string{"import", filepath.Join(dir, "absent.csv")}, "essradar : Lecture de " + filepath.Join(dir, "absent.csv") + " impossible : le fichier n'existe pas.\n"},
		{[]string{"import", export, "--skip-invalid"}, "essradar : --skip-invalid ne s'applique qu'à l'import CSV : un export JSON s'importe en entier ou pas du tout.\n"},
		{[]string{"import", export, "--campaign", "2026"}, "essradar : --campaign ne s'applique qu'à l'import CSV : un export JSON garde les campagnes qu'il contient.\n"},
		{[]string{"import", noCol + ".xlsx"}, "essradar : " + noCol + ".xlsx : format inconnu, le fichier doit finir par .json (export essradar) ou .csv (tableur).\n"},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		code := run(append([]string{"--db", db}, c.args...), strings.NewReader(""), &out, &errOut)
		if code != 1 || errOut.String() != c.want || out.String() != "" {
			t.Errorf("essradar %s: exit %d\nstderr %q\nwant   %q\nstdout %q", strings.Join(c.args, " "), code, errOut.String(), c.want, out.String())
		}
	}
	// None of them created the database.
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a refused import created %s", db)
	}
	// A campaign that is not a year.
	ok := cliWriteFile(t, filepath.Join(dir, "ok.csv"), "Titre;Porteur;Territoire\nA;B;Artois\n")
	r := cliRun(t, "--db", db, "import", ok, "--campaign", "prochaine")
	if r.code != 1 || !strings.Contains(r.stderr, "« prochaine » n'est pas une année") {
		t.Errorf("exit %d %q", r.code, r.stderr)
	}
}

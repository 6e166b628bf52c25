package csvimport

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"essradar/scoring"
	"essradar/store"
)

func TestImportExcelIntoNewCampaign(t *testing.T) {
	s := openStore(t)
	rep, err := Import(s, writeFile(t, "export.csv", excelWindows(t)), Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != 2 || rep.Rows != 2 || rep.CampaignID != "2027" || rep.CampaignName != "Budget citoyen 2027" || !rep.CampaignCreated ||
		rep.Encoding != "Windows-1252" || rep.Separator != ';' || len(rep.Invalid)+len(rep.Duplicates) != 0 {
		t.Errorf("report %+v", rep)
	}
	// 20 000,50 € is above a new campaign's ceiling: said, not refused.
	if len(rep.Warnings) != 1 || rep.Warnings[0].String() != "ligne 3 du tableur (ligne 5 du fichier) : le montant demandé pour « Recyclerie solidaire » (20\u202f000,50\u00a0€) dépasse le plafond de la campagne (20\u202f000\u00a0€) ; vérifiez-le" {
		t.Errorf("warnings %q", rep.Warnings)
	}
	c, err := s.Campaign("2027")
	if err != nil {
		t.Fatal(err)
	}
	if c.Grid != scoring.Default().Ref() || strings.Join(c.Territories, ",") != strings.Join(store.DefaultTerritories(), ",") ||
		strings.Join(c.Colleges, ",") != strings.Join(store.DefaultColleges(), ",") {
		t.Errorf("campaign %+v", c)
	}
	got := initiatives(t, s, "2027")
	if len(got) != 2 {
		t.Fatalf("%d initiatives", len(got))
	}
	a, b := got[0], got[1]
	if a.Title != "Jardin partagé des Hauts" || a.Holder.Name != "Œuvre sociale du Calaisis" || a.Holder.ContactName != "Hélène Lefèvre" ||
		a.Territory != "Calaisis" || a.AmountCents != 150000 || a.Status != store.StatusSubmitted || !strings.Contains(a.Summary, "\"zéro déchet\"") {
		t.Errorf("first: %+v", a)
	}
	if b.Territory != "Hénin-Carvin" || b.AmountCents != 2000050 || b.CampaignID != "2027" {
		t.Errorf("second: %+v", b)
	}
	// Territories are stored under their canonical name, so the index finds them.
	if l, _ := s.InitiativesByTerritory("2027", "Hénin-Carvin"); len(l) != 1 {
		t.Errorf("by territory: %v", l)
	}
}

func TestImportIntoCurrentOrNamedCampaign(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	rep, err := Import(s, bytes.NewReader(utf8BOMQuoted()), Options{})
	if err != nil || rep.CampaignID != "2026" || rep.CampaignCreated || rep.Imported != 2 {
		t.Fatalf("current: %+v %v", rep, err)
	}
	if in := initiatives(t, s, "2026")[2]; in.Territory != "Lens-Liévin" || in.Holder.Email != "contact@fete.example.fr" {
		t.Errorf("%+v", in)
	}
	rep, err = Import(s, bytes.NewReader(tabEnglish()), Options{CampaignID: "2028"})
	if err != nil || rep.CampaignID != "2028" || !rep.CampaignCreated || rep.CampaignName != "Budget citoyen 2028" || rep.Imported != 1 {
		t.Fatalf("named: %+v %v", rep, err)
	}
	if rep.Warnings[0].String() != "colonnes ignorées (en-têtes inconnus) : « submitted at »" {
		t.Errorf("warnings %q", rep.Warnings)
	}
	_, err = Import(s, bytes.NewReader(tabEnglish()), Options{CampaignID: "budget", Now: fixedNow})
	if err == nil || err.Error() != "import impossible, rien n'a été écrit : la campagne « budget » n'existe pas, et « budget » n'est pas une année : une campagne se désigne par son année, par exemple 2027" {
		t.Errorf("bad campaign id: %v", err)
	}
}

func TestImportDuplicates(t *testing.T) {
	s := openStore(t)
	old := seedCampaign(t, s)
	data := cp1252(t, frHeader+"\r\n"+
		"Jardin partagé des hauts;Œuvre Sociale du Calaisis;;Calaisis;;;;;;\r\n"+ // 2: already in the campaign
		"Épicerie solidaire;Asso du coin;;Artois;;;;;;\r\n"+ // 3: new
		"EPICERIE SOLIDAIRE ;asso du coin;;Artois;;;;;;\r\n"+ // 4: same as line 3
		"Épicerie solidaire;Autre asso;;Artois;;;;;;\r\n") // 5: same title, other holder: new
	rep, err := Import(s, bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "" +
		"ligne 2 : « Jardin partagé des hauts » porté par « Œuvre Sociale du Calaisis » est déjà dans la campagne 2026 (initiative n° 1)\n" +
		"ligne 4 : « EPICERIE SOLIDAIRE » porté par « asso du coin » figure déjà plus haut, ligne 3\n"
	if rep.Imported != 2 || lines(rep.Duplicates) != want || len(rep.Invalid) != 0 {
		t.Errorf("imported %d, duplicates:\n%s", rep.Imported, lines(rep.Duplicates))
	}
	if n := len(initiatives(t, s, "2026")); n != 3 || old.ID != 1 {
		t.Errorf("%d initiatives", n)
	}
	// The same file again adds nothing.
	rep, err = Import(s, bytes.NewReader(data), Options{})
	if err != nil || rep.Imported != 0 || len(rep.Duplicates) != 4 {
		t.Errorf("again: %+v %v", rep, err)
	}
}

// brokenRows has three valid rows and four invalid ones.
const brokenRows = frHeader + "\r\n" +
	"Bon 1;Asso;;Artois;;;;;;\r\n" + // 2
	"Bon 2;Asso;;arrageois;;;jean@example.fr;;1 500,00 €;\"Résumé\r\nsur deux lignes\"\r\n" + // 3-4
	"Courriel faux;Asso;;Artois;;;jean@;;;\r\n" + // 5
	"Territoire inconnu;Asso;;Calais;;;;;;\r\n" + // 6
	"Montant faux;Asso;;Artois;;;;;1 500 € environ;\r\n" + // 7
	"Décalée;Asso;Artois\r\n" + // 8
	"Bon 3;Asso;;Lens-Liévin;;;;;;\r\n" + // 9
	"Tout faux;;;Lille;;;pas un mail;;-3;\r\n" // 10

const brokenReport = "" +
	"ligne 4 du tableur (ligne 5 du fichier), colonne « Courriel » : « jean@ » n'est pas une adresse e-mail valide\n" +
	"ligne 5 du tableur (ligne 6 du fichier), colonne « Territoire » : « Calais » n'est pas un territoire de la campagne 2026 : vouliez-vous dire « Calaisis » ? (territoires : Arrageois, Artois, Audomarois, Boulonnais, Calaisis, Hénin-Carvin, Lens-Liévin, Montreuillois-Ternois)\n" +
	"ligne 6 du tableur (ligne 7 du fichier), colonne « Montant demandé » : « 1 500 € environ » n'est pas un montant en euros (exemple : 1 500,00 €)\n" +
	"ligne 7 du tableur (ligne 8 du fichier) : la ligne a 3 champs alors que l'en-tête en a 10 : un séparateur (point-virgule) manque ou est en trop ; un texte qui contient ce séparateur doit être entre guillemets\n" +
	"ligne 9 du tableur (ligne 10 du fichier), colonne « Porteur » : champ obligatoire vide\n" +
	"ligne 9 du tableur (ligne 10 du fichier), colonne « Territoire » : « Lille » n'est pas un territoire de la campagne 2026 (territoires : Arrageois, Artois, Audomarois, Boulonnais, Calaisis, Hénin-Carvin, Lens-Liévin, Montreuillois-Ternois)\n" +
	"ligne 9 du tableur (ligne 10 du fichier), colonne « Courriel » : « pas un mail » n'est pas une adresse e-mail valide\n" +
	"ligne 9 du tableur (ligne 10 du fichier), colonne « Montant demandé » : le montant « -3 » est négatif : il doit être positif ou nul\n"

func TestImportAllOrNothing(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	rep, err := Import(s, writeFile(t, "broken.csv", cp1252(t, brokenRows)), Options{})
	if !errors.Is(err, ErrRefused) || err.Error() != "import refusé : 5 lignes invalides, rien n'a été écrit" {
		t.Errorf("err = %v", err)
	}
	if lines(rep.Invalid) != brokenReport {
		t.Errorf("report:\n%s\nwant:\n%s", lines(rep.Invalid), brokenReport)
	}
	if rep.Imported != 0 || rep.InvalidRows() != 5 || rep.Rows != 8 {
		t.Errorf("%+v", rep)
	}
	if n := len(initiatives(t, s, "")); n != 1 {
		t.Errorf("%d initiatives after a refused import", n)
	}

	// Into a database with no campaign: not even the campaign is created.
	s2 := openStore(t)
	_, err = Import(s2, strings.NewReader(brokenRows), Options{Now: fixedNow})
	if !errors.Is(err, ErrRefused) {
		t.Fatalf("err = %v", err)
	}
	if cs, _ := s2.Campaigns(); len(cs) != 0 {
		t.Errorf("campaigns after a refused import: %v", cs)
	}

	// One invalid row is said in the singular.
	_, err = Import(s, strings.NewReader("Titre;Porteur;Territoire\nA;B;Nulle part\n"), Options{})
	if err == nil || err.Error() != "import refusé : 1 ligne invalide, rien n'a été écrit" {
		t.Errorf("err = %v", err)
	}
}

func TestImportSkipInvalid(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	var progress []int
	rep, err := Import(s, strings.NewReader(brokenRows), Options{SkipInvalid: true, Progress: func(done, total int) {
		if total != 3 {
			t.Errorf("total %d", total)
		}
		progress = append(progress, done)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != 3 || lines(rep.Invalid) != brokenReport || rep.InvalidRows() != 5 {
		t.Errorf("imported %d, report:\n%s", rep.Imported, lines(rep.Invalid))
	}
	var titles []string
	for _, in := range initiatives(t, s, "2026")[1:] {
		titles = append(titles, in.Title+"/"+in.Territory)
	}
	if strings.Join(titles, ",") != "Bon 1/Artois,Bon 2/Arrageois,Bon 3/Lens-Liévin" {
		t.Errorf("written: %v", titles)
	}
	if fmt.Sprint(progress) != "[0 1 2 3]" {
		t.Errorf("progress %v", progress)
	}
}

func TestImportDryRun(t *testing.T) {
	s := openStore(t)
	rep, err := Import(s, bytes.NewReader(utf8BOMQuoted()), Options{DryRun: true, Now: fixedNow})
	if err != nil || rep.Imported != 2 || !rep.CampaignCreated || rep.CampaignID != "2027" {
		t.Errorf("%+v %v", rep, err)
	}
	if cs, _ := s.Campaigns(); len(cs) != 0 {
		t.Errorf("dry run wrote %v", cs)
	}
	// Nothing to write: no campaign is created for nothing.
	rep, err = Import(s, strings.NewReader("Titre;Porteur;Territoire\r\n"), Options{Now: fixedNow})
	if err != nil || rep.Imported != 0 || rep.CampaignCreated || len(rep.Warnings) != 1 {
		t.Errorf("%+v %v", rep, err)
	}
	if cs, _ := s.Campaigns(); len(cs) != 0 {
		t.Errorf("empty import created %v", cs)
	}
}

func TestImportCampaignWithoutTerritories(t *testing.T) {
	s := openStore(t)
	if err := s.Update(func(tx *store.Tx) error {
		return tx.PutCampaign(store.Campaign{ID: "2026", Name: "Budget citoyen 2026"})
	}); err != nil {
		t.Fatal(err)
	}
	rep, err := Import(s, strings.NewReader("Titre;Porteur;Territoire\nA;B;Quelque part\n"), Options{})
	if err != nil || rep.Imported != 1 || len(rep.Warnings) != 1 ||
		rep.Warnings[0].String() != "la campagne 2026 n'a pas de liste de territoires : les territoires du fichier sont pris tels quels" {
		t.Errorf("%+v %v", rep, err)
	}
}

func TestImport10000Rows(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	data := bigFile(10000)
	calls, last := 0, 0
	start := time.Now()
	rep, err := Import(s, writeFile(t, "big.csv", data), Options{Progress: func(done, total int) {
		calls++
		if done < last || total != 10000 {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
	}})
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("10 000 rows (%d KB) imported in %v", len(data)/1024, elapsed)
	if rep.Imported != 10000 || last != 10000 || calls > 102 {
		t.Errorf("imported %d, progress %d in %d calls", rep.Imported, last, calls)
	}
	all := initiatives(t, s, "2026")
	if len(all) != 10001 || all[10000].Title != "Initiative n° 10000" || all[10000].AmountCents != 1099950 || all[10000].Summary != "Résumé sur\ndeux lignes" {
		t.Errorf("%d, last %+v", len(all), all[len(all)-1])
	}
	// The same file again: every row is a duplicate, nothing is doubled.
	rep, err = Import(s, bytes.NewReader(data), Options{})
	if err != nil || rep.Imported != 0 || len(rep.Duplicates) != 10000 {
		t.Errorf("again: imported %d, %d duplicates, %v", rep.Imported, len(rep.Duplicates), err)
	}
}

func TestClosestTerritory(t *testing.T) {
	cases := map[string]string{
		"Lens":        "Lens-Liévin",
		"Calais":      "Calaisis",
		"Boulonais":   "Boulonnais",
		"montreuil":   "Montreuillois-Ternois",
		"Henin":       "Hénin-Carvin",
		"Art":         "Artois",
		"Artoiss":     "Artois",
		"Lille":       "",
		"Ar":          "",
		"Audomaroiss": "Audomarois",
	}
	for in, want := range cases {
		if got := closestTerritory(in, store.DefaultTerritories()); got != want {
			t.Errorf("closestTerritory(%q) = %q, want %q", in, got, want)
		}
	}
}

// A 2,000-character title is refused with its row; the rest of the file is
// judged as usual.
func TestImportRefusesAnOverlongTitle(t *testing.T) {
	s := openStore(t)
	seedCampaign(t, s)
	data := frHeader + "\r\n" + strings.Repeat("Titre ", 400) + ";Asso;;Artois;;;;;;\r\n"
	rep, err := Import(s, bytes.NewReader([]byte(data)), Options{})
	if !errors.Is(err, ErrRefused) {
		t.Fatalf("err = %v", err)
	}
	if got := lines(rep.Invalid); got != "ligne 2, colonne « Titre » : titre trop long (longueur 2399, au plus 200)\n" {
		t.Errorf("report %q", got)
	}
}

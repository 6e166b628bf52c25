package csvimport

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"essradar/scoring"
	"essradar/store"
)

// The sample files below are made like real exports; the tests write them
// into t.TempDir() and read them back from disk, and the fuzz targets start
// from them.

const frHeader = "Titre;Porteur;Forme juridique;Territoire;Commune;Contact;Courriel;Téléphone;Montant demandé;Résumé"

// excelWindows is what French Excel writes with « CSV (séparateur :
// point-virgule) »: Windows-1252, ";", CRLF, a no-break space in amounts, a
// quoted multi-line summary with doubled quotes.
func excelWindows(t testing.TB) []byte {
	text := frHeader + "\r\n" +
		"Jardin partagé des Hauts;Œuvre sociale du Calaisis;Association loi 1901;CALAISIS;Calais;Hélène Lefèvre;helene.lefevre@example.fr;03 21 00 00 00;1\u00a0500,00 €;\"Un jardin partagé\r\nouvert à tous ;\r\navec des ateliers \"\"zéro déchet\"\"\"\r\n" +
		"Recyclerie solidaire;SCIC Réemploi & Co;SCIC;hénin carvin;Hénin-Beaumont;Marc Dubois;marc@example.org;;20\u00a0000,50 €;Collecte et revente d'objets\r\n" +
		";;;;;;;;;\r\n" // Excel's trailing empty row
	return cp1252(t, text)
}

// utf8BOMQuoted is « CSV UTF-8 » from a spreadsheet that quotes every field:
// the BOM sits right before the first quote (the encoding/csv trap).
func utf8BOMQuoted() []byte {
	return []byte("\uFEFF\"Titre\",\"Porteur\",\"Territoire\",\"Montant demandé\",\"Courriel\"\n" +
		"\"Café citoyen\",\"Les Amis du €\",\"Artois \",\"1\u202f500,50\",\"\"\n" +
		"\"Fête des voisins\",\"Collectif Lens-Liévin\",\"lens lievin\",\"\",\"contact@fete.example.fr\"\n")
}

// tabEnglish is a tab-separated export of an English-language form tool.
func tabEnglish() []byte {
	return []byte("title\tholder\tlegal form\tterritory\ttown\tcontact\tE-mail\tphone\tamount\tsummary\tsubmitted at\n" +
		"Repair café\tRepair Boulogne\tassociation\tBoulonnais\tBoulogne-sur-Mer\tAnne Martin\tanne@example.com\t0600000000\t1500.50\tFix things together\t2026-03-01\n")
}

// bigFile is a ";"-separated UTF-8 file of n valid rows.
func bigFile(n int) []byte {
	var b bytes.Buffer
	b.WriteString(frHeader + "\r\n")
	terr := store.DefaultTerritories()
	for i := range n {
		b.WriteString("Initiative n° ")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(";Association ")
		b.WriteString(strconv.Itoa(i % 97))
		b.WriteString(";Association;")
		b.WriteString(terr[i%len(terr)])
		b.WriteString(";Arras;Jean Dupont;jean.dupont@example.fr;0321000000;")
		b.WriteString(strconv.Itoa(1000 + i))
		b.WriteString(",50 €;\"Résumé sur\r\ndeux lignes\"\r\n")
	}
	return b.Bytes()
}

func cp1252(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode Windows-1252: %v", err)
	}
	return b
}

// writeFile writes data into the test's temporary folder and returns the
// opened file, as the command line hands it to Import.
func writeFile(t testing.TB, name string, data []byte) *os.File {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "essradar.db"))
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// seedCampaign stores campaign 2026 with the default territories and one
// initiative, "Jardin partagé des Hauts" by "Œuvre sociale du Calaisis".
func seedCampaign(t testing.TB, s *store.Store) store.Initiative {
	t.Helper()
	in := store.Initiative{CampaignID: "2026", Title: "Jardin Partagé des hauts", Holder: store.Holder{Name: "OEUVRE SOCIALE DU CALAISIS"}, Territory: "Calaisis"}
	err := s.Update(func(tx *store.Tx) error {
		g := scoring.Default()
		if err := tx.PutGrid(g.Ref(), scoring.DefaultSource()); err != nil {
			return err
		}
		if err := tx.PutCampaign(store.Campaign{ID: "2026", Name: "Budget citoyen 2026", Grid: g.Ref(),
			Territories: store.DefaultTerritories(), Colleges: store.DefaultColleges()}); err != nil {
			return err
		}
		return tx.CreateInitiative(&in)
	})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func initiatives(t testing.TB, s *store.Store, campaign string) []store.Initiative {
	t.Helper()
	all, err := s.Initiatives(campaign)
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func fixedNow() time.Time { return time.Date(2027, 2, 15, 10, 0, 0, 0, time.UTC) }

// lines renders row errors one per line, as the command line prints them.
func lines(errs []RowError) string {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString(e.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// joinWarnings is the French text of warnings, joined by "|".
func joinWarnings(ws []store.Message) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.String())
	}
	return strings.Join(out, "|")
}

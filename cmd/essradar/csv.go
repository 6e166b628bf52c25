package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"essradar/store/csvimport"
)

// defaultTemplateName is the file "essradar template" writes by default, in
// the current folder.
const defaultTemplateName = "modele-initiatives.csv"

// csvImportFlags are the import options that only apply to a CSV file.
type csvImportFlags struct {
	campaign    string
	skipInvalid bool
}

func (o *csvImportFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&o.campaign, "campaign", "", "CSV : année (`AAAA`) de la campagne où ajouter les initiatives (par défaut : la campagne en cours, créée s'il n'y en a pas)")
	c.Flags().BoolVar(&o.skipInvalid, "skip-invalid", false, "CSV : importer les lignes valides et seulement signaler les autres (par défaut : tout ou rien)")
}

// refuseForJSON says in French that the CSV options mean nothing for a JSON
// export, which is always imported whole or not at all.
func (o *csvImportFlags) refuseForJSON(cmd *cobra.Command) error {
	switch {
	case cmd.Flags().Changed("skip-invalid"):
		return errors.New("--skip-invalid ne s'applique qu'à l'import CSV : un export JSON s'importe en entier ou pas du tout")
	case cmd.Flags().Changed("campaign"):
		return errors.New("--campaign ne s'applique qu'à l'import CSV : un export JSON garde les campagnes qu'il contient")
	}
	return nil
}

// importCSV adds the initiatives of a spreadsheet's CSV file to a campaign
// and prints the report: the summary and every left-out row on stdout, the
// refusal as the one error sentence.
func importCSV(g *globals, path string, o csvImportFlags) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("lecture de %s impossible : %s", path, osReason(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return fmt.Errorf("%s est un dossier : indiquez un fichier .csv", path)
	}
	// The file is read before the database is opened: a broken file must
	// not create a database.
	sheet, err := csvimport.Read(f)
	if err != nil {
		return fmt.Errorf("import de %s refusé : %w", path, err)
	}
	s, err := g.open()
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := csvimport.ImportSheet(s, sheet, csvimport.Options{CampaignID: o.campaign, SkipInvalid: o.skipInvalid})
	w := g.stdout
	for _, warn := range rep.Warnings {
		fmt.Fprintf(w, "Attention : %s.\n", warn)
	}
	if errors.Is(err, csvimport.ErrRefused) {
		fmt.Fprintf(w, "%s (%s, séparateur %s) : %s.\n", path, rep.Encoding, csvimport.SeparatorName(rep.Separator),
			plural(rep.InvalidRows(), "ligne invalide", "lignes invalides"))
		printRowErrors(w, rep.Invalid)
		if n := len(rep.Duplicates); n > 0 {
			fmt.Fprintf(w, "%s :\n", plural(n, "ligne déjà présente, qui serait ignorée", "lignes déjà présentes, qui seraient ignorées"))
			printRowErrors(w, rep.Duplicates)
		}
		return fmt.Errorf("%w (--skip-invalid importe les lignes valides)", err)
	}
	if err != nil {
		return fmt.Errorf("import de %s : %w", path, err)
	}
	created := ""
	if rep.CampaignCreated {
		created = fmt.Sprintf(" (campagne « %s » créée, avec la grille, les territoires et les collèges par défaut)", rep.CampaignName)
	}
	fmt.Fprintf(w, "Import de %s : %s à la campagne %s%s.\n", path,
		plural(rep.Imported, "initiative ajoutée", "initiatives ajoutées"), rep.CampaignID, created)
	if n := len(rep.Duplicates); n > 0 {
		fmt.Fprintf(w, "%s :\n", plural(n, "ligne déjà présente, non importée", "lignes déjà présentes, non importées"))
		printRowErrors(w, rep.Duplicates)
	}
	if n := rep.InvalidRows(); n > 0 {
		fmt.Fprintf(w, "%s (--skip-invalid) :\n", plural(n, "ligne invalide, non importée", "lignes invalides, non importées"))
		printRowErrors(w, rep.Invalid)
	}
	return nil
}

func printRowErrors(w io.Writer, errs []csvimport.RowError) {
	for _, e := range errs {
		fmt.Fprintf(w, "  %s\n", e)
	}
}

// plural writes a count and its noun, singular for 0 and 1 as French does.
func plural(n int, one, many string) string {
	if n <= 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func newTemplateCmd(g *globals) *cobra.Command {
	var out string
	var force bool
	c := &cobra.Command{
		Use:   "template",
		Short: "Écrit un modèle CSV vide, à remplir dans un tableur puis à importer (essradar import)",
		Long: "Écrit la ligne des en-têtes de l'import CSV (Titre, Porteur, Forme juridique, Territoire, Commune,\n" +
			"Contact, Courriel, Téléphone, Montant demandé, Résumé), en UTF-8 avec séparateur « ; », prête à\n" +
			"ouvrir dans Excel ou LibreOffice. Remplissez une ligne par initiative (Titre, Porteur et Territoire\n" +
			"sont obligatoires), enregistrez au format CSV, puis lancez « essradar import FICHIER.csv ».\n" +
			"Les colonnes sont décrites dans docs/import-csv.md.",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "-" {
				return csvimport.Template(g.stdout)
			}
			if out == "" {
				out = defaultTemplateName
			}
			if info, err := os.Stat(out); err == nil {
				if info.IsDir() {
					return fmt.Errorf("%s est un dossier : indiquez le nom du fichier à écrire", out)
				}
				if !force {
					return fmt.Errorf("%s existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer", out)
				}
			}
			if err := writeFileAtomic(out, csvimport.Template); err != nil {
				return err
			}
			fmt.Fprintf(g.stdout, "Modèle écrit dans %s : remplissez une ligne par initiative (Titre, Porteur et Territoire obligatoires), "+
				"enregistrez au format CSV, puis lancez « essradar import %s ».\n", out, out)
			return nil
		},
	}
	c.Flags().StringVarP(&out, "output", "o", "", "`fichier` à écrire (par défaut : "+defaultTemplateName+" dans le dossier courant ; - pour la sortie standard)")
	c.Flags().BoolVarP(&force, "force", "f", false, "remplacer le fichier s'il existe déjà")
	return c
}

package i18n

func init() { merge(errorsFR, sealFR, "fr") }

// sealFR writes the store's messages about the seals of closed sessions
// (store/seal.go), with the same sentences as the store's French text.
var sealFR = map[string]string{
	"store.seal.session":             "la séance du %s",
	"store.seal.session_at":          "la séance du %s (%s)",
	"store.seal.session_numbered":    "la séance n° %d du %s",
	"store.seal.session_numbered_at": "la séance n° %d du %s (%s)",
	"store.seal.not_imported":        "la séance n° %d n'a pas été importée dans cette opération",
	"store.seal.import_mismatch":     "%s ne correspond plus à son sceau : le fichier a été modifié depuis sa clôture (sceau %s, contenu %s)",
	"store.check.seal_missing":       "%s est close mais ne porte pas de sceau : rien ne garantit que son contenu est celui de sa clôture",
	"store.check.seal_mismatch":      "%s ne correspond plus à son sceau : elle ou ses évaluations ont été modifiées depuis sa clôture (sceau %s, contenu %s)",
}

func init() { merge(fr, sealCLIFR, "fr") }

// sealCLIFR are the command line's texts about seals.
var sealCLIFR = map[string]string{
	"seal.cli.import_sealed.one":   "%d séance close est arrivée sans sceau (fichier d'une version antérieure) : elle a été scellée à l'import :",
	"seal.cli.import_sealed.other": "%d séances closes sont arrivées sans sceau (fichier d'une version antérieure) : elles ont été scellées à l'import :",
}

package tuitest

import "strings"

// frenchWords are words of the French catalogue (and of the default grid's
// French labels) that neither the demo's data nor the grid's guiding
// questions contain: one of them on an English screen is a text that
// escaped the catalogue. Titles, names, places and questions are data and
// stay French, so the list avoids their words.
var frenchWords = []string{
	"séance", "Séance", "enregistr", "retour", "quitter", "déport", "Déport",
	"à examiner", "labellisées", "monter", "descendre", "Présents", "Porteur",
	"Montant", "État", "notés", "médiane", "Proposition", "Pas encore", "Aucun",
	"Évaluations", "Moyennes", "échap", "entrée", "lignes", "Fichier", "Erreur",
	"Membres du comité", "membres présents", "Ordre du jour", "ajouter",
	"filtrer", "trier", "Titre", "déposée", "en cours", "noter", "présentation",
	"reporter", "Collège", "Lieu", "Avancement", "Importer", "suivant",
	"précédent", "Résumé", "Courriel", "Téléphone", "Campagne", "Motivation",
	"votants", "Non concerné", "n° ", "grille ", "Affirmé", "Émergent",
	"Exemplaire", "Utilité sociale", "tabulation", "séparateur", "⟨",
}

// French lists the French catalogue words found in s (a placeholder ⟨key⟩
// of a missing text counts too).
func French(s string) []string {
	var out []string
	for _, w := range frenchWords {
		if strings.Contains(s, w) {
			out = append(out, w)
		}
	}
	return out
}

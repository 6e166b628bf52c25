package i18n

// Texts of the tester's fixes: not applicable printed as such, an amended
// decision's rationale, the audit's recusals and first scores, the import's
// field names.
func init() { merge(fr, fixbFR, "fr") }

var fixbFR = map[string]string{
	"minutes.mean_na": "non concernée",
	// An amendment says why it was made (its reason) and why the new
	// decision departs from the proposal (the decision's rationale).
	"minutes.amendment_rationale": "Motivation de la nouvelle décision : %s.",
	"amendment.reason":            "motif : %s",
	"amendment.rationale":         "motivation : %s",

	// A recusal in the audit trail: the member, then the initiative.
	"history.recusal.declared":      "déport de %s (initiative n°\u00a0%s) déclaré, motif\u00a0: «\u00a0%s\u00a0»",
	"history.recusal.declared_bare": "déport de %s (initiative n°\u00a0%s) déclaré, sans motif",
	"history.recusal.withdrawn":     "déport de %s (initiative n°\u00a0%s) retiré",
	"history.recusal.reason":        "motif du déport de %s (initiative n°\u00a0%s)\u00a0: %s → %s",
	"history.recusal.member_number": "membre n°\u00a0%s",
	// The scores an evaluation was created with, on one line.
	"history.first_scores":     "notes\u00a0: %s",
	"history.first_scores.sep": "\u00a0; ",
	// A file's fields, for the import's conflicts, where the trail has no
	// word for them (history.field.*).
	"transfer.field.id":               "identifiant",
	"transfer.field.campaign":         "campagne",
	"transfer.field.holder":           "porteur",
	"transfer.field.amount_requested": "montant demandé",
	"transfer.field.updated_at":       "modifiée le",
	"transfer.field.postpone_reasons": "motifs des reports",
	"transfer.field.grid":             "grille",
	"transfer.field.scores":           "notes",
	"transfer.field.notes":            "commentaires",
	"transfer.field.decision":         "décision",
	"transfer.field.at":               "date",
	"transfer.field.reason":           "motif",
	"transfer.field.before":           "évaluation d'avant",
	"transfer.field.after":            "évaluation corrigée",
	"transfer.field.source":           "texte de la grille",
	"transfer.field.label":            "libellé",
	"transfer.field.version":          "version",
	"transfer.field.category_scores":  "moyennes par catégorie",
	"transfer.field.proposal":         "proposition",
	"transfer.field.kind":             "type",
	"transfer.field.session_id":       "séance",
	"transfer.field.initiative_id":    "initiative",
	"transfer.field.member_id":        "membre",
	"transfer.field.categories":       "catégories",
}

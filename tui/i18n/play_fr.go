package i18n

// What the room's trial of the presentation view asked for: the arrows on
// a marker without a number, the short keys for the next item, and the
// decision dialog's vote boxes named in their errors.
func init() { merge(fr, playFR, "fr") }

var playFR = map[string]string{
	"scoring.lower_nothing":   "←\u00a0: rien à baisser, ce marqueur n'a pas de note (→ ou un chiffre pour noter)",
	"decision.err_vote_field": "%s\u00a0: %s",
	"key.next_item_short":     "suivante",
	"key.prev_item_short":     "précédente",
}

package i18n

// What the room's trial of the presentation view asked for: the arrows on
// a marker without a number, the short keys for the next item, and the
// decision dialog's vote boxes named in their errors.
func init() { merge(en, playEN, "en") }

var playEN = map[string]string{
	"scoring.lower_nothing":   "←: nothing to lower, this marker has no score (→ or a digit to score it)",
	"decision.err_vote_field": "%s: %s",
	"key.next_item_short":     "next",
	"key.prev_item_short":     "previous",
}

package i18n

// What the room's trial of the presentation view asked for: the arrows on
// a marker without a number, and the short keys for the next item.
func init() { merge(en, playEN, "en") }

var playEN = map[string]string{
	"scoring.lower_nothing": "←: nothing to lower, this marker has no score (→ or a digit to score it)",
	"key.next_item_short":   "next",
	"key.prev_item_short":   "previous",
}

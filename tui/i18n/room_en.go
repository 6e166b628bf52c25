package i18n

// The meeting room: the radar's legend and the per-category grant ceiling.
func init() { merge(en, roomEN, "en") }

var roomEN = map[string]string{
	"radar.threshold": "threshold %s",
}

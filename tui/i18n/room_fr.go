package i18n

// The meeting room: the radar's legend and the per-category grant ceiling.
func init() { merge(fr, roomFR, "fr") }

var roomFR = map[string]string{
	"radar.threshold": "seuil %s",
}

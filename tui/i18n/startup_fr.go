package i18n

// The home screen's texts while the initiatives beyond its first screenful
// are still being read (issue 13).
func init() { merge(fr, startupFR, "fr") }

var startupFR = map[string]string{
	"home.loading_rest": "chargement…",
}

package i18n

func init() { merge(en, startupEN, "en") }

var startupEN = map[string]string{
	"home.loading_rest": "loading…",
}

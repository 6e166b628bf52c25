package i18n

func init() { merge(en, fixbEN, "en") }

var fixbEN = map[string]string{
	"minutes.mean_na": "not applicable",
}

package i18n

func init() { merge(en, fixcEN, "en") }

var fixcEN = map[string]string{
	"key.presentation_leave": "leave the presentation",
}

package i18n

var stateEN = map[string]string{
	"state.labelled_short": "✓ %s",
}

func init() { merge(en, stateEN, "en") }

package i18n

var stateFR = map[string]string{
	"state.labelled_short": "✓ %s",
}

func init() { merge(fr, stateFR, "fr") }

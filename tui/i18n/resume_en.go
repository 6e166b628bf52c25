package i18n

func init() { merge(en, resumeEN, "en") }

// resumeEN: see resumeFR.
var resumeEN = map[string]string{
	"resume.offer":          "Go back to the session of %s (%s) at “%s”?",
	"resume.offer_keys":     "y: yes · n: no",
	"resume.key_yes":        "go back",
	"resume.key_no":         "no thanks",
	"resume.agenda_unsaved": "the session's agenda is not saved",

	"keyname.o/entrée": "y/enter",
	"keyname.n/échap":  "n/esc",
}

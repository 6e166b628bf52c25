package i18n

func init() { merge(fr, resumeFR, "fr") }

// resumeFR: going back, after a restart, to the session and item in
// progress; and what quitting would lose.
var resumeFR = map[string]string{
	"resume.offer":          "Reprendre la séance du %s (%s) à «\u00a0%s\u00a0»\u00a0?",
	"resume.offer_keys":     "o\u00a0: oui · n\u00a0: non",
	"resume.key_yes":        "reprendre",
	"resume.key_no":         "non merci",
	"resume.agenda_unsaved": "l'ordre du jour de la séance n'est pas enregistré",

	"keyname.o/entrée": "o/entrée",
	"keyname.n/échap":  "n/échap",
}

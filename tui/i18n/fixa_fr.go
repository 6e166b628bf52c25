package i18n

func init() { merge(errorsFR, fixaErrorsFR, "fr errors") }

// fixaErrorsFR writes the store's refusals of contradictory decisions
// (store/decisions.go), with the store's own French sentences.
var fixaErrorsFR = map[string]string{
	"store.outcome.labelled":           "labellisée",
	"store.outcome.deferred":           "ajournée",
	"store.outcome.not_retained":       "non retenue",
	"store.session.agenda_elsewhere":   "l'initiative n° %d « %s » est déjà à l'ordre du jour de la séance ouverte du %s (%s) : reportez-la ou ajournez-la d'abord dans cette séance",
	"store.eval.decided_elsewhere":     "l'initiative « %s » a déjà été décidée dans la séance du %s (%s) : une seconde décision ne suit qu'un ajournement ; corrigez plutôt celle-là (amendement une fois la séance close)",
	"store.check.decisions_contradict": "l'initiative n° %d « %s » a été décidée deux fois sans ajournement entre les deux : %s dans la séance du %s, puis %s dans celle du %s ; son état suit la seconde",
}

func init() { merge(fr, fixaFR, "fr") }

// fixaFR: the agenda step's word about the initiatives it leaves out.
var fixaFR = map[string]string{
	"agenda.held_elsewhere.one":   "(%d initiative est à l'ordre du jour d'une autre séance ouverte : reportez-la là-bas pour l'ajouter ici)",
	"agenda.held_elsewhere.other": "(%d initiatives sont à l'ordre du jour d'une autre séance ouverte : reportez-les là-bas pour les ajouter ici)",
	"backup.cli.flag.force":       "remplacer le fichier s'il existe déjà",
	"backup.cli.exists":           "%s existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer",
	"backup.cli.done_file":        "Sauvegarde écrite : %[1]s\nPour la remettre en place plus tard : essradar restore %[2]s",
}

package i18n

func init() { merge(fr, perfFR, "fr") }

// perfFR: the demo at scale (issue 13).
var perfFR = map[string]string{
	"cli.demo.flag.scale":       "génère `N` fois la démonstration (200 initiatives par unité, avec séances closes, évaluations et décisions), pour essayer essradar à grande échelle",
	"cli.demo.scale.below_one":  "l'échelle doit être un entier d'au moins 1 (reçu %d)",
	"cli.demo.scale.already":    "la démonstration est déjà dans %s : générez l'échelle dans une base neuve (--db)",
	"cli.demo.scale.loaded":     "Démonstration à l'échelle chargée dans %s : %s, %s, %s, %s.",
	"cli.count.campaigns.one":   "%d campagne",
	"cli.count.campaigns.other": "%d campagnes",
}

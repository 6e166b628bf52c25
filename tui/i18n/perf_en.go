package i18n

func init() { merge(en, perfEN, "en") }

// perfEN: the demo at scale (issue 13).
var perfEN = map[string]string{
	"cli.demo.flag.scale":       "generate `N` times the demonstration (200 initiatives a unit, with closed sessions, evaluations and decisions), to try essradar at scale",
	"cli.demo.scale.below_one":  "the scale must be a whole number of at least 1 (got %d)",
	"cli.demo.scale.already":    "the demonstration is already in %s: generate the scale in a new database (--db)",
	"cli.demo.scale.loaded":     "Demonstration at scale loaded into %s: %s, %s, %s, %s.",
	"cli.count.campaigns.one":   "%d campaign",
	"cli.count.campaigns.other": "%d campaigns",
}

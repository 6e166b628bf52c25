package i18n

var en = map[string]string{
	"app.too_small": "Window too small: please enlarge it\n(at least %d×%d, now %d×%d).",

	"key.quit":     "quit",
	"key.help":     "help",
	"key.up":       "up",
	"key.down":     "down",
	"key.pageup":   "page up",
	"key.pagedown": "page down",
	"key.top":      "top",
	"key.bottom":   "bottom",
	"key.demo_yes": "load the demo",
	"key.demo_no":  "empty database",
	"key.back":     "back",
	"key.open":     "open",
	"key.tab":      "switch pane",

	"error.prefix": "Error:",

	"home.loading":           "Loading…",
	"home.demo_loading":      "Loading the demo data…",
	"home.empty":             "The database is empty: no campaign, no initiative.",
	"home.offer_demo":        "Load the demo campaign? (y: yes, n: no)",
	"home.offer_demo_detail": "A fictional campaign: 24 initiatives across the 8 territories, a committee of 10 members and two sessions.",
	"home.no_campaign":       "No campaign yet.\n\nImport data with “essradar import FILE.json”,\nor load the demo with “essradar demo”.",
	"home.no_initiatives":    "No initiative in this campaign.",
	"home.grid":              "grid %s v%d",
	"home.count_total":       "%d initiatives",

	"col.number":    "No.",
	"col.title":     "Title",
	"col.territory": "Territory",
	"col.holder":    "Holder",
	"col.state":     "State",

	"status.deposee":            "submitted",
	"status.labellisee":         "labelled",
	"status.ajournee":           "deferred",
	"status.non_retenue":        "not retained",
	"status.retiree":            "withdrawn",
	"status.plural.deposee":     "submitted",
	"status.plural.labellisee":  "labelled",
	"status.plural.ajournee":    "deferred",
	"status.plural.non_retenue": "not retained",
	"status.plural.retiree":     "withdrawn",
}

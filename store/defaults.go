package store

// The département's default lists (DESIGN §1). They are data given to a new
// campaign, which may then edit its own copy; no logic depends on them.
var (
	defaultTerritories = []string{"Arrageois", "Artois", "Audomarois", "Boulonnais", "Calaisis", "Hénin-Carvin", "Lens-Liévin", "Montreuillois-Ternois"}
	defaultColleges    = []string{"CDESS", "finance solidaire", "personnes qualifiées", "ambassadeurs ESS", "Mission ESS"}
)

// DefaultTerritories returns a fresh copy of the département's default
// territories, for a new campaign.
func DefaultTerritories() []string { return append([]string(nil), defaultTerritories...) }

// DefaultColleges returns a fresh copy of the committee's default colleges
// (member groups), for a new campaign.
func DefaultColleges() []string { return append([]string(nil), defaultColleges...) }

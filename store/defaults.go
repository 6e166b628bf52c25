package store

import (
	"errors"
	"strconv"
	"time"

	"essradar/scoring"
)

// The département's default lists (docs/reference.md §1). They are data given to a new
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

// CreateCampaign writes a new campaign (its year as id) bound to grid g,
// whose source src is kept so its results can always be recomputed, with the
// default territories and colleges. An existing campaign gives ErrExists.
func (t *Tx) CreateCampaign(id, name string, g *scoring.Grid, src []byte) (Campaign, error) {
	oneLine(&id)
	oneLine(&name)
	if _, err := t.Campaign(id); err == nil {
		return Campaign{}, newError(ErrExists, nil, "store.campaign.exists", "la campagne %s existe déjà", id)
	} else if !errors.Is(err, ErrNotFound) {
		return Campaign{}, err
	}
	if err := t.PutGrid(g.Ref(), src); err != nil && !errors.Is(err, ErrExists) {
		return Campaign{}, err
	}
	c := Campaign{ID: id, Name: name, Grid: g.Ref(), Territories: DefaultTerritories(), Colleges: DefaultColleges(), CreatedAt: t.now,
		GrantCeilingCents: DefaultGrantCeilingCents}
	if err := t.PutCampaign(c); err != nil {
		return Campaign{}, err
	}
	return c, nil
}

// DefaultGrantCeilingCents is a new campaign's grant ceiling: the scheme's
// grants go from a few thousand euros to 20 000 €.
const DefaultGrantCeilingCents = 20_000_00

// NewCampaignYear is the year a campaign created at now is for: from
// September, when the year's vote is under way, the next call is the one
// being prepared.
func NewCampaignYear(now time.Time) string {
	y := now.Year()
	if now.Month() >= time.September {
		y++
	}
	return strconv.Itoa(y)
}

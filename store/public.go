package store

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"essradar/scoring"
)

// PublicInitiative is what of a labelled initiative may be published for the
// citizen vote. It has no field for the holder's contact person, e-mail or
// phone: whoever writes the public list cannot leak what it never receives,
// so the rule "no personal data in the public export" holds here, in the
// type, rather than in every writer.
type PublicInitiative struct {
	ID          uint64
	Title       string
	Structure   string // the holder's structure (an organisation, not a person)
	Territory   string
	Commune     string
	Category    string // label category id, in the campaign's grid
	AmountCents int64
	Summary     string
}

// PublicList is a campaign's labelled initiatives for the vote, with the
// campaign's grid to name their categories (nil when the campaign has none).
type PublicList struct {
	Campaign    Campaign
	Grid        *scoring.Grid
	Initiatives []PublicInitiative
}

// PublicList reads the labelled initiatives of campaign campaignID ("" for
// the current one), by number. An unknown campaign is an error that lists
// the campaigns there are, so the secretary can pick one.
func (s *Store) PublicList(campaignID string) (l PublicList, err error) {
	err = s.View(func(tx *Tx) error {
		if l.Campaign, err = tx.publicCampaign(campaignID); err != nil {
			return err
		}
		if l.Campaign.Grid.ID != "" {
			if l.Grid, err = tx.Grid(l.Campaign.Grid); err != nil {
				return err
			}
		}
		ins, err := tx.Initiatives(l.Campaign.ID)
		if err != nil {
			return err
		}
		for _, in := range ins {
			if in.Status == StatusLabelled {
				l.Initiatives = append(l.Initiatives, publicInitiative(in))
			}
		}
		slices.SortFunc(l.Initiatives, func(a, b PublicInitiative) int { return cmp.Compare(a.ID, b.ID) })
		return nil
	})
	return l, err
}

func publicInitiative(in Initiative) PublicInitiative {
	return PublicInitiative{ID: in.ID, Title: in.Title, Structure: in.Holder.Name, Territory: in.Territory,
		Commune: in.Commune, Category: in.Category, AmountCents: in.AmountCents, Summary: in.Summary}
}

func (t *Tx) publicCampaign(id string) (Campaign, error) {
	if id == "" {
		return t.CurrentCampaign()
	}
	c, err := t.Campaign(id)
	if !errors.Is(err, ErrNotFound) {
		return c, err
	}
	all, lerr := t.Campaigns()
	if lerr != nil {
		return Campaign{}, lerr
	}
	if len(all) == 0 {
		return t.CurrentCampaign() // says there is no campaign yet
	}
	ids := make([]string, len(all))
	for i, c := range all {
		ids[i] = c.ID
	}
	slices.SortFunc(ids, func(a, b string) int {
		switch {
		case campaignLess(a, b):
			return -1
		case campaignLess(b, a):
			return 1
		}
		return 0
	})
	return Campaign{}, newError(ErrNotFound, nil, "public.unknown_campaign",
		"la campagne %s n'existe pas ; campagnes de la base : %s", id, strings.Join(ids, ", "))
}

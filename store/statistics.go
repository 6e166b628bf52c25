package store

import (
	"slices"

	"essradar/scoring"
)

// CampaignStats is one campaign in figures: what became of its initiatives,
// where they came from, and how the initiatives the committee decided on
// scored, marker by marker and category by category.
type CampaignStats struct {
	Campaign Campaign
	Grid     *scoring.Grid
	// Initiatives counts every initiative of the campaign.
	Initiatives int
	Outcomes    OutcomeCounts
	// Labelled counts the labelled initiatives by category: the grid's
	// categories in grid order, then any other category a decision names.
	Labelled    []CategoryCount
	Territories []TerritoryCount
	Sessions    int
	Closed      int // sessions closed (sealed)
	// Evaluated is how many evaluations the means are taken over: the
	// evaluation in force of each decided initiative, amendments applied,
	// when it was scored on the campaign's grid.
	Evaluated     int
	MarkerMeans   []scoring.MarkerMean   // grid order
	CategoryMeans []scoring.CategoryMean // grid order
}

// OutcomeCounts splits a campaign's initiatives by the decision in force.
type OutcomeCounts struct {
	Labelled, Deferred, NotRetained int
	Pending                         int // no decision yet
	Withdrawn                       int
}

// CategoryCount is how many initiatives a category labelled.
type CategoryCount struct {
	ID string
	N  int
}

// TerritoryCount is a territory's initiatives and how many were labelled.
type TerritoryCount struct {
	Name        string // as the campaign writes it
	Initiatives int
	Labelled    int
}

// LabelledIn is the number of initiatives labelled in category id.
func (cs CampaignStats) LabelledIn(id string) int {
	for _, c := range cs.Labelled {
		if c.ID == id {
			return c.N
		}
	}
	return 0
}

// CategoryMean is the campaign's mean for category id; ok is false when no
// evaluation gave the category a score (or the grid has no such category).
func (cs CampaignStats) CategoryMean(id string) (mean float64, ok bool) {
	for _, c := range cs.CategoryMeans {
		if c.ID == id {
			return c.Mean, c.HasScore()
		}
	}
	return 0, false
}

// Statistics reads every campaign in figures, oldest year first, in one
// transaction.
func (s *Store) Statistics() (out []CampaignStats, err error) {
	err = s.view(func(t *Tx) error {
		cs, err := t.Campaigns()
		if err != nil {
			return err
		}
		slices.SortStableFunc(cs, func(a, b Campaign) int {
			switch {
			case campaignLess(a.ID, b.ID):
				return -1
			case campaignLess(b.ID, a.ID):
				return 1
			}
			return 0
		})
		for _, c := range cs {
			st, err := t.campaignStats(c)
			if err != nil {
				return err
			}
			out = append(out, st)
		}
		return nil
	})
	return out, err
}

func (t *Tx) campaignStats(c Campaign) (CampaignStats, error) {
	st := CampaignStats{Campaign: c}
	g, err := t.Grid(c.Grid)
	if err != nil {
		return st, err
	}
	st.Grid = g
	ins, err := t.Initiatives(c.ID)
	if err != nil {
		return st, err
	}
	st.Initiatives = len(ins)
	labelled := map[string]int{}
	territories := newTerritoryTally(c.Territories)
	var profiles []scoring.Scores
	for _, in := range ins {
		ev, err := t.evaluationInForce(in.ID)
		if err != nil {
			return st, err
		}
		isLabelled := st.Outcomes.add(in, ev)
		if isLabelled {
			labelled[ev.Decision.Category]++
		}
		territories.add(in.Territory, isLabelled)
		if ev != nil && ev.Grid == c.Grid {
			profiles = append(profiles, ev.Scores)
		}
	}
	st.Labelled = labelledByCategory(g, labelled)
	st.Territories = territories.counts()
	st.Evaluated = len(profiles)
	st.MarkerMeans = scoring.MarkerMeans(g, profiles)
	st.CategoryMeans = scoring.CategoryMeans(g, profiles)
	ses, err := t.Sessions(c.ID)
	if err != nil {
		return st, err
	}
	st.Sessions = len(ses)
	for _, se := range ses {
		if se.Sealed() {
			st.Closed++
		}
	}
	return st, nil
}

// add counts an initiative under its decision in force (ev, nil when none)
// and says whether it is labelled. A withdrawn initiative never has one
// (WithdrawInitiative refuses a decided initiative).
func (o *OutcomeCounts) add(in Initiative, ev *Evaluation) bool {
	switch {
	case ev == nil && in.Status == StatusWithdrawn:
		o.Withdrawn++
	case ev == nil:
		o.Pending++
	case ev.Decision.Outcome == OutcomeLabelled:
		o.Labelled++
		return true
	case ev.Decision.Outcome == OutcomeDeferred:
		o.Deferred++
	default:
		o.NotRetained++
	}
	return false
}

// labelledByCategory lists the grid's categories in grid order, zeros
// included so campaigns compare, then the categories the grid does not
// know, in id order.
func labelledByCategory(g *scoring.Grid, n map[string]int) []CategoryCount {
	var out []CategoryCount
	for _, c := range g.Categories {
		out = append(out, CategoryCount{ID: c.ID, N: n[c.ID]})
		delete(n, c.ID)
	}
	var others []string
	for id := range n {
		others = append(others, id)
	}
	slices.Sort(others)
	for _, id := range others {
		out = append(out, CategoryCount{ID: id, N: n[id]})
	}
	return out
}

// territoryTally groups initiatives by territory, however each one writes
// it ("henin carvin" is Hénin-Carvin), in the campaign's order of its
// territories, then the others as first written.
type territoryTally struct {
	order []string // normalized names
	byKey map[string]*TerritoryCount
}

func newTerritoryTally(campaign []string) *territoryTally {
	tt := &territoryTally{byKey: map[string]*TerritoryCount{}}
	for _, name := range campaign {
		tt.entry(name)
	}
	return tt
}

func (tt *territoryTally) entry(name string) *TerritoryCount {
	k := NormalizeName(name)
	if e, ok := tt.byKey[k]; ok {
		return e
	}
	e := &TerritoryCount{Name: name}
	tt.byKey[k] = e
	tt.order = append(tt.order, k)
	return e
}

func (tt *territoryTally) add(territory string, labelled bool) {
	e := tt.entry(territory)
	e.Initiatives++
	if labelled {
		e.Labelled++
	}
}

// counts lists the territories with at least one initiative.
func (tt *territoryTally) counts() []TerritoryCount {
	var out []TerritoryCount
	for _, k := range tt.order {
		if e := tt.byKey[k]; e.Initiatives > 0 {
			out = append(out, *e)
		}
	}
	return out
}

package store

import "essradar/scoring"

// CeilingIn is the grant ceiling, in euro cents, for an initiative labelled
// (or proposed) in category: the grid's ceiling for that category when it
// has one, else the campaign's; 0 means none. An empty category (not
// decided yet) takes the campaign's.
func (c Campaign) CeilingIn(g *scoring.Grid, category string) int64 {
	if g != nil && category != "" {
		if cents := g.GrantCeilingCents(category); cents > 0 {
			return cents
		}
	}
	return c.GrantCeilingCents
}

// AboveCeilingIn says whether amountCents is above the ceiling that applies
// in category (see CeilingIn), and which ceiling that is.
func (c Campaign) AboveCeilingIn(g *scoring.Grid, category string, amountCents int64) (ceiling int64, above bool) {
	ceiling = c.CeilingIn(g, category)
	return ceiling, ceiling > 0 && amountCents > ceiling
}

// CeilingCategory is the category whose grant ceiling applies to the
// initiative: the one it is labelled in, else the one its latest evaluation
// proposes (a single category, not an ex aequo), else "".
func (f *InitiativeFile) CeilingCategory() string {
	if f.In.Category != "" {
		return f.In.Category
	}
	for i := len(f.Evals) - 1; i >= 0; i-- {
		e := f.Evals[i]
		if e.Grid == nil || len(e.Current.Scores) == 0 {
			continue
		}
		p := e.Grid.Propose(e.Current.Scores)
		if p.Kind == scoring.ProposeLabel && len(p.Categories) == 1 {
			return p.Categories[0]
		}
		return ""
	}
	return ""
}

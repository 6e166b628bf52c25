package store

import (
	"essradar/scoring"
	"essradar/store/plaintext"
)

// Every write goes through these before it is stored, whoever calls (a
// form, the JSON or CSV import, a command): a record never holds a control
// character, a direction override or, in a one-line field, an invisible
// character. Only the summary, notes and rationales keep their line breaks.
// What an older file already holds is shown through plaintext.Visible/Line.

func oneLine(s *string) { *s = plaintext.Clean(*s, false) }

func multiline(s *string) { *s = plaintext.Clean(*s, true) }

func oneLines(list []string) {
	for i := range list {
		oneLine(&list[i])
	}
}

func (c *Campaign) CleanText() {
	oneLine(&c.ID)
	oneLine(&c.Name)
	// Cleaned in new slices: the caller's campaign may share them.
	c.Territories = cleanedList(c.Territories)
	c.Colleges = cleanedList(c.Colleges)
}

func cleanedList(list []string) []string {
	if list == nil {
		return nil
	}
	out := append([]string(nil), list...)
	oneLines(out)
	return out
}

func (in *Initiative) CleanText() {
	for _, s := range []*string{&in.CampaignID, &in.Title, &in.Territory, &in.Commune, &in.Category,
		&in.Holder.Name, &in.Holder.LegalForm, &in.Holder.ContactName, &in.Holder.Email, &in.Holder.Phone} {
		oneLine(s)
	}
	multiline(&in.Summary)
}

func (m *Member) CleanText() {
	oneLine(&m.Name)
	oneLine(&m.College)
}

// CleanText leaves a closed session alone: its seal covers the text as it
// was closed, and an imported sealed session must still match it.
func (s *Session) CleanText() {
	if s.Sealed() {
		return
	}
	for _, f := range []*string{&s.CampaignID, &s.Date, &s.Territory, &s.Place} {
		oneLine(f)
	}
	if s.PostponeReasons != nil {
		reasons := make(map[uint64]string, len(s.PostponeReasons))
		for id, why := range s.PostponeReasons {
			reasons[id] = plaintext.Clean(why, false)
		}
		s.PostponeReasons = reasons
	}
	if s.Recusals != nil {
		s.Recusals = append([]Recusal(nil), s.Recusals...)
		for i := range s.Recusals {
			oneLine(&s.Recusals[i].Reason)
		}
	}
}

// CleanText works on copies of the notes and the decision, which the caller
// may still hold.
func (e *Evaluation) CleanText() {
	if e.Notes != nil {
		notes := make(map[string]string, len(e.Notes))
		for id, note := range e.Notes {
			notes[id] = plaintext.Clean(note, true)
		}
		e.Notes = notes
	}
	if e.Decision != nil {
		d := *e.Decision
		oneLine(&d.Category)
		multiline(&d.Rationale)
		e.Decision = &d
	}
}

func (a *Amendment) CleanText() {
	oneLine(&a.Reason)
	for _, e := range []**Evaluation{&a.Before, &a.After} {
		if *e != nil {
			c := **e
			c.CleanText()
			*e = &c
		}
	}
}

// ParseGrid reads a grid file as every part of essradar must: scoring.Parse,
// then its labels, questions and level names cleaned like a record's
// one-line fields, so a grid file cannot drive the terminal either. The
// stored source stays byte for byte what was given.
func ParseGrid(src []byte) (*scoring.Grid, error) {
	g, err := scoring.Parse(src)
	if err != nil {
		return nil, err
	}
	cleanGrid(g)
	return g, nil
}

func cleanGrid(g *scoring.Grid) {
	oneLine(&g.Title)
	oneLines(g.Scale.Levels)
	oneLines(g.Scale.LevelsEN)
	oneLine(&g.Scale.NotApplicable)
	for i := range g.Categories {
		c := &g.Categories[i]
		for _, s := range []*string{&c.Label, &c.LabelEN, &c.Short} {
			oneLine(s)
		}
		for j := range c.Markers {
			m := &c.Markers[j]
			for _, s := range []*string{&m.Label, &m.LabelEN, &m.Short, &m.Question} {
				oneLine(s)
			}
			oneLines(m.Levels)
			oneLine(&m.QuestionEN)
			oneLines(m.LevelsEN)
		}
	}
}

// Package minutes writes a session's procès-verbal: who sat, what each
// initiative was proposed and what the committee decided, in the order of an
// official record. Build turns a session sheet into a plain Minutes value,
// already worded in the catalogue's language; Markdown, Text and PDF lay that
// same value out, so the three formats never say different things.
package minutes

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/i18n"
)

// Minutes is one session's record, every text already written.
type Minutes struct {
	t *i18n.Catalogue

	Draft     bool // the session is still open: « projet » on every page
	Campaign  string
	Date      string // as the language writes it
	Territory string
	Place     string
	Present   []College
	Excused   []College
	Items     []Item
	Seal      string
}

// College is a group of the committee and its members' names.
type College struct {
	Name    string
	Members []string
}

// Item is one agenda item as the record tells it.
type Item struct {
	Number    int
	Title     string
	Holder    string
	Territory string // territory and commune
	Amount    string // the grant requested
	Radar     Radar
	Means     []Mean
	Proposal  string // the sentence the scoring screen shows
	Proposed  string // the proposal in a few words, for the summary
	Recusals  []string
	// Outcome is the decision, the postponement or « pas encore décidée »;
	// Rationale and Votes follow a decision only.
	Outcome    string
	Rationale  string
	Votes      string
	Amendments []string
	Decided    bool
	Postponed  bool
	// Summary is the decision column of the summary table.
	Summary string
}

// Radar is an item's scores on the grid's markers, NaN where not scored.
// Marks hold, per marker, the word that replaces the value of a marker
// answered « non concerné » (empty elsewhere): not applicable is an answer,
// and must not read like the « ? » of a marker nobody scored.
type Radar struct {
	Labels []string
	Values []float64
	Marks  []string
	Max    float64
}

// Scored says whether the radar has anything to draw.
func (r Radar) Scored() bool {
	return slices.ContainsFunc(r.Values, func(v float64) bool { return !math.IsNaN(v) })
}

// Mean is one category's mean, written.
type Mean struct {
	Category string
	Value    string
}

// T is the minutes' catalogue, for the writers' headings.
func (m *Minutes) T(key string, args ...any) string { return m.t.T(key, args...) }

// Build words the record of the session b holds. Stored text passes through
// plaintext.Clean: the minutes are a file others open, never a way for a
// control character to travel.
func Build(b *store.SessionSheet, t *i18n.Catalogue) *Minutes {
	se := b.Session
	m := &Minutes{t: t, Draft: !se.Sealed(), Campaign: line(b.Campaign.Name), Date: t.Date(se.Date),
		Territory: line(se.Territory), Place: line(se.Place), Seal: line(se.Seal)}
	m.Present, m.Excused = attendance(b)
	for i, id := range se.Agenda {
		m.Items = append(m.Items, buildItem(b, t, i+1, id))
	}
	return m
}

func line(s string) string { return strings.TrimSpace(plaintext.Clean(s, false)) }

// attendance groups the members present by college, and the active
// members not present (excused) the same way, colleges in the campaign's
// order.
func attendance(b *store.SessionSheet) (present, excused []College) {
	here := map[uint64]bool{}
	var in, out []store.Member
	for _, id := range b.Session.Present {
		here[id] = true
		if mb, ok := b.Members[id]; ok {
			in = append(in, mb)
		}
	}
	for _, mb := range b.Members {
		if mb.Active && !here[mb.ID] {
			out = append(out, mb)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return byCollege(in, b.Campaign.Colleges), byCollege(out, b.Campaign.Colleges)
}

func byCollege(ms []store.Member, order []string) []College {
	var out []College
	index := map[string]int{}
	for _, name := range order {
		index[line(name)] = len(out)
		out = append(out, College{Name: line(name)})
	}
	for _, mb := range ms {
		c := line(mb.College)
		i, ok := index[c]
		if !ok {
			i = len(out)
			index[c] = i
			out = append(out, College{Name: c})
		}
		out[i].Members = append(out[i].Members, line(mb.Name))
	}
	return slices.DeleteFunc(out, func(c College) bool { return len(c.Members) == 0 })
}

func buildItem(b *store.SessionSheet, t *i18n.Catalogue, n int, id uint64) Item {
	g := b.Grid
	in := b.Initiatives[id]
	it := Item{Number: n, Title: line(in.Title), Holder: line(in.Holder.Name), Territory: line(in.Territory)}
	if f := line(in.Holder.LegalForm); f != "" {
		it.Holder += " (" + f + ")"
	}
	if c := line(in.Commune); c != "" {
		it.Territory = t.T("minutes.item_territory", it.Territory, c)
	} else {
		it.Territory = t.T("minutes.territory", it.Territory)
	}
	it.Amount = t.T("minutes.amount", t.Euros(in.AmountCents))
	ev, evaluated := b.Evals[id]
	it.Radar = radarOf(g, ev.Scores, t.GridLang(), t.T("grid.not_applicable_short"))
	p := g.Propose(ev.Scores)
	if evaluated && len(ev.Scores) > 0 {
		for _, c := range p.Scores {
			v := t.T("minutes.mean_none")
			switch {
			case c.HasScore():
				v = t.T("minutes.mean", t.Number(c.Mean), g.Scale.Max)
			case c.NA > 0 && c.Unscored == 0:
				v = t.T("minutes.mean_na")
			}
			it.Means = append(it.Means, Mean{Category: g.CategoryLabel(c.ID, t.GridLang()), Value: v})
		}
		it.Proposal = t.Proposal(g, p)
	}
	it.Proposed = proposed(g, t, p)
	it.Recusals = recusals(b, t, id)
	switch st := b.State(id); {
	case st == store.ItemPostponed:
		it.Postponed = true
		it.Outcome = t.T("minutes.postponed")
		if why := reason(b.Session.PostponeReasons[id]); why != "" {
			it.Outcome = t.T("minutes.postponed_reason", why)
		}
		it.Summary = t.T("item.postponed")
	case st == store.ItemDecided:
		it.Decided = true
		d := ev.Decision
		it.Outcome = decision(g, t, d)
		it.Rationale = strings.TrimSpace(plaintext.Clean(d.Rationale, true))
		it.Votes = t.T("minutes.no_votes")
		if v := d.Votes; v != nil {
			it.Votes = t.T("minutes.votes", v.For, v.Against, v.Abstain)
		}
		it.Summary = t.Decision(g, d)
	default:
		it.Outcome = t.T("minutes.undecided")
		it.Summary = t.T("item.not_started")
	}
	for _, a := range b.Amendments[id] {
		now := t.T("minutes.undecided")
		if a.After != nil && a.After.Decision != nil {
			now = decision(g, t, a.After.Decision)
			it.Summary = t.T("minutes.amended", strings.TrimSuffix(it.Summary, "."), t.Decision(g, a.After.Decision))
		}
		said := t.T("minutes.amendment", t.Date(a.At.Format(time.DateOnly)), reason(a.Reason), now)
		if a.After != nil && a.After.Decision != nil {
			if why := rationale(a.After.Decision.Rationale); why != "" {
				said += " " + t.T("minutes.amendment_rationale", why)
			}
		}
		it.Amendments = append(it.Amendments, said)
	}
	return it
}

// reason is a reason as a sentence quotes it: one line, no closing full
// stop (the sentence has its own).
func reason(s string) string { return strings.TrimRight(line(s), ". ") }

// rationale is a decision's rationale as a sentence quotes it: its line
// breaks kept, no closing full stop.
func rationale(s string) string {
	return strings.TrimRight(strings.TrimSpace(plaintext.Clean(s, true)), ". ")
}

func radarOf(g *scoring.Grid, s scoring.Scores, lang, notApplicable string) Radar {
	refs := g.Markers()
	r := Radar{Labels: make([]string, len(refs)), Values: make([]float64, len(refs)),
		Marks: make([]string, len(refs)), Max: float64(g.Scale.Max)}
	for i, ref := range refs {
		r.Labels[i] = ref.Marker.ShortLabelIn(lang)
		r.Values[i] = math.NaN()
		switch v, ok := s[ref.Marker.ID]; {
		case ok && v == scoring.NotApplicable:
			r.Marks[i] = notApplicable
		case ok:
			r.Values[i] = float64(v)
		}
	}
	return r
}

func proposed(g *scoring.Grid, t *i18n.Catalogue, p scoring.Proposal) string {
	switch p.Kind {
	case scoring.ProposeLabel:
		names := make([]string, len(p.Categories))
		for i, id := range p.Categories {
			names[i] = t.CategoryShort(g, id)
		}
		return strings.Join(names, " / ")
	case scoring.ProposeDeferral:
		return t.T("minutes.proposed_deferral")
	}
	return "—"
}

func decision(g *scoring.Grid, t *i18n.Catalogue, d *store.Decision) string {
	if d.Outcome == store.OutcomeLabelled {
		return t.T("minutes.labelled", g.CategoryLabel(d.Category, t.GridLang()))
	}
	return t.Decision(g, d)
}

// recusals are the sentences of the members who stood aside for id, in
// the order they declared it.
func recusals(b *store.SessionSheet, t *i18n.Catalogue, id uint64) []string {
	var out []string
	for _, r := range b.Session.Recusals {
		if r.InitiativeID != id {
			continue
		}
		name := line(b.Members[r.MemberID].Name)
		if why := reason(r.Reason); why != "" {
			out = append(out, t.T("minutes.recusal_reason", name, why))
		} else {
			out = append(out, t.T("minutes.recusal", name))
		}
	}
	return out
}

package transfer

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"essradar/scoring"
	"essradar/store"
)

// Conversions between the store's records and the document's. toDoc
// normalises (UTC times, empty lists rather than null), so that comparing two
// converted records compares their content.

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC()
}

func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func ids(s []uint64) []uint64 {
	if s == nil {
		return []uint64{}
	}
	return s
}

func campaignDoc(c store.Campaign) Campaign {
	return Campaign{ID: c.ID, Name: c.Name, Grid: c.Grid, Territories: strs(c.Territories), Colleges: strs(c.Colleges), CreatedAt: utc(c.CreatedAt)}
}

func campaignRec(c Campaign) store.Campaign {
	return store.Campaign{ID: c.ID, Name: c.Name, Grid: c.Grid, Territories: c.Territories, Colleges: c.Colleges, CreatedAt: c.CreatedAt}
}

func initiativeDoc(in store.Initiative) Initiative {
	h := in.Holder
	return Initiative{
		ID: in.ID, Campaign: in.CampaignID, Title: in.Title,
		Holder:    Holder{Name: h.Name, LegalForm: h.LegalForm, ContactName: h.ContactName, Email: h.Email, Phone: h.Phone},
		Territory: in.Territory, Commune: in.Commune, Summary: in.Summary,
		AmountRequested: json.Number(formatEuros(in.AmountCents)),
		Status:          string(in.Status), Category: in.Category,
		CreatedAt: utc(in.CreatedAt), UpdatedAt: utc(in.UpdatedAt),
	}
}

func initiativeRec(in Initiative) (store.Initiative, error) {
	cents, err := parseEuros(in.AmountRequested)
	if err != nil {
		return store.Initiative{}, err
	}
	h := in.Holder
	return store.Initiative{
		ID: in.ID, CampaignID: in.Campaign, Title: in.Title,
		Holder:    store.Holder{Name: h.Name, LegalForm: h.LegalForm, ContactName: h.ContactName, Email: h.Email, Phone: h.Phone},
		Territory: in.Territory, Commune: in.Commune, Summary: in.Summary,
		AmountCents: cents, Status: store.Status(in.Status), Category: in.Category,
		CreatedAt: in.CreatedAt, UpdatedAt: in.UpdatedAt,
	}, nil
}

func memberDoc(m store.Member) Member {
	return Member{ID: m.ID, Name: m.Name, College: m.College, Active: m.Active}
}

func memberRec(m Member) store.Member {
	return store.Member{ID: m.ID, Name: m.Name, College: m.College, Active: m.Active}
}

// reasons drops the empty reasons, which say nothing, and gives nil for none.
func reasons(m map[uint64]string) map[uint64]string {
	var out map[uint64]string
	for id, r := range m {
		if r == "" {
			continue
		}
		if out == nil {
			out = map[uint64]string{}
		}
		out[id] = r
	}
	return out
}

func sessionDoc(s store.Session) Session {
	rs := make([]Recusal, 0, len(s.Recusals))
	for _, r := range s.Recusals {
		rs = append(rs, Recusal{InitiativeID: r.InitiativeID, MemberID: r.MemberID, Reason: r.Reason, At: utc(r.At)})
	}
	return Session{
		ID: s.ID, Campaign: s.CampaignID, Date: s.Date, Territory: s.Territory, Place: s.Place,
		Present: ids(s.Present), Agenda: ids(s.Agenda), Postponed: ids(s.Postponed),
		PostponeReasons: reasons(s.PostponeReasons), Recusals: rs,
		Status: string(s.Status), ClosedAt: utc(s.ClosedAt), Seal: s.Seal,
	}
}

func sessionRec(s Session) store.Session {
	var rs []store.Recusal
	for _, r := range s.Recusals {
		rs = append(rs, store.Recusal{InitiativeID: r.InitiativeID, MemberID: r.MemberID, Reason: r.Reason, At: r.At})
	}
	return store.Session{
		ID: s.ID, CampaignID: s.Campaign, Date: s.Date, Territory: s.Territory, Place: s.Place,
		Present: s.Present, Agenda: s.Agenda, Postponed: s.Postponed,
		PostponeReasons: reasons(s.PostponeReasons), Recusals: rs,
		Status: store.SessionStatus(s.Status), ClosedAt: s.ClosedAt, Seal: s.Seal,
	}
}

// evaluationDoc converts an evaluation; g, when not nil, is its own grid and
// fills the derived fields.
func evaluationDoc(e store.Evaluation, g *scoring.Grid, explain Explainer) Evaluation {
	scores := map[string]int{}
	for k, v := range e.Scores {
		scores[k] = v
	}
	out := Evaluation{
		SessionID: e.SessionID, InitiativeID: e.InitiativeID, Grid: e.Grid,
		Scores: scores, Notes: e.Notes, UpdatedAt: utc(e.UpdatedAt),
	}
	if len(out.Notes) == 0 {
		out.Notes = nil
	}
	if d := e.Decision; d != nil {
		out.Decision = &Decision{Outcome: string(d.Outcome), Category: d.Category, Rationale: d.Rationale, At: utc(d.At)}
		if d.Votes != nil {
			out.Decision.Votes = &Votes{For: d.Votes.For, Against: d.Votes.Against, Abstain: d.Votes.Abstain}
		}
	}
	if g != nil {
		for _, c := range g.CategoryScores(e.Scores) {
			out.CategoryScores = append(out.CategoryScores, CategoryScore{
				ID: c.ID, Label: c.Label, Mean: math.Round(c.Mean*100) / 100, Scored: c.Scored,
			})
		}
		p := proposalDoc(g, g.Propose(e.Scores), explain)
		out.Proposal = &p
	}
	return out
}

// proposalDoc is the exported part of scoring's proposal; the explanation
// is written by explain when there is one.
func proposalDoc(g *scoring.Grid, p scoring.Proposal, explain Explainer) Proposal {
	out := Proposal{
		Kind:        string(p.Kind),
		Categories:  strs(p.Categories),
		Provisional: p.Provisional,
		Weakest:     p.Weakest,
	}
	if explain != nil {
		out.Explanation = explain(g, p)
	}
	return out
}

func evaluationRec(e Evaluation) store.Evaluation {
	out := store.Evaluation{
		SessionID: e.SessionID, InitiativeID: e.InitiativeID, Grid: e.Grid,
		Scores: scoring.Scores(e.Scores), Notes: e.Notes, UpdatedAt: e.UpdatedAt,
	}
	if out.Scores == nil {
		out.Scores = scoring.Scores{}
	}
	if d := e.Decision; d != nil {
		out.Decision = &store.Decision{Outcome: store.Outcome(d.Outcome), Category: d.Category, Rationale: d.Rationale, At: d.At}
		if d.Votes != nil {
			out.Decision.Votes = &store.Votes{For: d.Votes.For, Against: d.Votes.Against, Abstain: d.Votes.Abstain}
		}
	}
	return out
}

// withoutDerived drops the fields Import ignores.
func withoutDerived(e Evaluation) Evaluation {
	e.CategoryScores, e.Proposal = nil, nil
	return e
}

func amendmentDoc(a store.Amendment, grid func(scoring.Ref) *scoring.Grid, explain Explainer) Amendment {
	out := Amendment{ID: a.ID, SessionID: a.SessionID, InitiativeID: a.InitiativeID, At: utc(a.At), Reason: a.Reason}
	if a.Before != nil {
		b := evaluationDoc(*a.Before, grid(a.Before.Grid), explain)
		out.Before = &b
	}
	if a.After != nil {
		af := evaluationDoc(*a.After, grid(a.After.Grid), explain)
		out.After = &af
	}
	return out
}

func amendmentRec(a Amendment) store.Amendment {
	out := store.Amendment{ID: a.ID, SessionID: a.SessionID, InitiativeID: a.InitiativeID, At: a.At, Reason: a.Reason}
	if a.Before != nil {
		b := evaluationRec(*a.Before)
		out.Before = &b
	}
	if a.After != nil {
		af := evaluationRec(*a.After)
		out.After = &af
	}
	return out
}

// formatEuros writes cents as a decimal number of euros: 150050 → "1500.5",
// 300000 → "3000", 5 → "0.05".
func formatEuros(cents int64) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	s := sign + strconv.FormatInt(cents/100, 10)
	switch r := cents % 100; {
	case r == 0:
		return s
	case r%10 == 0:
		return fmt.Sprintf("%s.%d", s, r/10)
	default:
		return fmt.Sprintf("%s.%02d", s, r)
	}
}

// parseEuros reads a decimal number of euros exactly (no float rounding):
// at most two decimals, no exponent. An absent amount is 0.
func parseEuros(n json.Number) (int64, error) {
	s := strings.TrimSpace(string(n))
	if s == "" {
		return 0, nil
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || strings.ContainsAny(s, "eE+") || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return 0, &store.MessageError{Message: store.NewMessage("transfer.amount.syntax", "le montant « %s » doit être un nombre d'euros écrit simplement, comme 1500.5", n)}
	}
	if len(frac) > 2 {
		return 0, &store.MessageError{Message: store.NewMessage("transfer.amount.decimals", "le montant « %s » a plus de deux décimales (les centimes)", n)}
	}
	for len(frac) < 2 {
		frac += "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w > math.MaxInt64/100-1 {
		return 0, fmt.Errorf("le montant « %s » est trop grand", n)
	}
	f, _ := strconv.ParseInt(frac, 10, 64)
	cents := w*100 + f
	if neg {
		cents = -cents
	}
	return cents, nil
}

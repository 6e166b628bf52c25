package transfer

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"time"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
)

// Export reads the database into a Document, in one read transaction: the
// campaign campaignID ("" = every campaign) with its initiatives, sessions,
// evaluations and amendments, the grids they use, and every member. The
// derived fields of evaluations (category_scores, proposal) are computed with
// each evaluation's own grid. The proposal's explanation is left empty: the
// sentence belongs to the interface's language; see ExportExplained.
func Export(s *store.Store, campaignID string) (*Document, error) {
	return ExportExplained(s, campaignID, nil)
}

// Explainer writes the sentence that explains a proposal (for the
// "explanation" field of the export), in a language of the caller's choice;
// tui/i18n's Catalogue.Proposal is one. The store does not write sentences
// for people: scoring's proposal is data.
type Explainer func(g *scoring.Grid, p scoring.Proposal) string

// ExportExplained is Export with every proposal's explanation written by
// explain (none when nil).
func ExportExplained(s *store.Store, campaignID string, explain Explainer) (*Document, error) {
	doc := &Document{Schema: Schema, ExportedAt: clock().UTC().Truncate(time.Second)}
	err := s.View(func(tx *store.Tx) error {
		// Campaigns.
		var campaigns []store.Campaign
		if campaignID == "" {
			all, err := tx.Campaigns()
			if err != nil {
				return err
			}
			campaigns = all
		} else {
			c, err := tx.Campaign(campaignID)
			if err != nil {
				return err
			}
			campaigns = []store.Campaign{c}
		}
		refs := map[scoring.Ref]bool{}
		for _, c := range campaigns {
			doc.Campaigns = append(doc.Campaigns, campaignDoc(c))
			if c.Grid.ID != "" {
				refs[c.Grid] = true
			}
		}

		// Grids, parsed once each for the derived fields.
		parsed := map[scoring.Ref]*scoring.Grid{}
		grid := func(ref scoring.Ref) *scoring.Grid {
			if g, ok := parsed[ref]; ok {
				return g
			}
			g, err := tx.Grid(ref)
			if err != nil {
				g = nil // missing or unreadable: the derived fields are left out
			}
			parsed[ref] = g
			return g
		}

		inits, err := tx.Initiatives(campaignID)
		if err != nil {
			return err
		}
		for _, in := range inits {
			doc.Initiatives = append(doc.Initiatives, initiativeDoc(in))
		}
		members, err := tx.Members()
		if err != nil {
			return err
		}
		for _, m := range members {
			doc.Members = append(doc.Members, memberDoc(m))
		}
		sessions, err := tx.Sessions(campaignID)
		if err != nil {
			return err
		}
		for _, se := range sessions {
			doc.Sessions = append(doc.Sessions, sessionDoc(se))
			evals, err := tx.EvaluationsBySession(se.ID)
			if err != nil {
				return err
			}
			for _, e := range evals {
				doc.Evaluations = append(doc.Evaluations, evaluationDoc(e, grid(e.Grid), explain))
				refs[e.Grid] = true
			}
			ams, err := tx.Amendments(se.ID)
			if err != nil {
				return err
			}
			for _, a := range ams {
				doc.Amendments = append(doc.Amendments, amendmentDoc(a, grid, explain))
				if a.After != nil {
					refs[a.After.Grid] = true
				}
				if a.Before != nil {
					refs[a.Before.Grid] = true
				}
			}
		}
		sort.Slice(doc.Amendments, func(i, j int) bool { return doc.Amendments[i].ID < doc.Amendments[j].ID })

		if campaignID == "" {
			all, err := tx.Grids()
			if err != nil {
				return err
			}
			for _, r := range all {
				refs[r] = true
			}
		}
		var sorted []scoring.Ref
		for r := range refs {
			sorted = append(sorted, r)
		}
		sort.Slice(sorted, func(i, j int) bool {
			if sorted[i].ID != sorted[j].ID {
				return sorted[i].ID < sorted[j].ID
			}
			return sorted[i].Version < sorted[j].Version
		})
		for _, r := range sorted {
			src, err := tx.GridSource(r)
			if err != nil {
				continue // referenced but absent: Check reports it; export the rest
			}
			doc.Grids = append(doc.Grids, Grid{ID: r.ID, Version: r.Version, Source: string(src)})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("exporter la base : %w", err)
	}
	doc.normalize()
	return doc, nil
}

// normalize writes empty lists as [] rather than null.
func (d *Document) normalize() {
	if d.Campaigns == nil {
		d.Campaigns = []Campaign{}
	}
	if d.Grids == nil {
		d.Grids = []Grid{}
	}
	if d.Initiatives == nil {
		d.Initiatives = []Initiative{}
	}
	if d.Members == nil {
		d.Members = []Member{}
	}
	if d.Sessions == nil {
		d.Sessions = []Session{}
	}
	if d.Evaluations == nil {
		d.Evaluations = []Evaluation{}
	}
}

// Write writes the document as indented JSON (UTF-8, accents as is).
func Write(w io.Writer, doc *Document) error {
	// Escaped so that the export, often read on a terminal, never carries
	// a C1 control or a direction override raw.
	jw := plaintext.NewJSONWriter(w)
	enc := json.NewEncoder(jw)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("écrire l'export : %w", err)
	}
	if err := jw.Flush(); err != nil {
		return fmt.Errorf("écrire l'export : %w", err)
	}
	return nil
}

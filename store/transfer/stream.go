package transfer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"time"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
)

// clock is the export's time; tests fix it to compare two exports.
var clock = time.Now

// Stream writes what Write(ExportExplained(s, campaignID, explain)) would,
// byte for byte, encoding record by record as they are read, in one read
// transaction: its memory does not grow with the number of initiatives or
// evaluations. A failure part-way leaves w with a truncated document, so
// callers write to a temporary file first (writeFileAtomic).
func Stream(w io.Writer, s *store.Store, campaignID string, explain Explainer) (Counts, error) {
	// Escaped as Write escapes (plaintext.JSONWriter): the export is often
	// read on a terminal.
	jw := plaintext.NewJSONWriter(w)
	bw := bufio.NewWriterSize(jw, 64<<10)
	sw := &streamWriter{w: bw, counts: map[string]int{}}
	err := s.View(func(tx *store.Tx) error { return sw.document(tx, campaignID, explain) })
	err = s.NamedDamage(err)
	if err == nil {
		err = sw.err
	}
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = jw.Flush()
	}
	if err != nil {
		return Counts{}, fmt.Errorf("écrire l'export : %w", err)
	}
	return Counts{Initiatives: sw.counts["initiatives"], Sessions: sw.counts["sessions"], Evaluations: sw.counts["evaluations"]}, nil
}

// Counts says how many records an export wrote.
type Counts struct{ Initiatives, Sessions, Evaluations int }

// streamWriter writes Document's JSON by hand, as json.Encoder indents it
// ("", "  "): the top-level fields at two spaces, list items at four.
type streamWriter struct {
	w      *bufio.Writer
	err    error
	buf    bytes.Buffer   // one value, compact
	enc    *json.Encoder  // writes into buf, HTML left unescaped as Write leaves it
	out    []byte         // buf indented
	counts map[string]int // items written, by list
	tx     *store.Tx      // the export's transaction, whose pages are let go of as it goes
}

// releaseEvery is how many items are written between two releases of the
// file's pages read so far: without it, streaming the whole file would
// leave all of it resident (74 MB at 20,000 initiatives).
const releaseEvery = 1000

func (sw *streamWriter) raw(s string) {
	if sw.err == nil {
		_, sw.err = sw.w.WriteString(s)
	}
}

// value writes v as the encoder would at the given indentation.
func (sw *streamWriter) value(v any, prefix string) {
	if sw.err != nil {
		return
	}
	if sw.enc == nil {
		sw.enc = json.NewEncoder(&sw.buf)
		sw.enc.SetEscapeHTML(false)
	}
	sw.buf.Reset()
	if sw.err = sw.enc.Encode(v); sw.err != nil {
		return
	}
	sw.out = appendIndented(sw.out[:0], bytes.TrimSuffix(sw.buf.Bytes(), []byte("\n")), prefix, "  ")
	_, sw.err = sw.w.Write(sw.out)
}

// list writes `"name": [...]`: each(item) hands every item to item.
func (sw *streamWriter) list(name string, last bool, each func(item func(v any)) error) error {
	sw.raw(fmt.Sprintf("  %q: [", name))
	n := 0
	err := each(func(v any) {
		if n > 0 {
			sw.raw(",")
		}
		sw.raw("\n    ")
		sw.value(v, "    ")
		n++
		if n%releaseEvery == 0 && sw.tx != nil {
			sw.tx.ReleasePages()
		}
	})
	sw.counts[name] = n
	if n > 0 {
		sw.raw("\n  ")
	}
	sw.raw("]")
	if !last {
		sw.raw(",")
	}
	sw.raw("\n")
	return err
}

func (sw *streamWriter) document(tx *store.Tx, campaignID string, explain Explainer) error {
	sw.tx = tx
	campaigns, err := exportedCampaigns(tx, campaignID)
	if err != nil {
		return err
	}
	sessions, err := tx.Sessions(campaignID)
	if err != nil {
		return err
	}
	var amendments []store.Amendment
	for _, se := range sessions {
		ams, err := tx.Amendments(se.ID)
		if err != nil {
			return err
		}
		amendments = append(amendments, ams...)
	}
	sort.Slice(amendments, func(i, j int) bool { return amendments[i].ID < amendments[j].ID })
	refs, err := exportedGrids(tx, campaignID, campaigns, sessions, amendments)
	if err != nil {
		return err
	}
	grid := gridCache(tx)

	sw.raw("{\n  \"schema\": ")
	sw.value(Schema, "  ")
	sw.raw(",\n  \"exported_at\": ")
	sw.value(clock().UTC().Truncate(time.Second), "  ")
	sw.raw(",\n")
	_ = sw.list("campaigns", false, func(item func(any)) error {
		for _, c := range campaigns {
			item(campaignDoc(c))
		}
		return nil
	})
	_ = sw.list("grids", false, func(item func(any)) error {
		for _, r := range refs {
			if src, err := tx.GridSource(r); err == nil {
				item(Grid{ID: r.ID, Version: r.Version, Source: string(src)})
			}
		}
		return nil
	})
	err = sw.list("initiatives", false, func(item func(any)) error {
		return tx.EachInitiative(campaignID, func(in store.Initiative) error {
			item(initiativeDoc(in))
			return sw.err
		})
	})
	if err != nil {
		return err
	}
	members, err := tx.Members()
	if err != nil {
		return err
	}
	_ = sw.list("members", false, func(item func(any)) error {
		for _, m := range members {
			item(memberDoc(m))
		}
		return nil
	})
	_ = sw.list("sessions", false, func(item func(any)) error {
		for _, se := range sessions {
			item(sessionDoc(se))
		}
		return nil
	})
	err = sw.list("evaluations", len(amendments) == 0, func(item func(any)) error {
		for _, se := range sessions {
			evals, err := tx.EvaluationsBySession(se.ID)
			if err != nil {
				return err
			}
			// The seal is checked on the evaluations being written: the
			// export vouches for what it carries without reading it twice.
			if err := tx.SealHolds(se, evals); err != nil {
				return err
			}
			for _, e := range evals {
				g := grid(e.Grid)
				if g == nil {
					return tx.EvaluationGridMissing(e)
				}
				item(evaluationDoc(e, g, explain))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(amendments) > 0 {
		err = sw.list("amendments", true, func(item func(any)) error {
			for _, a := range amendments {
				for _, e := range []*store.Evaluation{a.Before, a.After} {
					if e != nil && grid(e.Grid) == nil {
						return tx.EvaluationGridMissing(*e)
					}
				}
				item(amendmentDoc(a, grid, explain))
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	sw.raw("}\n")
	return nil
}

func exportedCampaigns(tx *store.Tx, campaignID string) ([]store.Campaign, error) {
	if campaignID == "" {
		return tx.Campaigns()
	}
	c, err := tx.Campaign(campaignID)
	if err != nil {
		return nil, err
	}
	return []store.Campaign{c}, nil
}

// exportedGrids are the grids the document carries, sorted: the campaigns',
// the evaluations' and the amendments' (every grid for a whole export).
func exportedGrids(tx *store.Tx, campaignID string, campaigns []store.Campaign, sessions []store.Session, amendments []store.Amendment) ([]scoring.Ref, error) {
	refs := map[scoring.Ref]bool{}
	for _, c := range campaigns {
		if c.Grid.ID != "" {
			refs[c.Grid] = true
		}
	}
	// A whole export carries every stored grid: the evaluations need not be
	// read for theirs (one whose grid is gone stops the export later).
	for _, se := range sessions {
		if campaignID == "" {
			break
		}
		evals, err := tx.EvaluationsBySession(se.ID)
		if err != nil {
			return nil, err
		}
		for _, e := range evals {
			refs[e.Grid] = true
		}
	}
	for _, a := range amendments {
		if a.After != nil {
			refs[a.After.Grid] = true
		}
		if a.Before != nil {
			refs[a.Before.Grid] = true
		}
	}
	if campaignID == "" {
		all, err := tx.Grids()
		if err != nil {
			return nil, err
		}
		for _, r := range all {
			refs[r] = true
		}
	}
	sorted := make([]scoring.Ref, 0, len(refs))
	for r := range refs {
		sorted = append(sorted, r)
	}
	slices.SortFunc(sorted, func(a, b scoring.Ref) int {
		if a.ID != b.ID {
			if a.ID < b.ID {
				return -1
			}
			return 1
		}
		return a.Version - b.Version
	})
	return sorted, nil
}

// gridCache parses each grid once, for the derived fields; nil for one
// missing or unreadable (its derived fields are left out).
func gridCache(tx *store.Tx) func(scoring.Ref) *scoring.Grid {
	parsed := map[scoring.Ref]*scoring.Grid{}
	return func(ref scoring.Ref) *scoring.Grid {
		if g, ok := parsed[ref]; ok {
			return g
		}
		g, err := tx.Grid(ref)
		if err != nil {
			g = nil
		}
		parsed[ref] = g
		return g
	}
}

package home

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"essradar/store"
	"essradar/tui/nav"
)

// The home paints its first screenful first: at 20,000 initiatives the
// current campaign holds 2,500, and decoding and folding them all took most
// of start-up to show thirty rows. The first ones by number (the table's
// default order) come with the overview; the others are read and folded in
// a second command and patched in. Until they are, the table says
// « chargement… » instead of a count, and a filter, sort or cycle chosen
// meanwhile is applied again to the whole set when it arrives.

// firstScreenful is how many initiatives the first load decodes: more
// rows than the tallest terminal shows, few enough to cost about a
// millisecond.
const firstScreenful = 100

// restDelay leaves the first screenful the time to be painted before the
// rest takes a processor: run at once, on two shared cores, the two compete
// and the paint comes later (as with the full check, tui/opened.go).
const restDelay = 40 * time.Millisecond

// restDueMsg: the time to read the rest of load seq has come.
type restDueMsg struct{ seq uint64 }

// homeRestMsg brings the initiatives left out of the first load, with the
// whole table built over them. seq names the load it completes: one
// overtaken by a newer load is dropped.
type homeRestMsg struct {
	seq         uint64
	initiatives []store.Initiative
	table       *tableData
	err         error
}

// loadingRest says the initiatives beyond the first screenful are still
// being read.
func (m *Model) loadingRest() bool { return m.more != nil }

// awaitRest notes the initiatives left to read and asks for the time to
// read them, once the first screenful is painted.
func (m *Model) awaitRest(more []uint64) tea.Cmd {
	m.restSeq++
	m.more, m.table.loading = more, true
	m.counts = m.countParts()
	m.fitLists() // the counts may take another line
	return nav.Later(restDelay, restDueMsg{seq: m.restSeq})
}

// loadRest reads and folds the initiatives of m.more, reusing the rows of
// the first screenful, unless a newer load has taken over.
func (m *Model) loadRest(seq uint64) tea.Cmd {
	if seq != m.restSeq || !m.loadingRest() {
		return nil
	}
	s, text := m.ctx.Store, m.ctx.Text
	c, g, more, table := m.campaign, m.grid, m.more, m.table.data
	head := slices.Clip(m.initiatives)
	return nav.Background(m.owner, func() tea.Msg {
		rest, err := s.InitiativesOf(c.ID, more)
		if err != nil {
			return homeRestMsg{seq: seq, err: err}
		}
		// Every id of more is above the first screenful's: still by id.
		all := append(head, rest...)
		return homeRestMsg{seq: seq, initiatives: all, table: patchTableData(table, all, nil, c, g, text)}
	})
}

// restLoaded patches the rest in, unless a newer load has taken over.
func (m *Model) restLoaded(msg homeRestMsg) {
	if msg.seq != m.restSeq || !m.loadingRest() {
		return
	}
	m.more = nil
	m.table.loading = false
	if msg.err != nil {
		m.err = msg.err
		return
	}
	m.initiatives = msg.initiatives
	m.counts = m.countParts()
	m.table.setData(msg.table)
	// The counts by status now shown may wrap: the table gives way.
	m.fitLists()
}

// initiativeCount is the campaign's number of initiatives, those still
// being read included.
func (m *Model) initiativeCount() int { return len(m.initiatives) + len(m.more) }

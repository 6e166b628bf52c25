package home

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/listwindow"
	"essradar/tui/nav"
)

// The initiatives table of the home screen. A campaign can hold thousands of
// initiatives (an import of a whole département's call), so everything the
// table filters and sorts on is computed once when the data loads, a filter
// keystroke is a substring scan over small precomputed keys, and only the
// rows on screen are drawn.

type tableKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Add, Filter, Territory, State     key.Binding
	Sort, Reverse, Clear                    key.Binding
	// While the filter field has the keys.
	Apply, Cancel key.Binding
}

func newTableKeys(c *context.Context) tableKeys {
	t := c.Text
	return tableKeys{
		Up:        c.Keys.Up,
		Down:      c.Keys.Down,
		PageUp:    c.Keys.PageUp,
		PageDown:  c.Keys.PageDown,
		Top:       c.Keys.Top,
		Bottom:    c.Keys.Bottom,
		Open:      keys.Relabel(t, c.Keys.Open, "key.open_initiative"),
		Add:       keys.Relabel(t, c.Keys.Add, "key.add_initiative"),
		Filter:    keys.New(t, "/", "key.filter", "/"),
		Territory: keys.New(t, "t", "key.filter_territory", "t"),
		State:     keys.New(t, "e", "key.filter_state", "e"),
		Sort:      keys.New(t, "s", "key.sort", "s"),
		Reverse:   keys.New(t, "S", "key.sort_reverse", "S"),
		Clear:     keys.Relabel(t, c.Keys.Cancel, "key.clear_filters"),
		Apply:     keys.Relabel(t, c.Keys.Record, "key.filter_apply"),
		Cancel:    keys.Relabel(t, c.Keys.Cancel, "key.filter_cancel"),
	}
}

// sortColumn is what the table is sorted by; s cycles through them.
type sortColumn int

const (
	sortNumber sortColumn = iota
	sortTitle
	sortTerritory
	sortHolder
	sortState
	sortColumns
)

// tableRow is one initiative as the table shows it, every text already
// written, and its sort keys folded.
type tableRow struct {
	id                                uint64
	num, title, territory, holder     string
	commune, amount, state, stateWide string
	sortTitle, sortTerr, sortHolder   string
	statusRank                        int
	category                          string
}

// filterKey is what a filter looks at, kept apart from the rows so that the
// loop run at each keystroke reads one small contiguous slice.
type filterKey struct {
	text   string // folded title, holder and commune, separated by \x00
	terr   int32  // index in tableData.territories
	status int32  // index in statusOrder
}

// tableData is built once per load, in the loading command.
type tableData struct {
	rows        []tableRow
	keys        []filterKey
	territories []string
	numW        int
	// The longest texts, in columns, for the layout.
	natTerr, natHolder, natCommune int
}

// newTableData prepares the table's rows; it runs in a tea.Cmd, never in
// Update, since folding 20,000 titles takes a while.
func newTableData(inits []store.Initiative, c store.Campaign, g *scoring.Grid, t *i18n.Catalogue) *tableData {
	return patchTableData(nil, inits, nil, c, g, t)
}

// patchTableData prepares the rows of inits reusing prev's (built from the
// same campaign, rows by id) for every initiative not in changed: coming
// back home folds only what was written. prev nil builds every row.
func patchTableData(prev *tableData, inits []store.Initiative, changed map[uint64]bool, c store.Campaign, g *scoring.Grid, t *i18n.Catalogue) *tableData {
	b := newRowBuilder(c, g, t)
	d := &tableData{rows: make([]tableRow, len(inits)), keys: make([]filterKey, len(inits))}
	var prevRows []tableRow
	if prev != nil {
		prevRows = prev.rows
		for _, name := range prev.territories {
			b.territory(name)
		}
		d.natTerr, d.natHolder, d.natCommune = prev.natTerr, prev.natHolder, prev.natCommune
	}
	maxID, j := uint64(0), 0
	for i, in := range inits {
		maxID = max(maxID, in.ID)
		// Both lists are by id: walk prev's rows alongside.
		for j < len(prevRows) && prevRows[j].id < in.ID {
			j++
		}
		if j < len(prevRows) && prevRows[j].id == in.ID && !changed[in.ID] {
			d.rows[i], d.keys[i] = prevRows[j], prev.keys[j]
			continue
		}
		d.rows[i], d.keys[i] = b.row(in)
		d.natTerr = max(d.natTerr, ansi.StringWidth(d.rows[i].territory))
		d.natHolder = max(d.natHolder, ansi.StringWidth(d.rows[i].holder))
		d.natCommune = max(d.natCommune, ansi.StringWidth(d.rows[i].commune))
	}
	d.territories = b.territories
	// Room for the header "N° ▲" as well as for the largest number.
	d.numW = max(len(fmt.Sprint(maxID)), ansi.StringWidth(t.T("col.number"))+2)
	return d
}

// rowBuilder writes one initiative as a table row.
type rowBuilder struct {
	g           *scoring.Grid
	t           *i18n.Catalogue
	terrIndex   map[string]int
	territories []string
	rank        map[store.Status]int
	b           strings.Builder
}

func newRowBuilder(c store.Campaign, g *scoring.Grid, t *i18n.Catalogue) *rowBuilder {
	rb := &rowBuilder{g: g, t: t, terrIndex: map[string]int{}, rank: map[store.Status]int{}}
	for _, name := range c.Territories {
		rb.territory(name)
	}
	for i, s := range statusOrder {
		rb.rank[s] = i
	}
	return rb
}

// territory is the index of a territory in the t cycle; one missing from
// the campaign's list still gets its place.
func (rb *rowBuilder) territory(name string) int {
	k := store.NormalizeName(name)
	if i, ok := rb.terrIndex[k]; ok {
		return i
	}
	rb.terrIndex[k] = len(rb.territories)
	rb.territories = append(rb.territories, plaintext.Line(name))
	return rb.terrIndex[k]
}

func (rb *rowBuilder) row(in store.Initiative) (tableRow, filterKey) {
	ti := rb.territory(in.Territory)
	wide, short := rb.t.InitiativeState(rb.g, in)
	amount := ""
	if in.AmountCents > 0 {
		amount = rb.t.Euros(in.AmountCents)
	}
	r := tableRow{
		// Shown as text, whatever an older file holds (store/plaintext).
		id: in.ID, num: fmt.Sprint(in.ID), title: plaintext.Line(in.Title), territory: plaintext.Line(in.Territory), holder: plaintext.Line(in.Holder.Name),
		commune: plaintext.Line(in.Commune), amount: amount, state: short, stateWide: wide,
		sortTitle: i18n.Fold(in.Title), sortTerr: i18n.Fold(in.Territory), sortHolder: i18n.Fold(in.Holder.Name),
		statusRank: rb.rank[in.Status], category: in.Category,
	}
	rb.b.Reset()
	rb.b.WriteString(r.sortTitle)
	rb.b.WriteByte(0)
	rb.b.WriteString(r.sortHolder)
	rb.b.WriteByte(0)
	rb.b.WriteString(i18n.Fold(in.Commune))
	return r, filterKey{text: rb.b.String(), terr: int32(ti), status: int32(r.statusRank)}
}

// tableLayout holds the column widths for one terminal width.
type tableLayout struct {
	num, title, terr, holder, commune, amount, state int
	wide, fullState, noHolder                        bool
}

// layoutTable shares the width between the columns: territory, holder and
// commune get what their longest text needs, up to a cap; the title keeps
// at least half of what is left, and gets everything else.
func layoutTable(w int, d *tableData) tableLayout {
	// The state's 16 columns hold « ✓ Transformation ».
	l := tableLayout{num: d.numW, state: 16}
	seps := 5 // the cursor mark and four spaces
	if w >= 120 {
		l.wide, l.amount = true, 11
		seps += 2
	}
	if w >= 150 {
		l.state, l.fullState = 27, true
	}
	if w < 64 {
		// A very narrow window: the holder is in the detail.
		l.noHolder = true
		seps--
	}
	rest := max(w-seps-l.num-l.state-l.amount, 0)
	cols := []*int{&l.terr, &l.holder}
	want := []int{min(max(d.natTerr, 10), 21), min(max(d.natHolder, 10), 32)}
	minW := []int{8, 8}
	if l.noHolder {
		cols, want, minW = cols[:1], want[:1], minW[:1]
	}
	if l.wide {
		cols = append(cols, &l.commune)
		want = append(want, min(max(d.natCommune, 8), 18))
		minW = append(minW, 8)
	}
	titleMin := max(rest/2, 8)
	total := 0
	for i, c := range cols {
		*c = want[i]
		total += want[i]
	}
	// Too wide: take one column at a time from the widest that can give.
	for rest-total < titleMin {
		widest := -1
		for i, c := range cols {
			if *c > minW[i] && (widest < 0 || *c > *cols[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		*cols[widest]--
		total--
	}
	l.title = max(rest-total, 8)
	return l
}

// initiativesTable is the Initiatives tab.
type initiativesTable struct {
	ctx  *context.Context
	keys tableKeys
	data *tableData

	input     textinput.Model
	filtering bool
	query     string // folded
	terr      int    // index in data.territories, -1 for all
	status    int    // index in statusOrder, -1 for all
	sortCol   sortColumn
	desc      bool

	loading bool              // only the first screenful is in data (firstscreen.go)
	order   []int             // every row, in sort order
	visible []int             // the rows passing the filters, in sort order
	list    listwindow.Window // over visible

	width, height int
	cols          tableLayout
}

func newInitiativesTable(ctx *context.Context) *initiativesTable {
	ti := context.NewTextInput()
	ti.Prompt = "/ "
	ti.CharLimit = 100
	t := &initiativesTable{ctx: ctx, keys: newTableKeys(ctx), input: ti, terr: -1, status: -1,
		data: &tableData{numW: 4}, width: 80, height: 19}
	t.cols = layoutTable(t.width, t.data)
	t.list.SetSize(t.listHeight())
	return t
}

// setData shows freshly loaded rows, keeping the filters and sort.
func (t *initiativesTable) setData(d *tableData) {
	if d == nil {
		d = &tableData{numW: 4}
	}
	sel, hadSel := t.selected()
	t.data = d
	if t.terr >= len(d.territories) {
		t.terr = -1
	}
	t.order = make([]int, len(d.rows))
	for i := range t.order {
		t.order[i] = i
	}
	t.visible = make([]int, 0, len(d.rows))
	t.cols = layoutTable(t.width, d)
	t.sortRows()
	t.refilter(false)
	if hadSel {
		t.selectID(sel)
	}
}

func (t *initiativesTable) SetSize(w, h int) {
	t.width, t.height = w, h
	t.cols = layoutTable(w, t.data)
	t.input.SetWidth(max(min(w/3, 30), 10))
	t.list.SetSize(t.listHeight())
}

// Capturing: the filter field takes every key, q and ? included.
func (t *initiativesTable) Capturing() bool { return t.filtering }

// listHeight is the number of rows between the column header and the
// status line.
func (t *initiativesTable) listHeight() int { return max(t.height-2, 1) }

func (t *initiativesTable) selected() (uint64, bool) {
	i := t.list.Cursor()
	if i >= len(t.visible) {
		return 0, false
	}
	return t.data.rows[t.visible[i]].id, true
}

// selectID puts the cursor on an initiative if it is visible.
func (t *initiativesTable) selectID(id uint64) {
	for i, r := range t.visible {
		if t.data.rows[r].id == id {
			t.list.SetCursor(i)
			// Show it in the middle rather than at the very edge.
			t.list.Center()
			break
		}
	}
}

// filtersActive says whether some filter hides rows.
func (t *initiativesTable) filtersActive() bool {
	return t.query != "" || t.terr >= 0 || t.status >= 0
}

// refilter recomputes the visible rows. incremental narrows the current
// ones, which is right when the new query contains the previous one.
func (t *initiativesTable) refilter(incremental bool) {
	keys := t.data.keys
	q, terr, status := t.query, int32(t.terr), int32(t.status)
	src := t.order
	if incremental {
		src = t.visible
	}
	out := t.visible[:0] // filtering in place is safe: writes never pass reads
	for _, i := range src {
		k := &keys[i]
		if (terr >= 0 && k.terr != terr) || (status >= 0 && k.status != status) {
			continue
		}
		if q != "" && !strings.Contains(k.text, q) {
			continue
		}
		out = append(out, i)
	}
	t.visible = out
	t.list.SetLen(len(out))
}

// sortRows orders every row by the sort column, ties by number.
func (t *initiativesTable) sortRows() {
	rows := t.data.rows
	var f func(a, b *tableRow) int
	switch t.sortCol {
	case sortTitle:
		f = func(a, b *tableRow) int { return cmp.Compare(a.sortTitle, b.sortTitle) }
	case sortTerritory:
		f = func(a, b *tableRow) int { return cmp.Compare(a.sortTerr, b.sortTerr) }
	case sortHolder:
		f = func(a, b *tableRow) int { return cmp.Compare(a.sortHolder, b.sortHolder) }
	case sortState:
		f = func(a, b *tableRow) int {
			return cmp.Or(cmp.Compare(a.statusRank, b.statusRank), cmp.Compare(a.category, b.category))
		}
	default:
		f = func(a, b *tableRow) int { return 0 }
	}
	slices.SortFunc(t.order, func(i, j int) int {
		a, b := &rows[i], &rows[j]
		return cmp.Or(f(a, b), cmp.Compare(a.id, b.id))
	})
	if t.desc {
		slices.Reverse(t.order)
	}
}

// setQuery applies a new text filter typed in the field.
func (t *initiativesTable) setQuery(raw string) {
	q := i18n.Fold(raw)
	if q == t.query {
		return
	}
	incremental := strings.Contains(q, t.query)
	t.query = q
	t.refilter(incremental)
	t.list.Top()
}

// refilterKeeping recomputes the rows after a change of filter or sort,
// keeping the cursor on the same initiative when it is still there. The
// window scrolls down from the top only as far as that row needs: centring
// it would hide the first rows of the new order with nothing to say so.
func (t *initiativesTable) refilterKeeping() {
	sel, ok := t.selected()
	t.refilter(false)
	t.list.Top()
	if !ok {
		return
	}
	for i, r := range t.visible {
		if t.data.rows[r].id == sel {
			t.list.SetCursor(i)
			return
		}
	}
}

// Update handles a message for the table; the home screen hands it keys
// and pastes while the Initiatives tab is shown.
func (t *initiativesTable) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if t.filtering {
			return t.updateFilter(msg)
		}
		return t.handleKey(msg)
	case tea.PasteMsg:
		if t.filtering {
			var cmd tea.Cmd
			t.input, cmd = t.input.Update(msg)
			t.setQuery(t.input.Value())
			return cmd
		}
	}
	return nil
}

func (t *initiativesTable) updateFilter(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, t.keys.Apply):
		t.filtering = false
		t.input.Blur()
		return nil
	case key.Matches(msg, t.keys.Cancel):
		t.filtering = false
		t.input.Blur()
		t.input.Reset()
		t.setQuery("")
		return nil
	case msg.Code == tea.KeyUp || msg.Code == tea.KeyDown:
		// Arrows move in the list while typing, as in a search box.
		t.moveCursor(msg)
		return nil
	}
	var cmd tea.Cmd
	t.input, cmd = t.input.Update(msg)
	t.setQuery(t.input.Value())
	return cmd
}

func (t *initiativesTable) moveCursor(msg tea.KeyPressMsg) bool {
	k := t.keys
	switch {
	case key.Matches(msg, k.Up):
		t.list.Up()
	case key.Matches(msg, k.Down):
		t.list.Down()
	case key.Matches(msg, k.PageUp):
		t.list.PageUp()
	case key.Matches(msg, k.PageDown):
		t.list.PageDown()
	case key.Matches(msg, k.Top):
		t.list.Top()
	case key.Matches(msg, k.Bottom):
		t.list.Bottom()
	default:
		return false
	}
	return true
}

func (t *initiativesTable) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := t.keys
	if t.moveCursor(msg) {
		return nil
	}
	switch {
	case key.Matches(msg, k.Open):
		if id, ok := t.selected(); ok {
			return func() tea.Msg { return nav.OpenInitiative{ID: id} }
		}
	case key.Matches(msg, k.Add):
		return func() tea.Msg { return nav.EditInitiative{ID: 0} }
	case key.Matches(msg, k.Filter):
		t.filtering = true
		t.input.CursorEnd()
		return t.input.Focus()
	case key.Matches(msg, k.Clear):
		if t.filtersActive() {
			t.input.Reset()
			t.query, t.terr, t.status = "", -1, -1
			t.refilterKeeping()
		}
	case key.Matches(msg, k.Territory):
		t.terr++
		if t.terr >= len(t.data.territories) {
			t.terr = -1
		}
		t.refilterKeeping()
	case key.Matches(msg, k.State):
		t.status++
		if t.status >= len(statusOrder) {
			t.status = -1
		}
		t.refilterKeeping()
	case key.Matches(msg, k.Sort):
		t.sortCol = (t.sortCol + 1) % sortColumns
		t.desc = false
		t.sortRows()
		t.refilterKeeping()
	case key.Matches(msg, k.Reverse):
		t.desc = !t.desc
		slices.Reverse(t.order)
		t.refilterKeeping()
	}
	return nil
}

// Help: the table's keys, then the home screen's (tab, members…).
func (t *initiativesTable) Help(homeShort []key.Binding, homeFull []key.Binding) help.KeyMap {
	k := t.keys
	if t.filtering {
		return keys.List{k.Apply, k.Cancel}
	}
	clear := k.Clear
	clear.SetEnabled(t.filtersActive())
	// By importance: the root keeps those that fit the width.
	short := append([]key.Binding{k.Open, k.Filter, clear, k.Territory, k.State, k.Sort, k.Add}, homeShort...)
	// Two columns, so that with the global one the full help fits 80.
	full := [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Territory, k.State, k.Sort, k.Reverse},
		append([]key.Binding{k.Open, k.Add, k.Filter, clear}, homeFull...),
	}
	return keys.Help{Short: short, Full: full}
}

// ---- drawing ----

func (t *initiativesTable) headerLine() string {
	c := t.ctx
	l := t.cols
	arrow := " ▲"
	if t.desc {
		arrow = " ▼"
	}
	if c.ASCII {
		arrow = " ^"
		if t.desc {
			arrow = " v"
		}
	}
	// The arrow always shows: a narrow column shortens its name instead.
	name := func(col sortColumn, key string, w int) string {
		s := c.T(key)
		if t.sortCol != col {
			return layout.Fit(s, w)
		}
		aw := ansi.StringWidth(arrow)
		if ansi.StringWidth(s)+aw > w {
			s = ansi.Truncate(s, max(w-aw, 1), "…")
		}
		return layout.Fit(s+arrow, w)
	}
	var b strings.Builder
	b.WriteString(" ")
	b.WriteString(layout.FitRight(strings.TrimRight(name(sortNumber, "col.number", l.num), " "), l.num))
	b.WriteString(" " + name(sortTitle, "col.title", l.title))
	b.WriteString(" " + name(sortTerritory, "col.territory", l.terr))
	if !l.noHolder {
		b.WriteString(" " + name(sortHolder, "col.holder", l.holder))
	}
	if l.wide {
		b.WriteString(" " + layout.Fit(c.T("col.commune"), l.commune))
		b.WriteString(" " + layout.FitRight(c.T("col.amount"), l.amount))
	}
	b.WriteString(" " + name(sortState, "col.state", l.state))
	return c.Styles.Header.Render(layout.Fit(b.String(), t.width))
}

func (t *initiativesTable) rowLine(i int, selected bool) string {
	c := t.ctx
	l := t.cols
	r := &t.data.rows[i]
	mark := " "
	if selected {
		mark = "▸"
		if c.ASCII {
			mark = ">"
		}
	}
	state := r.state
	if l.fullState {
		state = r.stateWide
	}
	var b strings.Builder
	b.WriteString(mark)
	b.WriteString(layout.FitRight(r.num, l.num))
	b.WriteString(" " + layout.Fit(r.title, l.title))
	b.WriteString(" " + layout.Fit(r.territory, l.terr))
	if !l.noHolder {
		b.WriteString(" " + layout.Fit(r.holder, l.holder))
	}
	if l.wide {
		b.WriteString(" " + layout.Fit(r.commune, l.commune))
		b.WriteString(" " + layout.FitRight(r.amount, l.amount))
	}
	b.WriteString(" " + layout.Fit(state, l.state))
	line := layout.Fit(b.String(), t.width)
	if selected {
		line = c.Styles.Selected.Render(line)
	}
	return line
}

// statusLine shows the filter field or the active filters, and the count.
func (t *initiativesTable) statusLine() string {
	c := t.ctx
	st := c.Styles
	var parts []string
	if t.loading {
		parts = append(parts, c.T("home.loading_rest"))
	} else {
		parts = append(parts, c.T("init.count", c.Text.Count(len(t.visible)), c.Text.Count(len(t.data.rows))))
	}
	// Rows scrolled off the top are said: after a sort that keeps the
	// cursor's initiative far down, nothing else showed they were there.
	if start, _ := t.list.Visible(); start > 0 {
		parts = append(parts, c.Text.N(start, "init.above"))
	}
	if t.terr >= 0 {
		parts = append(parts, c.T("init.filter_territory", t.data.territories[t.terr]))
	}
	if t.status >= 0 {
		parts = append(parts, c.T("init.filter_state", c.Text.Status(statusOrder[t.status])))
	}
	if !t.filtering && t.query != "" {
		parts = append(parts, c.T("init.filter_text", t.input.Value()))
	}
	info := st.Muted.Render(strings.Join(parts, " · "))
	if t.filtering {
		return layout.Fit(t.input.View()+"  "+info, t.width)
	}
	return layout.Fit(info, t.width)
}

// View draws the column header, the visible rows and the status line:
// exactly height lines.
func (t *initiativesTable) View() string {
	c := t.ctx
	st := c.Styles
	lh := t.listHeight()
	var b strings.Builder
	b.WriteString(t.headerLine())
	b.WriteByte('\n')
	n := 0
	switch {
	case len(t.data.rows) == 0:
		b.WriteString(layout.Fit(st.Muted.Render(c.T("home.no_initiatives")), t.width) + "\n")
		n++
	case len(t.visible) == 0 && t.loading:
		b.WriteString(layout.Fit(st.Muted.Render(c.T("home.loading_rest")), t.width) + "\n")
		n++
	case len(t.visible) == 0:
		b.WriteString(layout.Fit(st.Muted.Render(c.T("init.no_match")), t.width) + "\n")
		n++
	}
	start, end := t.list.Visible()
	for i := start; i < end; i++ {
		b.WriteString(t.rowLine(t.visible[i], i == t.list.Cursor()))
		b.WriteByte('\n')
		n++
	}
	for ; n < lh; n++ {
		b.WriteByte('\n')
	}
	b.WriteString(t.statusLine())
	return b.String()
}

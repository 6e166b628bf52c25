package scoring

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/keys"
	"essradar/tui/layout"
)

// decisionChoice is one line of the outcome list.
type decisionChoice struct {
	outcome  store.Outcome
	category string
}

type decisionKeys struct {
	Up, Down, Next, Prev, Confirm, Cancel key.Binding
}

// Fields of the dialog, in tab order.
const (
	fieldOutcome = iota
	fieldRationale
	fieldFor
	fieldAgainst
	fieldAbstain
	fieldReason // only when amending a sealed session
)

// decisionDialog records the committee's decision: the proposal comes
// pre-selected; a rationale is asked when the decision departs from it, and
// for a deferral or a rejection; the vote count is optional and bounded by the
// members who may vote.
type decisionDialog struct {
	ctx      *context.Context
	keys     decisionKeys
	grid     *scoring.Grid
	proposal scoring.Proposal
	voters   int
	amend    bool
	// unscored counts the markers neither scored nor « non concerné »: a
	// label given with some left needs its reason, for the minutes.
	unscored int
	// toWork is the deferral's pre-filled rationale (the weakest markers),
	// replaced only while the secretary has not written her own.
	toWork string

	// campaign and amountCents check a label against its category's grant
	// ceiling; acknowledged is the choice whose excess the secretary has
	// already been told of, so a second enter labels anyway.
	campaign     store.Campaign
	amountCents  int64
	acknowledged int

	choices []decisionChoice
	choice  int
	focus   int
	inputs  []textinput.Model // rationale, for, against, abstain, reason
	errs    map[int]string
	width   int
}

func newDecisionDialog(ctx *context.Context, g *scoring.Grid, s scoring.Scores, current *store.Decision, voters int, amend bool, width int) *decisionDialog {
	t := ctx.Text
	p := g.Propose(s)
	d := &decisionDialog{ctx: ctx, grid: g, proposal: p, voters: voters, amend: amend, errs: map[int]string{}, width: width,
		unscored: p.Unscored, acknowledged: -1,
		keys: decisionKeys{
			// j and k too, as in every list: the choice takes no text.
			Up:      keys.New(t, "↑/↓", "key.choose", "up", "k"),
			Down:    keys.New(t, "↓", "key.choose", "down", "j"),
			Next:    ctx.Keys.NextField,
			Prev:    ctx.Keys.PrevField,
			Confirm: ctx.Keys.Record,
			Cancel:  ctx.Keys.Cancel,
		}}
	for _, c := range g.Categories {
		d.choices = append(d.choices, decisionChoice{store.OutcomeLabelled, c.ID})
	}
	d.choices = append(d.choices, decisionChoice{outcome: store.OutcomeDeferred}, decisionChoice{outcome: store.OutcomeNotRetained})

	n := 4
	if amend {
		n = 5
	}
	if weak := g.Weakest(s); len(weak) > 0 {
		parts := make([]string, len(weak))
		for i, m := range weak {
			parts[i] = g.MarkerShortLabel(m.ID, t.GridLang()) + " (" + strconv.Itoa(m.Score) + ")"
		}
		d.toWork = t.T("decision.to_work", strings.Join(parts, ", "))
	}
	for i := 0; i < n; i++ {
		ti := context.NewTextInput()
		ti.Prompt = ""
		if i == 0 || i == 4 {
			ti.Prompt = "› "
			ti.CharLimit = 1000
		} else {
			ti.SetWidth(4)
			ti.CharLimit = 3
		}
		d.inputs = append(d.inputs, ti)
	}
	d.SetWidth(width)

	// Pre-select: the current decision when there is one, else the proposal.
	d.choice = d.indexOf(d.proposed())
	if current != nil {
		d.choice = d.indexOf(decisionChoice{current.Outcome, current.Category})
		d.inputs[0].SetValue(plaintext.Clean(current.Rationale, false))
		if v := current.Votes; v != nil {
			d.inputs[1].SetValue(strconv.Itoa(v.For))
			d.inputs[2].SetValue(strconv.Itoa(v.Against))
			d.inputs[3].SetValue(strconv.Itoa(v.Abstain))
		}
	}
	d.prefill()
	return d
}

// SetWidth follows the screen when the window is resized.
func (d *decisionDialog) SetWidth(width int) {
	d.width = width
	w := min(max(width-16, 16), 60)
	d.inputs[0].SetWidth(w)
	if len(d.inputs) > 4 {
		d.inputs[4].SetWidth(w)
	}
}

// prefill writes the points to work on into an empty rationale when the
// choice is a deferral, and takes them back out when the choice moves on
// before the secretary wrote anything of her own.
func (d *decisionDialog) prefill() {
	r := d.inputs[0].Value()
	deferred := d.choices[d.choice].outcome == store.OutcomeDeferred
	switch {
	case deferred && r == "" && d.toWork != "":
		d.inputs[0].SetValue(d.toWork)
		d.inputs[0].CursorEnd()
	case !deferred && r != "" && r == d.toWork:
		d.inputs[0].SetValue("")
	}
}

// labelWithGaps says whether the choice labels an initiative whose markers
// are not all answered.
func (d *decisionDialog) labelWithGaps() bool {
	return d.choices[d.choice].outcome == store.OutcomeLabelled && d.unscored > 0 && !d.nothingScored()
}

// nothingScored: no marker answered, hence no proposal. Labelling is then
// refused outright, and that refusal is the only thing said: the gaps'
// reason and the departure from a proposal that does not exist would only
// bury it.
func (d *decisionDialog) nothingScored() bool {
	return d.proposal.Kind == scoring.ProposeNone
}

// aboveCeiling says whether the choice labels in a category whose grant
// ceiling (the grid's for it, else the campaign's) the amount exceeds, and
// that ceiling.
func (d *decisionDialog) aboveCeiling() (int64, bool) {
	c := d.choices[d.choice]
	if c.outcome != store.OutcomeLabelled {
		return 0, false
	}
	return d.campaign.AboveCeilingIn(d.grid, c.category, d.amountCents)
}

// ceilingText says by how much the amount exceeds the chosen category's
// ceiling, with key (decision.above_ceiling or its « again » form).
func (d *decisionDialog) ceilingText(key string, ceiling int64) string {
	t := d.ctx.Text
	return t.T(key, t.Euros(d.amountCents), t.CategoryShort(d.grid, d.choices[d.choice].category), t.Euros(ceiling))
}

// proposed is the choice matching the proposal.
func (d *decisionDialog) proposed() decisionChoice {
	switch d.proposal.Kind {
	case scoring.ProposeLabel:
		return decisionChoice{store.OutcomeLabelled, d.proposal.Categories[0]}
	case scoring.ProposeDeferral:
		return decisionChoice{outcome: store.OutcomeDeferred}
	}
	return decisionChoice{outcome: store.OutcomeDeferred}
}

// proposes says whether the rules suggest this choice: every category of an
// ex aequo is marked, the committee chooses among them.
func (d *decisionDialog) proposes(ch, first decisionChoice) bool {
	switch d.proposal.Kind {
	case scoring.ProposeNone:
		return false
	case scoring.ProposeLabel:
		return ch.outcome == store.OutcomeLabelled && slices.Contains(d.proposal.Categories, ch.category)
	}
	return ch == first
}

func (d *decisionDialog) indexOf(c decisionChoice) int {
	for i, x := range d.choices {
		if x == c {
			return i
		}
	}
	return 0
}

// followsProposal says whether the chosen outcome is what the rules
// proposed (any of the ex aequo categories counts).
func (d *decisionDialog) followsProposal() bool {
	c := d.choices[d.choice]
	if d.proposal.Kind != scoring.ProposeLabel || c.outcome != store.OutcomeLabelled {
		return false
	}
	for _, id := range d.proposal.Categories {
		if id == c.category {
			return true
		}
	}
	return false
}

func (d *decisionDialog) rationaleRequired() bool {
	if d.choices[d.choice].outcome == store.OutcomeLabelled && d.nothingScored() {
		return false // refused whatever the reason: asking for one would mislead
	}
	return !d.followsProposal() || d.labelWithGaps()
}

func (d *decisionDialog) Help() help.KeyMap {
	k := d.keys
	if d.focus == fieldOutcome {
		return keys.List{k.Up, k.Next, k.Confirm, k.Cancel}
	}
	return keys.List{k.Next, k.Prev, k.Confirm, k.Cancel}
}

// Capturing: the dialog holds typed text, so q must not quit and lose it;
// escape closes it.
func (d *decisionDialog) Capturing() bool { return true }

func (d *decisionDialog) setFocus(f int) tea.Cmd {
	n := len(d.inputs) + 1
	d.focus = (f + n) % n
	for i := range d.inputs {
		d.inputs[i].Blur()
	}
	if d.focus > 0 {
		return d.inputs[d.focus-1].Focus()
	}
	return nil
}

// Update returns the decision (and amendment reason) once validated, or
// cancelled=true on escape.
func (d *decisionDialog) Update(msg tea.Msg) (dec *store.Decision, reason string, cancelled bool, cmd tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, d.keys.Cancel):
			return nil, "", true, nil
		case key.Matches(km, d.keys.Next):
			return nil, "", false, d.setFocus(d.focus + 1)
		case key.Matches(km, d.keys.Prev):
			return nil, "", false, d.setFocus(d.focus - 1)
		case key.Matches(km, d.keys.Confirm):
			dec, reason := d.validate()
			return dec, reason, false, nil
		}
		if d.focus == fieldOutcome {
			switch {
			case key.Matches(km, d.keys.Up):
				d.choice = (d.choice - 1 + len(d.choices)) % len(d.choices)
			case key.Matches(km, d.keys.Down):
				d.choice = (d.choice + 1) % len(d.choices)
			}
			d.prefill()
			delete(d.errs, fieldRationale)
			return nil, "", false, nil
		}
	}
	if d.focus >= fieldFor && d.focus <= fieldAbstain && isNonDigitText(msg) {
		// A vote is a count: a letter typed there was meant elsewhere.
		return nil, "", false, nil
	}
	if d.focus > 0 {
		var c tea.Cmd
		d.inputs[d.focus-1], c = d.inputs[d.focus-1].Update(msg)
		delete(d.errs, d.focus)
		return nil, "", false, c
	}
	return nil, "", false, nil
}

// voteKeys name the vote boxes, for, against, abstain.
var voteKeys = [3]string{"decision.for", "decision.against", "decision.abstain"}

// validate checks every field and says what is wrong next to it.
func (d *decisionDialog) validate() (*store.Decision, string) {
	t := d.ctx.Text
	d.errs = map[int]string{}
	c := d.choices[d.choice]
	rationale := strings.TrimSpace(d.inputs[0].Value())
	labelNothing := c.outcome == store.OutcomeLabelled && d.nothingScored()
	if rationale == "" && d.rationaleRequired() {
		switch {
		case d.labelWithGaps() && d.followsProposal():
			d.errs[fieldRationale] = t.N(d.unscored, "decision.err_label_gaps")
		case c.outcome == store.OutcomeLabelled:
			d.errs[fieldRationale] = t.T("decision.err_rationale_differs")
		default:
			d.errs[fieldRationale] = t.T("decision.err_rationale_required")
		}
	}
	if labelNothing {
		d.errs[fieldOutcome] = t.T("decision.err_label_unscored")
	}
	var votes [3]int
	given := 0
	for i := 0; i < 3; i++ {
		s := strings.TrimSpace(d.inputs[i+1].Value())
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			// Named, since the three boxes share one line and their
			// errors stack under it.
			d.errs[fieldFor+i] = t.T("decision.err_vote_field", t.T(voteKeys[i]), t.T("decision.err_vote_number"))
			continue
		}
		votes[i] = n
		given++
	}
	var v *store.Votes
	if given > 0 {
		v = &store.Votes{For: votes[0], Against: votes[1], Abstain: votes[2]}
		if total := votes[0] + votes[1] + votes[2]; d.voters == 0 {
			d.errs[fieldAbstain] = t.T("decision.err_no_voters")
		} else if total > d.voters {
			d.errs[fieldAbstain] = t.T("decision.err_vote_total", t.N(total, "decision.n_votes"), t.N(d.voters, "decision.n_voters"))
		}
	}
	reason := ""
	if d.amend {
		reason = strings.TrimSpace(d.inputs[4].Value())
		if reason == "" {
			d.errs[fieldReason] = t.T("decision.err_amend_reason")
		}
	}
	// Above the ceiling is asked, not refused, once the rest is right: the
	// committee may have its reasons, and says so by pressing enter again.
	if _, above := d.aboveCeiling(); above && len(d.errs) == 0 && d.acknowledged != d.choice {
		d.acknowledged = d.choice
		return nil, ""
	}
	if len(d.errs) > 0 {
		// Put the cursor on the first field to correct.
		first := fieldReason + 1
		for f := range d.errs {
			first = min(first, f)
		}
		d.setFocus(first)
		return nil, ""
	}
	return &store.Decision{Outcome: c.outcome, Category: c.category, Rationale: rationale, Votes: v, At: time.Now()}, reason
}

func (d *decisionDialog) View() string {
	c := d.ctx
	st := c.Styles
	var b strings.Builder
	title := c.T("decision.title")
	if d.amend {
		title = c.T("decision.amend_title")
	}
	b.WriteString(st.Subtitle.Render(title) + "\n")
	// The whole proposal, wrapped: at 80x24 the screen behind may have cut
	// the points to work on.
	inner := max(min(d.width-2, 76)-4, 20)
	for _, l := range layout.Wrap(c.T("decision.proposal_was", c.Text.Proposal(d.grid, d.proposal)), inner) {
		b.WriteString(st.Muted.Render(l) + "\n")
	}
	b.WriteString("\n")
	label := func(f int, text string) string {
		// The vote's three boxes share one label: it points at any of them.
		if d.focus == f || (f == fieldFor && d.focus > fieldFor && d.focus <= fieldAbstain) {
			return st.Cursor.Render("▸ " + text)
		}
		return "  " + text
	}
	b.WriteString(label(fieldOutcome, c.T("decision.outcome")) + "\n")
	d.fieldError(&b, fieldOutcome)
	proposed := d.proposed()
	for i, ch := range d.choices {
		mark := "( )"
		if i == d.choice {
			mark = "(•)"
		}
		text := c.Text.Decision(d.grid, &store.Decision{Outcome: ch.outcome, Category: ch.category})
		if d.proposes(ch, proposed) {
			text += " " + st.Muted.Render(c.T("decision.proposed_mark"))
		}
		line := "    " + mark + " " + text
		if i == d.choice && d.focus == fieldOutcome {
			line = st.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	// The ceiling's line takes the blank line's place: at 80x24 the dialog
	// has no row to spare.
	ceiling, above := d.aboveCeiling()
	switch {
	case above && d.acknowledged == d.choice:
		d.indented(&b, "  ", st.Warning, "⚠ "+d.ceilingText("decision.above_ceiling_again", ceiling))
	case above:
		d.indented(&b, "  ", st.Warning, "⚠ "+d.ceilingText("decision.above_ceiling", ceiling))
	default:
		b.WriteString("\n")
	}
	req := ""
	if d.rationaleRequired() {
		req = " " + st.Warning.Render(c.T("decision.required"))
	}
	// Once the rationale's error says the same (the gaps want a reason),
	// the warning gives way: two lines saved keep the dialog whole at 80x24
	// even under a proposal of four tied categories.
	if _, said := d.errs[fieldRationale]; d.labelWithGaps() && !said {
		d.indented(&b, "  ", st.Warning, "⚠ "+c.Text.N(d.unscored, "decision.gaps"))
	}
	b.WriteString(label(fieldRationale, c.T("decision.rationale")) + req + "\n")
	for _, l := range d.rationaleLines() {
		b.WriteString("    " + l + "\n")
	}
	d.fieldError(&b, fieldRationale)
	b.WriteString(label(fieldFor, c.T("decision.votes", c.Text.N(d.voters, "decision.n_voters"))) + "\n    ")
	b.WriteString(c.T(voteKeys[0]) + " " + d.box(1) + "  " + c.T(voteKeys[1]) + " " + d.box(2) + "  " + c.T(voteKeys[2]) + " " + d.box(3) + "\n")
	for f := fieldFor; f <= fieldAbstain; f++ {
		d.fieldError(&b, f)
	}
	if d.amend {
		b.WriteString(label(fieldReason, c.T("decision.amend_reason")) + " " + st.Warning.Render(c.T("decision.required")) + "\n    " + d.inputs[4].View() + "\n")
		d.fieldError(&b, fieldReason)
	}
	// The frame takes 4 columns; the dialog never outgrows the screen.
	return st.Dialog.Width(min(d.width-2, 76)).Render(strings.TrimRight(b.String(), "\n"))
}

// rationaleLines is the rationale's field while it is typed into; else,
// when its text is longer than the field, the text wrapped on up to three
// lines: a one-line field showed only the tail of the points to work on a
// deferral pre-fills, and the committee reads them before deciding.
func (d *decisionDialog) rationaleLines() []string {
	in := &d.inputs[0]
	v := in.Value()
	if d.focus == fieldRationale || lipgloss.Width(v) <= in.Width() {
		return []string{in.View()}
	}
	inner := max(min(d.width-2, 76)-4-4, 20)
	return layout.WrapLines(in.Prompt+plaintext.Line(v), inner, 3)
}

func (d *decisionDialog) box(i int) string {
	v := d.inputs[i].View()
	if d.focus == i+1 {
		return "[" + v + "]"
	}
	return "[" + layout.Fit(d.inputs[i].Value(), 3) + "]"
}

func (d *decisionDialog) fieldError(b *strings.Builder, f int) {
	if e, ok := d.errs[f]; ok {
		d.indented(b, "    ", d.ctx.Styles.Error, "⚠ "+e)
	}
}

// indented writes text wrapped inside the dialog, every line under the
// first one's indent.
func (d *decisionDialog) indented(b *strings.Builder, indent string, style lipgloss.Style, text string) {
	inner := max(min(d.width-2, 76)-4-len(indent), 20)
	for _, l := range layout.Wrap(text, inner) {
		b.WriteString(indent + style.Render(l) + "\n")
	}
}

// isNonDigitText says whether msg types text other than digits (a key or a
// paste), which a vote box does not take.
func isNonDigitText(msg tea.Msg) bool {
	var text string
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		text = m.Text
	case tea.PasteMsg:
		text = m.Content
	}
	for _, r := range text {
		if r < '0' || r > '9' {
			return true
		}
	}
	return false
}

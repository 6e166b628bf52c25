package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/layout"
	"essradar/tui/radar"
)

func newRadarCmd(g *globals) *cobra.Command {
	var (
		initiative    uint64
		session       uint64
		scores        string
		width, height int
		byCategory    bool
	)
	c := &cobra.Command{
		Use:   "radar",
		Short: g.t.T("cli.radar.short"),
		Example: "  essradar radar --scores gouvernance=3,lucrativite=2,utilite_sociale=4,ancrage=nc\n" +
			"  essradar radar --initiative 12 --categories --ascii",
		Args: g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (initiative == 0) == (scores == "") {
				return errors.New(g.t.T("cli.radar.either"))
			}
			if session != 0 && initiative == 0 {
				return errors.New(g.t.T("cli.radar.session_alone"))
			}
			var (
				gr    *scoring.Grid
				s     scoring.Scores
				title string
				err   error
			)
			if scores != "" {
				if gr, err = g.grid(); err != nil {
					return err
				}
				if gr == nil {
					gr = scoring.Default()
				}
				if s, err = parseScores(g, gr, scores); err != nil {
					return err
				}
				title = g.t.T("cli.radar.title_scores", gr.ID, gr.Version)
			} else {
				if gr, s, title, err = evaluationScores(g, initiative, session); err != nil {
					return err
				}
			}
			w, h := width, height
			tw, th, isTerm := terminalSize(g.stdout)
			if isTerm {
				// Printed for this terminal: the glyphs it can show. Piped
				// to a file, only the flags decide.
				choice, err := g.glyphs(runtime.GOOS, os.Getenv)
				if err != nil {
					return err
				}
				g.ascii = choice.ASCII
			}
			if w <= 0 {
				w = 60
				if isTerm {
					w = tw
				}
			}
			if h <= 0 {
				h = 24
				if isTerm {
					h = max(th-1, 1) // the prompt's line stays visible
				}
			}
			colour := isTerm && os.Getenv("NO_COLOR") == ""
			// In ASCII mode the renderer folds its labels; the text around
			// the chart must stay ASCII too.
			text := func(s string) string { return s }
			if g.ascii {
				text = asciiText
			}
			p := gr.Propose(s)
			page, err := radarPage(g, radarText{
				title:   text(plaintext.Line(title)),
				summary: []string{text(categoryLine(g, gr, p)), text(g.t.Proposal(gr, p))},
			}, func(ch int) radar.Chart { return radarChart(g, gr, s, byCategory, w, ch, g.ascii, colour) }, w, h)
			if err != nil {
				return err
			}
			for _, l := range page {
				// The chart's colours pass; a grid's or a record's text
				// cannot drive the terminal (see plaintext.Styled).
				fmt.Fprintln(g.stdout, plaintext.Styled(l))
			}
			return nil
		},
	}
	f := c.Flags()
	f.Uint64Var(&initiative, "initiative", 0, g.t.T("cli.radar.flag.initiative"))
	f.Uint64Var(&session, "session", 0, g.t.T("cli.radar.flag.session"))
	f.StringVar(&scores, "scores", "", g.t.T("cli.radar.flag.scores"))
	f.IntVar(&width, "width", 0, g.t.T("cli.radar.flag.width"))
	f.IntVar(&height, "height", 0, g.t.T("cli.radar.flag.height"))
	f.BoolVar(&byCategory, "categories", false, g.t.T("cli.radar.flag.categories"))
	return c
}

// radarText is what surrounds the chart: a title above, a summary below.
type radarText struct {
	title   string
	summary []string
}

// minChartHeight is the smallest chart worth printing: the renderer's bar
// fallback still reads at four lines.
const minChartHeight = 4

// radarPage lays the title, the chart, its legend and the summary wrapped at
// word boundaries into w columns and h lines at most: the chart gets what
// the texts leave.
func radarPage(g *globals, t radarText, chartOf func(h int) radar.Chart, w, h int) ([]string, error) {
	head := layout.Fit(t.title, w)
	if g.ascii {
		head = strings.Replace(head, "…", ".", 1) // the cut mark, in ASCII
	}
	var summary []string
	for _, s := range t.summary {
		summary = append(summary, layout.Wrap(s, w)...)
	}
	ch := h - 1 - len(summary)
	chart := chartOf(ch)
	var legend []string
	if ch >= minChartHeight && chart.NeedsLegend() {
		// The legend's length depends on the chart's size: settle it twice.
		legend = radar.Legend(chart)
		chart = chartOf(ch - len(legend))
		legend = nil
		if chart.NeedsLegend() {
			legend = radar.Legend(chart)
		}
		ch = h - 1 - len(summary) - len(legend)
		chart = chartOf(ch)
	}
	if ch < minChartHeight || w < 20 {
		return nil, errors.New(g.t.T("cli.radar.too_small", w, h, 20, 1+len(summary)+len(legend)+minChartHeight))
	}
	out := []string{strings.TrimRight(head, " ")}
	out = append(out, radar.Render(chart)...)
	out = append(out, legend...)
	for _, l := range summary {
		out = append(out, strings.TrimRight(l, " "))
	}
	return out, nil
}

// terminalSize is the size of the terminal out writes to; ok is false when
// out is not a terminal (a file, a pipe, a test buffer).
func terminalSize(out io.Writer) (w, h int, ok bool) {
	f, isFile := out.(*os.File)
	if !isFile {
		return 0, 0, false
	}
	fd := f.Fd()
	if !term.IsTerminal(fd) {
		return 0, 0, false
	}
	w, h, err := term.GetSize(fd)
	if err != nil || w <= 0 || h <= 0 {
		return 0, 0, false
	}
	return w, h, true
}

// parseScores reads "gouvernance=3,ancrage=nc".
func parseScores(g *globals, gr *scoring.Grid, spec string) (scoring.Scores, error) {
	s := scoring.Scores{}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		id, val, ok := strings.Cut(part, "=")
		id, val = strings.TrimSpace(id), strings.TrimSpace(val)
		if !ok || id == "" || val == "" {
			return nil, errors.New(g.t.T("cli.radar.not_pair", part))
		}
		if _, known := gr.Marker(id); !known {
			return nil, errors.New(g.t.T("cli.radar.unknown_marker", id, gr.ID, gr.Version))
		}
		if _, dup := s[id]; dup {
			return nil, errors.New(g.t.T("cli.radar.twice", id))
		}
		if strings.EqualFold(val, "nc") {
			s[id] = scoring.NotApplicable
			continue
		}
		v, err := strconv.Atoi(val)
		if err != nil || v < gr.Scale.Min || v > gr.Scale.Max {
			return nil, errors.New(g.t.T("cli.radar.off_scale", val, id, gr.Scale.Min, gr.Scale.Max))
		}
		s[id] = v
	}
	if len(s) == 0 {
		return nil, errors.New(g.t.T("cli.radar.no_scores"))
	}
	return s, nil
}

// evaluationScores finds an initiative's evaluation: the given session's, or
// the one of its latest session.
func evaluationScores(g *globals, initiativeID, sessionID uint64) (*scoring.Grid, scoring.Scores, string, error) {
	st, err := g.open()
	if err != nil {
		return nil, nil, "", err
	}
	defer st.Close()
	in, err := st.Initiative(initiativeID)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, nil, "", errors.New(g.t.T("cli.radar.no_initiative", initiativeID, st.Path()))
		}
		return nil, nil, "", g.storeErr(err)
	}
	evals, err := st.EvaluationsByInitiative(initiativeID)
	if err != nil {
		return nil, nil, "", g.storeErr(err)
	}
	type dated struct {
		ev   store.Evaluation
		date string
	}
	var found []dated
	for _, ev := range evals {
		se, err := st.Session(ev.SessionID)
		if err != nil {
			return nil, nil, "", g.storeErr(err)
		}
		if sessionID == 0 || ev.SessionID == sessionID {
			found = append(found, dated{ev, se.Date})
		}
	}
	if len(found) == 0 {
		if sessionID != 0 {
			return nil, nil, "", errors.New(g.t.T("cli.radar.not_in_session", initiativeID, sessionID))
		}
		return nil, nil, "", errors.New(g.t.T("cli.radar.no_evaluation", initiativeID, in.Title))
	}
	sort.Slice(found, func(i, j int) bool { return found[i].date > found[j].date })
	ev := found[0].ev
	src, err := st.GridSource(ev.Grid)
	if err != nil {
		return nil, nil, "", g.storeErr(err)
	}
	gr, err := store.ParseGrid(src)
	if err != nil {
		return nil, nil, "", g.wrapErr(err, "cli.radar.grid", ev.Grid.ID, ev.Grid.Version)
	}
	title := g.t.T("cli.radar.title_evaluation", in.ID, in.Title, g.t.Date(found[0].date))
	return gr, ev.Scores, title, nil
}

// radarChart turns scores into the renderer's input: one axis per marker, or
// one per category mean.
func radarChart(g *globals, gr *scoring.Grid, s scoring.Scores, byCategory bool, w, h int, ascii, colour bool) radar.Chart {
	var labels, marks []string
	var values []float64
	// A marker answered not applicable is marked « nc », never the « ? » of
	// one nobody scored; so is a category whose markers all are.
	na := g.t.T("grid.not_applicable_short")
	if byCategory {
		for _, cs := range gr.CategoryScores(s) {
			c, _ := gr.Category(cs.ID)
			labels = append(labels, c.ShortLabelIn(g.t.GridLang()))
			v, mark := math.NaN(), ""
			switch {
			case cs.HasScore():
				v = cs.Mean
			case cs.NA > 0 && cs.Unscored == 0:
				mark = na
			}
			values, marks = append(values, v), append(marks, mark)
		}
	} else {
		for _, r := range gr.Markers() {
			labels = append(labels, r.Marker.ShortLabelIn(g.t.GridLang()))
			v, mark := math.NaN(), ""
			switch x, ok := s[r.Marker.ID]; {
			case ok && x == scoring.NotApplicable:
				mark = na
			case ok:
				v = float64(x)
			}
			values, marks = append(values, v), append(marks, mark)
		}
	}
	mode := radar.Braille
	if ascii {
		mode = radar.ASCII
	}
	return radar.Chart{Labels: labels, Max: float64(gr.Scale.Max), Series: []radar.Series{{Name: g.t.T("cli.radar.series"), Values: values}},
		Width: w, Height: h, Mode: mode, Color: colour, ShowValues: true, Threshold: gr.Threshold, FoldLabels: ascii, Marks: marks}
}

// categoryLine sums the category means on one line, the categories named in
// the catalogue's language.
func categoryLine(g *globals, gr *scoring.Grid, p scoring.Proposal) string {
	var parts []string
	for _, c := range p.Scores {
		v := "–"
		if c.HasScore() {
			v = g.t.Score(c.Mean)
		}
		parts = append(parts, fmt.Sprintf("%s %s", gr.CategoryLabel(c.ID, g.t.GridLang()), v))
	}
	return strings.Join(parts, " · ")
}

// asciiText folds French text to printable ASCII for --ascii: accents
// dropped, typographic signs replaced ("« é »" → "\"e\""), anything else "?".
func asciiText(s string) string {
	s = guillemetSpaces.Replace(s) // « x » → "x", not " x "
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || (r >= 0x20 && r < 0x7f):
			b.WriteRune(r)
		case r >= 0x300 && r <= 0x36f: // combining accents of decomposed text
		case unicode.IsSpace(r): // non-breaking spaces, tabs
			b.WriteByte(' ')
		default:
			if f, ok := asciiFold[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

var guillemetSpaces = strings.NewReplacer("« ", "«", "«\u00a0", "«", "«\u202f", "«", " »", "»", "\u00a0»", "»", "\u202f»", "»")

var asciiFold = func() map[rune]string {
	m := map[rune]string{
		'œ': "oe", 'Œ': "OE", 'æ': "ae", 'Æ': "AE", 'ß': "ss",
		'’': "'", '‘': "'", '«': "\"", '»': "\"", '“': "\"", '”': "\"",
		'–': "-", '—': "-", '‐': "-", '‑': "-", '−': "-",
		'…': "...", '·': "-", '•': "-", '€': "EUR", '×': "x", '°': "o",
	}
	for _, g := range []struct{ from, to string }{
		{"àáâãäå", "a"}, {"ÀÁÂÃÄÅ", "A"}, {"ç", "c"}, {"Ç", "C"},
		{"èéêë", "e"}, {"ÈÉÊË", "E"}, {"ìíîï", "i"}, {"ÌÍÎÏ", "I"},
		{"ñ", "n"}, {"Ñ", "N"}, {"òóôõöø", "o"}, {"ÒÓÔÕÖØ", "O"},
		{"ùúûü", "u"}, {"ÙÚÛÜ", "U"}, {"ýÿ", "y"}, {"ÝŸ", "Y"},
	} {
		for _, r := range g.from {
			m[r] = g.to
		}
	}
	return m
}()

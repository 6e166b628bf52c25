package minutes

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"essradar/tui/radar"
)

// The radar in Markdown and text is ASCII in a fenced block, so it survives
// any viewer, printer and e-mail.
const radarWidth, radarHeight = 72, 22

// Markdown writes the minutes as Markdown.
func (m *Minutes) Markdown(w io.Writer) error { return m.plain(w, true) }

// Text writes the minutes as plain text: the same record, headings
// underlined and tables in aligned columns.
func (m *Minutes) Text(w io.Writer) error { return m.plain(w, false) }

// plainWriter lays the record out as lines; md chooses Markdown's marks.
type plainWriter struct {
	w  *bufio.Writer
	md bool
}

func (p *plainWriter) line(s string) { p.w.WriteString(s + "\n") }

func (p *plainWriter) blank() { p.w.WriteString("\n") }

func (p *plainWriter) heading(level int, s string) {
	if p.md {
		p.line(strings.Repeat("#", level) + " " + s)
	} else {
		p.line(s)
		mark := "="
		if level > 1 {
			mark = "-"
		}
		p.line(strings.Repeat(mark, ansi.StringWidth(s)))
	}
	p.blank()
}

func (p *plainWriter) bold(s string) string {
	if p.md {
		return "**" + s + "**"
	}
	return s
}

// para writes a paragraph; in Markdown every line break of stored text is
// kept as a hard break.
func (p *plainWriter) para(s string) {
	if p.md {
		s = strings.ReplaceAll(s, "\n", "  \n")
	}
	p.line(s)
	p.blank()
}

func (p *plainWriter) list(items []string) {
	for _, it := range items {
		p.line("- " + it)
	}
	p.blank()
}

// table writes rows under a header: a pipe table in Markdown, columns
// padded to their widest cell in text.
func (p *plainWriter) table(header []string, rows [][]string) {
	if p.md {
		esc := func(cells []string) string {
			out := make([]string, len(cells))
			for i, c := range cells {
				out[i] = strings.ReplaceAll(c, "|", `\|`)
			}
			return "| " + strings.Join(out, " | ") + " |"
		}
		p.line(esc(header))
		p.line("|" + strings.Repeat(" --- |", len(header)))
		for _, r := range rows {
			p.line(esc(r))
		}
		p.blank()
		return
	}
	widths := make([]int, len(header))
	for _, r := range append([][]string{header}, rows...) {
		for i, c := range r {
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	row := func(cells []string) string {
		var b strings.Builder
		for i, c := range cells {
			b.WriteString(c)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
			}
		}
		return b.String()
	}
	p.line(row(header))
	rule := make([]string, len(header))
	for i, w := range widths {
		rule[i] = strings.Repeat("-", w)
	}
	p.line(row(rule))
	for _, r := range rows {
		p.line(row(r))
	}
	p.blank()
}

func (m *Minutes) plain(w io.Writer, md bool) error {
	p := &plainWriter{w: bufio.NewWriter(w), md: md}
	if m.Draft {
		p.para(p.bold(m.T("minutes.draft")))
	}
	p.heading(1, m.T("minutes.title"))
	p.list([]string{m.T("minutes.campaign", m.Campaign), m.T("minutes.date", m.Date),
		m.T("minutes.territory", m.Territory), m.T("minutes.place", m.Place)})
	p.heading(2, m.T("minutes.present"))
	p.list(collegeLines(m, m.Present, p.bold))
	p.heading(2, m.T("minutes.excused"))
	p.list(collegeLines(m, m.Excused, p.bold))
	p.heading(2, m.T("minutes.agenda"))
	for _, it := range m.Items {
		m.plainItem(p, it)
	}
	p.heading(2, m.T("minutes.summary"))
	p.table(summaryHeader(m), summaryRows(m))
	p.heading(2, m.T("minutes.signatures"))
	for _, who := range []string{"minutes.chair", "minutes.secretary"} {
		p.line(p.bold(m.T(who)))
		p.blank()
		p.line(m.T("minutes.sign_name") + " ______________________________")
		p.blank()
		p.line(m.T("minutes.sign_here") + " ______________________________")
		p.blank()
	}
	if m.Seal != "" {
		p.para(m.T("minutes.seal") + " " + m.Seal)
	}
	if m.Draft {
		p.para(p.bold(m.T("minutes.draft")))
	}
	return p.w.Flush()
}

func collegeLines(m *Minutes, cs []College, bold func(string) string) []string {
	if len(cs) == 0 {
		return []string{m.T("minutes.nobody")}
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = bold(c.Name) + sep(m) + strings.Join(c.Members, ", ")
	}
	return out
}

func (m *Minutes) plainItem(p *plainWriter, it Item) {
	p.heading(3, fmt.Sprintf("%d. %s", it.Number, it.Title))
	p.list([]string{m.T("minutes.holder", it.Holder), it.Territory, it.Amount})
	if len(it.Recusals) > 0 {
		p.list(it.Recusals)
	}
	if !it.Postponed && it.Radar.Scored() {
		p.line(p.bold(m.T("minutes.radar")))
		p.blank()
		p.line("```")
		for _, l := range asciiRadar(it.Radar) {
			p.line(l)
		}
		p.line("```")
		p.blank()
		rows := make([][]string, len(it.Means))
		for i, mn := range it.Means {
			rows[i] = []string{mn.Category, mn.Value}
		}
		p.line(p.bold(m.T("minutes.means")))
		p.blank()
		p.table([]string{m.T("minutes.col.category"), m.T("minutes.col.mean")}, rows)
		p.para(p.bold(m.T("minutes.proposal")) + sep(m) + it.Proposal)
	}
	p.para(p.bold(m.T("minutes.decision")) + sep(m) + it.Outcome)
	if it.Decided {
		if it.Rationale != "" {
			p.para(p.bold(m.T("minutes.rationale")) + sep(m) + it.Rationale)
		}
		p.para(it.Votes)
	}
	for _, a := range it.Amendments {
		p.para(a)
	}
}

// sep is what stands between a label and its text: « : » in French.
func sep(m *Minutes) string {
	if m.t.Lang == "fr" {
		return " : "
	}
	return ": "
}

// asciiRadar is the chart as lines of ASCII, without the trailing blanks
// the renderer pads with.
func asciiRadar(r Radar) []string {
	lines := radar.Render(radar.Chart{Labels: r.Labels, Max: r.Max, Series: []radar.Series{{Values: r.Values}}, Marks: r.Marks,
		Width: radarWidth, Height: radarHeight, Mode: radar.ASCII, ShowValues: true})
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func summaryHeader(m *Minutes) []string {
	return []string{m.T("minutes.col.number"), m.T("minutes.col.initiative"), m.T("minutes.col.proposed"), m.T("minutes.col.decision")}
}

func summaryRows(m *Minutes) [][]string {
	rows := make([][]string, len(m.Items))
	for i, it := range m.Items {
		rows[i] = []string{fmt.Sprint(it.Number), it.Title, it.Proposed, it.Summary}
	}
	return rows
}

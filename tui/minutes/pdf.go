package minutes

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/go-pdf/fpdf"

	"essradar/tui/radar"
)

// The printed page: A4, 20 mm margins, core fonts (Helvetica covers French
// through cp1252, so nothing has to be embedded).
const (
	pageMargin  = 20.0
	bodyWidth   = 210 - 2*pageMargin
	lineHeight  = 5.0
	radarRadius = 32.0 // mm, the outer ring
	radarBlock  = 2*radarRadius + 30
)

// Colours of the printed radar: the data outweighs the grid, as on screen.
var (
	gridGrey  = [3]int{170, 170, 170}
	seriesInk = [3]int{31, 78, 160}
	draftRed  = [3]int{190, 30, 30}
)

// pdfWriter holds the document and the text translator: fpdf's core fonts
// read cp1252, and every string goes through tr on its way in.
type pdfWriter struct {
	f  *fpdf.Fpdf
	tr func(string) string
	m  *Minutes
}

// PDF writes the minutes as the document the committee prints and signs.
func (m *Minutes) PDF(w io.Writer) error { return m.writePDF(w, true) }

func (m *Minutes) writePDF(w io.Writer, compress bool) error {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(compress)
	f.SetMargins(pageMargin, pageMargin, pageMargin)
	f.SetAutoPageBreak(true, pageMargin)
	f.AliasNbPages("{nb}")
	f.SetTitle(m.T("minutes.title")+" · "+m.Date, true)
	f.SetCreator("essradar", true)
	p := &pdfWriter{f: f, tr: cp1252(f), m: m}
	f.SetHeaderFunc(p.header)
	f.SetFooterFunc(p.footer)
	f.AddPage()
	p.opening()
	for _, it := range m.Items {
		p.item(it)
	}
	p.summary()
	p.signatures()
	if err := f.Error(); err != nil {
		return fmt.Errorf("procès-verbal en PDF : %w", err)
	}
	return f.Output(w)
}

// cp1252 is fpdf's translator, after the few characters cp1252 lacks are
// replaced by their nearest: the narrow no-break space of French amounts
// and typography becomes a no-break space.
func cp1252(f *fpdf.Fpdf) func(string) string {
	tr := f.UnicodeTranslatorFromDescriptor("")
	near := strings.NewReplacer("\u202f", "\u00a0", "\u2011", "-", "\u2212", "-")
	return func(s string) string { return tr(near.Replace(s)) }
}

func (p *pdfWriter) font(style string, size float64) { p.f.SetFont("Helvetica", style, size) }

func (p *pdfWriter) color(c [3]int) { p.f.SetTextColor(c[0], c[1], c[2]) }

// header marks a draft on every page, in red, above the body.
func (p *pdfWriter) header() {
	if !p.m.Draft {
		return
	}
	f := p.f
	f.SetY(8)
	p.font("B", 10)
	p.color(draftRed)
	f.CellFormat(bodyWidth, lineHeight, p.tr(p.m.T("minutes.draft")), "", 1, "C", false, 0, "")
	p.color([3]int{0, 0, 0})
	f.SetY(pageMargin)
}

// footer numbers the pages « page 2/5 » and names the session.
func (p *pdfWriter) footer() {
	f := p.f
	f.SetY(-14)
	p.font("", 8)
	p.color([3]int{90, 90, 90})
	left := p.m.T("minutes.title") + " · " + p.m.Date
	if p.m.Draft {
		left = p.m.T("minutes.draft_mark") + " · " + left
	}
	f.CellFormat(bodyWidth-30, lineHeight, p.tr(left), "", 0, "L", false, 0, "")
	f.CellFormat(30, lineHeight, p.tr(p.m.T("minutes.page", f.PageNo(), "{nb}")), "", 0, "R", false, 0, "")
	p.color([3]int{0, 0, 0})
}

func (p *pdfWriter) heading(s string, size float64) {
	p.font("B", size)
	p.f.Ln(2)
	p.f.MultiCell(bodyWidth, size*0.5, p.tr(s), "", "L", false)
	p.f.Ln(1.5)
}

func (p *pdfWriter) para(s string) {
	p.font("", 10)
	p.f.MultiCell(bodyWidth, lineHeight, p.tr(s), "", "L", false)
	p.f.Ln(1)
}

// labelled writes « Label : text », the label bold, the text wrapped under
// the page's width.
func (p *pdfWriter) labelled(label, text string) {
	f := p.f
	p.font("B", 10)
	lw := f.GetStringWidth(p.tr(label+sep(p.m))) + 0.5
	f.CellFormat(lw, lineHeight, p.tr(label+sep(p.m)), "", 0, "L", false, 0, "")
	p.font("", 10)
	lines := p.wrap(text, bodyWidth-lw)
	for i, l := range lines {
		if i > 0 {
			f.SetX(pageMargin + lw)
		}
		f.CellFormat(bodyWidth-lw, lineHeight, p.tr(l), "", 1, "L", false, 0, "")
	}
	if len(lines) == 0 {
		f.Ln(lineHeight)
	}
	f.Ln(1)
}

func (p *pdfWriter) opening() {
	m := p.m
	p.heading(m.T("minutes.title"), 16)
	p.font("", 11)
	for _, l := range []string{m.T("minutes.campaign", m.Campaign), m.T("minutes.date", m.Date),
		m.T("minutes.territory", m.Territory), m.T("minutes.place", m.Place)} {
		p.f.CellFormat(bodyWidth, 5.5, p.tr(l), "", 1, "L", false, 0, "")
	}
	p.heading(m.T("minutes.present"), 12)
	p.colleges(m.Present)
	p.heading(m.T("minutes.excused"), 12)
	p.colleges(m.Excused)
}

func (p *pdfWriter) colleges(cs []College) {
	if len(cs) == 0 {
		p.para(p.m.T("minutes.nobody"))
		return
	}
	for _, c := range cs {
		p.labelled(c.Name, strings.Join(c.Members, ", "))
	}
}

// wrap breaks s into lines no wider than w millimetres in the current
// font, at spaces, keeping the line breaks s has. fpdf's SplitText reads
// UTF-8 while the core fonts measure cp1252, so the words are measured
// translated and kept as they are.
func (p *pdfWriter) wrap(s string, w float64) []string {
	var out []string
	for _, para := range strings.Split(unbreakable.Replace(s), "\n") {
		cur := ""
		var words []string
		for _, word := range strings.FieldsFunc(para, func(r rune) bool { return r == ' ' || r == '\t' }) {
			if p.f.GetStringWidth(p.tr(word)) > w {
				// Glued text wider than the column (« Innovation / Transformation »
				// in a table cell) breaks where it was glued, rather than spill.
				words = append(words, strings.Split(word, "\u00a0")...)
				continue
			}
			words = append(words, word)
		}
		for _, word := range words {
			next := word
			if cur != "" {
				next = cur + " " + word
			}
			if cur != "" && p.f.GetStringWidth(p.tr(next)) > w {
				out = append(out, cur)
				next = word
			}
			cur = next
		}
		out = append(out, cur)
	}
	return out
}

// unbreakable glues what French typography never splits across lines: a
// score and its scale, a colon or semicolon and the word before it,
// quotation marks and what they quote. Only ASCII spaces break lines.
var unbreakable = strings.NewReplacer(" / ", "\u00a0/\u00a0", " :", "\u00a0:", " ;", "\u00a0;", "« ", "«\u00a0", " »", "\u00a0»")

// room starts a new page unless h millimetres are left on this one.
func (p *pdfWriter) room(h float64) {
	_, ph := p.f.GetPageSize()
	if p.f.GetY()+h > ph-pageMargin {
		p.f.AddPage()
	}
}

func (p *pdfWriter) item(it Item) {
	m := p.m
	// An item's heading never sits alone at the foot of a page: it keeps
	// its radar with it.
	need := 30.0
	if !it.Postponed && it.Radar.Scored() {
		need += radarBlock
	}
	p.room(need)
	p.heading(fmt.Sprintf("%d. %s", it.Number, it.Title), 12)
	p.font("", 10)
	for _, l := range []string{m.T("minutes.holder", it.Holder), it.Territory, it.Amount} {
		p.f.MultiCell(bodyWidth, lineHeight, p.tr(l), "", "L", false)
	}
	p.f.Ln(1)
	for _, r := range it.Recusals {
		p.para(r)
	}
	if !it.Postponed && it.Radar.Scored() {
		p.radar(it.Radar)
		p.means(it.Means)
		p.labelled(m.T("minutes.proposal"), it.Proposal)
	}
	p.labelled(m.T("minutes.decision"), it.Outcome)
	if it.Decided {
		if it.Rationale != "" {
			p.labelled(m.T("minutes.rationale"), it.Rationale)
		}
		p.para(it.Votes)
	}
	for _, a := range it.Amendments {
		p.para(a)
	}
	p.f.Ln(3)
}

// radar draws the chart with vectors: rings at every level, the spokes,
// the polygon filled, and each axis labelled with its value. Where the axes
// go comes from tui/radar, as on screen.
func (p *pdfWriter) radar(r Radar) {
	f := p.f
	p.room(radarBlock)
	n := len(r.Labels)
	cx, cy := pageMargin+bodyWidth/2, f.GetY()+radarBlock/2
	at := func(x, y, radius float64) (float64, float64) { return cx + x*radius, cy - y*radius }
	f.SetDrawColor(gridGrey[0], gridGrey[1], gridGrey[2])
	f.SetLineWidth(0.2)
	for lv := 1; lv <= int(r.Max); lv++ {
		f.Circle(cx, cy, radarRadius*float64(lv)/r.Max, "D")
	}
	for i := range n {
		x, y := radar.Spoke(i, n)
		ex, ey := at(x, y, radarRadius)
		f.Line(cx, cy, ex, ey)
	}
	pts := make([]fpdf.PointType, n)
	for i, v := range r.Values {
		x, y := radar.Point(i, n, v, r.Max)
		pts[i].X, pts[i].Y = at(x, y, radarRadius)
	}
	f.SetAlpha(0.3, "Normal")
	f.SetFillColor(seriesInk[0], seriesInk[1], seriesInk[2])
	f.Polygon(pts, "F")
	f.SetAlpha(1, "Normal")
	f.SetDrawColor(seriesInk[0], seriesInk[1], seriesInk[2])
	f.SetLineWidth(0.6)
	f.Polygon(pts, "D")
	f.SetFillColor(seriesInk[0], seriesInk[1], seriesInk[2])
	for _, pt := range pts {
		f.Circle(pt.X, pt.Y, 0.8, "F")
	}
	f.SetLineWidth(0.2)
	f.SetDrawColor(0, 0, 0)
	p.radarLabels(r, cx, cy)
	f.SetY(cy + radarBlock/2)
}

// radarLabels writes each axis's name and value just outside the outer
// ring: left of the axis end on the left half, right of it on the right
// half, centred at the top and bottom. A long name wraps onto lines no
// wider than the margin allows, so English labels stay on the page.
func (p *pdfWriter) radarLabels(r Radar, cx, cy float64) {
	f := p.f
	n := len(r.Labels)
	p.font("", 8)
	const gap, lh, widest = 3.0, 3.3, 42.0
	for i, name := range r.Labels {
		x, y := radar.Spoke(i, n)
		lx, ly := cx+x*(radarRadius+gap), cy-y*(radarRadius+gap)
		room := widest
		switch {
		case math.Abs(x) < 0.2:
			// Centred at a pole: no wider than the gap between the
			// neighbouring axes' labels, which start beside their ends.
			x1, _ := radar.Spoke(1, n)
			room = min(room, 2*math.Abs(x1)*(radarRadius+gap)-3)
		case x < 0:
			room = min(room, lx-pageMargin+8)
		default:
			room = min(room, pageMargin+bodyWidth+8-lx)
		}
		lines := p.wrap(name+" "+valueText(r, i), room)
		h := float64(len(lines)) * lh
		// The block of lines sits above the axis end on the upper half,
		// below it on the lower half, centred beside it near the middle;
		// top is the first line's baseline.
		var top float64
		switch {
		case y > 0.5:
			top = ly - h + lh - 0.8
		case y < -0.5:
			top = ly + lh - 0.5
		default:
			top = ly - h/2 + lh - 0.6
		}
		for k, l := range lines {
			text := p.tr(l)
			w := f.GetStringWidth(text)
			tx := lx
			switch {
			case math.Abs(x) < 0.2:
				tx -= w / 2
			case x < 0:
				tx -= w
			}
			f.Text(tx, top+float64(k)*lh, text)
		}
	}
}

// valueText is marker i's score as the chart labels it, « 3/4 », its mark
// when answered not applicable (« nc »), or « ? » when nobody scored it, as
// on screen.
func valueText(r Radar, i int) string {
	v := r.Values[i]
	switch {
	case !math.IsNaN(v):
		return strings.Replace(fmt.Sprintf("%g/%g", v, r.Max), ".", ",", 1)
	case i < len(r.Marks) && r.Marks[i] != "":
		return r.Marks[i]
	}
	return "?"
}

func (p *pdfWriter) means(ms []Mean) {
	f := p.f
	m := p.m
	p.room(lineHeight * float64(len(ms)+2))
	p.font("B", 10)
	f.CellFormat(bodyWidth, lineHeight+1, p.tr(m.T("minutes.means")), "", 1, "L", false, 0, "")
	p.table([]float64{bodyWidth - 30, 30}, []string{m.T("minutes.col.category"), m.T("minutes.col.mean")}, meanRows(ms))
	f.Ln(1)
}

func meanRows(ms []Mean) [][]string {
	rows := make([][]string, len(ms))
	for i, mn := range ms {
		rows[i] = []string{mn.Category, mn.Value}
	}
	return rows
}

// table draws a header row and rows of cells that wrap within their
// column; a row never splits across pages.
func (p *pdfWriter) table(widths []float64, header []string, rows [][]string) {
	p.row(widths, header, true)
	for _, r := range rows {
		p.row(widths, r, false)
	}
}

func (p *pdfWriter) row(widths []float64, cells []string, head bool) {
	f := p.f
	style := ""
	if head {
		style = "B"
	}
	p.font(style, 9)
	const h = 4.5
	split := make([][]string, len(cells))
	lines := 1
	for i, c := range cells {
		split[i] = p.wrap(c, widths[i]-2)
		lines = max(lines, len(split[i]))
	}
	p.room(float64(lines)*h + 1)
	x, y := f.GetX(), f.GetY()
	if head {
		f.SetFillColor(230, 230, 230)
	}
	for i, w := range widths {
		fill := "D"
		if head {
			fill = "DF"
		}
		f.Rect(x, y, w, float64(lines)*h+1, fill)
		for k, l := range split[i] {
			f.SetXY(x+1, y+0.5+float64(k)*h)
			f.CellFormat(w-2, h, p.tr(l), "", 0, "L", false, 0, "")
		}
		x += w
	}
	f.SetXY(pageMargin, y+float64(lines)*h+1)
}

func (p *pdfWriter) summary() {
	m := p.m
	p.room(40)
	p.heading(m.T("minutes.summary"), 12)
	p.table([]float64{12, 68, 40, 50}, summaryHeader(m), summaryRows(m))
	p.f.Ln(4)
}

// signatures leaves room for the chair and the secretary to sign, side by
// side, and ends with the seal of a closed session.
func (p *pdfWriter) signatures() {
	f := p.f
	m := p.m
	p.room(60)
	p.heading(m.T("minutes.signatures"), 12)
	y := f.GetY()
	half := bodyWidth / 2
	for i, who := range []string{"minutes.chair", "minutes.secretary"} {
		x := pageMargin + float64(i)*half
		f.SetXY(x, y)
		p.font("B", 10)
		f.MultiCell(half-6, lineHeight, p.tr(m.T(who)), "", "L", false)
		p.font("", 10)
		f.SetXY(x, y+14)
		f.CellFormat(half-6, lineHeight, p.tr(m.T("minutes.sign_name")), "B", 0, "L", false, 0, "")
		f.SetXY(x, y+24)
		f.CellFormat(half-6, lineHeight, p.tr(m.T("minutes.sign_here")), "", 0, "L", false, 0, "")
		f.Rect(x, y+30, half-6, 18, "D")
	}
	f.SetXY(pageMargin, y+54)
	if m.Seal != "" {
		p.font("", 9)
		f.MultiCell(bodyWidth, 4.5, p.tr(m.T("minutes.seal")), "", "L", false)
		f.SetFont("Courier", "", 8.5)
		f.MultiCell(bodyWidth, 4.5, m.Seal, "", "L", false)
	}
	if m.Draft {
		p.font("B", 10)
		p.color(draftRed)
		f.MultiCell(bodyWidth, lineHeight, p.tr(m.T("minutes.draft")), "", "L", false)
		p.color([3]int{0, 0, 0})
	}
}

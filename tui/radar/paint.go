package radar

// Colours are raw 256-colour SGR rather than lipgloss styles: the painter
// switches colour per cell, and a precomputed escape string costs nothing
// where a Style.Render per cell would dominate the frame budget. Mid-tone
// blue and orange stay legible on both dark and light terminal themes, on
// a washed-out projector, and for the common red-green colour blindness.
//
// The grid is a mid grey, drawn sparse so it carries less ink than the
// data on dark and light backgrounds alike; the fill is a greyer blue than
// the outline so the edge still reads as the edge. The threshold ring is
// a dark green (4.7:1 on white, 4.5:1 on black): far from the blue
// evaluation and from the categories' colours (the magenta it had read as
// Coopération's raspberry), and darker than the evaluation so it never
// outweighs it. Against the orange median, which a red-green blind eye may
// confuse with it, its solid stroke differs from the median's dots. The
// highlighted spoke and label use the terminal's own foreground (bold,
// reversed for the label): the strongest contrast whatever the theme.
const (
	sgrReset     = "\x1b[0m"
	sgrGrid      = "\x1b[38;5;245m"
	sgrValue     = "\x1b[38;5;33m"
	sgrFill      = "\x1b[38;5;68m"
	sgrThresh    = "\x1b[38;5;28m"
	sgrSpoke     = "\x1b[1;39m"
	sgrHighlight = "\x1b[1;7m"
)

// The evaluation is bold and saturated; overlays are plain and softer so
// the eye goes to the series under discussion first.
var sgrSeries = [maxSeries]string{
	"\x1b[1;38;5;33m",
	"\x1b[38;5;208m",
	"\x1b[38;5;134m",
	"\x1b[38;5;71m",
}

// ASCII glyphs: grid codes indexed by aRing..aCentre, series by aEdge/aVertex.
var (
	asciiGrid   = [...]byte{' ', '.', '|', '/', '\\', '-', '+'}
	asciiSeries = [maxSeries][3]byte{
		{' ', '#', '@'},
		{' ', '*', 'O'},
		{' ', '=', '%'},
		{' ', '^', '&'},
	}
	asciiFill   byte = ':'
	asciiThresh byte = '~'
)

// paint turns layers and labels into lines. Everything is written into one
// buffer and the lines are substrings of a single string, so a frame costs
// a handful of allocations regardless of size.
func (sc *scene) paint(cv *canvas) []string {
	w, h := sc.w, sc.h
	// Label segment start per cell: 0 means none, otherwise maxLines*axis+line+1.
	starts := make([]int16, w*h)
	for i := range sc.pl {
		p := &sc.pl[i]
		for k := 0; p.ok && k < p.f.lines; k++ {
			if p.seg[k].w > 0 {
				starts[(p.row+k)*w+p.seg[k].col] = int16(maxLines*i + k + 1)
			}
		}
	}
	for k, cp := range sc.captions {
		starts[cp.row*w+cp.col] = int16(-k - 1)
	}
	colour := sc.c.Color
	sc.initUnderlays()
	buf := make([]byte, 0, w*h*3+h*24)
	ends := make([]int, h)
	for row := 0; row < h; row++ {
		cur := "" // active SGR, "" when none
		setColour := func(s string) {
			if !colour || s == cur {
				return
			}
			if s == "" {
				buf = append(buf, sgrReset...)
			} else {
				if cur != "" {
					buf = append(buf, sgrReset...)
				}
				buf = append(buf, s...)
			}
			cur = s
		}
		base := row * w
		for col := 0; col < w; {
			if li := starts[base+col]; li < 0 {
				cp := &sc.captions[-li-1]
				setColour(groupSGR(cp.group, true))
				buf = append(buf, cp.text...)
				col += cp.w
				continue
			}
			if li := starts[base+col]; li > 0 {
				axis := int(li-1) / maxLines
				sg := &sc.pl[axis].seg[(li-1)%maxLines]
				if axis == sc.hi1 && sg.text != "" {
					setColour(sgrHighlight)
				} else {
					setColour(groupSGR(sc.group[axis], false))
				}
				buf = append(buf, sg.text...)
				if sg.suffix != "" {
					setColour(sgrValue)
					buf = append(buf, sg.suffix...)
				}
				col += sg.w
				continue
			}
			ci := base + col
			col++
			if sc.ascii {
				g, sgr := sc.asciiCell(cv, ci)
				if g != ' ' {
					setColour(sgr)
				}
				buf = append(buf, g)
				continue
			}
			var bits uint8
			sgr := ""
			// Where the evaluation and an overlay share cells (equal
			// scores) the cells alternate between their colours, so the
			// room sees both lines instead of the median vanishing.
			for s := sc.nser - 1; s >= 0; s-- {
				if b := cv.layers[1+s][ci]; b != 0 {
					if s > 0 || sgr == "" || (iabs(col-sc.cx/sc.sx)+row)%2 == 0 {
						sgr = sgrSeries[s]
					}
					bits |= b
				}
			}
			// The threshold ring and an overlay (the median) fall in the
			// same cells when the median sits near the threshold: the
			// ring's dots join the cell and every other such cell takes
			// its colour, so the ring does not vanish under the median.
			// The evaluation's own cells stay its own.
			if bits != 0 && sgr != sgrSeries[0] {
				if tb := cv.layers[sc.layerThresh()][ci]; tb != 0 {
					bits |= tb
					if (iabs(col-sc.cx/sc.sx)+row)%2 != 0 {
						sgr = sgrThresh
					}
				}
			}
			// The rest only shows in cells no series passes through: mixed
			// into a polygon's cell their dots read as a kink in the line.
			// Overlays come after the fill in this order, so the median
			// never vanishes under the evaluation's tint.
			for k := 0; bits == 0 && k < len(sc.underlays); k++ {
				bits = cv.layers[sc.underlays[k].layer][ci]
				sgr = sc.underlays[k].sgr
			}
			if bits == 0 {
				buf = append(buf, ' ')
				continue
			}
			setColour(sgr)
			// U+2800+bits encoded as UTF-8 by hand: this is the hot loop.
			buf = append(buf, 0xE2, 0xA0|bits>>6, 0x80|bits&0x3F)
		}
		setColour("")
		ends[row] = len(buf)
	}
	all := string(buf)
	lines := make([]string, h)
	start := 0
	for i, e := range ends {
		lines[i] = all[start:e]
		start = e
	}
	return lines
}

// underlay is a layer drawn under the series, in paint order of priority.
type underlay struct {
	layer int
	sgr   string
	glyph byte // ASCII glyph; 0: take the grid's glyph for the code
}

func (sc *scene) initUnderlays() {
	sc.underlays = []underlay{
		{sc.layerSpoke(), sgrSpoke, 0},
		{sc.layerThresh(), sgrThresh, asciiThresh},
		{sc.layerFill(), sgrFill, asciiFill},
		{0, sgrGrid, 0},
	}
}

// asciiCell picks the glyph of the most important thing in a cell: the
// evaluation over overlays over the highlighted spoke, the threshold, the
// fill and the grid, vertices over edges.
func (sc *scene) asciiCell(cv *canvas, ci int) (byte, string) {
	for s := 0; s < sc.nser; s++ {
		if v := cv.layers[1+s][ci]; v != 0 {
			return asciiSeries[s][v], sgrSeries[s]
		}
	}
	for _, u := range sc.underlays {
		if v := cv.layers[u.layer][ci]; v != 0 {
			if u.glyph != 0 {
				return u.glyph, u.sgr
			}
			return asciiGrid[v], u.sgr
		}
	}
	return ' ', ""
}

// groupSGR is the colour of group g's labels, bold for its caption; ""
// for an axis outside every group.
func groupSGR(g int, bold bool) string {
	if g < 0 {
		return ""
	}
	c := sgrGroups[g%len(sgrGroups)]
	if bold {
		return "\x1b[1m" + c
	}
	return c
}

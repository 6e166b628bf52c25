package csvimport

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"essradar/store"
)

// The file is read twice, never held: a first pass over its bytes decides
// the encoding (a Windows-1252 letter may sit on the last line of a file
// that looks like UTF-8 until then) and keeps only a few offsets; the rows
// are then read one by one from the start again.

// chunkSize is how much of the file is in memory at once.
const chunkSize = 64 << 10

// probe is what the first pass learns about a file.
type probe struct {
	encoding     string // as Sheet.Encoding
	order        xunicode.Endianness
	hasLF, hasCR bool // in the decoded text
}

// spot is the first place of something in the file, as line counts before it.
type spot struct {
	found  bool
	lf, cr int
	b      byte
}

// note records the first place seen: offset i of seg, which starts after lf
// line feeds and cr carriage returns.
func (s *spot) note(seg []byte, i, lf, cr int) {
	if s.found {
		return
	}
	*s = spot{found: true, lf: lf + bytes.Count(seg[:i], []byte{'\n'}), cr: cr + bytes.Count(seg[:i], []byte{'\r'}), b: seg[i]}
}

// line is the 1-based line of the spot, as lineAt counts it: a file without
// line feed ends its lines with CR alone.
func (s spot) line(hasLF bool) int {
	if hasLF {
		return 1 + s.lf
	}
	return 1 + s.cr
}

// rawScan is the first pass's findings on the bytes as they are.
type rawScan struct {
	size         int64
	blank        bool
	hasLF, hasCR bool
	nul, invalid spot // first NUL byte, first byte that is not UTF-8
	undefined    spot // first byte Windows-1252 leaves undefined
	prefix       []byte
}

// scanRaw reads r to its end in chunks.
func scanRaw(r io.Reader) (rawScan, error) {
	sc := rawScan{blank: true}
	buf := make([]byte, chunkSize+utf8.UTFMax)
	carry, lf, cr := 0, 0, 0
	for {
		n, err := io.ReadFull(r, buf[carry:carry+chunkSize])
		sc.size += int64(n)
		if sc.size > MaxFileSize {
			return sc, errTooBig()
		}
		end := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !end {
			return sc, readFailed(err)
		}
		data := buf[:carry+n]
		if len(sc.prefix) < 4 {
			sc.prefix = append(sc.prefix, data[:min(len(data), 4-len(sc.prefix))]...)
		}
		seg := data[:completeRunes(data, end)]
		sc.noteSegment(seg, lf, cr)
		lf += bytes.Count(seg, []byte{'\n'})
		cr += bytes.Count(seg, []byte{'\r'})
		carry = copy(buf, data[len(seg):])
		if end {
			break
		}
	}
	sc.hasLF, sc.hasCR = lf > 0, cr > 0
	return sc, nil
}

func (sc *rawScan) noteSegment(seg []byte, lf, cr int) {
	if sc.blank && len(bytes.TrimSpace(seg)) > 0 {
		sc.blank = false
	}
	if i := bytes.IndexByte(seg, 0); i >= 0 {
		sc.nul.note(seg, i, lf, cr)
	}
	if !sc.invalid.found && !utf8.Valid(seg) {
		sc.invalid.note(seg, invalidUTF8(seg), lf, cr)
	}
	if !sc.undefined.found {
		for i, b := range seg {
			switch b {
			case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
				sc.undefined.note(seg, i, lf, cr)
			}
			if sc.undefined.found {
				break
			}
		}
	}
}

// completeRunes is the length of data without a rune cut at its end (kept
// for the next chunk), unless the file ends there.
func completeRunes(data []byte, end bool) int {
	if end {
		return len(data)
	}
	for back := 1; back <= min(utf8.UTFMax-1, len(data)); back++ {
		i := len(data) - back
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				return i
			}
			break
		}
	}
	return len(data)
}

func errTooBig() error {
	return unreadable("csv.too_big", "le fichier dépasse %d Mo ; une liste d'initiatives est bien plus petite, est-ce le bon fichier ?", MaxFileSize>>20)
}

func readFailed(err error) error {
	return &store.MessageError{Message: msg("csv.read_failed", "lecture du fichier impossible : %v", err), Kind: err}
}

// probeFile decides the encoding of the file from its bytes, reading it
// once without keeping it.
func probeFile(rs io.ReadSeeker) (probe, error) {
	sc, err := scanRaw(rs)
	if err != nil {
		return probe{}, err
	}
	raw := sc.prefix
	if sc.blank {
		return probe{}, unreadable("csv.empty", "le fichier est vide ; il doit commencer par la ligne des en-têtes (Titre;Porteur;Territoire…)")
	}
	if bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
		return probe{}, unreadable("csv.workbook", "c'est un classeur (.xlsx ou .ods), pas un fichier CSV : dans le tableur, choisissez « Enregistrer sous » puis le type « CSV »")
	}
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		order := xunicode.LittleEndian
		if raw[0] == 0xFE {
			order = xunicode.BigEndian
		}
		return probeUTF16(rs, order, sc.size)
	}
	p := probe{hasLF: sc.hasLF, hasCR: sc.hasCR}
	switch {
	case sc.nul.found:
		return p, unreadable("csv.nul_bytes", "encodage non reconnu, ligne %d : le fichier contient des octets nuls (UTF-16 sans marque, ou fichier qui n'est pas du texte) ; enregistrez-le en « CSV UTF-8 »", sc.nul.line(sc.hasLF))
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")):
		if sc.invalid.found {
			return p, unreadable("csv.utf8_invalid", "encodage non reconnu, ligne %d : le fichier s'annonce en UTF-8 mais ce texte n'en est pas ; enregistrez-le de nouveau en « CSV UTF-8 »", sc.invalid.line(sc.hasLF))
		}
		p.encoding = "UTF-8 avec BOM"
	case !sc.invalid.found:
		p.encoding = "UTF-8"
	case sc.undefined.found:
		return p, unreadable("csv.bad_byte", "encodage non reconnu, ligne %d : l'octet 0x%02X n'est ni de l'UTF-8 ni du Windows-1252 ; enregistrez le fichier en « CSV UTF-8 » et recommencez", sc.undefined.line(sc.hasLF), sc.undefined.b)
	default:
		p.encoding = "Windows-1252"
	}
	return p, nil
}

// probeUTF16 decodes the file once, keeping nothing, to find where it is not
// UTF-16.
func probeUTF16(rs io.ReadSeeker, order xunicode.Endianness, size int64) (probe, error) {
	truncated := unreadable("csv.utf16_truncated", "encodage non reconnu : le fichier s'annonce en UTF-16 mais il est tronqué ; enregistrez-le en « CSV UTF-8 »")
	if size%2 != 0 {
		return probe{}, truncated
	}
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		return probe{}, readFailed(err)
	}
	r := transform.NewReader(rs, xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder())
	var bad, nul spot
	lf, cr := 0, 0
	buf := make([]byte, chunkSize)
	for {
		n, err := r.Read(buf)
		seg := buf[:n]
		if i := bytes.Index(seg, []byte(string(utf8.RuneError))); i >= 0 {
			bad.note(seg, i, lf, cr)
		}
		if i := bytes.IndexByte(seg, 0); i >= 0 {
			nul.note(seg, i, lf, cr)
		}
		lf += bytes.Count(seg, []byte{'\n'})
		cr += bytes.Count(seg, []byte{'\r'})
		if err == io.EOF {
			break
		}
		if err != nil {
			return probe{}, truncated
		}
	}
	p := probe{encoding: "UTF-16", order: order, hasLF: lf > 0, hasCR: cr > 0}
	switch {
	case bad.found:
		return p, unreadable("csv.utf16_invalid", "encodage non reconnu, ligne %d : le fichier s'annonce en UTF-16 mais ce texte n'en est pas ; enregistrez-le en « CSV UTF-8 »", bad.line(p.hasLF))
	case nul.found:
		return p, unreadable("csv.utf16_nul", "encodage non reconnu, ligne %d : caractère nul ; enregistrez le fichier en « CSV UTF-8 »", nul.line(p.hasLF))
	}
	return p, nil
}

// text opens the file's text from its start, decoded, with old Mac line
// ends made line feeds; the bytes go through moji on their way.
func (p probe) text(rs io.ReadSeeker, moji *mojibakeScanner) (*bufio.Reader, error) {
	start := int64(0)
	if p.encoding == "UTF-8 avec BOM" {
		start = 3
	}
	if _, err := rs.Seek(start, io.SeekStart); err != nil {
		return nil, readFailed(err)
	}
	var r io.Reader = rs
	switch p.encoding {
	case "UTF-16":
		r = transform.NewReader(rs, xunicode.UTF16(p.order, xunicode.ExpectBOM).NewDecoder())
	case "Windows-1252":
		r = transform.NewReader(rs, charmap.Windows1252.NewDecoder())
	}
	if !p.hasLF && p.hasCR {
		r = crAsLF{r}
	}
	moji.r = r
	return bufio.NewReaderSize(moji, chunkSize), nil
}

// crAsLF reads a file whose lines end with CR alone as if they ended with LF.
type crAsLF struct{ r io.Reader }

func (c crAsLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// mojibakeScanner passes the text through and notes the first sign of a
// double conversion, with its line.
type mojibakeScanner struct {
	r     io.Reader
	tail  []byte // the end of what was read, where a sign may start
	lines int    // line feeds before tail
	line  int    // 0 until a sign is found
	what  string
}

// longestMojibake bounds what is kept between two reads.
var longestMojibake = func() int {
	n := 0
	for _, m := range mojibakes {
		n = max(n, len(m))
	}
	return n
}()

func (m *mojibakeScanner) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	if m.line == 0 && n > 0 {
		m.scan(p[:n])
	}
	return n, err
}

func (m *mojibakeScanner) scan(p []byte) {
	text := string(append(m.tail, p...))
	first := -1
	for _, s := range mojibakes {
		if i := strings.Index(text, s); i >= 0 && (first < 0 || i < first) {
			first, m.what = i, s
		}
	}
	if first >= 0 {
		m.line = 1 + m.lines + strings.Count(text[:first], "\n")
		return
	}
	keep := min(len(text), longestMojibake-1)
	m.lines += strings.Count(text[:len(text)-keep], "\n")
	m.tail = append(m.tail[:0], text[len(text)-keep:]...)
}

// warning is the scanner's finding as a warning, if any.
func (m *mojibakeScanner) warning() (store.Message, bool) {
	if m.line == 0 {
		return store.Message{}, false
	}
	return msg("csv.mojibake", "la ligne %d contient « %s » : ce texte a sans doute déjà été mal converti (UTF-8 relu comme Windows-1252) ; vérifiez ses accents", m.line, m.what), true
}

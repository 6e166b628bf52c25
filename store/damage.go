package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"regexp"
	"strconv"

	bberrors "go.etcd.io/bbolt/errors"

	"essradar/scoring"
)

// bbolt keeps two meta pages (pages 0 and 1) and writes them in turn; when
// the first one no longer reads it silently opens on the second, which may
// be one change older than what the secretary was told was saved. So the
// two pages are read here, before bbolt opens the file, with bbolt's own
// layout (go.etcd.io/bbolt/internal/common: a 16-byte page header, then the
// meta struct, host byte order, which is little-endian on every platform
// essradar is built for).
const (
	pageHeaderSize  = 16 // id uint64, flags uint16, count uint16, overflow uint32
	metaMagic       = 0xED0CDAED
	metaVersion     = 2
	metaChecksumOff = 56 // magic, version, pageSize, flags, root (2×8), freelist, pgid, txid
	metaSize        = metaChecksumOff + 8
)

// metaPage is what one meta page says, or why it says nothing.
type metaPage struct {
	pageSize uint32
	txid     uint64
	fault    string // "" when the page is sound, else a catalogue key for why
}

func readMeta(b []byte) metaPage {
	if len(b) < pageHeaderSize+metaSize {
		return metaPage{fault: "store.damage.meta.short"}
	}
	m := b[pageHeaderSize : pageHeaderSize+metaSize]
	le := binary.LittleEndian
	h := fnv.New64a()
	_, _ = h.Write(m[:metaChecksumOff])
	switch {
	case allZero(m):
		return metaPage{fault: "store.damage.meta.zeroed"}
	case le.Uint32(m[0:]) != metaMagic:
		return metaPage{fault: "store.damage.meta.magic"}
	case le.Uint32(m[4:]) != metaVersion:
		return metaPage{fault: "store.damage.meta.version"}
	case le.Uint64(m[metaChecksumOff:]) != h.Sum64():
		return metaPage{fault: "store.damage.meta.checksum"}
	}
	return metaPage{pageSize: le.Uint32(m[8:]), txid: le.Uint64(m[48:])}
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// metaFaultWords are the French words of each fault (the catalogue has them
// under the same keys).
var metaFaultWords = map[string]string{
	"store.damage.meta.short":    "coupée",
	"store.damage.meta.zeroed":   "remise à zéro",
	"store.damage.meta.magic":    "sans la signature d'une base",
	"store.damage.meta.version":  "d'une version de format inconnue",
	"store.damage.meta.checksum": "avec une somme de contrôle fausse",
}

// candidatePageSizes are tried to find the second meta page when the first
// one, which records the page size, does not read.
var candidatePageSizes = []int{os.Getpagesize(), 4096, 8192, 16384, 32768, 65536}

// inspectMetaPages reads both meta pages of the file at path and says, as a
// Message, what is wrong with them: one of them unreadable while the other
// reads, or two readable pages that do not follow each other. It returns
// ok when both pages read and follow each other, and also when neither
// reads: then the file is no bbolt file at all, which bbolt says itself.
func inspectMetaPages(path string) (Message, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return Message{}, false, err
	}
	defer f.Close()
	head := make([]byte, 2*65536)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return Message{}, false, fmt.Errorf("lire %s : %w", path, err)
	}
	return compareMetaPages(head[:n])
}

// compareMetaPages judges the two meta pages at the start of a file.
func compareMetaPages(head []byte) (Message, bool, error) {
	first := readMeta(head)
	sizes := candidatePageSizes
	if first.fault == "" {
		sizes = []int{int(first.pageSize)}
	}
	second := metaPage{fault: "store.damage.meta.short"}
	for _, size := range sizes {
		if size <= 0 || size >= len(head) {
			continue
		}
		if second = readMeta(head[size:]); second.fault == "" {
			break
		}
	}
	switch {
	case first.fault != "" && second.fault != "":
		return Message{}, true, nil
	case first.fault != "":
		return metaUnreadable(0, first.fault), false, nil
	case second.fault != "":
		return metaUnreadable(1, second.fault), false, nil
	}
	// Each commit writes the page of its txid's parity, so the two pages are
	// one change apart, except in a copy made by bbolt's Tx.WriteTo (every
	// backup): it writes T on page 0 and T-1 on page 1 whatever T's parity,
	// and when T is odd the copy's first commit (T+1) lands on page 0,
	// leaving the pages two apart until its second. Further apart, one page
	// is older than any commit leaves it.
	gap := int64(first.txid) - int64(second.txid)
	if gap < -2 || gap == 0 || gap > 2 {
		return msg("store.damage.meta_mismatch",
			"ses deux pages de contrôle ne se suivent pas (modifications n° %d et n° %d) : l'une des deux ramènerait la base à un état plus ancien",
			first.txid, second.txid), false, nil
	}
	return Message{}, true, nil
}

func metaUnreadable(page int, fault string) Message {
	return msg("store.damage.meta_unreadable",
		"sa page de contrôle n° %d est %s : la base s'ouvrirait sur l'autre, qui peut ne pas contenir la dernière modification enregistrée",
		page, msg(fault, metaFaultWords[fault]))
}

// damagedBecause is ErrDamaged for the file at path, with why it is damaged
// in words and the newest backup to restore.
func damagedBecause(path string, why Message, cause error) error {
	b := LatestBackup(path)
	if b == "" {
		return newError(ErrDamaged, cause, "store.damage.named",
			"la base %s est endommagée : %s ; aucune sauvegarde n'a été trouvée à côté : restaurez une sauvegarde faite ailleurs, ou mettez ce fichier de côté pour repartir d'une base vide",
			path, why)
	}
	return newError(ErrDamaged, cause, "store.damage.named_backup",
		"la base %[1]s est endommagée : %[2]s ; la dernière sauvegarde est %[3]s : fermez essradar puis lancez « essradar restore --db %[4]s %[3]s », qui la vérifie, met le fichier endommagé de côté (sans le supprimer) et la remet en place",
		path, why, b, path)
}

// emptyWithBackups: an emptied file next to its backups is a lost database,
// not a new one.
func emptyWithBackups(path string) error {
	return damagedBecause(path, msg("store.damage.empty",
		"le fichier est vide (0 octet) alors que des sauvegardes sont à côté : il a été vidé"), nil)
}

// pageUnreadable is what a panic or fault while reading pages says.
func pageUnreadable() Message {
	return msg("store.damage.page", "une page du fichier ne se lit pas (abîmée, ou hors du fichier)")
}

// boltCauseWords names in words what bbolt refused a file for; ok is false
// for a cause it does not know (then the technical detail is given).
func boltCauseWords(err error) (Message, bool) {
	switch {
	case errors.Is(err, bberrors.ErrInvalid):
		return msg("store.damage.not_bolt", "ce n'est pas une base essradar (ni aucune base de ce format)"), true
	case errors.Is(err, bberrors.ErrVersionMismatch):
		return msg("store.damage.bolt_version", "son format n'est pas celui que lit essradar"), true
	case errors.Is(err, bberrors.ErrChecksum):
		return msg("store.damage.bolt_checksum", "ses deux pages de contrôle sont abîmées"), true
	}
	return Message{}, false
}

var (
	pageProblem  = regexp.MustCompile(`^page (\d+): (already freed|unreachable unfreed|out of bounds|multiple references|reachable freed|invalid type)`)
	pageIDInText = regexp.MustCompile(`pgId:(\d+)|page\((\d+)\)|page ID \((\d+)\)`)
)

// pageProblemWords are the French words of each tx.Check finding.
var pageProblemWords = map[string]struct{ key, fr string }{
	"already freed":       {"store.check.page.freed_twice", "libérée deux fois"},
	"unreachable unfreed": {"store.check.page.lost", "ni utilisée ni libérée"},
	"out of bounds":       {"store.check.page.out_of_bounds", "hors du fichier"},
	"multiple references": {"store.check.page.shared", "utilisée à deux endroits"},
	"reachable freed":     {"store.check.page.freed_in_use", "libérée mais encore utilisée"},
	"invalid type":        {"store.check.page.bad_type", "d'un type inconnu (abîmée ou remise à zéro)"},
}

// structureProblem writes one of bbolt's (English) tx.Check findings in
// words: the page concerned and what is wrong with it.
func structureProblem(err error) Message {
	text := err.Error()
	if m := pageProblem.FindStringSubmatch(text); m != nil {
		id, _ := strconv.Atoi(m[1])
		w := pageProblemWords[m[2]]
		return msg("store.check.page", "la page n° %d du fichier est %s", id, msg(w.key, w.fr))
	}
	if m := pageIDInText.FindStringSubmatch(text); m != nil {
		for _, g := range m[1:] {
			if id, err := strconv.Atoi(g); err == nil {
				return msg("store.check.page_disorder", "la page n° %d du fichier est abîmée (contenu dans le désordre ou d'un type inconnu)", id)
			}
		}
	}
	return pageUnreadable()
}

// storedGridsParse makes sure every stored grid still parses: a grid that
// no longer reads would make the interface and the export lose every
// computed mean without a word.
func storedGridsParse(t *Tx) error {
	b := t.bucket(bucketGrids)
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error {
		if p := gridUnreadable(k, v); p != nil {
			return damagedBecause(t.s.path, *p, ErrDamaged)
		}
		return nil
	})
}

// gridUnreadable says why the stored grid under key k does not read, or nil.
func gridUnreadable(k, src []byte) *Message {
	ref, ok := parseGridKey(k)
	if !ok {
		return nil // reported by Check on its own
	}
	g, err := scoring.Parse(src)
	if err == nil && g.Ref() == ref {
		return nil
	}
	m := msg("store.damage.grid", "la grille enregistrée %s v%d ne se lit plus", ref.ID, ref.Version)
	return &m
}

// damageWords is why a damaged-file error says the file is damaged: its
// named reason, else that a page does not read (never bbolt's own words).
func damageWords(err error) Message {
	var se *storeError
	if errors.As(err, &se) && len(se.args) >= 2 {
		if why, ok := se.args[1].(Message); ok {
			return why
		}
	}
	return pageUnreadable()
}

// CheckScope is what Check went through, for a report that says what was
// checked and not only that nothing was found.
type CheckScope struct {
	Pages   int            // pages of the file read
	Records map[string]int // records decoded, by kind (the Problem kinds: "séance"…)
	Grids   int            // stored grids parsed
	Seals   int            // closed sessions whose seal was recomputed
}

// Scope counts what Check goes through.
func (s *Store) Scope() (CheckScope, error) {
	scope := CheckScope{Records: map[string]int{}}
	err := s.view(func(t *Tx) error {
		scope.Pages = int(t.btx.Size() / int64(s.db.Info().PageSize))
		for _, b := range []struct {
			name []byte
			kind string
		}{
			{bucketCampaigns, "campagne"}, {bucketInitiatives, "initiative"}, {bucketMembers, "membre"},
			{bucketSessions, "séance"}, {bucketEvaluations, "évaluation"}, {bucketAmendments, "amendement"},
			{bucketAudit, "journal"},
		} {
			if bk := t.bucket(b.name); bk != nil {
				scope.Records[b.kind] = bk.Stats().KeyN
				// Stats reads every page of the bucket.
				t.ReleasePages()
			}
		}
		for _, extra := range []struct {
			name []byte
			kind string
		}{{bucketAuditRecent, "journal"}, {bucketEvalOpen, "évaluation"}} {
			if bk := t.bucket(extra.name); bk != nil {
				scope.Records[extra.kind] += bk.Stats().KeyN
			}
		}
		if bk := t.bucket(bucketGrids); bk != nil {
			scope.Grids = bk.Stats().KeyN
		}
		return forEach(t, bucketSessions, "une séance", func(se Session) error {
			if se.Sealed() {
				scope.Seals++
			}
			return nil
		})
	})
	if err != nil {
		return scope, fmt.Errorf("vérifier %s : %w", s.path, err)
	}
	return scope, nil
}

// Sound runs Check and turns what it finds into one ErrDamaged error naming
// the first problem and the newest backup: what must not be exported, nor
// worked on in the interface, until the file is restored.
func (s *Store) Sound() error { return s.sound(nil) }

// sound is Sound, giving up with ErrCheckStopped once stop is closed.
func (s *Store) sound(stop <-chan struct{}) error {
	probs, err := s.check(stop)
	if err != nil {
		return err
	}
	if len(probs) == 0 {
		return nil
	}
	first := probs[0].Why
	if len(probs) > 1 {
		first = msg("store.damage.first_of_many", "%s (et d'autres problèmes : essradar check les liste tous)", first)
	}
	return damagedBecause(s.path, first, ErrDamaged)
}

// metaPagesDamaged is inspectMetaPages for an open store. A write of this
// process may be rewriting a meta page at that very moment (readers do not
// stop writers): a fault is only reported when a second reading finds it
// too, which a write, a few microseconds long, cannot cause twice.
func metaPagesDamaged(path string) (Message, bool) {
	var why Message
	for range 2 {
		w, ok, err := inspectMetaPages(path)
		if err != nil || ok {
			return Message{}, false
		}
		why = w
	}
	return why, true
}

package csvimport

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"io"
	"regexp"
	"strings"
	"time"

	"essradar/scoring"
	"essradar/store"
)

// ErrRefused: some rows are invalid and SkipInvalid was not asked; nothing
// was written. The report lists every invalid row.
var ErrRefused = errors.New("import CSV refusé")

// Options tune Import.
type Options struct {
	// CampaignID is the campaign (its year) to import into; "" means the
	// current campaign. A campaign that does not exist yet is created as
	// "Budget citoyen YEAR" with the default grid, territories and colleges
	// (YEAR is CampaignID, or store.NewCampaignYear when CampaignID is "").
	CampaignID string
	// SkipInvalid writes the valid rows and reports the others, instead of
	// writing nothing when a row is invalid.
	SkipInvalid bool
	// DryRun checks everything and writes nothing; the report then says
	// what an import would do (Imported counts the rows it would add,
	// CampaignCreated says whether the campaign would be created).
	DryRun bool
	// Progress, when set, is called while the rows are written, inside the
	// import's transactions: first with (0, total), at most about a hundred
	// times, and last with (total, total).
	Progress func(done, total int)
	// BatchRows is how many rows each of the import's transactions writes;
	// 0 is DefaultBatchRows. The import lands whole or not at all however
	// many there are (store.Staged).
	BatchRows int
	// Now is the clock that names a new campaign's year; nil is time.Now.
	Now func() time.Time
}

// Report says what Import did.
type Report struct {
	Encoding  string // as detected: "UTF-8", "UTF-8 avec BOM", "Windows-1252", "UTF-16"
	Separator rune   // as detected: ';', ',' or '\t'
	Rows      int    // data rows read, blank rows left out

	Imported   int             // initiatives written (0 when the import was refused)
	Invalid    []RowError      // the problems of the invalid rows, in file order, up to MaxListed rows
	Duplicates []RowError      // rows left out because the initiative is already there, up to MaxListed
	Warnings   []store.Message // ignored columns, suspicious accents… (String is French)

	UnlistedInvalid    int // invalid rows beyond MaxListed, counted but not listed
	UnlistedDuplicates int // duplicates beyond MaxListed

	CampaignID      string // the campaign imported into
	CampaignName    string
	CampaignCreated bool // the campaign was created by this import
}

// InvalidRows counts the invalid rows (a row may have several problems),
// listed or not.
func (r Report) InvalidRows() int {
	n, last := r.UnlistedInvalid, -1
	for _, e := range r.Invalid {
		if e.Line != last {
			n++
			last = e.Line
		}
	}
	return n
}

// DuplicateRows counts the rows left out as duplicates, listed or not.
func (r Report) DuplicateRows() int { return len(r.Duplicates) + r.UnlistedDuplicates }

// errRollback ends the transaction without writing.
var errRollback = errors.New("annulation")

// Import reads a CSV file of initiatives (see Read) and adds them to a
// campaign in one transaction. By default it is all or nothing: if any row is
// invalid, nothing is written (not even a new campaign), the error wraps
// ErrRefused and the report lists the problems. With SkipInvalid the valid
// rows are written and the invalid ones reported. A row whose title and
// holder (compared through store.NormalizeName) match an initiative already
// in the campaign, or an earlier row of the file, is left out and reported
// in Duplicates; it never makes the import fail. An unreadable file gives an
// error wrapping ErrUnreadable. A file that can be read again from its start
// (an *os.File) is never held in memory: its rows are read and written one
// by one.
func Import(s *store.Store, r io.Reader, opts Options) (Report, error) {
	sh, err := Open(seekable(r))
	if err != nil {
		return Report{}, err
	}
	return ImportSheet(s, sh, opts)
}

// MaxListed bounds each of the report's lists (Invalid, Duplicates and the
// warnings about rows): a file of any size gives a report of bounded size.
// What is not listed is counted (Report.Unlisted*).
const MaxListed = 10000

// maxListed is MaxListed, smaller in tests.
var maxListed = MaxListed

// ImportSheet is Import for a file already checked with Open (the command
// line checks it before opening the database) or read with Read.
func ImportSheet(s *store.Store, sh *Sheet, opts Options) (Report, error) {
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	var rep Report
	refused := false
	// One change, written in batches (store.Staged): bbolt holds what a
	// transaction writes until its commit, and 20,000 rows in one were 57
	// MB; the stage still lands whole or not at all.
	err := s.Staged(func(st *store.Stage) error {
		// A first reading checks every row and writes nothing: a refused
		// import writes nothing, and the progress knows its total.
		var check *writer
		err := st.Update(func(tx *store.Tx) error {
			w, err := newPass(tx, opts, now)
			if err != nil {
				return err
			}
			if err := w.run(sh); err != nil {
				return err
			}
			check = w
			return errRollback
		})
		if !errors.Is(err, errRollback) {
			return err
		}
		rep = *check.rep
		refused = check.refused // said by ImportSheet once the stage is over
		kept := check.kept
		check = nil // its memory of every row's title and holder goes
		switch {
		case refused:
			return errRollback
		case kept == 0:
			rep.CampaignCreated = false // a new campaign is not created for nothing
			return errRollback
		case opts.DryRun:
			rep.Imported = kept
			return errRollback
		}
		total, step := kept, max(1, kept/100)
		if opts.Progress != nil {
			opts.Progress(0, total)
		}
		var w *writer
		if err := st.Update(func(tx *store.Tx) error {
			w, err = newPass(tx, opts, now) // creates the campaign if need be
			return err
		}); err != nil {
			return err
		}
		w.batchRows = cmp.Or(opts.BatchRows, DefaultBatchRows)
		w.flush = func(batch []store.Initiative) error {
			return st.Update(func(tx *store.Tx) error {
				for i := range batch {
					if err := tx.CreateInitiativeInBatch(&batch[i]); err != nil {
						return &store.MessageError{Message: msg("csv.create_failed", "ligne %d : %v", w.lines[i], err), Kind: err}
					}
					w.written++
					if opts.Progress != nil && (w.written%step == 0 || w.written == total) {
						opts.Progress(w.written, total)
					}
				}
				return nil
			})
		}
		if err := w.run(sh); err != nil {
			return err
		}
		created := rep.CampaignCreated // by the first reading
		rep = *w.rep
		rep.Imported, rep.CampaignCreated = w.kept, created
		return nil
	})
	switch {
	case refused:
		rep.Imported, rep.CampaignCreated = 0, false
		n := rep.InvalidRows()
		m := msg("csv.refused.other", "import refusé : %d lignes invalides, rien n'a été écrit", n)
		if n == 1 {
			m = msg("csv.refused.one", "import refusé : %d ligne invalide, rien n'a été écrit", n)
		}
		return rep, &store.MessageError{Message: m, Kind: ErrRefused}
	case errors.Is(err, errRollback):
		return rep, nil
	case err != nil:
		rep.Imported, rep.CampaignCreated = 0, false
		var unreadableFile *store.MessageError
		if errors.As(err, &unreadableFile) && errors.Is(err, ErrUnreadable) {
			return rep, err
		}
		if notTakenBack(err) {
			// What landed is still in the file (until the next transaction
			// or opening takes it back): « nothing was written » would be
			// false.
			return rep, &store.MessageError{Message: msg("csv.failed_not_taken_back", "import impossible : %v", err), Kind: err}
		}
		return rep, &store.MessageError{Message: msg("csv.failed", "import impossible, rien n'a été écrit : %v", err), Kind: err}
	}
	return rep, nil
}

// notTakenBack says whether err is a stage's that could not take back at
// once what it had written.
func notTakenBack(err error) bool {
	var k interface{ MessageKey() (string, []any) }
	if !errors.As(err, &k) {
		return false
	}
	key, _ := k.MessageKey()
	return key == "store.stage.undo_failed"
}

// DefaultBatchRows is how many rows an import writes per transaction: a
// batch's records and pages are what it holds in memory at once.
const DefaultBatchRows = 2000

// newPass prepares a reading of the file against the campaign to import
// into (created in tx when missing).
func newPass(tx *store.Tx, opts Options, now func() time.Time) (*writer, error) {
	rep := &Report{}
	c, created, err := campaignFor(tx, opts.CampaignID, now())
	if err != nil {
		return nil, err
	}
	rep.CampaignID, rep.CampaignName, rep.CampaignCreated = c.ID, c.Name, created
	w, err := newWriter(tx, c, rep)
	if err != nil {
		return nil, err
	}
	w.skipInvalid = opts.SkipInvalid
	return w, nil
}

// run reads every row into the report, writing the rows kept when the
// pass writes (flush set).
func (w *writer) run(sh *Sheet) error {
	w.rep.Encoding, w.rep.Separator = sh.Encoding, sh.Separator
	if err := sh.each(w.take(sh)); err != nil {
		return err
	}
	if err := w.flushPending(); err != nil {
		return err
	}
	rep := w.rep
	rep.Warnings = append(append([]store.Message(nil), sh.Warnings...), rep.Warnings...)
	if n := w.unlistedWarnings; n == 1 {
		rep.Warnings = append(rep.Warnings, msg("csv.more_warnings.one", "et %d autre avertissement du même genre, non détaillé", n))
	} else if n > 1 {
		rep.Warnings = append(rep.Warnings, msg("csv.more_warnings.other", "et %d autres avertissements du même genre, non détaillés", n))
	}
	return nil
}

// flushPending writes the rows kept since the last batch.
func (w *writer) flushPending() error {
	if w.flush == nil || len(w.pending) == 0 {
		return nil
	}
	err := w.flush(w.pending)
	w.pending, w.lines = w.pending[:0], w.lines[:0]
	return err
}

// writer matches each row against the campaign (territory from its list,
// duplicates of existing initiatives and of earlier rows) and writes it at
// once, filling the report as it goes.
type writer struct {
	c           store.Campaign
	skipInvalid bool
	rep         *Report

	// flush writes a batch of rows kept (nil: the pass writes nothing);
	// pending is the batch under way, lines their lines in the file.
	flush     func([]store.Initiative) error
	batchRows int
	pending   []store.Initiative
	lines     []int
	written   int

	territories map[string]string // normalised name → the campaign's spelling
	known       string
	keys        map[dupHash]seen // dupKey → where it was first seen

	kept             int  // rows written, or that would be
	refused          bool // an invalid row was found without SkipInvalid
	unlistedWarnings int
}

// seen is where a title and holder were first met: a row of the file, or
// an initiative already stored (at.Line 0).
type seen struct {
	at Place
	id uint64
}

func newWriter(tx *store.Tx, c store.Campaign, rep *Report) (*writer, error) {
	w := &writer{c: c, rep: rep, territories: map[string]string{}, keys: map[dupHash]seen{}}
	for _, t := range c.Territories {
		if k := store.NormalizeName(t); k != "" {
			if _, ok := w.territories[k]; !ok {
				w.territories[k] = t
			}
		}
	}
	if len(w.territories) == 0 {
		rep.Warnings = append(rep.Warnings, msg("csv.no_territories", "la campagne %s n'a pas de liste de territoires : les territoires du fichier sont pris tels quels", c.ID))
	}
	w.known = strings.Join(c.Territories, ", ")
	existing, err := tx.Initiatives(c.ID)
	if err != nil {
		return nil, err
	}
	for _, in := range existing {
		w.keys[dupKey(in)] = seen{id: in.ID}
	}
	return w, nil
}

// take checks one row and writes it unless it is invalid, a duplicate, or
// the pass only checks.
func (w *writer) take(sh *Sheet) func(Row) error {
	return func(row Row) error { return w.takeRow(sh, row) }
}

func (w *writer) takeRow(sh *Sheet, row Row) error {
	w.rep.Rows++
	errs := row.Errors
	in := row.Initiative
	if !row.broken && in.Territory != "" && len(w.territories) > 0 {
		if name, ok := w.territories[store.NormalizeName(in.Territory)]; ok {
			in.Territory = name
		} else {
			guess := nothing
			if g := closestTerritory(in.Territory, w.c.Territories); g != "" {
				guess = msg("csv.territory_guess", " : vouliez-vous dire « %s » ?", g)
			}
			errs = append(append([]RowError(nil), errs...), rowError(row.Place(), sh.names[colTerritory],
				msg("csv.unknown_territory", "« %s » n'est pas un territoire de la campagne %s%s (territoires : %s)", in.Territory, w.c.ID, guess, w.known)))
			sh.sortErrors(errs)
		}
	}
	if len(errs) > 0 {
		w.rep.addInvalid(errs)
		w.refused = w.refused || !w.skipInvalid
		return nil
	}
	k := dupKey(in)
	if prev, ok := w.keys[k]; ok {
		where := msg("csv.dup_in_file", "figure déjà plus haut, %s", prev.at.at())
		if prev.at.Line == 0 {
			where = msg("csv.dup_in_campaign", "est déjà dans la campagne %s (initiative n° %d)", w.c.ID, prev.id)
		}
		w.rep.addDuplicate(rowError(row.Place(), "", msg("csv.duplicate", "« %s » porté par « %s » %s", in.Title, in.Holder.Name, where)))
		return nil
	}
	w.keys[k] = seen{at: row.Place()}
	if w.c.AboveCeiling(in.AmountCents) {
		// Asked about, not refused: the committee may have its reasons.
		w.warn(msg("csv.above_ceiling", "%s : le montant demandé pour « %s » (%s) dépasse le plafond de la campagne (%s) ; vérifiez-le",
			row.Place().at(), in.Title, store.Euros(in.AmountCents), store.Euros(w.c.GrantCeilingCents)))
	}
	w.kept++
	if w.flush == nil {
		return nil
	}
	in.CampaignID = w.c.ID
	w.pending, w.lines = append(w.pending, in), append(w.lines, row.Line)
	if len(w.pending) >= w.batchRows {
		return w.flushPending()
	}
	return nil
}

func (w *writer) warn(m store.Message) {
	if len(w.rep.Warnings) >= maxListed {
		w.unlistedWarnings++
		return
	}
	w.rep.Warnings = append(w.rep.Warnings, m)
}

func (r *Report) addInvalid(errs []RowError) {
	if len(r.Invalid) >= maxListed {
		r.UnlistedInvalid++
		return
	}
	r.Invalid = append(r.Invalid, errs...)
}

func (r *Report) addDuplicate(e RowError) {
	if len(r.Duplicates) >= maxListed {
		r.UnlistedDuplicates++
		return
	}
	r.Duplicates = append(r.Duplicates, e)
}

// closestTerritory suggests the one territory the user probably meant: the
// name typed is the start of it ("Lens" for "Lens-Liévin") or it is the
// start of the name typed, or it is one or two letters away ("Boulonais").
// It returns "" when there is no single such territory.
func closestTerritory(typed string, territories []string) string {
	k := store.NormalizeName(typed)
	if len(k) < 3 {
		return ""
	}
	found := ""
	for _, t := range territories {
		tk := store.NormalizeName(t)
		if tk == "" {
			continue
		}
		if strings.HasPrefix(tk, k) || strings.HasPrefix(k, tk) || editDistance(k, tk, 2) <= 2 {
			if found != "" && found != t {
				return ""
			}
			found = t
		}
	}
	return found
}

// editDistance is the Levenshtein distance between a and b, or limit+1 as
// soon as it is known to exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// dupHash is a row's title and holder, normalised, as a SHA-256 cut to 128
// bits: an import of 20,000 rows keeps one per row until its commit, 16
// bytes instead of the two names (a collision is beyond reach at 2^-64).
type dupHash [16]byte

func dupKey(in store.Initiative) dupHash {
	sum := sha256.Sum256([]byte(store.NormalizeName(in.Title) + "\x00" + store.NormalizeName(in.Holder.Name)))
	return dupHash(sum[:16])
}

var yearID = regexp.MustCompile(`^[0-9]{4}$`)

// campaignFor finds the campaign to import into, creating it when missing.
func campaignFor(tx *store.Tx, id string, now time.Time) (store.Campaign, bool, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		c, err := tx.CurrentCampaign()
		if err == nil {
			return c, false, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return store.Campaign{}, false, err
		}
		id = store.NewCampaignYear(now)
	} else {
		c, err := tx.Campaign(id)
		if err == nil {
			return c, false, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return store.Campaign{}, false, err
		}
		if !yearID.MatchString(id) {
			return store.Campaign{}, false, &store.MessageError{Message: msg("csv.campaign_not_year", "la campagne « %s » n'existe pas, et « %s » n'est pas une année : une campagne se désigne par son année, par exemple %d", id, id, now.Year())}
		}
	}
	c, err := tx.CreateCampaign(id, "Budget citoyen "+id, scoring.Default(), scoring.DefaultSource())
	return c, err == nil, err
}

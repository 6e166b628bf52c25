package csvimport

import (
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
	// transaction: first with (0, total), at most about a hundred times, and
	// last with (total, total).
	Progress func(done, total int)
	// Now is the clock that names a new campaign's year; nil is time.Now.
	Now func() time.Time
}

// Report says what Import did.
type Report struct {
	Encoding  string // as detected: "UTF-8", "UTF-8 avec BOM", "Windows-1252", "UTF-16"
	Separator rune   // as detected: ';', ',' or '\t'
	Rows      int    // data rows read, blank rows left out

	Imported   int             // initiatives written (0 when the import was refused)
	Invalid    []RowError      // every problem of every invalid row, in file order
	Duplicates []RowError      // rows left out because the initiative is already there
	Warnings   []store.Message // ignored columns, suspicious accents… (String is French)

	CampaignID      string // the campaign imported into
	CampaignName    string
	CampaignCreated bool // the campaign was created by this import
}

// InvalidRows counts the invalid rows (a row may have several problems).
func (r Report) InvalidRows() int {
	n, last := 0, -1
	for _, e := range r.Invalid {
		if e.Line != last {
			n++
			last = e.Line
		}
	}
	return n
}

// errRollback ends the transaction without writing.
var errRollback = errors.New("annulation")

// Import reads a CSV file of initiatives (see Read) and adds them to a
// campaign in one transaction. By default it is all or nothing: if any row is
// invalid, nothing is written (not even a new campaign), the error wraps
// ErrRefused and the report lists every problem. With SkipInvalid the valid
// rows are written and the invalid ones reported. A row whose title and
// holder (compared through store.NormalizeName) match an initiative already
// in the campaign, or an earlier row of the file, is left out and reported
// in Duplicates; it never makes the import fail. An unreadable file gives an
// error wrapping ErrUnreadable.
func Import(s *store.Store, r io.Reader, opts Options) (Report, error) {
	sh, err := Read(r)
	if err != nil {
		return Report{}, err
	}
	return ImportSheet(s, sh, opts)
}

// ImportSheet is Import for a file already read with Read (the interface
// reads it first to show what it found).
func ImportSheet(s *store.Store, sh *Sheet, opts Options) (Report, error) {
	rep := Report{Encoding: sh.Encoding, Separator: sh.Separator, Rows: len(sh.Rows),
		Warnings: append([]store.Message(nil), sh.Warnings...)}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	refused := false
	err := s.Update(func(tx *store.Tx) error {
		c, created, err := campaignFor(tx, opts.CampaignID, now())
		if err != nil {
			return err
		}
		rep.CampaignID, rep.CampaignName, rep.CampaignCreated = c.ID, c.Name, created
		existing, err := tx.Initiatives(c.ID)
		if err != nil {
			return err
		}
		toWrite := sh.check(c, existing, &rep)
		switch {
		case len(rep.Invalid) > 0 && !opts.SkipInvalid:
			refused = true
			return errRollback
		case len(toWrite) == 0:
			rep.CampaignCreated = false // a new campaign is not created for nothing
			return errRollback
		case opts.DryRun:
			rep.Imported = len(toWrite)
			return errRollback
		}
		total := len(toWrite)
		step := max(1, total/100)
		if opts.Progress != nil {
			opts.Progress(0, total)
		}
		for i, p := range toWrite {
			in := p.in
			in.CampaignID = c.ID
			if err := tx.CreateInitiative(&in); err != nil {
				return &store.MessageError{Message: msg("csv.create_failed", "ligne %d : %v", p.line, err), Kind: err}
			}
			if opts.Progress != nil && ((i+1)%step == 0 || i+1 == total) {
				opts.Progress(i+1, total)
			}
		}
		rep.Imported = total
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
		return rep, &store.MessageError{Message: msg("csv.failed", "import impossible, rien n'a été écrit : %v", err), Kind: err}
	}
	return rep, nil
}

// pending is a row to write and its line in the file.
type pending struct {
	line int
	in   store.Initiative
}

// check matches the rows against the campaign: territory from its list,
// duplicates of existing initiatives and of earlier rows. It fills the
// report's Invalid and Duplicates and returns the initiatives to write.
func (sh *Sheet) check(c store.Campaign, existing []store.Initiative, rep *Report) []pending {
	territories := map[string]string{}
	for _, t := range c.Territories {
		if k := store.NormalizeName(t); k != "" {
			if _, ok := territories[k]; !ok {
				territories[k] = t
			}
		}
	}
	if len(territories) == 0 {
		rep.Warnings = append(rep.Warnings, msg("csv.no_territories", "la campagne %s n'a pas de liste de territoires : les territoires du fichier sont pris tels quels", c.ID))
	}
	known := strings.Join(c.Territories, ", ")

	type seen struct {
		at Place
		id uint64
	}
	keys := map[string]seen{}
	for _, in := range existing {
		keys[dupKey(in)] = seen{id: in.ID}
	}
	var out []pending
	for _, row := range sh.Rows {
		errs := append([]RowError(nil), row.Errors...)
		in := row.Initiative
		if !row.broken && in.Territory != "" && len(territories) > 0 {
			if name, ok := territories[store.NormalizeName(in.Territory)]; ok {
				in.Territory = name
			} else {
				guess := nothing
				if g := closestTerritory(in.Territory, c.Territories); g != "" {
					guess = msg("csv.territory_guess", " : vouliez-vous dire « %s » ?", g)
				}
				errs = append(errs, rowError(row.Place(), sh.names[colTerritory],
					msg("csv.unknown_territory", "« %s » n'est pas un territoire de la campagne %s%s (territoires : %s)", in.Territory, c.ID, guess, known)))
				sh.sortErrors(errs)
			}
		}
		if len(errs) > 0 {
			rep.Invalid = append(rep.Invalid, errs...)
			continue
		}
		k := dupKey(in)
		if prev, ok := keys[k]; ok {
			where := msg("csv.dup_in_file", "figure déjà plus haut, %s", prev.at.at())
			if prev.at.Line == 0 {
				where = msg("csv.dup_in_campaign", "est déjà dans la campagne %s (initiative n° %d)", c.ID, prev.id)
			}
			rep.Duplicates = append(rep.Duplicates, rowError(row.Place(), "",
				msg("csv.duplicate", "« %s » porté par « %s » %s", in.Title, in.Holder.Name, where)))
			continue
		}
		keys[k] = seen{at: row.Place()}
		if c.AboveCeiling(in.AmountCents) {
			// Asked about, not refused: the committee may have its reasons.
			rep.Warnings = append(rep.Warnings, msg("csv.above_ceiling", "%s : le montant demandé pour « %s » (%s) dépasse le plafond de la campagne (%s) ; vérifiez-le",
				row.Place().at(), in.Title, store.Euros(in.AmountCents), store.Euros(c.GrantCeilingCents)))
		}
		out = append(out, pending{line: row.Line, in: in})
	}
	return out
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

func dupKey(in store.Initiative) string {
	return store.NormalizeName(in.Title) + "\x00" + store.NormalizeName(in.Holder.Name)
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

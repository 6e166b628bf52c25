package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"essradar/scoring"
)

// The reads and writes the screens need, each one transaction: a screen asks
// for what it shows and never opens a transaction itself.

// ErrDuplicate: another initiative of the campaign has the same title and
// holder (the same project entered twice).
var ErrDuplicate = errors.New("initiative en double")

// DuplicateError names the initiative already there.
type DuplicateError struct{ ID uint64 }

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("une initiative de même titre et de même porteur existe déjà (n° %d) : modifiez-la plutôt", e.ID)
}

// MessageKey lets the interface say it in the secretary's language.
func (e *DuplicateError) MessageKey() (string, []any) { return "form.init.duplicate", []any{e.ID} }

func (e *DuplicateError) Is(target error) bool { return target == ErrDuplicate }

// CreateCampaign creates a campaign on a grid (see Tx.CreateCampaign).
func (s *Store) CreateCampaign(id, name string, g *scoring.Grid, src []byte) (c Campaign, err error) {
	err = s.Update(func(tx *Tx) error {
		c, err = tx.CreateCampaign(id, name, g, src)
		return err
	})
	return c, err
}

// TerritoriesInUse lists the territories an initiative or a session of the
// campaign refers to: normalized name → as written.
func (s *Store) TerritoriesInUse(campaignID string) (used map[string]string, err error) {
	err = s.View(func(tx *Tx) error {
		used, err = tx.territoriesInUse(campaignID)
		return err
	})
	return used, err
}

func (t *Tx) territoriesInUse(campaignID string) (map[string]string, error) {
	used := map[string]string{}
	ins, err := t.Initiatives(campaignID)
	if err != nil {
		return nil, err
	}
	for _, in := range ins {
		used[NormalizeName(in.Territory)] = in.Territory
	}
	ses, err := t.Sessions(campaignID)
	if err != nil {
		return nil, err
	}
	for _, se := range ses {
		used[NormalizeName(se.Territory)] = se.Territory
	}
	return used, nil
}

// InitiativeAndCampaign reads an initiative and its campaign; id 0 reads no
// initiative and the current campaign (where a new one goes).
func (s *Store) InitiativeAndCampaign(id uint64) (in Initiative, c Campaign, err error) {
	err = s.View(func(tx *Tx) error {
		if id != 0 {
			if in, err = tx.Initiative(id); err != nil {
				return err
			}
			c, err = tx.Campaign(in.CampaignID)
			return err
		}
		c, err = tx.CurrentCampaign()
		return err
	})
	return in, c, err
}

// SaveInitiative creates (ID 0, as submitted) or updates an initiative's
// particulars, refusing one with the same title and holder as another of
// its campaign. Its status and category are not the caller's to set: on an
// update they stay as the store has them (they follow the decisions).
func (s *Store) SaveInitiative(in *Initiative) error {
	return s.Update(func(tx *Tx) error {
		others, err := tx.Initiatives(in.CampaignID)
		if err != nil {
			return err
		}
		for _, o := range others {
			if o.ID != in.ID && NormalizeName(o.Title) == NormalizeName(in.Title) &&
				NormalizeName(o.Holder.Name) == NormalizeName(in.Holder.Name) {
				return &DuplicateError{ID: o.ID}
			}
		}
		if in.ID == 0 {
			in.Status, in.Category = StatusSubmitted, ""
			return tx.CreateInitiative(in)
		}
		old, err := tx.Initiative(in.ID)
		if err != nil {
			return err
		}
		in.Status, in.Category = old.Status, old.Category
		return tx.PutInitiative(*in)
	})
}

// Preparation is what preparing a session needs: the session (zero for a
// new one), its campaign, the committee, the campaign's initiatives, and
// the agenda items already evaluated (PutSession keeps them on the agenda).
type Preparation struct {
	Session     Session
	Campaign    Campaign
	Members     []Member
	Initiatives []Initiative
	Evaluated   map[uint64]bool
	// Elsewhere: the initiatives another open session holds (see
	// decisions.go), which this agenda cannot take.
	Elsewhere map[uint64]Session
}

// SessionPreparation reads what preparing session id needs; id 0 prepares a
// new session of the current campaign.
func (s *Store) SessionPreparation(id uint64) (p Preparation, err error) {
	p.Evaluated = map[uint64]bool{}
	err = s.View(func(tx *Tx) error {
		if id != 0 {
			if p.Session, err = tx.Session(id); err != nil {
				return err
			}
			if p.Campaign, err = tx.Campaign(p.Session.CampaignID); err != nil {
				return err
			}
			evs, err := tx.EvaluationsBySession(id)
			if err != nil {
				return err
			}
			for _, ev := range evs { // scores, notes or a decision: PutSession keeps it on the agenda
				p.Evaluated[ev.InitiativeID] = true
			}
		} else if p.Campaign, err = tx.CurrentCampaign(); err != nil {
			return err
		}
		if p.Members, err = tx.Members(); err != nil {
			return err
		}
		if p.Elsewhere, err = tx.HeldElsewhere(id); err != nil {
			return err
		}
		p.Initiatives, err = tx.Initiatives(p.Campaign.ID)
		return err
	})
	return p, err
}

// Overview is what the home screen shows of the current campaign: its
// initiatives (by id), its grid, and its sessions (latest first) with how
// many agenda items each has decided, amendments applied.
type Overview struct {
	Generation  uint64 // the store's generation it was read at, or later
	Campaign    Campaign
	Grid        *scoring.Grid
	Initiatives []Initiative
	Sessions    []SessionProgress
	// More are the ids of the campaign's initiatives left out of
	// Initiatives (CampaignOverviewFirst), every one above theirs.
	More []uint64
}

// InitiativesOf reads the initiatives of ids that still belong to
// campaignID, in the order of ids, in one transaction: one deleted or moved
// since its id was read is left out.
func (s *Store) InitiativesOf(campaignID string, ids []uint64) (out []Initiative, err error) {
	err = s.View(func(tx *Tx) error {
		out, err = tx.initiativesStillIn(campaignID, ids)
		return err
	})
	if out == nil && err == nil {
		out = []Initiative{}
	}
	return out, err
}

// SessionProgress is a session and the number of its agenda items decided.
type SessionProgress struct {
	Session Session
	Decided int
}

// CampaignOverview reads the current campaign's overview in one
// transaction; ErrNotFound when there is no campaign yet. The grid is
// read only when g is nil (a --grid given on the command line replaces it).
func (s *Store) CampaignOverview(g *scoring.Grid) (o Overview, err error) {
	return s.CampaignOverviewFirst(g, -1)
}

// CampaignOverviewFirst is CampaignOverview with only the first initiatives
// decoded, by id (the table's default order), up to first (all when
// negative): a screen paints them at once, then reads the others, whose ids
// are in Overview.More, with InitiativesOf. Decoding a campaign of 2,500
// initiatives takes tens of milliseconds a screenful does not need.
func (s *Store) CampaignOverviewFirst(g *scoring.Grid, first int) (o Overview, err error) {
	o.Generation = s.Generation()
	err = s.View(func(tx *Tx) error {
		if o.Campaign, err = tx.CurrentCampaign(); err != nil {
			return err
		}
		ids := tx.campaignInitiativeIDs(o.Campaign.ID)
		if first >= 0 && first < len(ids) {
			ids, o.More = ids[:first], ids[first:]
		}
		if o.Initiatives, err = tx.initiativesIn(o.Campaign.ID, ids); err != nil {
			return err
		}
		if o.Grid = g; g == nil {
			if o.Grid, err = tx.Grid(o.Campaign.Grid); err != nil {
				return err
			}
		}
		o.Sessions, err = tx.sessionProgress(o.Campaign.ID)
		return err
	})
	return o, err
}

// sessionProgress lists a campaign's sessions, latest first, with their
// kept count of decided items.
func (t *Tx) sessionProgress(campaignID string) ([]SessionProgress, error) {
	ses, err := t.Sessions(campaignID)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(ses, func(a, b Session) int { return cmp.Compare(b.Date, a.Date) })
	out := make([]SessionProgress, 0, len(ses))
	for _, se := range ses {
		decided, kept := t.keptDecided(se.ID)
		if !kept {
			if decided, err = t.decidedItems(se.ID); err != nil {
				return nil, err
			}
		}
		out = append(out, SessionProgress{Session: se, Decided: decided})
	}
	return out, nil
}

// OverviewUpdate is what changed in an overview since a generation (see
// Store.ChangedSince): the home screen, coming back, reads only that.
type OverviewUpdate struct {
	Changes Changes
	// Initiatives are the changed initiatives that belong to the campaign;
	// a changed id missing here was deleted or moved to another campaign.
	Initiatives []Initiative
	// Sessions is the campaign's whole session list when Changes.Other
	// (a session or an evaluation changed), nil otherwise.
	Sessions []SessionProgress
}

// CampaignOverviewSince reads what changed in campaignID's overview after
// generation gen. When Changes.Complete is false nothing else is read: the
// caller reloads with CampaignOverview.
func (s *Store) CampaignOverviewSince(gen uint64, campaignID string) (u OverviewUpdate, err error) {
	u.Changes = s.ChangedSince(gen)
	if !u.Changes.Complete || len(u.Changes.Initiatives) == 0 && !u.Changes.Other {
		return u, nil
	}
	err = s.View(func(tx *Tx) error {
		if u.Initiatives, err = tx.initiativesStillIn(campaignID, u.Changes.Initiatives); err != nil {
			return err
		}
		if u.Changes.Other {
			u.Sessions, err = tx.sessionProgress(campaignID)
		}
		return err
	})
	return u, err
}

// decidedItems counts a session's initiatives whose current evaluation
// (amendments applied) carries a decision.
func (t *Tx) decidedItems(sessionID uint64) (int, error) {
	evs, err := t.EvaluationsBySession(sessionID)
	if err != nil {
		return 0, err
	}
	decided := map[uint64]bool{}
	for _, ev := range evs {
		decided[ev.InitiativeID] = ev.Decision != nil
	}
	ams, err := t.Amendments(sessionID)
	if err != nil {
		return 0, err
	}
	for _, a := range ams { // in the order they were made: the last one stands
		if a.After != nil {
			decided[a.InitiativeID] = a.After.Decision != nil
		}
	}
	n := 0
	for _, d := range decided {
		if d {
			n++
		}
	}
	return n, nil
}

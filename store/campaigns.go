package store

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"essradar/scoring"
)

// --- campaigns ---------------------------------------------------------------

// PutCampaign creates the campaign or updates it (matched by ID, the year).
// Its grid, when named, must already be stored (PutGrid first, in the same
// transaction if need be). CreatedAt is set on creation and then kept.
func (t *Tx) PutCampaign(c Campaign) error {
	c.CleanText()
	c.ID = strings.TrimSpace(c.ID)
	if c.ID == "" || strings.ContainsRune(c.ID, 0) {
		return invalidf("store.campaign.no_id", "la campagne doit avoir un identifiant (son année, par exemple 2026)")
	}
	if strings.TrimSpace(c.Name) == "" {
		return invalidf("store.campaign.no_name", "la campagne %s doit avoir un nom", c.ID)
	}
	if c.Grid.ID != "" && !t.hasGrid(c.Grid) {
		return newError(ErrNotFound, nil, "store.campaign.grid_missing", "la campagne %s utilise la grille %s v%d, qui n'est pas enregistrée dans la base", c.ID, c.Grid.ID, c.Grid.Version)
	}
	var old Campaign
	found, err := t.get(bucketCampaigns, []byte(c.ID), &old, "la campagne "+c.ID)
	if err != nil {
		return err
	}
	if found {
		if c.CreatedAt.IsZero() {
			c.CreatedAt = old.CreatedAt
		}
		if err := t.keepUsedTerritories(old, c); err != nil {
			return err
		}
		changes := fieldChanges(old, c)
		if len(changes) == 0 {
			return nil
		}
		if err := t.put(bucketCampaigns, []byte(c.ID), c); err != nil {
			return err
		}
		return t.audit("update", "campaign", c.ID, "", changes...)
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = t.now
	}
	if err := t.put(bucketCampaigns, []byte(c.ID), c); err != nil {
		return err
	}
	return t.audit("create", "campaign", c.ID, "")
}

// keepUsedTerritories refuses to drop from a campaign a territory an
// initiative or a session of it still names.
func (t *Tx) keepUsedTerritories(old, c Campaign) error {
	kept := map[string]bool{}
	for _, name := range c.Territories {
		kept[NormalizeName(name)] = true
	}
	var dropped []string
	for _, name := range old.Territories {
		if !kept[NormalizeName(name)] {
			dropped = append(dropped, name)
		}
	}
	if len(dropped) == 0 {
		return nil
	}
	used, err := t.territoriesInUse(c.ID)
	if err != nil {
		return err
	}
	for _, name := range dropped {
		if _, ok := used[NormalizeName(name)]; ok {
			return newError(ErrInUse, nil, "store.campaign.territory_in_use", "le territoire « %s » est encore celui d'initiatives ou de séances de la campagne %s : il reste", name, c.ID)
		}
	}
	return nil
}

// Campaign reads one campaign; ErrNotFound when absent.
func (t *Tx) Campaign(id string) (Campaign, error) {
	var c Campaign
	found, err := t.get(bucketCampaigns, []byte(id), &c, "la campagne "+id)
	if err != nil {
		return Campaign{}, err
	}
	if !found {
		return Campaign{}, newError(ErrNotFound, nil, "store.campaign.not_found", "la campagne %s n'existe pas", id)
	}
	return c, nil
}

// Campaigns lists every campaign, oldest year first.
func (t *Tx) Campaigns() ([]Campaign, error) {
	var out []Campaign
	err := forEach(t, bucketCampaigns, "une campagne", func(c Campaign) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

// CurrentCampaign is the campaign of the latest year; ErrNotFound when there
// is none yet.
func (t *Tx) CurrentCampaign() (Campaign, error) {
	all, err := t.Campaigns()
	if err != nil {
		return Campaign{}, err
	}
	if len(all) == 0 {
		return Campaign{}, newError(ErrNotFound, nil, "store.campaign.none", "aucune campagne n'est encore créée")
	}
	// Keys sort as strings; years have the same width, but be safe with
	// numbers of other widths ("999" < "2026").
	best := all[0]
	for _, c := range all[1:] {
		if campaignLess(best.ID, c.ID) {
			best = c
		}
	}
	return best, nil
}

func campaignLess(a, b string) bool {
	na, ea := strconv.Atoi(a)
	nb, eb := strconv.Atoi(b)
	if ea == nil && eb == nil {
		return na < nb
	}
	return a < b
}

// --- grids -------------------------------------------------------------------

func gridKey(ref scoring.Ref) []byte {
	return []byte(ref.ID + "@" + strconv.Itoa(ref.Version))
}

func parseGridKey(k []byte) (scoring.Ref, bool) {
	i := bytes.LastIndexByte(k, '@')
	if i < 0 {
		return scoring.Ref{}, false
	}
	v, err := strconv.Atoi(string(k[i+1:]))
	if err != nil {
		return scoring.Ref{}, false
	}
	return scoring.Ref{ID: string(k[:i]), Version: v}, true
}

func refString(ref scoring.Ref) string { return string(gridKey(ref)) }

func (t *Tx) hasGrid(ref scoring.Ref) bool {
	b := t.bucket(bucketGrids)
	return b != nil && b.Get(gridKey(ref)) != nil
}

// PutGrid stores a grid version's source (the TOML file, byte for byte). The
// source must parse and name the same id and version. A stored version never
// changes: the same bytes again are accepted and do nothing, other bytes are
// refused with ErrExists (give the edited grid a new version number).
func (t *Tx) PutGrid(ref scoring.Ref, src []byte) error {
	if ref.ID == "" {
		return invalidf("store.grid.no_id", "la grille doit avoir un identifiant")
	}
	g, err := ParseGrid(src)
	if err != nil {
		return newError(ErrInvalid, err, "store.grid.invalid", "la grille %s v%d est invalide : %v", ref.ID, ref.Version, err)
	}
	if g.Ref() != ref {
		return invalidf("store.grid.ref_mismatch", "le fichier de grille annonce %s v%d et non %s v%d", g.ID, g.Version, ref.ID, ref.Version)
	}
	b := t.bucket(bucketGrids)
	if old := b.Get(gridKey(ref)); old != nil {
		if bytes.Equal(old, src) {
			return nil
		}
		return newError(ErrExists, nil,
			"store.grid.exists_other", "la grille %s v%d est déjà enregistrée avec un autre contenu ; une version de grille ne change plus une fois enregistrée : donnez à la grille modifiée un nouveau numéro de version",
			ref.ID, ref.Version)
	}
	if err := b.Put(gridKey(ref), bytes.Clone(src)); err != nil {
		return err
	}
	return t.audit("create", "grid", refString(ref), "")
}

// GridSource returns a copy of the stored source of a grid version;
// ErrNotFound when absent.
func (t *Tx) GridSource(ref scoring.Ref) ([]byte, error) {
	b := t.bucket(bucketGrids)
	if b == nil {
		return nil, newError(ErrNotFound, nil, "store.grid.not_found", "la grille %s v%d n'est pas enregistrée dans la base", ref.ID, ref.Version)
	}
	v := b.Get(gridKey(ref))
	if v == nil {
		return nil, newError(ErrNotFound, nil, "store.grid.not_found", "la grille %s v%d n'est pas enregistrée dans la base", ref.ID, ref.Version)
	}
	return bytes.Clone(v), nil
}

// Grid parses the stored source of a grid version. The grid returned is the
// caller's own.
func (t *Tx) Grid(ref scoring.Ref) (*scoring.Grid, error) {
	src, err := t.GridSource(ref)
	if err != nil {
		return nil, err
	}
	g, err := ParseGrid(src)
	if err != nil {
		return nil, newError(ErrInvalid, err, "store.grid.unreadable", "la grille enregistrée %s v%d ne se lit plus : %v", ref.ID, ref.Version, err)
	}
	return g, nil
}

// sharedGrid is Grid through the store's cache, for validation: the grid is
// shared and must not be changed.
func (t *Tx) sharedGrid(ref scoring.Ref) (*scoring.Grid, error) {
	// Compared where it lies: copying a grid's source for every score saved
	// was a third of a save's allocations.
	if b := t.bucket(bucketGrids); b != nil {
		if v := b.Get(gridKey(ref)); v != nil {
			t.s.mu.Lock()
			c, ok := t.s.grids[ref]
			t.s.mu.Unlock()
			if ok && bytes.Equal(c.src, v) {
				return c.grid, nil
			}
		}
	}
	src, err := t.GridSource(ref)
	if err != nil {
		return nil, err
	}
	g, err := ParseGrid(src)
	if err != nil {
		return nil, newError(ErrInvalid, err, "store.grid.unreadable", "la grille enregistrée %s v%d ne se lit plus : %v", ref.ID, ref.Version, err)
	}
	t.s.mu.Lock()
	t.s.grids[ref] = cachedGrid{src: src, grid: g}
	t.s.mu.Unlock()
	return g, nil
}

// Grids lists the stored grid versions in key order.
func (t *Tx) Grids() ([]scoring.Ref, error) {
	var out []scoring.Ref
	b := t.bucket(bucketGrids)
	if b == nil {
		return nil, nil
	}
	err := b.ForEach(func(k, _ []byte) error {
		ref, ok := parseGridKey(k)
		if !ok {
			return newError(ErrDamaged, nil, "store.grid.bad_key", "clé de grille illisible %q dans %s", k, t.s.path)
		}
		out = append(out, ref)
		return nil
	})
	return out, err
}

// --- Store wrappers ------------------------------------------------------------

// PutCampaign: see Tx.PutCampaign.
func (s *Store) PutCampaign(c Campaign) error {
	return s.Update(func(t *Tx) error { return t.PutCampaign(c) })
}

// Campaign: see Tx.Campaign.
func (s *Store) Campaign(id string) (c Campaign, err error) {
	err = s.view(func(t *Tx) error { c, err = t.Campaign(id); return err })
	return c, err
}

// Campaigns: see Tx.Campaigns.
func (s *Store) Campaigns() (out []Campaign, err error) {
	err = s.view(func(t *Tx) error { out, err = t.Campaigns(); return err })
	return out, err
}

// CurrentCampaign: see Tx.CurrentCampaign.
func (s *Store) CurrentCampaign() (c Campaign, err error) {
	err = s.view(func(t *Tx) error { c, err = t.CurrentCampaign(); return err })
	return c, err
}

// PutGrid: see Tx.PutGrid.
func (s *Store) PutGrid(ref scoring.Ref, src []byte) error {
	return s.Update(func(t *Tx) error { return t.PutGrid(ref, src) })
}

// GridSource: see Tx.GridSource.
func (s *Store) GridSource(ref scoring.Ref) (src []byte, err error) {
	err = s.view(func(t *Tx) error { src, err = t.GridSource(ref); return err })
	return src, err
}

// Grid: see Tx.Grid.
func (s *Store) Grid(ref scoring.Ref) (g *scoring.Grid, err error) {
	err = s.view(func(t *Tx) error { g, err = t.Grid(ref); return err })
	return g, err
}

// Grids: see Tx.Grids.
func (s *Store) Grids() (out []scoring.Ref, err error) {
	err = s.view(func(t *Tx) error { out, err = t.Grids(); return err })
	return out, err
}

func idString(id uint64) string { return fmt.Sprint(id) }

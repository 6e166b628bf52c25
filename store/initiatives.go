package store

import (
	"bytes"
	"errors"
	"slices"
	"strings"

	"go.etcd.io/bbolt"
)

func territoryKey(campaignID, territory string, id uint64) []byte {
	k := territoryPrefix(campaignID, territory)
	return append(k, itob(id)...)
}

func territoryPrefix(campaignID, territory string) []byte {
	k := make([]byte, 0, len(campaignID)+len(territory)+10)
	k = append(k, campaignID...)
	k = append(k, 0)
	k = append(k, NormalizeName(territory)...)
	return append(k, 0)
}

func (t *Tx) checkInitiative(in *Initiative) error {
	in.CleanText()
	in.Title = strings.TrimSpace(in.Title)
	if in.Title == "" {
		return invalidf("store.initiative.no_title", "l'initiative doit avoir un titre")
	}
	if err := titleTooLong(in.Title); err != nil {
		return err
	}
	if in.Status == "" {
		in.Status = StatusSubmitted
	}
	if !in.Status.Valid() {
		return invalidf("store.initiative.unknown_status", "l'initiative « %s » a un statut inconnu « %s »", in.Title, in.Status)
	}
	if in.AmountCents < 0 {
		return invalidf("store.initiative.negative_amount", "le montant demandé pour « %s » ne peut pas être négatif", in.Title)
	}
	c, err := t.Campaign(in.CampaignID)
	if err != nil {
		return newError(ErrNotFound, err, "store.initiative.campaign_problem", "l'initiative « %s » : %v", in.Title, err)
	}
	if in.Category != "" && c.Grid.ID != "" {
		g, err := t.sharedGrid(c.Grid)
		if err != nil {
			return err
		}
		if _, ok := g.Category(in.Category); !ok {
			return invalidf("store.initiative.unknown_category", "l'initiative « %s » : la catégorie « %s » n'existe pas dans la grille %s v%d", in.Title, in.Category, g.ID, g.Version)
		}
	}
	return nil
}

func (t *Tx) writeInitiative(in Initiative) error {
	if err := t.put(bucketInitiatives, itob(in.ID), in); err != nil {
		return err
	}
	key := territoryKey(in.CampaignID, in.Territory, in.ID)
	if hasKey(t.bucket(bucketIdxInitTerr), key) {
		return nil // rewriting an unchanged index entry would cost a page
	}
	return t.bucket(bucketIdxInitTerr).Put(key, nil)
}

// CreateInitiative stores a new initiative and sets its ID (and CreatedAt,
// UpdatedAt, and Status "deposee" when empty). Its campaign must exist.
func (t *Tx) CreateInitiative(in *Initiative) error {
	rec := *in
	if err := t.checkInitiative(&rec); err != nil {
		return err
	}
	id, err := t.bucket(bucketInitiatives).NextSequence()
	if err != nil {
		return err
	}
	rec.ID = id
	if rec.CreatedAt.IsZero() {
		rec.CreatedAt = t.now
	}
	if rec.UpdatedAt.IsZero() {
		rec.UpdatedAt = rec.CreatedAt
	}
	if err := t.writeInitiative(rec); err != nil {
		return err
	}
	if err := t.auditCreation(id); err != nil {
		return err
	}
	*in = rec
	return nil
}

// InsertInitiative stores an initiative exactly as given, ID and dates
// included; for import and restore. An existing ID gives ErrExists.
func (t *Tx) InsertInitiative(in Initiative) error {
	if in.ID == 0 {
		return invalidf("store.initiative.no_id", "l'initiative « %s » n'a pas d'identifiant", in.Title)
	}
	if t.bucket(bucketInitiatives).Get(itob(in.ID)) != nil {
		return newError(ErrExists, nil, "store.initiative.exists", "l'initiative n° %d existe déjà", in.ID)
	}
	if err := t.checkInitiative(&in); err != nil {
		return err
	}
	if in.CreatedAt.IsZero() {
		in.CreatedAt = t.now
	}
	if in.UpdatedAt.IsZero() {
		in.UpdatedAt = in.CreatedAt
	}
	if err := bumpSequence(t.bucket(bucketInitiatives), in.ID); err != nil {
		return err
	}
	if err := t.writeInitiative(in); err != nil {
		return err
	}
	return t.audit("import", "initiative", idString(in.ID), "")
}

// PutInitiative updates an existing initiative (ErrNotFound otherwise),
// keeping its CreatedAt and setting UpdatedAt; the territory index follows a
// change of territory or campaign.
func (t *Tx) PutInitiative(in Initiative) error {
	old, err := t.Initiative(in.ID)
	if err != nil {
		return err
	}
	if err := t.checkInitiative(&in); err != nil {
		return err
	}
	in.CreatedAt = old.CreatedAt
	in.UpdatedAt = old.UpdatedAt
	changes := fieldChanges(old, in)
	if len(changes) == 0 {
		return nil
	}
	in.UpdatedAt = t.now
	oldKey := territoryKey(old.CampaignID, old.Territory, old.ID)
	if !bytes.Equal(oldKey, territoryKey(in.CampaignID, in.Territory, in.ID)) {
		if err := t.bucket(bucketIdxInitTerr).Delete(oldKey); err != nil {
			return err
		}
	}
	if err := t.writeInitiative(in); err != nil {
		return err
	}
	return t.audit("update", "initiative", idString(in.ID), "", changes...)
}

// EraseHolderContact blanks the holder's contact person, e-mail and phone
// (personal data, erased on request); the initiative, its status and its
// decisions stay, whatever its status: a withdrawn or decided initiative can
// be forgotten too. The trail names the fields erased, without their values.
// Erasing what is already blank changes nothing and logs nothing.
func (t *Tx) EraseHolderContact(id uint64) error {
	old, err := t.Initiative(id)
	if err != nil {
		return err
	}
	in := old
	in.Holder.ContactName, in.Holder.Email, in.Holder.Phone = "", "", ""
	changes := fieldChanges(old, in)
	if len(changes) == 0 {
		return nil
	}
	in.UpdatedAt = t.now
	if err := t.put(bucketInitiatives, itob(id), in); err != nil {
		return err
	}
	return t.audit("erase", "initiative", idString(id), "", changes...)
}

// Initiative reads one initiative; ErrNotFound when absent.
func (t *Tx) Initiative(id uint64) (Initiative, error) {
	var in Initiative
	found, err := t.get(bucketInitiatives, itob(id), &in, "l'initiative n° "+idString(id))
	if err != nil {
		return Initiative{}, err
	}
	if !found {
		return Initiative{}, newError(ErrNotFound, nil, "store.initiative.not_found", "l'initiative n° %d n'existe pas", id)
	}
	return in, nil
}

// Initiatives lists the initiatives of a campaign ("" = every campaign) in
// creation order.
func (t *Tx) Initiatives(campaignID string) ([]Initiative, error) {
	if campaignID != "" {
		return t.campaignInitiatives(campaignID)
	}
	var out []Initiative
	err := forEach(t, bucketInitiatives, "une initiative", func(in Initiative) error {
		if campaignID == "" || in.CampaignID == campaignID {
			out = append(out, in)
		}
		return nil
	})
	return out, err
}

// InitiativesByTerritory lists a campaign's initiatives of one territory,
// matched through NormalizeName ("henin carvin" finds "Hénin-Carvin"), in
// creation order.
func (t *Tx) InitiativesByTerritory(campaignID, territory string) ([]Initiative, error) {
	prefix := territoryPrefix(campaignID, territory)
	var out []Initiative
	c := t.bucket(bucketIdxInitTerr).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) != len(prefix)+8 {
			continue // a longer territory sharing the prefix cannot happen (\x00 ends it), but be strict
		}
		in, err := t.Initiative(btoi(k[len(prefix):]))
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}

// DeleteInitiative removes an initiative that was never evaluated: one with
// evaluations or amendments gives ErrHasEvaluations (set its status to
// "retiree" instead), one still on a session's agenda gives ErrInUse.
func (t *Tx) DeleteInitiative(id uint64) error {
	in, err := t.Initiative(id)
	if err != nil {
		return err
	}
	c := t.bucket(bucketIdxEvalInit).Cursor()
	if k, _ := c.Seek(itob(id)); k != nil && bytes.HasPrefix(k, itob(id)) {
		return newError(ErrHasEvaluations, nil, "store.initiative.has_evaluations", "l'initiative « %s » a déjà été évaluée : elle ne peut pas être supprimée ; passez-la plutôt au statut « retirée »", in.Title)
	}
	err = forEach(t, bucketAmendments, "un amendement", func(a Amendment) error {
		if a.InitiativeID == id {
			return newError(ErrHasEvaluations, nil, "store.initiative.has_amendment", "l'initiative « %s » a un amendement : elle ne peut pas être supprimée ; passez-la plutôt au statut « retirée »", in.Title)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = forEach(t, bucketSessions, "une séance", func(s Session) error {
		if s.mentionsInitiative(id) {
			return newError(ErrInUse, nil, "store.initiative.on_agenda", "l'initiative « %s » est à l'ordre du jour de la séance du %s : retirez-la d'abord de l'ordre du jour", in.Title, day(s.Date))
		}
		return nil
	})
	if err != nil {
		return err
	}
	t.touch(bucketInitiatives, itob(id), nil) // before the delete: it reads the campaign
	if err := t.bucket(bucketInitiatives).Delete(itob(id)); err != nil {
		return err
	}
	if err := t.bucket(bucketIdxInitTerr).Delete(territoryKey(in.CampaignID, in.Territory, id)); err != nil {
		return err
	}
	return t.audit("delete", "initiative", idString(id), "")
}

func (s Session) mentionsInitiative(id uint64) bool {
	for _, l := range [][]uint64{s.Agenda, s.Postponed} {
		for _, v := range l {
			if v == id {
				return true
			}
		}
	}
	for _, r := range s.Recusals {
		if r.InitiativeID == id {
			return true
		}
	}
	return false
}

// --- Store wrappers ------------------------------------------------------------

// CreateInitiative: see Tx.CreateInitiative.
func (s *Store) CreateInitiative(in *Initiative) error {
	return s.Update(func(t *Tx) error { return t.CreateInitiative(in) })
}

// PutInitiative: see Tx.PutInitiative.
func (s *Store) PutInitiative(in Initiative) error {
	return s.Update(func(t *Tx) error { return t.PutInitiative(in) })
}

// EraseHolderContact: see Tx.EraseHolderContact.
func (s *Store) EraseHolderContact(id uint64) error {
	return s.Update(func(t *Tx) error { return t.EraseHolderContact(id) })
}

// DeleteInitiative: see Tx.DeleteInitiative.
func (s *Store) DeleteInitiative(id uint64) error {
	return s.Update(func(t *Tx) error { return t.DeleteInitiative(id) })
}

// Initiative: see Tx.Initiative.
func (s *Store) Initiative(id uint64) (in Initiative, err error) {
	err = s.view(func(t *Tx) error { in, err = t.Initiative(id); return err })
	return in, err
}

// Initiatives: see Tx.Initiatives.
func (s *Store) Initiatives(campaignID string) (out []Initiative, err error) {
	err = s.view(func(t *Tx) error { out, err = t.Initiatives(campaignID); return err })
	return out, err
}

// InitiativesByTerritory: see Tx.InitiativesByTerritory.
func (s *Store) InitiativesByTerritory(campaignID, territory string) (out []Initiative, err error) {
	err = s.view(func(t *Tx) error { out, err = t.InitiativesByTerritory(campaignID, territory); return err })
	return out, err
}

// campaignInitiatives reads one campaign's initiatives through the territory
// index (campaign first in its keys), so that a campaign costs its own
// records, not the file's.
func (t *Tx) campaignInitiatives(campaignID string) ([]Initiative, error) {
	return t.initiativesIn(campaignID, t.campaignInitiativeIDs(campaignID))
}

// campaignInitiativeIDs are the ids of a campaign's initiatives, in order,
// read from the territory index without decoding any record.
func (t *Tx) campaignInitiativeIDs(campaignID string) []uint64 {
	prefix := append([]byte(campaignID), 0)
	var ids []uint64
	c := t.bucket(bucketIdxInitTerr).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) >= len(prefix)+8 {
			ids = append(ids, btoi(k[len(k)-8:]))
		}
	}
	slices.Sort(ids)
	return ids
}

// initiativesIn decodes the initiatives of ids that belong to campaignID.
func (t *Tx) initiativesIn(campaignID string, ids []uint64) ([]Initiative, error) {
	out := make([]Initiative, 0, len(ids))
	for _, id := range ids {
		in, err := t.Initiative(id)
		if err != nil {
			return nil, err
		}
		if in.CampaignID == campaignID { // a stale index entry is Check's to report
			out = append(out, in)
		}
	}
	return out, nil
}

// initiativesStillIn decodes the initiatives of ids that still exist and
// still belong to campaignID: ids noted earlier (a change, the rest of a
// first screenful) may have been deleted or moved since.
func (t *Tx) initiativesStillIn(campaignID string, ids []uint64) ([]Initiative, error) {
	var out []Initiative
	for _, id := range ids {
		in, err := t.Initiative(id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if in.CampaignID == campaignID {
			out = append(out, in)
		}
	}
	return out, nil
}

func hasKey(b *bbolt.Bucket, key []byte) bool {
	k, _ := b.Cursor().Seek(key)
	return bytes.Equal(k, key)
}

// EachInitiative hands fn the initiatives of a campaign ("" = every
// campaign) in creation order, one at a time, for a reader that must not
// hold them all (the streaming export).
func (t *Tx) EachInitiative(campaignID string, fn func(Initiative) error) error {
	if campaignID != "" {
		ins, err := t.campaignInitiatives(campaignID)
		if err != nil {
			return err
		}
		for _, in := range ins {
			if err := fn(in); err != nil {
				return err
			}
		}
		return nil
	}
	return forEach(t, bucketInitiatives, "une initiative", fn)
}

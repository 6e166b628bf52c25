package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
)

// A staged write is one change too large for one bbolt transaction: bbolt
// keeps every record a transaction writes, and the pages they fill, in
// memory until its commit, so a CSV import of 20,000 rows held them all
// (57 MB at its peak). A staged write lands in several transactions and
// still lands whole or not at all:
//
//   - while it runs, nothing else in this process reads or writes the file
//     (Store.Update and Store.View wait), and no other process can open it
//     (bbolt's lock): no one sees it half done;
//   - its first transaction writes a journal in the meta bucket: where the
//     initiatives' ids and the trail stood, which campaigns and grids
//     existed. Its last one writes its trail entries and removes the
//     journal, in the same commit;
//   - if it fails, what it wrote is taken back at once; if the process dies
//     first, the next Open finds the journal and takes it back before
//     anything reads the file (undoStage).
//
// What a stage may write is what an import writes: initiatives created
// (CreateInitiativeInBatch), and the campaign and grid they go to.

// keyStaged is the journal's key in the meta bucket.
var keyStaged = []byte("staged")

// stageJournal is where the file stood before the stage.
type stageJournal struct {
	InitiativeSeq uint64   `json:"initiative_seq"`
	AuditSeq      uint64   `json:"audit_seq"`
	Campaigns     []string `json:"campaigns"`
	Grids         []string `json:"grids"` // keys of the grids bucket
}

// Stage is a staged write under way (Store.Staged).
type Stage struct {
	s       *Store
	begun   bool          // the journal is on disk
	created []creationRun // the creations, audited by the last transaction
}

// Staged runs fn, which writes through st.Update in as many transactions as
// it needs; they land together (see above). fn's error is returned, after
// what it wrote was taken back.
func (s *Store) Staged(fn func(st *Stage) error) error {
	// A stage not yet taken back goes first: the journal of this one would
	// replace its journal, and what it wrote would stay for good.
	if err := s.takeBackStage(); err != nil {
		return err
	}
	s.stageMu.Lock()
	defer s.stageMu.Unlock()
	st := &Stage{s: s}
	err := fn(st)
	if err == nil && st.begun {
		err = s.update(func(t *Tx) error {
			t.created = st.created
			return t.bucket(bucketMeta).Delete(keyStaged)
		})
	}
	if err != nil && st.begun {
		if uerr := s.update(func(t *Tx) error { return t.undoStage() }); uerr != nil {
			// Nothing reads the file half written: every transaction tries
			// again first (takeBackStage).
			s.stageUndo.Store(true)
			return newError(err, uerr, "store.stage.undo_failed",
				"%v ; ce qui avait déjà été écrit n'a pas pu être retiré tout de suite (%v) : fermez essradar, il le retirera à la prochaine ouverture de %s", err, uerr, s.path)
		}
	}
	return err
}

// Update runs fn in one of the stage's transactions: everything fn writes
// lands with it or not at all, and stays only if the whole stage lands.
func (st *Stage) Update(fn func(tx *Tx) error) error {
	var created []creationRun
	err := st.s.update(func(t *Tx) error {
		if !st.begun {
			if err := t.beginStage(); err != nil {
				return err
			}
		}
		if err := fn(t); err != nil {
			return err
		}
		// Carried to the last transaction: a run of ids is audited once.
		created, t.created = t.created, nil
		return nil
	})
	if err != nil {
		return err
	}
	st.begun = true
	// The pages read to place a batch stay resident otherwise, and the
	// stage's memory would grow with the file (14 MB of the 100,000-row
	// import's peak).
	st.s.ReleasePages()
	for _, r := range created {
		if n := len(st.created); n > 0 && st.created[n-1].last+1 == r.first {
			st.created[n-1].last = r.last
			continue
		}
		st.created = append(st.created, r)
	}
	return nil
}

func (t *Tx) beginStage() error {
	j := stageJournal{
		InitiativeSeq: t.bucket(bucketInitiatives).Sequence(),
		AuditSeq:      t.auditSequence(),
	}
	for _, b := range []struct {
		name []byte
		keys *[]string
	}{{bucketCampaigns, &j.Campaigns}, {bucketGrids, &j.Grids}} {
		if err := t.bucket(b.name).ForEach(func(k, _ []byte) error {
			*b.keys = append(*b.keys, string(k))
			return nil
		}); err != nil {
			return err
		}
	}
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	return t.bucket(bucketMeta).Put(keyStaged, data)
}

// undoStage takes back what a staged write left unfinished wrote, and
// removes its journal; a file without a journal is left as it is.
func (t *Tx) undoStage() error {
	raw := t.bucket(bucketMeta).Get(keyStaged)
	if raw == nil {
		return nil
	}
	var j stageJournal
	if err := json.Unmarshal(raw, &j); err != nil {
		return damaged(t.s.path, fmt.Errorf("journal d'une écriture interrompue illisible : %w", err))
	}
	// The initiatives it created: every id above where the counter stood.
	ins, idx := t.bucket(bucketInitiatives), t.bucket(bucketIdxInitTerr)
	var ids [][]byte
	c := ins.Cursor()
	for k, _ := c.Seek(itob(j.InitiativeSeq + 1)); k != nil; k, _ = c.Next() {
		ids = append(ids, bytes.Clone(k))
	}
	for _, k := range ids {
		var head struct {
			CampaignID string `json:"campaign_id"`
			Territory  string `json:"territory"`
		}
		if err := decode(ins.Get(k), &head); err == nil {
			if err := idx.Delete(territoryKey(head.CampaignID, head.Territory, btoi(k))); err != nil {
				return err
			}
		}
		t.touch(bucketInitiatives, k, nil) // before the delete: it reads the campaign
		if err := ins.Delete(k); err != nil {
			return err
		}
	}
	if err := ins.SetSequence(j.InitiativeSeq); err != nil {
		return err
	}
	// The campaign and grid it created.
	for _, b := range []struct {
		name []byte
		kept []string
	}{{bucketCampaigns, j.Campaigns}, {bucketGrids, j.Grids}} {
		var added [][]byte
		if err := t.bucket(b.name).ForEach(func(k, _ []byte) error {
			if !slices.Contains(b.kept, string(k)) {
				added = append(added, bytes.Clone(k))
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range added {
			if bytes.Equal(b.name, bucketCampaigns) {
				t.touch(bucketCampaigns, k, Campaign{ID: string(k)})
			}
			if err := t.bucket(b.name).Delete(k); err != nil {
				return err
			}
		}
	}
	t.s.mu.Lock()
	clear(t.s.grids) // a grid taken back may come again with other bytes
	t.s.mu.Unlock()
	// Its trail entries, in the tail and the main trail.
	for _, name := range [][]byte{bucketAuditRecent, bucketAudit} {
		b := t.bucket(name)
		var keys [][]byte
		c := b.Cursor()
		for k, _ := c.Seek(itob(j.AuditSeq + 1)); k != nil; k, _ = c.Next() {
			keys = append(keys, bytes.Clone(k))
		}
		for _, k := range keys {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		if b.Sequence() > j.AuditSeq {
			if err := b.SetSequence(j.AuditSeq); err != nil {
				return err
			}
		}
	}
	return t.bucket(bucketMeta).Delete(keyStaged)
}

// stagePending says whether the file holds the journal of a staged write
// that did not finish.
func stagePending(t *Tx) bool {
	b := t.bucket(bucketMeta)
	return b != nil && b.Get(keyStaged) != nil
}

// takeBackStage is what every transaction does first after a staged write
// failed and could not be taken back at once: try again, and until it
// works, refuse to read or write a file half written.
func (s *Store) takeBackStage() error {
	if !s.stageUndo.Load() {
		return nil
	}
	s.stageMu.Lock()
	defer s.stageMu.Unlock()
	if !s.stageUndo.Load() {
		return nil
	}
	if err := s.update(func(t *Tx) error { return t.undoStage() }); err != nil {
		return newError(err, nil, "store.stage.undo_pending",
			"un import interrompu n'a pas encore pu être retiré de %s (%v) : fermez essradar, il le retirera à la prochaine ouverture", s.path, err)
	}
	s.stageUndo.Store(false)
	return nil
}

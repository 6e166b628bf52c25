package store

import (
	"bytes"
	"encoding/binary"
	"math"

	"essradar/scoring"
)

// Summaries keep what the home screen and the session screen show of a
// whole campaign, so that they read a few keys instead of decoding every
// record of the file. They are written in the same transaction as the
// records they sum up: every write marks what it touched (touch), and
// Store.Update brings the summaries up to date before the commit
// (flushSummaries). Check recomputes them from the records.
var (
	// bucketSumDecided: session id → how many agenda items are decided
	// (amendments applied), 8 bytes big-endian.
	bucketSumDecided = []byte("sum_session_decided")
	// bucketSumLabelled: campaign id, 0, initiative id → the scores that
	// labelled the initiative (its evaluation in force, on the campaign's
	// grid): the profiles the campaign's median is taken over.
	bucketSumLabelled = []byte("sum_campaign_labelled")
	// bucketSumMedian: campaign id → its median profile (keptMedian).
	bucketSumMedian = []byte("sum_campaign_median")
)

// keptMedian is a campaign's median profile as kept, with the grid it was
// computed on and the number of labelled profiles it was taken over.
type keptMedian struct {
	Grid   scoring.Ref `json:"grid"`
	Median []*float64  `json:"median"` // nil where no labelled profile scored the marker (NaN)
	Of     int         `json:"of"`
}

func newKeptMedian(grid scoring.Ref, median []float64, of int) keptMedian {
	m := keptMedian{Grid: grid, Median: make([]*float64, len(median)), Of: of}
	for i, v := range median {
		if !math.IsNaN(v) {
			m.Median[i] = &v
		}
	}
	return m
}

func (m keptMedian) values() []float64 {
	out := make([]float64, len(m.Median))
	for i, v := range m.Median {
		out[i] = math.NaN()
		if v != nil {
			out[i] = *v
		}
	}
	return out
}

// keptProfile is one labelled initiative's scores, as kept.
type keptProfile struct {
	Scores scoring.Scores `json:"scores"`
}

// pending is what a write transaction touched, to sum up before its commit.
type pending struct {
	sessions    map[uint64]bool
	initiatives map[uint64]written // zero: read it again at the flush
	campaigns   map[string]bool    // whose median to recompute
	rebuild     map[string]bool    // whose labelled profiles to rebuild (grid changed)
}

// written is what a labelled profile needs of an initiative written in the
// transaction, not the whole record: an import of 20,000 rows keeps 20,000
// of these until its commit (a copy of each Initiative took 6 MB).
type written struct {
	known      bool // false: the record is read again at the flush
	scoresOnly bool // only its scores or notes changed (touchScores)
	campaignID string
	status     Status
}

func (t *Tx) pendingSums() *pending {
	if t.sums == nil {
		t.sums = &pending{sessions: map[uint64]bool{}, initiatives: map[uint64]written{},
			campaigns: map[string]bool{}, rebuild: map[string]bool{}}
	}
	return t.sums
}

// touch notes a record written (rec) or deleted (rec nil) under key.
func (t *Tx) touch(bucket, key []byte, rec any) {
	p := t.pendingSums()
	if !bytes.Equal(bucket, bucketInitiatives) && !bytes.Equal(bucket, bucketAudit) && !bytes.Equal(bucket, bucketAuditRecent) {
		t.touchedOther = true
	}
	switch {
	case (bytes.Equal(bucket, bucketEvaluations) || bytes.Equal(bucket, bucketEvalOpen)) && len(key) == 16:
		p.sessions[btoi(key[:8])] = true
		p.initiatives[btoi(key[8:])] = written{}
	case bytes.Equal(bucket, bucketAmendments):
		if a, ok := rec.(Amendment); ok {
			p.sessions[a.SessionID] = true
			p.initiatives[a.InitiativeID] = written{}
		}
	case bytes.Equal(bucket, bucketInitiatives):
		id := btoi(key)
		t.touchOldCampaign(id)
		if in, ok := rec.(Initiative); ok {
			p.initiatives[id] = written{known: true, campaignID: in.CampaignID, status: in.Status}
			p.campaigns[in.CampaignID] = true
		} else {
			p.initiatives[id] = written{}
		}
	case bytes.Equal(bucket, bucketSessions):
		id := btoi(key)
		p.sessions[id] = true
		// A session's date decides which evaluation is in force.
		if se, ok := rec.(Session); ok {
			for _, l := range [][]uint64{se.Agenda, se.Postponed} {
				for _, iid := range l {
					if _, seen := p.initiatives[iid]; !seen {
						p.initiatives[iid] = written{}
					}
				}
			}
		}
	case bytes.Equal(bucket, bucketCampaigns):
		if c, ok := rec.(Campaign); ok {
			p.rebuild[c.ID] = true
		}
	}
}

// touchScores notes an evaluation of in whose scores or notes changed, not
// its decision: only the initiative's labelled profile may follow, and in
// as read by the save is what the profile needs of it.
func (t *Tx) touchScores(in Initiative) {
	p := t.pendingSums()
	t.touchedOther = true
	if _, seen := p.initiatives[in.ID]; !seen {
		p.initiatives[in.ID] = written{known: true, scoresOnly: true, campaignID: in.CampaignID, status: in.Status}
	}
}

// touchOldCampaign marks the campaign an initiative belongs to before this
// write, so that moving it to another campaign takes it out of the first
// one's median. Only its campaign is decoded.
func (t *Tx) touchOldCampaign(id uint64) {
	v := t.bucket(bucketInitiatives).Get(itob(id))
	if v == nil {
		return
	}
	var old struct {
		CampaignID string `json:"campaign_id"`
	}
	if decode(v, &old) == nil {
		t.pendingSums().campaigns[old.CampaignID] = true
		_ = t.bucket(bucketSumLabelled).Delete(labelledKey(old.CampaignID, id))
	}
}

func labelledKey(campaignID string, id uint64) []byte {
	return append(append([]byte(campaignID), 0), itob(id)...)
}

// flushSummaries brings the summaries up to date with what the transaction
// touched.
func (t *Tx) flushSummaries() error {
	p := t.sums
	if p == nil {
		return nil
	}
	t.sums = nil
	for id := range p.sessions {
		if err := t.keepDecided(id); err != nil {
			return err
		}
	}
	for c := range p.rebuild {
		if err := t.rebuildLabelled(c); err != nil {
			return err
		}
		p.campaigns[c] = true
	}
	for id, w := range p.initiatives {
		if w.scoresOnly && w.status != StatusLabelled {
			// No profile is kept but a labelled one's, and its status did
			// not change: nothing to read, nothing to write (the score the
			// committee saves most).
			continue
		}
		var in *Initiative
		if w.known {
			in = &Initiative{ID: id, CampaignID: w.campaignID, Status: w.status}
		}
		c, err := t.keepLabelled(id, in)
		if err != nil {
			return err
		}
		if c != "" {
			p.campaigns[c] = true
		}
	}
	for c := range p.campaigns {
		if err := t.keepMedian(c); err != nil {
			return err
		}
	}
	return nil
}

func (t *Tx) keepDecided(sessionID uint64) error {
	b := t.bucket(bucketSumDecided)
	if t.bucket(bucketSessions).Get(itob(sessionID)) == nil {
		return b.Delete(itob(sessionID))
	}
	n, err := t.decidedItems(sessionID)
	if err != nil {
		return err
	}
	val := binary.BigEndian.AppendUint64(nil, uint64(n))
	if bytes.Equal(b.Get(itob(sessionID)), val) {
		return nil // an unchanged count costs no page
	}
	return b.Put(itob(sessionID), val)
}

// keepLabelled writes (or removes) one initiative's labelled profile and
// returns its campaign; in is the record as written in this transaction,
// nil to read it.
func (t *Tx) keepLabelled(id uint64, in *Initiative) (string, error) {
	if in == nil {
		got, err := t.Initiative(id)
		if err != nil {
			if t.bucket(bucketInitiatives).Get(itob(id)) == nil {
				return "", nil // deleted: touchOldCampaign removed its profile
			}
			return "", err
		}
		in = &got
	}
	key := labelledKey(in.CampaignID, id)
	b := t.bucket(bucketSumLabelled)
	profile, err := t.labelledProfile(*in)
	if err != nil {
		return "", err
	}
	if profile == nil {
		if b.Get(key) == nil {
			return "", nil
		}
		return in.CampaignID, b.Delete(key)
	}
	data, err := encode(keptProfile{Scores: profile})
	if err != nil {
		return "", err
	}
	if bytes.Equal(b.Get(key), data) {
		return "", nil
	}
	return in.CampaignID, b.Put(key, data)
}

// labelledProfile is the scores that labelled in on its campaign's grid,
// nil when it is not labelled so (the rule of LabelledProfiles).
func (t *Tx) labelledProfile(in Initiative) (scoring.Scores, error) {
	if in.Status != StatusLabelled {
		return nil, nil
	}
	c, err := t.Campaign(in.CampaignID)
	if err != nil {
		return nil, nil
	}
	ev, err := t.evaluationInForce(in.ID)
	if err != nil || ev == nil {
		return nil, err
	}
	if ev.Decision.Outcome != OutcomeLabelled || ev.Grid != c.Grid {
		return nil, nil
	}
	if ev.Scores == nil {
		return scoring.Scores{}, nil
	}
	return ev.Scores, nil
}

// rebuildLabelled recomputes every labelled profile of a campaign.
func (t *Tx) rebuildLabelled(campaignID string) error {
	prefix := append([]byte(campaignID), 0)
	b := t.bucket(bucketSumLabelled)
	var stale [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		stale = append(stale, bytes.Clone(k))
	}
	for _, k := range stale {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	ins, err := t.Initiatives(campaignID)
	if err != nil {
		return err
	}
	for _, in := range ins {
		if _, err := t.keepLabelled(in.ID, &in); err != nil {
			return err
		}
	}
	return nil
}

// keepMedian recomputes a campaign's median from its kept labelled profiles.
func (t *Tx) keepMedian(campaignID string) error {
	c, err := t.Campaign(campaignID)
	if err != nil {
		return t.bucket(bucketSumMedian).Delete([]byte(campaignID)) // campaign gone
	}
	g, err := t.sharedGrid(c.Grid)
	if err != nil {
		return nil // no grid to take a median on: the session sheet computes it
	}
	profiles, err := t.keptProfiles(campaignID)
	if err != nil {
		return err
	}
	data, err := encode(newKeptMedian(c.Grid, scoring.MedianProfile(g, profiles), len(profiles)))
	if err != nil {
		return err
	}
	if bytes.Equal(t.bucket(bucketSumMedian).Get([]byte(campaignID)), data) {
		return nil
	}
	return t.bucket(bucketSumMedian).Put([]byte(campaignID), data)
}

// keptProfiles lists a campaign's kept labelled profiles in creation order.
func (t *Tx) keptProfiles(campaignID string) ([]scoring.Scores, error) {
	prefix := append([]byte(campaignID), 0)
	var out []scoring.Scores
	c := t.bucket(bucketSumLabelled).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var p keptProfile
		if err := decode(v, &p); err != nil {
			return nil, damagedRecord("un profil labellisé", t.s.path, err)
		}
		out = append(out, p.Scores)
	}
	return out, nil
}

// keptDecided reads a session's kept count of decided items.
func (t *Tx) keptDecided(sessionID uint64) (int, bool) {
	v := t.bucket(bucketSumDecided).Get(itob(sessionID))
	if len(v) != 8 {
		return 0, false
	}
	return int(binary.BigEndian.Uint64(v)), true
}

// keptMedianFor reads a campaign's kept median, when it was taken on grid.
func (t *Tx) keptMedianFor(campaignID string, grid scoring.Ref) (keptMedian, bool) {
	v := t.bucket(bucketSumMedian).Get([]byte(campaignID))
	var m keptMedian
	if v == nil || decode(v, &m) != nil || m.Grid != grid {
		return keptMedian{}, false
	}
	return m, true
}

// buildSummaries fills the summaries of a file written before them
// (migration v3): every session and every campaign.
func buildSummaries(t *Tx) error {
	p := t.pendingSums()
	err := t.bucket(bucketSessions).ForEach(func(k, _ []byte) error {
		p.sessions[btoi(k)] = true
		return nil
	})
	if err != nil {
		return err
	}
	err = t.bucket(bucketCampaigns).ForEach(func(k, _ []byte) error {
		p.rebuild[string(k)] = true
		return nil
	})
	if err != nil {
		return err
	}
	return t.flushSummaries()
}

// checkSummaries compares the kept summaries with the records (Check).
func checkSummaries(t *Tx, add func(kind, id, key, format string, args ...any), p *pace) {
	_ = forEach(t, bucketSessions, "une séance", func(se Session) error {
		if p.nextLarge() {
			return errCheckStopped
		}
		n, err := t.decidedItems(se.ID)
		if err != nil {
			return nil // unreadable records are reported on their own
		}
		if kept, ok := t.keptDecided(se.ID); !ok || kept != n {
			add("séance", idString(se.ID), "store.check.summary_session", "le résumé de la séance n° %d (points décidés) ne correspond plus à ses évaluations", se.ID)
		}
		return nil
	})
	_ = forEach(t, bucketCampaigns, "une campagne", func(c Campaign) error {
		if p.nextLarge() {
			return errCheckStopped
		}
		want, err := t.LabelledProfiles(c.ID, c.Grid)
		if err != nil {
			return nil
		}
		kept, err := t.keptProfiles(c.ID)
		if err != nil || !sameProfiles(want, kept) {
			add("campagne", c.ID, "store.check.summary_campaign", "le résumé de la campagne %s (profils labellisés, médiane) ne correspond plus à ses évaluations", c.ID)
		}
		return nil
	})
}

func sameProfiles(a, b []scoring.Scores) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for k, v := range a[i] {
			if w, ok := b[i][k]; !ok || w != v {
				return false
			}
		}
	}
	return true
}

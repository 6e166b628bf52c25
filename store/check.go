package store

import (
	"bytes"
	"errors"
	"fmt"
	"time"
)

// Check verifies the file and the records: the bbolt structure (tx.Check),
// then essradar's own rules — every evaluation points to an existing session
// and initiative and to a stored grid, every session's members and
// initiatives exist, both indexes match the records, amendments point to
// closed sessions, every closed session carries a seal that matches it. It returns the problems found (French messages); the error
// is for a check that could not run.
func (s *Store) Check() ([]Problem, error) { return s.check(nil) }

// check is Check, giving up with errCheckStopped once stop is closed.
// It lets go of the pages it read as it goes: the whole file would
// otherwise be resident by the end (74 MB at 20,000 initiatives).
func (s *Store) check(stop <-chan struct{}) ([]Problem, error) {
	var probs []Problem
	add := func(kind, id, key, format string, args ...any) {
		why := msg(key, format, args...)
		probs = append(probs, Problem{Kind: kind, ID: id, Message: why.String(), Why: why})
	}
	err := s.view(func(t *Tx) error {
		p := &pace{stop: stop, release: t.ReleasePages}
		// Both meta pages, read from the file.
		if why, damaged := metaPagesDamaged(s.path); damaged {
			add("fichier", "", "store.check.damage", "%s", why)
		}
		// Read every page in this goroutine first (faults become errors here):
		// tx.Check runs in a goroutine of its own.
		if err := walk(t.btx, s.path, p); err != nil {
			if errors.Is(err, errCheckStopped) {
				return err
			}
			add("fichier", "", "store.check.damage", "%s", damageWords(err))
			return nil
		}
		// tx.Check cannot be interrupted; it is drained to the end (the
		// transaction must outlive its goroutine) but its findings no
		// longer matter once stopped.
		for err := range releasingWhile(t, t.btx.Check()) {
			add("fichier", "", "store.check.damage", "%s", structureProblem(err))
		}
		if p.stopped() {
			return errCheckStopped
		}
		for _, name := range allBuckets {
			if t.bucket(name) == nil {
				add("fichier", string(name), "store.check.bucket_missing", "le compartiment %s manque", name)
			}
		}
		if len(probs) > 0 {
			return nil
		}
		checkRecords(t, add, p)
		checkDecisions(t, add, p)
		checkSummaries(t, add, p)
		if p.stopped() {
			return errCheckStopped
		}
		return nil
	})
	if errors.Is(err, errCheckStopped) {
		return nil, err
	}
	if err != nil {
		return probs, fmt.Errorf("vérifier %s : %w", s.path, err)
	}
	return probs, nil
}

// releasingWhile passes on what bbolt's page check finds while letting go,
// every millisecond, of the pages it reads in its own goroutine: it
// reads the whole file in a few milliseconds, which would otherwise all be
// resident at once (69 MB of 74 at 20,000 initiatives).
func releasingWhile(t *Tx, found <-chan error) <-chan error {
	out := make(chan error)
	go func() {
		defer close(out)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case err, ok := <-found:
				if !ok {
					return
				}
				out <- err
			case <-tick.C:
				t.ReleasePages()
			}
		}
	}()
	return out
}

func checkRecords(t *Tx, add func(kind, id, key, format string, args ...any), p *pace) {
	exists := func(bucket, key []byte) bool { return t.bucket(bucket).Get(key) != nil }

	// Undecodable values, bucket by bucket.
	decoded := func(bucket []byte, kind string, rec func() any) {
		_ = t.bucket(bucket).ForEach(func(k, v []byte) error {
			if p.next() {
				return errCheckStopped
			}
			if err := decode(v, rec()); err != nil {
				add(kind, fmt.Sprintf("%x", k), "store.check.record_unreadable", "enregistrement illisible : %v", err)
			}
			return nil
		})
	}
	decoded(bucketCampaigns, "campagne", func() any { return &Campaign{} })
	decoded(bucketInitiatives, "initiative", func() any { return &Initiative{} })
	decoded(bucketMembers, "membre", func() any { return &Member{} })
	decoded(bucketSessions, "séance", func() any { return &Session{} })
	decoded(bucketEvaluations, "évaluation", func() any { return &Evaluation{} })
	decoded(bucketEvalOpen, "évaluation", func() any { return &Evaluation{} })
	decoded(bucketAmendments, "amendement", func() any { return &Amendment{} })
	decoded(bucketAudit, "journal", func() any { return &AuditEntry{} })
	decoded(bucketAuditRecent, "journal", func() any { return &AuditEntry{} })

	lenient := func(bucket []byte, fn func(k, v []byte)) {
		_ = t.bucket(bucket).ForEach(func(k, v []byte) error {
			if p.next() {
				return errCheckStopped
			}
			fn(k, v)
			return nil
		})
	}

	lenient(bucketCampaigns, func(k, v []byte) {
		var c Campaign
		if decode(v, &c) != nil {
			return
		}
		if c.ID != string(k) {
			add("campagne", string(k), "store.check.campaign_key", "la campagne rangée sous %s se dit %s", k, c.ID)
		}
		if c.Grid.ID != "" && !t.hasGrid(c.Grid) {
			add("campagne", c.ID, "store.check.campaign_grid_missing", "la campagne %s utilise la grille %s v%d, absente de la base", c.ID, c.Grid.ID, c.Grid.Version)
		}
	})

	// Initiatives and their territory index.
	wantIdx := map[string]bool{}
	lenient(bucketInitiatives, func(k, v []byte) {
		var in Initiative
		if decode(v, &in) != nil {
			return
		}
		id := idString(in.ID)
		if in.ID != btoi(k) || len(k) != 8 {
			add("initiative", id, "store.check.initiative_key", "l'initiative n° %d est rangée sous une autre clé (%x)", in.ID, k)
		}
		if !exists(bucketCampaigns, []byte(in.CampaignID)) {
			add("initiative", id, "store.check.initiative_campaign_missing", "l'initiative n° %d appartient à la campagne %s, qui n'existe pas", in.ID, in.CampaignID)
		}
		key := territoryKey(in.CampaignID, in.Territory, in.ID)
		wantIdx[string(key)] = true
		if !exists(bucketIdxInitTerr, key) {
			add("index", id, "store.check.initiative_not_indexed", "l'initiative n° %d manque à l'index des territoires", in.ID)
		}
	})
	// Id counters must stay ahead of the ids in use, or NextSequence would
	// hand out an id twice.
	for _, b := range [][]byte{bucketInitiatives, bucketMembers, bucketSessions, bucketAmendments, bucketAudit, bucketAuditRecent} {
		bk := t.bucket(b)
		seq := bk.Sequence()
		if bytes.Equal(b, bucketAudit) || bytes.Equal(b, bucketAuditRecent) {
			seq = t.auditSequence() // one counter for the trail and its tail
		}
		if k, _ := bk.Cursor().Last(); k != nil && btoi(k) > seq {
			add("fichier", string(b), "store.check.sequence_behind", "le compteur d'identifiants de %s (%d) est en retard sur les enregistrements (%d)", b, seq, btoi(k))
		}
	}
	// Reading the trail then its tail must read it in order.
	if last, _ := t.bucket(bucketAudit).Cursor().Last(); last != nil {
		if first, _ := t.bucket(bucketAuditRecent).Cursor().First(); first != nil && btoi(first) <= btoi(last) {
			add("fichier", string(bucketAuditRecent), "store.check.audit_tail_order", "la fin du journal (entrée n° %d) ne suit pas le reste du journal (entrée n° %d)", btoi(first), btoi(last))
		}
	}
	lenient(bucketIdxInitTerr, func(k, _ []byte) {
		if !wantIdx[string(k)] {
			id := ""
			if len(k) >= 8 {
				id = idString(btoi(k[len(k)-8:]))
			}
			add("index", id, "store.check.territory_index_orphan", "une entrée de l'index des territoires ne correspond à aucune initiative (initiative n° %s)", id)
		}
	})

	// Sessions.
	lenient(bucketSessions, func(k, v []byte) {
		var s Session
		if decode(v, &s) != nil {
			return
		}
		id := idString(s.ID)
		if s.ID != btoi(k) {
			add("séance", id, "store.check.session_key", "la séance n° %d est rangée sous une autre clé (%x)", s.ID, k)
		}
		if !exists(bucketCampaigns, []byte(s.CampaignID)) {
			add("séance", id, "store.check.session_campaign_missing", "la séance du %s appartient à la campagne %s, qui n'existe pas", day(s.Date), s.CampaignID)
		}
		for _, m := range s.Present {
			if !exists(bucketMembers, itob(m)) {
				add("séance", id, "store.check.session_present_missing", "la séance du %s compte parmi les présents le membre n° %d, qui n'existe pas", day(s.Date), m)
			}
		}
		for _, l := range [][]uint64{s.Agenda, s.Postponed} {
			for _, i := range l {
				if !exists(bucketInitiatives, itob(i)) {
					add("séance", id, "store.check.session_agenda_missing", "la séance du %s a à son ordre du jour l'initiative n° %d, qui n'existe pas", day(s.Date), i)
				}
			}
		}
		for _, r := range s.Recusals {
			if !exists(bucketMembers, itob(r.MemberID)) {
				add("séance", id, "store.check.session_recusal_member_missing", "la séance du %s note le déport du membre n° %d, qui n'existe pas", day(s.Date), r.MemberID)
			}
			if !exists(bucketInitiatives, itob(r.InitiativeID)) {
				add("séance", id, "store.check.session_recusal_initiative_missing", "la séance du %s note un déport pour l'initiative n° %d, qui n'existe pas", day(s.Date), r.InitiativeID)
			}
		}
		checkSeal(t, s, add)
	})

	// Evaluations, where they live, and their initiative index.
	sealedSessions := map[uint64]bool{} // session → closed, for the sessions that decode
	_ = t.bucket(bucketSessions).ForEach(func(k, v []byte) error {
		var head struct {
			Status SessionStatus `json:"status"`
		}
		if decode(v, &head) == nil {
			sealedSessions[btoi(k)] = head.Status == SessionClosed
		}
		return nil
	})
	checkEvaluation := func(k []byte, e Evaluation, id string) {
		if !bytes.Equal(k, pairKey(e.SessionID, e.InitiativeID)) {
			add("évaluation", id, "store.check.evaluation_key", "l'évaluation %s est rangée sous une autre clé (%x)", id, k)
		}
		if !exists(bucketSessions, itob(e.SessionID)) {
			add("évaluation", id, "store.check.evaluation_session_missing", "l'évaluation de l'initiative n° %d renvoie à la séance n° %d, qui n'existe pas", e.InitiativeID, e.SessionID)
		}
		if !exists(bucketInitiatives, itob(e.InitiativeID)) {
			add("évaluation", id, "store.check.evaluation_initiative_missing", "l'évaluation de la séance n° %d renvoie à l'initiative n° %d, qui n'existe pas", e.SessionID, e.InitiativeID)
		}
		if !t.hasGrid(e.Grid) {
			add("évaluation", id, "store.check.evaluation_grid_missing", "l'évaluation %s a été faite avec la grille %s v%d, absente de la base : elle ne peut plus être recalculée", id, e.Grid.ID, e.Grid.Version)
		}
		if !exists(bucketIdxEvalInit, pairKey(e.InitiativeID, e.SessionID)) {
			add("index", id, "store.check.evaluation_not_indexed", "l'évaluation %s manque à l'index par initiative", id)
		}
	}
	checkEvaluations := func(inSealed bool) func(k, v []byte) {
		return func(k, v []byte) {
			var e Evaluation
			if decode(v, &e) != nil {
				return
			}
			id := evalID(e.SessionID, e.InitiativeID)
			sealed, found := sealedSessions[e.SessionID]
			switch {
			case found && sealed && !inSealed:
				add("évaluation", id, "store.check.evaluation_with_open", "l'évaluation %s, d'une séance close, est rangée avec celles des séances ouvertes", id)
			case found && !sealed && inSealed:
				add("évaluation", id, "store.check.evaluation_with_sealed", "l'évaluation %s, d'une séance ouverte, est rangée avec celles des séances closes", id)
			case inSealed && t.bucket(bucketEvalOpen).Get(k) != nil:
				add("évaluation", id, "store.check.evaluation_twice", "l'évaluation %s est rangée deux fois", id)
			}
			checkEvaluation(k, e, id)
		}
	}
	lenient(bucketEvalOpen, checkEvaluations(false))
	lenient(bucketEvaluations, checkEvaluations(true))
	lenient(bucketIdxEvalInit, func(k, _ []byte) {
		if len(k) != 16 {
			add("index", fmt.Sprintf("%x", k), "store.check.eval_index_bad_key", "clé d'index par initiative mal formée")
			return
		}
		iid, sid := btoi(k[:8]), btoi(k[8:])
		if t.evaluationBytes(pairKey(sid, iid)) == nil {
			add("index", evalID(sid, iid), "store.check.eval_index_orphan", "l'index par initiative renvoie à une évaluation %s qui n'existe pas", evalID(sid, iid))
		}
	})

	// Amendments.
	lenient(bucketAmendments, func(k, v []byte) {
		var a Amendment
		if decode(v, &a) != nil {
			return
		}
		id := idString(a.ID)
		var s Session
		if found, err := t.get(bucketSessions, itob(a.SessionID), &s, "une séance"); err != nil || !found {
			add("amendement", id, "store.check.amendment_session_missing", "l'amendement n° %d renvoie à la séance n° %d, qui n'existe pas", a.ID, a.SessionID)
		} else if !s.Sealed() {
			add("amendement", id, "store.check.amendment_session_open", "l'amendement n° %d porte sur la séance du %s, qui n'est pas close", a.ID, day(s.Date))
		}
		if !exists(bucketInitiatives, itob(a.InitiativeID)) {
			add("amendement", id, "store.check.amendment_initiative_missing", "l'amendement n° %d renvoie à l'initiative n° %d, qui n'existe pas", a.ID, a.InitiativeID)
		}
		if a.After != nil && !t.hasGrid(a.After.Grid) {
			add("amendement", id, "store.check.amendment_grid_missing", "l'amendement n° %d utilise la grille %s v%d, absente de la base", a.ID, a.After.Grid.ID, a.After.Grid.Version)
		}
	})

	// Grid keys and sources.
	lenient(bucketGrids, func(k, v []byte) {
		if _, ok := parseGridKey(k); !ok {
			add("grille", string(k), "store.check.grid_bad_key", "clé de grille mal formée %q", k)
		}
		if why := gridUnreadable(k, v); why != nil {
			add("grille", string(k), "store.check.damage", "%s", *why)
		}
	})
}

// checkKinds names the kinds of Problem for a catalogue.
var checkKinds = map[string]string{
	"fichier": "file", "campagne": "campaign", "initiative": "initiative", "membre": "member",
	"séance": "session", "évaluation": "evaluation", "amendement": "amendment", "journal": "audit",
	"index": "index", "grille": "grid",
}

// KindMessage is the problem's Kind with its key ("store.check.kind.session").
func (p Problem) KindMessage() Message {
	if k, ok := checkKinds[p.Kind]; ok {
		return msg("store.check.kind."+k, p.Kind)
	}
	return msg("store.check.kind.other", "%s", p.Kind)
}

package transfer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"essradar/scoring"
	"essradar/store"
)

// Record kinds, as used in Report and Conflict (the document's keys).
const (
	KindCampaign   = "campaigns"
	KindGrid       = "grids"
	KindInitiative = "initiatives"
	KindMember     = "members"
	KindSession    = "sessions"
	KindEvaluation = "evaluations"
	KindAmendment  = "amendments"
)

var kindNames = map[string]string{
	KindCampaign: "campagne", KindGrid: "grille", KindInitiative: "initiative", KindMember: "membre",
	KindSession: "séance", KindEvaluation: "évaluation", KindAmendment: "amendement",
}

// ErrConflict: the file has records with the ids of existing records but a
// different content; nothing was written.
var ErrConflict = errors.New("conflits à l'import")

// ErrRejected: the file has records that cannot be written (missing
// reference, score off the grid's scale…); nothing was written.
var ErrRejected = errors.New("enregistrements refusés à l'import")

// Report says what Import did, or would have done, per record kind.
type Report struct {
	Added     map[string]int  // new records written (empty when the import was refused)
	Unchanged map[string]int  // records already present, identical ("déjà présent")
	Conflicts []Conflict      // same id, other content: the import was refused
	Rejected  []store.Message // records that could not be written, each named (String is French)
	// Sealed names the closed sessions the file gave without a seal (a file
	// from before seals): they were sealed as they arrived (none when the
	// import was refused).
	Sealed []store.Message
}

// Conflict is a record of the file whose id exists in the database with a
// different content.
type Conflict struct {
	Kind   string   // a Kind* constant
	ID     string   // "12", "2026", "ess-defaut@1", "3/12" (session/initiative)
	Fields []string // the document fields that differ
}

// String names the record and the fields, in French:
// "initiative n° 12 : diffère sur status, title".
func (c Conflict) String() string {
	name := kindNames[c.Kind] + " " + c.ID
	switch c.Kind {
	case KindInitiative, KindMember, KindSession, KindAmendment:
		name = kindNames[c.Kind] + " n° " + c.ID
	case KindEvaluation:
		if sid, iid, ok := strings.Cut(c.ID, "/"); ok {
			name = fmt.Sprintf("évaluation (séance n° %s, initiative n° %s)", sid, iid)
		}
	}
	return fmt.Sprintf("%s : diffère sur %s", name, strings.Join(c.Fields, ", "))
}

// MessageKey is String's key ("transfer.conflict") and arguments: the
// record's name, itself keyed, and the differing fields (the document's
// field names, which the catalogue words in the reader's language).
func (c Conflict) MessageKey() (string, []any) {
	return "transfer.conflict", []any{c.name(), store.FieldNames(c.Fields)}
}

func (c Conflict) name() store.Message {
	switch c.Kind {
	case KindInitiative, KindMember, KindSession, KindAmendment:
		return store.NewMessage("transfer.name.numbered."+c.Kind, kindNames[c.Kind]+" n° %s", c.ID)
	case KindEvaluation:
		if sid, iid, ok := strings.Cut(c.ID, "/"); ok {
			return store.NewMessage("transfer.name.evaluation", "évaluation (séance n° %s, initiative n° %s)", sid, iid)
		}
	}
	return store.NewMessage("transfer.name."+c.Kind, kindNames[c.Kind]+" %s", c.ID)
}

// importError carries the report's French text and the kind of refusal.
type importError struct {
	msg  string
	kind error
}

func (e *importError) Error() string { return e.msg }
func (e *importError) Unwrap() error { return e.kind }

// Summary is the report in one French paragraph.
func (r Report) Summary() string {
	order := []string{KindCampaign, KindGrid, KindMember, KindInitiative, KindSession, KindEvaluation, KindAmendment}
	var added, same []string
	for _, k := range order {
		if n := r.Added[k]; n > 0 {
			added = append(added, fmt.Sprintf("%s : %d", k, n))
		}
		if n := r.Unchanged[k]; n > 0 {
			same = append(same, fmt.Sprintf("%s : %d", k, n))
		}
	}
	var b strings.Builder
	if len(r.Conflicts) > 0 || len(r.Rejected) > 0 {
		var counts []string
		if n := len(r.Conflicts); n > 0 {
			counts = append(counts, plural(n, "conflit", "conflits"))
		}
		if n := len(r.Rejected); n > 0 {
			counts = append(counts, plural(n, "enregistrement refusé", "enregistrements refusés"))
		}
		fmt.Fprintf(&b, "import refusé (%s) : rien n'a été écrit", strings.Join(counts, ", "))
		for _, c := range r.Conflicts {
			b.WriteString("\n- conflit : " + c.String())
		}
		for _, m := range r.Rejected {
			b.WriteString("\n- refusé : " + m.String())
		}
		return b.String()
	}
	if len(added) == 0 {
		b.WriteString("rien de nouveau")
	} else {
		b.WriteString("ajoutés : " + strings.Join(added, ", "))
	}
	if len(same) > 0 {
		b.WriteString(" ; déjà présents : " + strings.Join(same, ", "))
	}
	for _, m := range r.Sealed {
		b.WriteString("\n- scellée à l'import (le fichier n'avait pas de sceau) : " + m.String())
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// errAbort rolls the import transaction back.
var errAbort = errors.New("import annulé")

// Import merges the document into the database in one transaction, all or
// nothing. Records are matched by id (campaign year, grid id@version,
// session+initiative for evaluations): an identical record is counted as
// unchanged, a new one is written with its id kept, one with the same id and
// another content is a conflict. Every conflict and every record that cannot
// be written is reported, and then nothing is written (the error is
// ErrConflict or ErrRejected). The derived fields of evaluations are ignored.
func Import(s *store.Store, doc *Document) (Report, error) {
	rep := Report{Added: map[string]int{}, Unchanged: map[string]int{}}
	if doc == nil {
		return rep, &store.MessageError{Message: store.NewMessage("transfer.no_document", "importer : aucun document")}
	}
	if doc.Schema != Schema {
		return rep, &store.MessageError{Message: store.NewMessage("transfer.unknown_format", "importer : format « %s » inconnu (attendu « %s »)", doc.Schema, Schema)}
	}
	err := s.Update(func(tx *store.Tx) error {
		im := importer{tx: tx, rep: &rep}
		im.run(doc)
		if len(rep.Conflicts) > 0 || len(rep.Rejected) > 0 {
			return errAbort
		}
		return nil
	})
	switch {
	case errors.Is(err, errAbort):
		rep.Added, rep.Sealed = map[string]int{}, nil
		var kind error = ErrRejected
		if len(rep.Conflicts) > 0 {
			kind = ErrConflict
		}
		return rep, &importError{msg: rep.Summary(), kind: kind}
	case err != nil:
		rep.Added, rep.Sealed = map[string]int{}, nil
		return rep, &store.MessageError{Message: store.NewMessage("transfer.failed", "importer : %v ; rien n'a été écrit", err), Kind: err}
	}
	return rep, nil
}

type importer struct {
	tx  *store.Tx
	rep *Report
}

func (im *importer) reject(key, format string, args ...any) {
	im.rep.Rejected = append(im.rep.Rejected, store.NewMessage(key, format, args...))
}

// compare counts an existing record as unchanged or reports a conflict.
// Both sides are document records built by the same conversions; timestamps
// the file leaves out are not compared.
func (im *importer) compare(kind, id string, inFile, inDB any) {
	fields := diff(inFile, inDB)
	if len(fields) == 0 {
		im.rep.Unchanged[kind]++
		return
	}
	im.rep.Conflicts = append(im.rep.Conflicts, Conflict{Kind: kind, ID: id, Fields: fields})
}

// optionalFields may be left out of a hand-written file.
var optionalFields = map[string]bool{"created_at": true, "updated_at": true}

func diff(inFile, inDB any) []string {
	var a, b map[string]json.RawMessage
	ja, _ := json.Marshal(inFile)
	jb, _ := json.Marshal(inDB)
	_ = json.Unmarshal(ja, &a)
	_ = json.Unmarshal(jb, &b)
	var out []string
	for k, vb := range b {
		va, ok := a[k]
		if !ok && optionalFields[k] {
			continue
		}
		if !ok || !bytes.Equal(va, vb) {
			out = append(out, k)
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func (im *importer) run(doc *Document) {
	tx := im.tx
	for _, g := range doc.Grids {
		ref := scoring.Ref{ID: g.ID, Version: g.Version}
		id := fmt.Sprintf("%s@%d", g.ID, g.Version)
		if src, err := tx.GridSource(ref); err == nil {
			if string(src) == g.Source {
				im.rep.Unchanged[KindGrid]++
			} else {
				im.rep.Conflicts = append(im.rep.Conflicts, Conflict{Kind: KindGrid, ID: id, Fields: []string{"source"}})
			}
			continue
		}
		if err := tx.PutGrid(ref, []byte(g.Source)); err != nil {
			im.reject("transfer.reject.grid", "grille %s : %v", id, err)
			continue
		}
		im.rep.Added[KindGrid]++
	}
	for _, c := range doc.Campaigns {
		// Records are cleaned as the store will keep them before they are
		// looked up or compared: a title with an escape sequence in an old
		// file is the same title, not a conflict.
		rec := campaignRec(c)
		rec.CleanText()
		c.ID = rec.ID
		if old, err := tx.Campaign(c.ID); err == nil {
			im.compare(KindCampaign, c.ID, campaignDoc(rec), campaignDoc(old))
			continue
		} else if !errors.Is(err, store.ErrNotFound) {
			im.reject("transfer.reject.campaign", "campagne %s : %v", c.ID, err)
			continue
		}
		if err := tx.PutCampaign(rec); err != nil {
			im.reject("transfer.reject.campaign", "campagne %s : %v", c.ID, err)
			continue
		}
		im.rep.Added[KindCampaign]++
	}
	for _, m := range doc.Members {
		rec := memberRec(m)
		rec.CleanText()
		if old, err := tx.Member(m.ID); err == nil {
			im.compare(KindMember, fmt.Sprint(m.ID), memberDoc(rec), memberDoc(old))
			continue
		}
		if err := tx.InsertMember(rec); err != nil {
			im.reject("transfer.reject.member", "membre n° %d : %v", m.ID, err)
			continue
		}
		im.rep.Added[KindMember]++
	}
	for _, in := range doc.Initiatives {
		rec, err := initiativeRec(in)
		if err != nil {
			im.reject("transfer.reject.initiative", "initiative n° %d : %v", in.ID, err)
			continue
		}
		rec.CleanText()
		if old, err := tx.Initiative(in.ID); err == nil {
			im.compare(KindInitiative, fmt.Sprint(in.ID), initiativeDoc(rec), initiativeDoc(old))
			continue
		}
		if err := tx.InsertInitiative(rec); err != nil {
			im.reject("transfer.reject.initiative", "initiative n° %d : %v", in.ID, err)
			continue
		}
		im.rep.Added[KindInitiative]++
	}
	var inserted []uint64
	for _, se := range doc.Sessions {
		rec := sessionRec(se)
		rec.CleanText()
		if old, err := tx.Session(se.ID); err == nil {
			if se.Seal == "" {
				// A file from before seals says nothing about the seal.
				old.Seal = ""
			}
			im.compare(KindSession, fmt.Sprint(se.ID), sessionDoc(rec), sessionDoc(old))
			continue
		}
		if err := tx.InsertSession(rec); err != nil {
			im.reject("transfer.reject.session", "séance n° %d : %v", se.ID, err)
			continue
		}
		inserted = append(inserted, se.ID)
		im.rep.Added[KindSession]++
	}
	for _, e := range doc.Evaluations {
		id := fmt.Sprintf("%d/%d", e.SessionID, e.InitiativeID)
		rec := evaluationRec(e)
		old, found, err := tx.Evaluation(e.SessionID, e.InitiativeID)
		if err != nil {
			im.reject("transfer.reject.evaluation", "évaluation (séance n° %d, initiative n° %d) : %v", e.SessionID, e.InitiativeID, err)
			continue
		}
		if found {
			// Both sides cleaned: a sealed session's evaluation is kept as
			// sealed, an open one's as cleaned.
			rec.CleanText()
			old.CleanText()
			im.compare(KindEvaluation, id, evaluationDoc(rec, nil, nil), evaluationDoc(old, nil, nil))
			continue
		}
		if err := tx.InsertEvaluation(rec); err != nil {
			im.reject("transfer.reject.evaluation", "évaluation (séance n° %d, initiative n° %d) : %v", e.SessionID, e.InitiativeID, err)
			continue
		}
		im.rep.Added[KindEvaluation]++
	}
	im.verifySeals(inserted)
	if len(doc.Amendments) > 0 {
		existing := map[uint64]store.Amendment{}
		all, err := tx.Amendments(0)
		if err != nil {
			im.reject("transfer.reject.amendments", "amendements : %v", err)
			return
		}
		for _, a := range all {
			existing[a.ID] = a
		}
		noGrid := func(scoring.Ref) *scoring.Grid { return nil }
		for _, a := range doc.Amendments {
			rec := amendmentRec(a)
			rec.CleanText()
			if old, ok := existing[a.ID]; ok {
				im.compare(KindAmendment, fmt.Sprint(a.ID), amendmentDoc(rec, noGrid, nil), amendmentDoc(old, noGrid, nil))
				continue
			}
			if err := tx.InsertAmendment(rec); err != nil {
				im.reject("transfer.reject.amendment", "amendement n° %d : %v", a.ID, err)
				continue
			}
			im.rep.Added[KindAmendment]++
		}
	}
}

// verifySeals checks, once their evaluations are in, the seals of the closed
// sessions this import added: one changed since it was closed refuses the
// import, naming it; one without a seal is sealed and reported.
func (im *importer) verifySeals(sessions []uint64) {
	for _, id := range sessions {
		sealed, err := im.tx.VerifyImportedSeal(id)
		var broken *store.SealError
		switch {
		case errors.As(err, &broken):
			im.rep.Rejected = append(im.rep.Rejected, broken.Message)
		case err != nil:
			im.reject("transfer.reject.session", "séance n° %d : %v", id, err)
		case sealed:
			se, err := im.tx.Session(id)
			if err != nil {
				im.reject("transfer.reject.session", "séance n° %d : %v", id, err)
				continue
			}
			im.rep.Sealed = append(im.rep.Sealed, store.SessionName(se))
		}
	}
}

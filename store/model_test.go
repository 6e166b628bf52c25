package store_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/csvimport"
)

var modelSteps = flag.Int("model-steps", 0, "steps of each model test run (default 60, or 400 with ESSRADAR_LONG=1)")

func modelLength() (runs, steps int) {
	switch {
	case *modelSteps > 0:
		return 1, *modelSteps
	case os.Getenv("ESSRADAR_LONG") == "1":
		return 10, 400
	}
	return 1, 60
}

// The model is what the store must hold, written plainly: no bbolt, no
// audit, no seals; the rules the committee follows and nothing else.
type model struct {
	initiatives map[uint64]*modelInitiative
	sessions    map[uint64]*modelSession
}

type modelInitiative struct {
	title, email string
	status       store.Status
	session      uint64 // the one session whose agenda holds it, 0 for none
}

type modelSession struct {
	agenda    []uint64
	postponed []uint64
	recusals  int
	closed    bool
	evals     map[uint64]modelEvaluation // current (amended) evaluation by initiative
}

type modelEvaluation struct {
	scores  scoring.Scores
	outcome store.Outcome
}

// modelRun is one seeded sequence of operations on a real file and on the
// model, compared after every step.
type modelRun struct {
	t       *testing.T
	rng     *rand.Rand
	seed    uint64
	dir     string
	path    string
	s       *store.Store
	m       model
	members []uint64
	grid    *scoring.Grid
	serial  int // names new titles
}

func TestModel(t *testing.T) {
	runs, steps := modelLength()
	ops := map[string]int{}
	for range runs {
		r := newModelRun(t, rand.Uint64())
		for step := range steps {
			name := r.step()
			ops[name]++
			r.compare(fmt.Sprintf("step %d (%s)", step, name))
		}
		r.s.Close()
	}
	t.Logf("%d runs of %d steps, store and model equal after each: %v", runs, steps, ops)
}

func newModelRun(t *testing.T, seed uint64) *modelRun {
	r := &modelRun{t: t, seed: seed, rng: rand.New(rand.NewPCG(seed, 4)), dir: t.TempDir(), grid: scoring.Default(),
		m: model{initiatives: map[uint64]*modelInitiative{}, sessions: map[uint64]*modelSession{}}}
	r.path = filepath.Join(r.dir, "essradar.db")
	r.open()
	m, err := prepareMeeting(r.s, 0)
	if err != nil {
		t.Fatal(err)
	}
	r.members = m.members
	r.m.sessions[m.session] = &modelSession{evals: map[uint64]modelEvaluation{}}
	return r
}

func (r *modelRun) fail(format string, args ...any) {
	r.t.Helper()
	r.t.Fatalf("seed %d: %s", r.seed, fmt.Sprintf(format, args...))
}

func (r *modelRun) must(what string, err error) {
	r.t.Helper()
	if err != nil {
		r.fail("%s: %v", what, err)
	}
}

func (r *modelRun) open() {
	s, err := store.Open(r.path)
	if err != nil {
		r.fail("open: %v", err)
	}
	r.s = s
}

// step picks an operation that applies, runs it on both, and names it.
func (r *modelRun) step() string {
	type op struct {
		name string
		run  func() bool // false: nothing to do it on
	}
	ops := []op{{"create", r.create}, {"session", r.newSession}, {"score", r.score}, {"decide", r.decide},
		{"recuse", r.recuse}, {"postpone", r.postpone}, {"close", r.close}, {"amend", r.amend},
		{"import", r.importCSV}, {"forget", r.forget}, {"restore", r.restore}, {"sealed", r.scoreSealed}}
	for {
		o := ops[r.rng.IntN(len(ops))]
		if o.run() {
			if r.rng.IntN(5) == 0 {
				r.must("close", r.s.Close())
				r.open()
			}
			return o.name
		}
	}
}

func (r *modelRun) title() string {
	r.serial++
	return fmt.Sprintf("Initiative %d-%d", r.seed%1000, r.serial)
}

func (r *modelRun) create() bool {
	in := store.Initiative{CampaignID: "2026", Title: r.title(), Territory: "Arrageois",
		Holder: store.Holder{Name: "Association", Email: "contact@example.org"}}
	r.must("create", r.s.SaveInitiative(&in))
	r.m.initiatives[in.ID] = &modelInitiative{title: in.Title, email: in.Holder.Email, status: store.StatusSubmitted}
	return true
}

// free are the initiatives on no agenda, in id order.
func (r *modelRun) free() []uint64 {
	var out []uint64
	for _, id := range slices.Sorted(maps.Keys(r.m.initiatives)) {
		if r.m.initiatives[id].session == 0 {
			out = append(out, id)
		}
	}
	return out
}

func (r *modelRun) newSession() bool {
	free := r.free()
	if len(free) == 0 {
		return false
	}
	agenda := free[:min(len(free), 1+r.rng.IntN(3))]
	se := store.Session{CampaignID: "2026", Date: fmt.Sprintf("2026-0%d-1%d", 1+r.rng.IntN(9), r.rng.IntN(10)),
		Territory: "Arrageois", Present: r.members, Agenda: agenda}
	r.must("create session", r.s.CreateSession(&se))
	r.m.sessions[se.ID] = &modelSession{agenda: slices.Clone(agenda), evals: map[uint64]modelEvaluation{}}
	for _, id := range agenda {
		r.m.initiatives[id].session = se.ID
	}
	return true
}

// pick chooses an agenda item of a session, open or closed as asked, that
// passes ok.
func (r *modelRun) pick(closed bool, ok func(ms *modelSession, id uint64) bool) (uint64, uint64, bool) {
	type item struct{ session, initiative uint64 }
	var items []item
	for _, sid := range slices.Sorted(maps.Keys(r.m.sessions)) {
		ms := r.m.sessions[sid]
		if ms.closed != closed {
			continue
		}
		for _, id := range ms.agenda {
			if ok(ms, id) {
				items = append(items, item{sid, id})
			}
		}
	}
	if len(items) == 0 {
		return 0, 0, false
	}
	it := items[r.rng.IntN(len(items))]
	return it.session, it.initiative, true
}

func undecided(ms *modelSession, id uint64) bool {
	return ms.evals[id].outcome == "" && !slices.Contains(ms.postponed, id)
}

func (r *modelRun) randomScores(base scoring.Scores) scoring.Scores {
	out := base.Clone()
	if out == nil {
		out = scoring.Scores{}
	}
	markers := r.grid.Markers()
	for range 1 + r.rng.IntN(3) {
		out[markers[r.rng.IntN(len(markers))].Marker.ID] = r.rng.IntN(5)
	}
	return out
}

func (r *modelRun) score() bool {
	sid, id, ok := r.pick(false, undecided)
	if !ok {
		return false
	}
	ms := r.m.sessions[sid]
	scores := r.randomScores(ms.evals[id].scores)
	r.must("score", r.s.PutEvaluation(store.Evaluation{SessionID: sid, InitiativeID: id, Scores: scores}))
	ms.evals[id] = modelEvaluation{scores: scores}
	return true
}

func (r *modelRun) decision() (*store.Decision, store.Outcome) {
	outcome := []store.Outcome{store.OutcomeLabelled, store.OutcomeDeferred, store.OutcomeNotRetained}[r.rng.IntN(3)]
	d := &store.Decision{Outcome: outcome, Rationale: "délibéré", At: time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)}
	if outcome == store.OutcomeLabelled {
		d.Category = r.grid.Categories[r.rng.IntN(len(r.grid.Categories))].ID
	}
	return d, outcome
}

func (r *modelRun) decide() bool {
	sid, id, ok := r.pick(false, func(ms *modelSession, id uint64) bool { return undecided(ms, id) && ms.evals[id].scores != nil })
	if !ok {
		return false
	}
	ms := r.m.sessions[sid]
	d, outcome := r.decision()
	scores := ms.evals[id].scores
	r.must("decide", r.s.PutEvaluation(store.Evaluation{SessionID: sid, InitiativeID: id, Scores: scores, Decision: d}))
	ms.evals[id] = modelEvaluation{scores: scores, outcome: outcome}
	r.m.initiatives[id].status = store.StatusAfter(d)
	return true
}

func (r *modelRun) recuse() bool {
	sid, id, ok := r.pick(false, func(ms *modelSession, id uint64) bool { return ms.recusals == 0 })
	if !ok {
		return false
	}
	se, err := r.s.Session(sid)
	r.must("read session", err)
	se.Recusals = append(se.Recusals, store.Recusal{InitiativeID: id, MemberID: r.members[1], Reason: "bénévole", At: time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC)})
	r.must("recuse", r.s.PutSession(se))
	r.m.sessions[sid].recusals++
	return true
}

func (r *modelRun) postpone() bool {
	sid, id, ok := r.pick(false, func(ms *modelSession, id uint64) bool { return undecided(ms, id) && ms.evals[id].scores == nil })
	if !ok {
		return false
	}
	se, err := r.s.Session(sid)
	r.must("read session", err)
	se.Postponed = append(se.Postponed, id)
	r.must("postpone", r.s.PutSession(se))
	r.m.sessions[sid].postponed = append(r.m.sessions[sid].postponed, id)
	return true
}

func (r *modelRun) close() bool {
	var open []uint64
	for _, sid := range slices.Sorted(maps.Keys(r.m.sessions)) {
		if !r.m.sessions[sid].closed {
			open = append(open, sid)
		}
	}
	if len(open) == 0 {
		return false
	}
	sid := open[r.rng.IntN(len(open))]
	r.must("close session", r.s.CloseSession(sid))
	r.m.sessions[sid].closed = true
	return true
}

func (r *modelRun) amend() bool {
	sid, id, ok := r.pick(true, func(ms *modelSession, id uint64) bool { return ms.evals[id].scores != nil })
	if !ok {
		return false
	}
	ms := r.m.sessions[sid]
	scores := r.randomScores(ms.evals[id].scores)
	d, outcome := r.decision()
	r.must("amend", r.s.AddAmendment(&store.Amendment{SessionID: sid, InitiativeID: id, Reason: "erreur de saisie",
		After: &store.Evaluation{Scores: scores, Decision: d}}))
	ms.evals[id] = modelEvaluation{scores: scores, outcome: outcome}
	r.m.initiatives[id].status = store.StatusAfter(d)
	return true
}

// scoreSealed tries to change a closed session: the store refuses, the
// model stays as it is.
func (r *modelRun) scoreSealed() bool {
	sid, id, ok := r.pick(true, func(*modelSession, uint64) bool { return true })
	if !ok {
		return false
	}
	err := r.s.PutEvaluation(store.Evaluation{SessionID: sid, InitiativeID: id, Scores: r.randomScores(nil)})
	if !errors.Is(err, store.ErrSealed) {
		r.fail("scoring in a closed session: %v, want ErrSealed", err)
	}
	return true
}

func (r *modelRun) importCSV() bool {
	var b bytes.Buffer
	b.WriteString("Titre;Porteur;Territoire;Courriel\n")
	var titles []string
	for range 1 + r.rng.IntN(4) {
		t := r.title()
		titles = append(titles, t)
		fmt.Fprintf(&b, "%s;Collectif;Arrageois;collectif@example.org\n", t)
	}
	rep, err := csvimport.Import(r.s, &b, csvimport.Options{CampaignID: "2026"})
	r.must("import", err)
	if rep.Imported != len(titles) {
		r.fail("import: %d of %d rows", rep.Imported, len(titles))
	}
	all, err := r.s.Initiatives("2026")
	r.must("read initiatives", err)
	for _, in := range all {
		if slices.Contains(titles, in.Title) {
			r.m.initiatives[in.ID] = &modelInitiative{title: in.Title, email: "collectif@example.org", status: store.StatusSubmitted}
		}
	}
	return true
}

func (r *modelRun) forget() bool {
	ids := slices.Sorted(maps.Keys(r.m.initiatives))
	if len(ids) == 0 {
		return false
	}
	id := ids[r.rng.IntN(len(ids))]
	r.must("forget", r.s.EraseHolderContact(id))
	r.m.initiatives[id].email = ""
	return true
}

// restore takes a backup, then carries on from a copy of it as the
// secretary would after restoring it: the model does not change.
func (r *modelRun) restore() bool {
	backup, err := r.s.BackupFile(filepath.Join(r.dir, fmt.Sprintf("sauvegarde-%d.db", r.serial)))
	r.must("backup", err)
	r.must("close", r.s.Close())
	r.serial++
	r.path = filepath.Join(r.dir, fmt.Sprintf("restauree-%d.db", r.serial))
	data, err := os.ReadFile(backup)
	r.must("read backup", err)
	r.must("restore", os.WriteFile(r.path, data, 0o600))
	r.open()
	return true
}

// compare reads everything the model knows from the store.
func (r *modelRun) compare(when string) {
	r.t.Helper()
	all, err := r.s.Initiatives("2026")
	r.must("read initiatives", err)
	if len(all) != len(r.m.initiatives) {
		r.fail("%s: %d initiatives stored, %d in the model", when, len(all), len(r.m.initiatives))
	}
	for _, in := range all {
		mi, ok := r.m.initiatives[in.ID]
		if !ok || in.Title != mi.title || in.Holder.Email != mi.email || in.Status != mi.status {
			r.fail("%s: initiative %d stored as %q %q %s, model %+v", when, in.ID, in.Title, in.Holder.Email, in.Status, mi)
		}
	}
	sessions, err := r.s.Sessions("2026")
	r.must("read sessions", err)
	if len(sessions) != len(r.m.sessions) {
		r.fail("%s: %d sessions stored, %d in the model", when, len(sessions), len(r.m.sessions))
	}
	for _, se := range sessions {
		ms := r.m.sessions[se.ID]
		if ms == nil || !slices.Equal(se.Agenda, ms.agenda) || !slices.Equal(se.Postponed, ms.postponed) || len(se.Recusals) != ms.recusals || se.Sealed() != ms.closed {
			r.fail("%s: session %d stored as %+v, model %+v", when, se.ID, se, ms)
		}
		for _, id := range se.Agenda {
			ev, found, err := r.s.CurrentEvaluation(se.ID, id)
			r.must("read evaluation", err)
			want, inModel := ms.evals[id]
			var outcome store.Outcome
			if ev.Decision != nil {
				outcome = ev.Decision.Outcome
			}
			if found != inModel || (found && (!maps.Equal(ev.Scores, want.scores) || outcome != want.outcome)) {
				r.fail("%s: evaluation %d/%d stored %v %v %s, model %v %+v", when, se.ID, id, found, ev.Scores, outcome, inModel, want)
			}
		}
	}
	if probs, err := r.s.Check(); err != nil || len(probs) > 0 {
		r.fail("%s: check: %v %v", when, err, probs)
	}
}

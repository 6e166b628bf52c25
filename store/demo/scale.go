package demo

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"

	"essradar/scoring"
	"essradar/store"
)

// PerScale is how many initiatives one unit of --scale holds (the demo and
// its generated years together): 100 gives the 20,000 initiatives, about 400
// sessions and 10,000 evaluations the benchmarks are measured at.
const PerScale = 200

// Generated years sit before the demo's past campaigns (2023 to 2025), so
// the demo keeps its ids and its current campaign.
const firstGeneratedYear = 2016

// Each generated campaign holds its share of the initiatives; a session
// takes sessionAgenda of them, one session for every sessionEvery
// initiatives, so about half of them are evaluated.
const (
	sessionAgenda = 28
	sessionEvery  = 50
	// batch bounds the initiatives written by one transaction: one huge
	// transaction would hold every dirty page in memory until its commit.
	batch = 2000
)

// ErrScaleBelowOne and ErrAlreadyThere are Scale's refusals, told by the
// command line in the secretary's language.
var (
	ErrScaleBelowOne = errors.New("l'échelle doit être au moins 1")
	ErrAlreadyThere  = errors.New("la démonstration est déjà dans cette base : générez l'échelle dans une base neuve")
)

// ScaleResult says what Scale wrote, the demo included.
type ScaleResult struct {
	Campaigns   int
	Initiatives int
	Sessions    int
	Evaluations int
}

// Scale loads the demo, then adds generated campaigns and initiatives until
// the file holds n × PerScale initiatives: every past year's sessions closed
// and sealed with their decisions (labels, deferrals, refusals, postponed
// items), and the current campaign given its share too, its last session
// open with items still unscored. Names are invented and the generator is
// seeded: the same n gives the same file. Writes are batched in
// transactions of a few thousand records.
func Scale(s *store.Store, n int) (ScaleResult, error) {
	var res ScaleResult
	if n < 1 {
		return res, ErrScaleBelowOne
	}
	loaded, err := Load(s, nil)
	if err != nil {
		return res, err
	}
	if !loaded.Added {
		return res, ErrAlreadyThere
	}
	g := scoring.Default()
	demoInits := len(initiatives)
	for _, pc := range pastCampaigns {
		demoInits += len(pc.initiatives)
	}
	res = ScaleResult{Campaigns: 1 + len(pastCampaigns), Initiatives: demoInits, Sessions: len(sessions), Evaluations: demoEvaluations()}
	for _, pc := range pastCampaigns {
		res.Sessions += len(pc.sessions)
	}
	years := []string{CampaignID}
	for y := firstGeneratedYear; y < 2023; y++ {
		years = append(years, fmt.Sprint(y))
	}
	extra := n*PerScale - demoInits
	if extra <= 0 {
		return res, nil
	}
	rng := rand.New(rand.NewPCG(uint64(n), 13))
	mids, err := memberIDs(s)
	if err != nil {
		return res, err
	}
	for i, year := range years {
		share := extra / len(years)
		if i < extra%len(years) {
			share++
		}
		gen := yearGenerator{s: s, g: g, rng: rng, year: year, current: year == CampaignID, members: mids}
		if !gen.current {
			if err := gen.createCampaign(); err != nil {
				return res, err
			}
			res.Campaigns++
		}
		ids, err := gen.initiatives(share)
		if err != nil {
			return res, err
		}
		ses, evs, err := gen.sessions(ids)
		if err != nil {
			return res, err
		}
		res.Initiatives += len(ids)
		res.Sessions += ses
		res.Evaluations += evs
	}
	return res, nil
}

func demoEvaluations() int {
	n := 0
	count := func(sds []sessionData) {
		for _, sd := range sds {
			for _, it := range sd.items {
				if it.scores != nil {
					n++
				}
			}
		}
	}
	count(sessions)
	for _, pc := range pastCampaigns {
		count(pc.sessions)
	}
	return n
}

func memberIDs(s *store.Store) ([]uint64, error) {
	ms, err := s.Members()
	if err != nil {
		return nil, err
	}
	ids := make([]uint64, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids, nil
}

// yearGenerator writes one campaign's generated share.
type yearGenerator struct {
	s       *store.Store
	g       *scoring.Grid
	rng     *rand.Rand
	year    string
	current bool
	members []uint64
}

func (y yearGenerator) createCampaign() error {
	return y.s.Update(func(tx *store.Tx) error {
		return tx.PutCampaign(store.Campaign{ID: y.year, Name: "Budget citoyen " + y.year + " (démonstration à l'échelle)",
			Grid: y.g.Ref(), Territories: store.DefaultTerritories(), Colleges: store.DefaultColleges(),
			CreatedAt: y.date(1, 10)})
	})
}

func (y yearGenerator) date(month, day int) time.Time {
	var yr int
	fmt.Sscan(y.year, &yr)
	return time.Date(yr, time.Month(month), day, 9, 0, 0, 0, time.UTC)
}

// initiatives writes count initiatives, batch by batch, and returns their ids.
func (y yearGenerator) initiatives(count int) ([]uint64, error) {
	ids := make([]uint64, 0, count)
	for start := 0; start < count; start += batch {
		end := min(start+batch, count)
		err := y.s.Update(func(tx *store.Tx) error {
			for i := start; i < end; i++ {
				in := generatedInitiative(y.year, i, y.rng)
				in.CreatedAt = y.date(1, 15)
				if err := tx.CreateInitiative(&in); err != nil {
					return err
				}
				ids = append(ids, in.ID)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("générer les initiatives de %s : %w", y.year, err)
		}
	}
	return ids, nil
}

// sessions writes the year's sessions over the first initiatives, a batch of
// sessions per transaction, and returns how many sessions and evaluations.
func (y yearGenerator) sessions(ids []uint64) (int, int, error) {
	count := len(ids) / sessionEvery
	if count == 0 && len(ids) > 0 {
		count = 1
	}
	agenda := min(sessionAgenda, max(1, len(ids)/2))
	perTx := max(1, batch/sessionAgenda)
	evals := 0
	for start := 0; start < count; start += perTx {
		end := min(start+perTx, count)
		err := y.s.Update(func(tx *store.Tx) error {
			for k := start; k < end; k++ {
				open := y.current && k == count-1
				n, err := y.writeSession(tx, k, ids[k*agenda:(k+1)*agenda], open)
				if err != nil {
					return err
				}
				evals += n
			}
			return nil
		})
		if err != nil {
			return 0, 0, fmt.Errorf("générer les séances de %s : %w", y.year, err)
		}
	}
	return count, evals, nil
}

// writeSession writes session k of the year over items: one in ten
// postponed, the others scored and decided as the grid proposes (label,
// deferral or refusal); an open session leaves its second half unscored.
func (y yearGenerator) writeSession(tx *store.Tx, k int, items []uint64, open bool) (int, error) {
	terr := store.DefaultTerritories()[k%len(store.DefaultTerritories())]
	se := store.Session{CampaignID: y.year, Date: y.date(1, 20).AddDate(0, 0, 6*k).Format(time.DateOnly),
		Territory: terr, Place: terr + ", salle du conseil", Status: store.SessionOpen,
		Agenda: append([]uint64(nil), items...)}
	for i, m := range y.members {
		if i%5 != k%5 { // most of the committee, a different absent each time
			se.Present = append(se.Present, m)
		}
	}
	for i, id := range items {
		if i%10 == 9 {
			se.Postponed = append(se.Postponed, id)
		}
	}
	if err := tx.CreateSession(&se); err != nil {
		return 0, err
	}
	evals := 0
	for i, id := range items {
		if i%10 == 9 || (open && i >= len(items)/2) {
			continue
		}
		ev := store.Evaluation{SessionID: se.ID, InitiativeID: id, Grid: y.g.Ref(),
			Scores: y.profile(), UpdatedAt: y.date(1, 20).AddDate(0, 0, 6*k)}
		if !open || i < len(items)/4 {
			ev.Decision = y.decisionFor(ev.Scores)
		}
		if err := tx.PutEvaluation(ev); err != nil {
			return 0, err
		}
		evals++
	}
	if open {
		return evals, nil
	}
	return evals, tx.CloseSession(se.ID)
}

// profile draws every marker around one level for the initiative, so that
// some initiatives are labelled, some deferred and some refused.
func (y yearGenerator) profile() scoring.Scores {
	level := y.g.Scale.Min + y.rng.IntN(y.g.Scale.Max-y.g.Scale.Min+1)
	s := scoring.Scores{}
	for _, m := range y.g.Markers() {
		v := level + y.rng.IntN(3) - 1
		s[m.Marker.ID] = min(max(v, y.g.Scale.Min), y.g.Scale.Max)
	}
	return s
}

func (y yearGenerator) decisionFor(s scoring.Scores) *store.Decision {
	p := y.g.Propose(s)
	at := y.date(1, 20)
	switch p.Kind {
	case scoring.ProposeLabel:
		return &store.Decision{Outcome: store.OutcomeLabelled, Category: p.Categories[0], At: at}
	case scoring.ProposeDeferral:
		return &store.Decision{Outcome: store.OutcomeDeferred, Rationale: "Modèle économique à consolider.", At: at}
	}
	return &store.Decision{Outcome: store.OutcomeNotRetained, Rationale: "Hors du champ de l'ESS.", At: at}
}

var (
	scaleKinds = []string{"Épicerie solidaire", "Atelier vélo", "Ressourcerie", "Jardin partagé", "Tiers-lieu",
		"Conserverie coopérative", "Chantier d'insertion", "Café associatif", "Garage solidaire", "Recyclerie",
		"Crèche parentale", "Habitat partagé", "Fablab", "Laverie sociale", "Boutique de réemploi",
		"Repair café", "Cantine solidaire", "Mobilité partagée", "Ferme pédagogique", "Friperie"}
	scaleHolders = []string{"Les Racines", "Panier Partagé", "Roue Libre", "Main Tendue", "Terres Vives",
		"Seconde Vie", "Le Fil d'Opale", "Pas à Pas", "La Passerelle", "Bocage Vivant",
		"L'Envol", "Cœur de Quartier", "Les Bras Ouverts", "Terril Vert", "La Fabrique",
		"Marée Haute", "Les Semeurs", "Coup de Pouce", "L'Étincelle", "Les Tisserands"}
	scaleForms = []string{"association loi 1901", "SCIC", "SCOP", "collectif citoyen"}
)

// generatedInitiative is the i-th initiative of a year: kind, commune and
// holder taken in turn so that no two share a title and a holder.
func generatedInitiative(year string, i int, rng *rand.Rand) store.Initiative {
	kind := scaleKinds[i%len(scaleKinds)]
	place := initiatives[(i/len(scaleKinds))%len(initiatives)]
	holderName := scaleHolders[(i/(len(scaleKinds)*len(initiatives)))%len(scaleHolders)]
	form := scaleForms[i%len(scaleForms)]
	round := i / (len(scaleKinds) * len(initiatives) * len(scaleHolders))
	if round > 0 {
		holderName = fmt.Sprintf("%s %d", holderName, round+1)
	}
	return store.Initiative{CampaignID: year, Title: kind + " " + of(place.commune),
		Holder: store.Holder{Name: "Association " + holderName, LegalForm: form, ContactName: "Camille Martin",
			Email: fmt.Sprintf("contact%d@example.org", i), Phone: "03 21 00 00 00"},
		Territory: place.territory, Commune: place.commune,
		Summary:     kind + " portée par des habitants " + of(place.commune) + ", avec des bénévoles et des partenaires du territoire.",
		AmountCents: int64(1000+rng.IntN(190)*100) * 100, Status: store.StatusSubmitted}
}

// of writes "de Lens" but "d'Arras", "d'Étaples", "d'Hesdin".
func of(commune string) string {
	if r, _ := utf8.DecodeRuneInString(commune); strings.ContainsRune("AEIOUYÉÈÊÂÎÔHaeiouyéh", r) {
		return "d'" + commune
	}
	return "de " + commune
}

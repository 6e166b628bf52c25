package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"essradar/store"
	"essradar/tui/nav"
	"essradar/tui/screens/initiative"
	"essradar/tui/screens/members"
	"essradar/tui/screens/session"
)

func TestMembersAddToggleAndDeleteRules(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	drive(t, a, press("m"))
	if v := view(a); !strings.Contains(v, "Membres du comité") || !strings.Contains(v, "10 membres, 10 actifs") {
		t.Fatalf("m opens the directory:\n%s", v)
	}
	drive(t, a, press("a"))
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "ce champ est obligatoire") {
		t.Fatalf("an empty name is refused at the field:\n%s", v)
	}
	typeKeys(t, a, "Zoé Martin")
	drive(t, a, press("enter"))
	drive(t, a, press("down"))
	drive(t, a, press("down"))
	drive(t, a, press("enter"))
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "Zoé Martin") || !strings.Contains(v, "11 membres") {
		t.Fatalf("the new member is listed:\n%s", v)
	}
	ms, _ := s.Members()
	i := slices.IndexFunc(ms, func(m store.Member) bool { return m.Name == "Zoé Martin" })
	if i < 0 || ms[i].College != "personnes qualifiées" || !ms[i].Active {
		t.Fatalf("member on disk: %+v", ms)
	}

	// Anne-Sophie Vasseur (first, alphabetically) sat in the closed session:
	// she can be made inactive, not deleted.
	drive(t, a, press("g"))
	drive(t, a, press("delete"))
	drive(t, a, press("o"))
	if v := view(a); !strings.Contains(v, "Anne-Sophie Vasseur a siégé dans une séance") {
		t.Fatalf("deleting a member who sat is refused:\n%s", v)
	}
	drive(t, a, press("space"))
	if m, _ := s.Member(ms[0].ID); m.Name == "Anne-Sophie Vasseur" && m.Active {
		t.Fatal("space makes the member inactive")
	}
}

func TestInitiativeFormValidatesAndSaves(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 40)
	drive(t, a, nav.EditInitiative{})
	if v := view(a); !strings.Contains(v, "Nouvelle initiative") {
		t.Fatalf("the form opens:\n%s", v)
	}
	typeKeys(t, a, "Bricothèque du Ternois")
	drive(t, a, press("enter"))
	typeKeys(t, a, "Association Outils Partagés")
	drive(t, a, press("enter"))
	drive(t, a, press("enter")) // legal form left empty
	for range 7 {
		drive(t, a, press("down")) // Montreuillois-Ternois
	}
	drive(t, a, press("enter"))
	typeKeys(t, a, "Hesdin")
	drive(t, a, press("enter"))
	typeKeys(t, a, "abc")
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "« abc » n'est pas un montant en euros") {
		t.Fatalf("a bad amount is refused at the field:\n%s", v)
	}
	for range 3 {
		drive(t, a, press("backspace"))
	}
	typeKeys(t, a, "1 500,50")
	drive(t, a, press("enter"))
	typeKeys(t, a, "Jeanne Petit")
	drive(t, a, press("enter"))
	typeKeys(t, a, "jeanne@")
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "« jeanne@ » n'est pas une adresse e-mail valide") {
		t.Fatalf("a bad e-mail is refused at the field:\n%s", v)
	}
	typeKeys(t, a, "example.org")
	drive(t, a, press("enter"))
	drive(t, a, press("enter")) // phone
	typeKeys(t, a, "Prêt d'outils entre voisins.")
	drive(t, a, press("enter"))

	inits, _ := s.Initiatives("2026")
	i := slices.IndexFunc(inits, func(in store.Initiative) bool { return in.Title == "Bricothèque du Ternois" })
	if i < 0 {
		t.Fatalf("initiative not saved; screen:\n%s", view(a))
	}
	in := inits[i]
	if in.AmountCents != 150050 || in.Territory != "Montreuillois-Ternois" || in.Holder.Email != "jeanne@example.org" ||
		in.Commune != "Hesdin" || in.Status != store.StatusSubmitted || in.Summary != "Prêt d'outils entre voisins." {
		t.Fatalf("initiative on disk: %+v", in)
	}
}

func TestPrepareSessionWithAgenda(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 30)
	drive(t, a, press("tab"))
	drive(t, a, press("n"))
	typeKeys(t, a, "32/07/2027")
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "le 32/07/2027 n'existe pas dans le calendrier") {
		t.Fatalf("a bad date is refused at the field:\n%s", v)
	}
	for range 10 {
		drive(t, a, press("backspace"))
	}
	typeKeys(t, a, "12/07/2027")
	drive(t, a, press("enter"))
	for range 4 {
		drive(t, a, press("down")) // Calaisis
	}
	drive(t, a, press("enter"))
	typeKeys(t, a, "Calais, salle du Minck")
	drive(t, a, press("enter"))
	drive(t, a, press("space")) // Hélène Dubreucq
	drive(t, a, press("down"))
	drive(t, a, press("space")) // Marc Lefebvre
	drive(t, a, press("enter"))
	// 2027 in the 2026 campaign: asked, and the secretary goes on.
	if v := view(a); !strings.Contains(v, "La séance est datée du 12/07/2027, hors de l'année de la campagne 2026.") ||
		!strings.Contains(v, "Enregistrer quand même ?") {
		t.Fatalf("a date outside the campaign's year is asked about:\n%s", v)
	}
	drive(t, a, press("o"))
	v := view(a)
	if !strings.Contains(v, "Ordre du jour (3)") || !strings.Contains(v, "Cuisine partagée du Beau-Marais") {
		t.Fatalf("the agenda starts with the territory's undecided initiatives:\n%s", v)
	}
	drive(t, a, press("J")) // the first goes second
	drive(t, a, press("enter"))
	sm, ok := a.screen.(*session.Model)
	if !ok {
		t.Fatalf("saving opens the session, got %T:\n%s", a.screen, view(a))
	}
	se, err := s.Session(sm.ID())
	if err != nil {
		t.Fatal(err)
	}
	if se.Date != "2027-07-12" || se.Territory != "Calaisis" || se.Place != "Calais, salle du Minck" || len(se.Present) != 2 {
		t.Fatalf("session on disk: %+v", se)
	}
	first, _ := s.Initiative(se.Agenda[0])
	second, _ := s.Initiative(se.Agenda[1])
	if len(se.Agenda) != 3 || first.Title != "Friperie solidaire" || second.Title != "Cuisine partagée du Beau-Marais" {
		t.Fatalf("agenda order on disk: %v (%s, %s)", se.Agenda, first.Title, second.Title)
	}
}

func TestImportScreenRefusesThenSkipsInvalidRows(t *testing.T) {
	dir := t.TempDir()
	a, s := demoApp(t, filepath.Join(dir, "t.db"), 100, 30)
	csv := filepath.Join(dir, "depot.csv")
	body := "Titre;Porteur;Territoire;Courriel;Montant demandé\r\n" +
		"Jardin des Hélène;Association Œuvre Verte;CALAISIS;helene@example.org;1 500,00 €\r\n" +
		"Mauvaise ligne;Asso X;Nulle-Part;pas-un-mail;abc\r\n"
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	drive(t, a, press("i"))
	drive(t, a, press("ctrl+u"))
	typeKeys(t, a, csv)
	drive(t, a, press("enter"))
	v := view(a)
	if !strings.Contains(v, "Import refusé, rien n'a été écrit. Lignes invalides : 1.") ||
		!strings.Contains(v, "ligne 3, colonne « Territoire »") {
		t.Fatalf("a file with a bad row is refused row by row:\n%s", v)
	}
	if inits, _ := s.Initiatives("2026"); len(inits) != 24 {
		t.Fatalf("a refused import wrote %d initiatives", len(inits)-24)
	}
	drive(t, a, press("s"))
	if v := view(a); !strings.Contains(v, "1 initiative ajoutée à la campagne « Budget citoyen 2026 (démonstration) ».") {
		t.Fatalf("s imports the valid rows:\n%s", v)
	}
	inits, _ := s.Initiatives("2026")
	i := slices.IndexFunc(inits, func(in store.Initiative) bool { return in.Title == "Jardin des Hélène" })
	if i < 0 || inits[i].Territory != "Calaisis" || inits[i].AmountCents != 150000 {
		t.Fatalf("imported initiative: %+v", inits)
	}
}

// Scenario step 1: a fresh laptop, the demo declined, the campaign created.
func TestDeclineDemoThenCreateCampaign(t *testing.T) {
	s := openTestStore(t)
	a := newTestApp(t, s, 80, 24)
	drive(t, a, press("n"))
	drive(t, a, press("c"))
	for range 4 {
		drive(t, a, press("backspace"))
	}
	typeKeys(t, a, "27")
	drive(t, a, press("enter"))
	if v := view(a); !strings.Contains(v, "« 27 » n'est pas une année") {
		t.Fatalf("a bad year is refused:\n%s", v)
	}
	drive(t, a, press("backspace"))
	drive(t, a, press("backspace"))
	typeKeys(t, a, "2027")
	drive(t, a, press("enter"))
	drive(t, a, press("enter")) // default name
	v := view(a)
	if !strings.Contains(v, "Budget citoyen 2027") || !strings.Contains(v, "Aucune initiative dans cette campagne") {
		t.Fatalf("home shows the new, empty campaign:\n%s", v)
	}
	c, err := s.Campaign("2027")
	if err != nil || c.Name != "Budget citoyen 2027" || len(c.Territories) != 8 || c.Grid.ID != "ess-defaut" {
		t.Fatalf("campaign on disk: %+v %v", c, err)
	}
}

func TestPreparedSessionKeepsScoredItems(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 30)
	openSession(t, a)
	drive(t, a, press("e"))
	for range 3 {
		drive(t, a, press("enter")) // date, territory, place unchanged
	}
	drive(t, a, press("enter")) // members present unchanged
	if v := view(a); !strings.Contains(v, "Ordre du jour (6)") {
		t.Fatalf("the agenda editor shows the session's agenda:\n%s", v)
	}
	drive(t, a, press("space")) // item 1 is decided
	if v := view(a); !strings.Contains(v, "déjà notée dans la séance") || !strings.Contains(v, "Ordre du jour (6)") {
		t.Fatalf("a scored item cannot leave the agenda:\n%s", v)
	}
	for range 3 {
		drive(t, a, press("j"))
	}
	drive(t, a, press("space")) // item 4, not started, can go
	drive(t, a, press("enter"))
	sm, ok := a.screen.(*session.Model)
	if !ok || len(sm.Sheet().Session.Agenda) != 5 {
		t.Fatalf("the session is saved with 5 items:\n%s", view(a))
	}
}

func TestFilterSurvivesAVisitToAnInitiative(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	drive(t, a, press("/"))
	typeKeys(t, a, "eco")
	drive(t, a, press("enter"))
	drive(t, a, press("enter"))
	if _, ok := a.screen.(*initiative.Detail); !ok {
		t.Fatalf("enter opens the detail, got %T", a.screen)
	}
	drive(t, a, press("esc"))
	v := view(a)
	if !strings.Contains(v, "Écomusée de la mémoire") || strings.Contains(v, "Atelier vélo participatif") {
		t.Fatalf("back home, the filter is still there:\n%s", v)
	}
}

func TestCampaignSettingsEditListsButKeepUsedTerritories(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 40)
	drive(t, a, press("c"))
	if v := view(a); !strings.Contains(v, "Campagne 2026 : nom, territoires, collèges") {
		t.Fatalf("c opens the campaign's settings:\n%s", v)
	}
	drive(t, a, press("enter")) // name kept
	drive(t, a, press("enter")) // ceiling kept
	// Remove the first territory (Arrageois, used by initiatives): refused.
	drive(t, a, press("ctrl+home"))
	for range len("Arrageois") + 1 {
		drive(t, a, press("delete"))
	}
	drive(t, a, press("tab"))
	if v := view(a); !strings.Contains(v, "» est le territoire d'initiatives ou de séances : il doit rester") {
		t.Fatalf("a used territory must stay:\n%s", v)
	}
	c, _ := s.Campaign("2026")
	if len(c.Territories) != 8 {
		t.Fatalf("nothing saved yet: %v", c.Territories)
	}
}

func TestDeleteSessionAsksAndRespectsTheRecord(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	drive(t, a, press("tab"))
	drive(t, a, press("delete"))
	if v := view(a); !strings.Contains(v, "Supprimer la séance du 21/07/2026 (Arrageois) ?") {
		t.Fatalf("deleting a session asks first:\n%s", v)
	}
	drive(t, a, press("o"))
	if v := view(a); !strings.Contains(v, "évaluations") || !strings.Contains(v, "21/07/2026") {
		t.Fatalf("a session with evaluations is kept, and the list stays:\n%s", v)
	}
	// A session prepared by mistake, nothing scored: it goes.
	c, _ := s.CurrentCampaign()
	se := store.Session{CampaignID: c.ID, Date: "2027-01-15", Territory: "Artois", Place: "Béthune"}
	if err := s.CreateSession(&se); err != nil {
		t.Fatal(err)
	}
	drive(t, a, press("esc"))
	drive(t, a, nav.GoHome{Tab: nav.TabSessions})
	drive(t, a, press("delete"))
	drive(t, a, press("o"))
	if _, err := s.Session(se.ID); err == nil {
		t.Fatalf("the empty session should be deleted:\n%s", view(a))
	}
	if v := view(a); strings.Contains(v, "15/01/2027") {
		t.Fatalf("the deleted session is still listed:\n%s", v)
	}
}

// The tester's findings, each a behaviour a secretary relies on.
func TestSpaceTwiceUndoesOnTheSameMember(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 24)
	drive(t, a, press("m"))
	drive(t, a, press("j")) // Claire Dumont
	mm := a.screen.(*members.Model)
	who, _ := mm.Selected()
	drive(t, a, press("space"))
	drive(t, a, press("space"))
	ms, _ := s.Members()
	for _, m := range ms {
		if !m.Active {
			t.Fatalf("%s is inactive; space twice on %s must leave everyone active", m.Name, who.Name)
		}
	}
}

func TestFormRefusesADuplicateInitiative(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 40)
	drive(t, a, nav.EditInitiative{})
	typeKeys(t, a, "CAFÉ DES AIDANTS")
	drive(t, a, press("enter"))
	typeKeys(t, a, "association main tendue")
	for range 20 {
		drive(t, a, press("enter"))
	}
	if v := view(a); !strings.Contains(v, "une initiative de même titre et de même porteur existe déjà (n° 8)") {
		t.Fatalf("a duplicate must be refused:\n%s", v)
	}
	if inits, _ := s.Initiatives("2026"); len(inits) != 24 {
		t.Fatalf("the duplicate was written: %d initiatives", len(inits))
	}
}

func TestSessionNeedsSomebodyPresent(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 30)
	drive(t, a, press("tab"))
	drive(t, a, press("n"))
	typeKeys(t, a, "12/07/2027")
	drive(t, a, press("enter"))
	drive(t, a, press("enter"))
	typeKeys(t, a, "Arras")
	drive(t, a, press("enter"))
	drive(t, a, press("enter")) // nobody ticked
	if v := view(a); !strings.Contains(v, "cochez au moins un membre présent") {
		t.Fatalf("a session needs somebody present:\n%s", v)
	}
}

func TestLabellingNeedsScores(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 80, 30)
	openSession(t, a)
	typeKeys(t, a, "jjj")
	drive(t, a, press("enter"))
	drive(t, a, press("d"))
	for range 4 {
		drive(t, a, press("up")) // Ajournée → Labellisée · Pratique
	}
	drive(t, a, press("enter"))
	v := view(a)
	if !strings.Contains(v, "aucun marqueur n'est noté : notez avant de labelliser") {
		t.Fatalf("labelling without scores is refused:\n%s", v)
	}
	// That refusal is all that is said: nothing about gaps to justify or a
	// proposal departed from, there being none.
	for _, noise := range []string{"ne sont pas notés", "s'écarte de la proposition", "obligatoire"} {
		if strings.Contains(v, noise) {
			t.Errorf("with nothing scored the dialog also says %q:\n%s", noise, v)
		}
	}
}

// 250 000 € in a campaign whose grants go up to 20 000 €: the form asks
// before saving; « n » goes back to the fields with everything typed, « o »
// saves as typed.
func TestAnAmountAboveTheCeilingIsAskedAbout(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 40)
	c, err := s.Campaign("2026")
	if err != nil {
		t.Fatal(err)
	}
	c.GrantCeilingCents = 20_000_00
	if err := s.PutCampaign(c); err != nil {
		t.Fatal(err)
	}
	drive(t, a, nav.EditInitiative{})
	typeKeys(t, a, "Grand projet")
	drive(t, a, press("enter"))
	typeKeys(t, a, "Association Ambitieuse")
	for range 4 {
		drive(t, a, press("enter")) // holder, legal form, territory, commune
	}
	typeKeys(t, a, "250 000")
	for range 5 {
		drive(t, a, press("enter")) // amount, contact, e-mail, phone, summary
	}
	v := view(a)
	if !strings.Contains(v, "Le montant demandé (250\u202f000\u00a0€) dépasse le plafond des subventions de la campagne (20\u202f000\u00a0€).") {
		t.Fatalf("the amount is asked about:\n%s", v)
	}
	drive(t, a, press("n"))
	if v := view(a); !strings.Contains(v, "Grand projet") || strings.Contains(v, "Enregistrer quand même") {
		t.Fatalf("n goes back to the form, values kept:\n%s", v)
	}
	if ins, _ := s.Initiatives("2026"); slices.ContainsFunc(ins, func(in store.Initiative) bool { return in.Title == "Grand projet" }) {
		t.Fatal("saved though the secretary went back to the form")
	}
	for range 10 {
		drive(t, a, press("enter"))
	}
	drive(t, a, press("o"))
	ins, _ := s.Initiatives("2026")
	i := slices.IndexFunc(ins, func(in store.Initiative) bool { return in.Title == "Grand projet" })
	if i < 0 || ins[i].AmountCents != 250_000_00 {
		t.Fatalf("o saves as typed; screen:\n%s", view(a))
	}
}

func TestACampaignNamedWithAnotherYearIsAskedAbout(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "t.db"), 100, 40)
	drive(t, a, press("c"))
	drive(t, a, press("end"))
	drive(t, a, press("ctrl+u"))
	typeKeys(t, a, "Budget citoyen 2025")
	for range 4 {
		drive(t, a, press("enter"))
	}
	if v := view(a); !strings.Contains(v, "Le nom « Budget citoyen 2025 » porte l'année 2025, et non celle de la campagne (2026).") {
		t.Fatalf("the name's year is asked about:\n%s", v)
	}
	drive(t, a, press("o"))
	if c, _ := s.Campaign("2026"); c.Name != "Budget citoyen 2025" {
		t.Fatalf("o saves the name as typed: %q\n%s", c.Name, view(a))
	}
}

package demo

import "essradar/store"

// unscored marks a marker left without an answer in a profile; na is
// "non concerné".
const (
	unscored = -2
	na       = -1
)

type memberData struct{ name, college string }

var members = []memberData{
	{"Hélène Dubreucq", "CDESS"},
	{"Marc Lefebvre", "CDESS"},
	{"Sylvie Carpentier", "CDESS"},
	{"Karim Benali", "finance solidaire"},
	{"Anne-Sophie Vasseur", "finance solidaire"},
	{"Jean-Pierre Delattre", "personnes qualifiées"},
	{"Nadia Ouahbi", "personnes qualifiées"},
	{"Lucie Morel", "ambassadeurs ESS"},
	{"Thomas Caron", "ambassadeurs ESS"},
	{"Claire Dumont", "Mission ESS"},
}

type initiativeData struct {
	title     string
	holder    store.Holder
	territory string
	commune   string
	summary   string
	amount    int64 // euros
}

func holder(name, form, contact, email, phone string) store.Holder {
	return store.Holder{Name: name, LegalForm: form, ContactName: contact, Email: email, Phone: phone}
}

var initiatives = []initiativeData{
	// Arrageois: 0–2
	{"Épicerie solidaire des Blancs-Monts", holder("Association Panier Partagé", "association loi 1901", "Martine Leroy", "contact@panier-partage.example", "03 21 00 01 01"),
		"Arrageois", "Arras", "Une épicerie à prix modérés tenue par des bénévoles et des habitants du quartier, avec un coin café et des ateliers cuisine.", 12000},
	{"Atelier vélo participatif", holder("Collectif Roue Libre", "collectif citoyen", "Yanis Cordier", "rouelibre@example.org", "06 00 00 01 02"),
		"Arrageois", "Achicourt", "Un atelier où chacun apprend à réparer son vélo avec des pièces de réemploi.", 4500},
	{"Ressourcerie de la Scarpe", holder("SCIC Scarpe Réemploi", "SCIC", "Bruno Lemaire", "bonjour@scarpe-reemploi.example", "03 21 00 01 03"),
		"Arrageois", "Saint-Laurent-Blangy", "Collecte, tri et revente d'objets de seconde main, avec quatre postes en insertion.", 20000},
	// Artois: 3–5
	{"Jardin partagé du Pays de la Lys", holder("Association Les Racines", "association loi 1901", "Odile Wattez", "lesracines@example.org", "03 21 00 02 01"),
		"Artois", "Béthune", "Un jardin cultivé en commun par les habitants d'une résidence et l'école voisine.", 3000},
	{"Tiers-lieu numérique rural", holder("SCIC Artois Connect", "SCIC", "Julien Bacquet", "contact@artois-connect.example", "03 21 00 02 02"),
		"Artois", "Bruay-la-Buissière", "Un lieu d'accès et de formation au numérique pour les villages alentour, avec permanences itinérantes.", 18000},
	{"Conserverie coopérative", holder("SCOP Bocaux d'Artois", "SCOP", "Céline Dhaussy", "scop@bocaux-artois.example", "03 21 00 02 03"),
		"Artois", "Isbergues", "Transformer les surplus des maraîchers locaux en conserves vendues en circuit court.", 15000},
	// Audomarois: 6–8
	{"Maraîchage d'insertion du marais", holder("Association Terres du Marais", "association loi 1901", "Paul Vandenbussche", "terresdumarais@example.org", "03 21 00 03 01"),
		"Audomarois", "Saint-Omer", "Un chantier d'insertion maraîcher dans le marais audomarois, paniers vendus aux habitants.", 16000},
	{"Café des aidants", holder("Association Main Tendue", "association loi 1901", "Sophie Ledoux", "maintendue@example.org", "03 21 00 03 02"),
		"Audomarois", "Arques", "Un rendez-vous mensuel pour les proches aidants, avec une psychologue et des bénévoles.", 2500},
	{"Recyclerie de jouets", holder("Association Ludo'Cycle", "association loi 1901", "Kevin Ducrocq", "ludocycle@example.org", "03 21 00 03 03"),
		"Audomarois", "Longuenesse", "Collecte et remise en état de jouets, revendus à petit prix ou donnés aux familles.", 6000},
	// Boulonnais: 9–11
	{"Pêche durable et vente directe", holder("SCIC Filets Solidaires", "SCIC", "Gaëlle Fournier", "contact@filets-solidaires.example", "03 21 00 04 01"),
		"Boulonnais", "Boulogne-sur-Mer", "Des pêcheurs artisans et des consommateurs associés pour vendre le poisson du jour sans intermédiaire.", 14000},
	{"Repair café itinérant", holder("Collectif Répar'Tout", "collectif citoyen", "Rémi Hochart", "repartout@example.org", "06 00 00 04 02"),
		"Boulonnais", "Le Portel", "Des bénévoles qui réparent petit électroménager et vêtements, de commune en commune.", 3500},
	{"Chantier d'insertion des dunes", holder("Association Côte d'Opale Nature", "association loi 1901", "Mathilde Boulanger", "opalenature@example.org", "03 21 00 04 03"),
		"Boulonnais", "Wimereux", "Entretien et protection des dunes par une équipe en insertion, encadrée par des naturalistes.", 19000},
	// Calaisis: 12–14
	{"Cuisine partagée du Beau-Marais", holder("Association Les Fourneaux", "association loi 1901", "Fatima Haddad", "lesfourneaux@example.org", "03 21 00 05 01"),
		"Calaisis", "Calais", "Une cuisine équipée ouverte aux habitants pour cuisiner ensemble et lancer de petites activités.", 9000},
	{"Friperie solidaire", holder("Association Fil à Fil", "association loi 1901", "Isabelle Caux", "filafil@example.org", "03 21 00 05 02"),
		"Calaisis", "Marck", "Vêtements de seconde main triés, retouchés et revendus ; ateliers couture.", 5000},
	{"Mobilité partagée en zone rurale", holder("SCIC Covoit'Calaisis", "SCIC", "Damien Pruvost", "covoit@calaisis.example", "03 21 00 05 03"),
		"Calaisis", "Guînes", "Covoiturage solidaire et prêt de véhicules pour l'accès à l'emploi dans les villages.", 11000},
	// Hénin-Carvin: 15–17
	{"Brasserie coopérative des terrils", holder("SCOP La Mousse des Terrils", "SCOP", "Ludovic Szymczak", "scop@moussedesterrils.example", "03 21 00 06 01"),
		"Hénin-Carvin", "Hénin-Beaumont", "Une brasserie en SCOP qui emploie localement et travaille l'orge de la région.", 17500},
	{"Ludothèque itinérante", holder("Association Jeux d'Ici", "association loi 1901", "Amandine Lenglet", "jeuxdici@example.org", "03 21 00 06 02"),
		"Hénin-Carvin", "Carvin", "Un camion de jeux qui passe dans les quartiers et les écoles.", 4000},
	{"Habitat participatif intergénérationnel", holder("Collectif Toits Partagés", "collectif citoyen", "Gérard Wojcik", "toitspartages@example.org", "06 00 00 06 03"),
		"Hénin-Carvin", "Courrières", "Un projet d'habitat où des seniors et de jeunes familles partagent des espaces communs.", 20000},
	// Lens-Liévin: 18–20
	{"Écomusée de la mémoire minière", holder("Association Gueules Noires et Fières", "association loi 1901", "Roger Kaczmarek", "gueulesnoires@example.org", "03 21 00 07 01"),
		"Lens-Liévin", "Liévin", "Collecter et transmettre la mémoire des mineurs, avec les anciens et les écoles.", 8000},
	{"Plateforme de compostage collectif", holder("Association Compost'Lens", "association loi 1901", "Élodie Marchand", "compostlens@example.org", "03 21 00 07 02"),
		"Lens-Liévin", "Lens", "Des composteurs de quartier gérés par des habitants formés comme guides composteurs.", 3000},
	{"Auto-école sociale", holder("Association Permis Pour Tous", "association loi 1901", "Samir Djebbar", "permispourtous@example.org", "03 21 00 07 03"),
		"Lens-Liévin", "Avion", "Un permis de conduire à tarif adapté pour les personnes en recherche d'emploi.", 13000},
	// Montreuillois-Ternois: 21–23
	{"Boutique paysanne de producteurs", holder("SCIC Saveurs du Ternois", "SCIC", "Antoine Delcroix", "saveurs@ternois.example", "03 21 00 08 01"),
		"Montreuillois-Ternois", "Saint-Pol-sur-Ternoise", "Un magasin tenu par douze producteurs du Ternois, ouvert aux habitants comme sociétaires.", 10000},
	{"Chantier de rénovation du patrimoine", holder("Association Pierres Vives", "association loi 1901", "Bernadette Lhomme", "pierresvives@example.org", "03 21 00 08 02"),
		"Montreuillois-Ternois", "Montreuil-sur-Mer", "Restaurer les remparts avec des jeunes en formation aux métiers du bâti ancien.", 15500},
	{"Œuvre commune : fresque participative", holder("Collectif Couleurs de la Canche", "collectif citoyen", "Zoé Lefort", "couleurs@example.org", "06 00 00 08 03"),
		"Montreuillois-Ternois", "Étaples", "Une fresque peinte par les habitants sur le mur de la halle, avec des artistes du territoire.", 2000},
}

type itemData struct {
	initiative int   // index in initiatives
	scores     []int // in grid order; nil = not started
	notes      map[string]string
	decision   *store.Decision
	recused    int // index in members, -1 for none
	postponed  bool
}

type sessionData struct {
	date, territory, place string
	present                []int
	items                  []itemData
	closed                 bool
}

func decided(o store.Outcome, category, rationale string, votes *store.Votes) *store.Decision {
	return &store.Decision{Outcome: o, Category: category, Rationale: rationale, Votes: votes}
}

// Profiles are in grid order: Pratique (gouvernance, lucrativité, utilité
// sociale, ancrage), Innovation (besoin, nouveauté, participation, essaimage),
// Coopération (partenariats, mutualisation, entraide, co-construction),
// Transformation (emploi, environnement, lien social, viabilité).
var sessions = []sessionData{
	{
		date: "2026-07-08", territory: "Boulonnais", place: "Boulogne-sur-Mer, Maison de l'ESS",
		present: []int{0, 1, 3, 4, 5, 7, 8, 9},
		closed:  true,
		items: []itemData{
			{initiative: 9, recused: -1,
				scores:   []int{3, 3, 3, 2, 1, 2, 2, 1, 4, 3, 3, 3, 2, 2, 1, 2},
				notes:    map[string]string{"partenariats": "Quinze pêcheurs et l'association des consommateurs."},
				decision: decided(store.OutcomeLabelled, "cooperation", "", &store.Votes{For: 7, Against: 0, Abstain: 1})},
			{initiative: 10, recused: -1,
				scores:   []int{4, 3, 4, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 2},
				decision: decided(store.OutcomeLabelled, "pratique", "", nil)},
			{initiative: 11, recused: 7,
				scores:   []int{2, 2, 3, 2, 4, 3, 3, 2, 2, 2, 2, 1, 3, 3, 3, 2},
				notes:    map[string]string{"essaimage": "Le modèle intéresse déjà la Côte d'Opale sud."},
				decision: decided(store.OutcomeLabelled, "innovation", "Ex aequo avec Transformation : le comité retient l'innovation, la gestion des dunes par l'insertion étant inédite sur le littoral.", &store.Votes{For: 5, Against: 1, Abstain: 1})},
			{initiative: 21, recused: -1,
				scores:   []int{3, 2, 3, 3, 2, na, 2, 2, 3, 2, 2, 3, 4, 3, 4, 3},
				decision: decided(store.OutcomeLabelled, "transformation", "", nil)},
			{initiative: 22, recused: -1,
				scores:   []int{2, 2, 3, 1, 1, 2, 1, 0, 2, 1, 2, 2, 2, 1, 2, 1},
				notes:    map[string]string{"viabilite": "Dépend d'une seule subvention communale."},
				decision: decided(store.OutcomeDeferred, "", "Projet utile mais modèle économique à consolider : accompagnement proposé par la Mission ESS avant un nouveau passage.", nil)},
			{initiative: 23, recused: -1,
				scores:   []int{1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0},
				decision: decided(store.OutcomeNotRetained, "", "Projet porté par une entreprise à but lucratif, hors du champ de l'ESS.", &store.Votes{For: 0, Against: 8, Abstain: 0})},
		},
	},
	{
		date: "2026-07-21", territory: "Arrageois", place: "Arras, Maison des sociétés",
		present: []int{0, 2, 3, 5, 6, 7, 9},
		items: []itemData{
			{initiative: 0, recused: -1,
				scores:   []int{3, 3, 3, 3, 3, 2, 3, 2, 4, 3, 4, 3, 2, 2, 3, 2},
				decision: decided(store.OutcomeLabelled, "cooperation", "", nil)},
			{initiative: 1, recused: 2,
				scores: []int{3, 3, 2, 3, 2, 3, 4, 3, 3, 4, 4, 2, 1, 3, 3, 2}},
			{initiative: 2, recused: -1,
				scores: []int{3, 3, 2, 3, 3, 2, unscored, unscored, unscored, unscored, unscored, unscored, unscored, unscored, unscored, unscored}},
			{initiative: 3, recused: -1},
			{initiative: 4, recused: -1},
			{initiative: 5, recused: -1},
		},
	},
}

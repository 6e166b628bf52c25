package demo

import "essradar/store"

// pastCampaign is a year already closed: every session sealed, each with
// its labels, deferrals and refusals, so the statistics have trends to draw.
type pastCampaign struct {
	id, name    string
	initiatives []initiativeData
	sessions    []sessionData
	withdrawn   []int // indexes in initiatives, withdrawn by their holders
}

// Profiles follow the grid order of data.go. Over the years the committee
// labels more in Coopération, less in Pratique: the trend the charts show.
var pastCampaigns = []pastCampaign{
	{
		id: "2023", name: "Budget citoyen 2023 (démonstration)",
		initiatives: []initiativeData{
			{"Recyclerie du Bassin minier", holder("Association Seconde Vie", "association loi 1901", "Hervé Dupuis", "secondevie@example.org", "03 21 00 11 01"),
				"Lens-Liévin", "Loos-en-Gohelle", "Collecte et revente d'objets réparés par une équipe en insertion.", 18000},
			{"Jardins ouvriers partagés", holder("Association Les Carrés du Terril", "association loi 1901", "Monique Pawlak", "carres@example.org", "03 21 00 11 02"),
				"Hénin-Carvin", "Oignies", "Des parcelles cultivées en commun au pied du terril, avec des ateliers pour les enfants.", 3500},
			{"Café-librairie associatif", holder("Association La Page Blanche", "association loi 1901", "Arnaud Vasseur", "pageblanche@example.org", "03 21 00 11 03"),
				"Artois", "Lillers", "Un café où l'on emprunte, échange et achète des livres d'occasion.", 7000},
			{"Conciergerie solidaire", holder("SCIC Services du Détroit", "SCIC", "Nora Belkacem", "conciergerie@detroit.example", "03 21 00 11 04"),
				"Calaisis", "Calais", "Des services de proximité pour les salariés d'une zone d'activité, rendus par des personnes en insertion.", 12000},
			{"Transport solidaire des aînés", holder("Association Roues d'Entraide", "association loi 1901", "Daniel Lecocq", "rouesentraide@example.org", "03 21 00 11 05"),
				"Calaisis", "Ardres", "Des bénévoles conduisent les personnes âgées isolées à leurs rendez-vous.", 4000},
			{"Boutique de créateurs", holder("SARL Fil d'Opale", "SARL", "Chloé Delannoy", "contact@fildopale.example", "03 21 00 11 06"),
				"Boulonnais", "Outreau", "Une boutique de dépôt-vente pour des créateurs locaux.", 9000},
			{"Atelier couture d'insertion", holder("Association Point de Croix", "association loi 1901", "Yasmina Khelifi", "pointdecroix@example.org", "03 21 00 11 07"),
				"Audomarois", "Aire-sur-la-Lys", "Retouches et confection par des femmes en parcours d'insertion.", 11000},
			{"Verger conservatoire", holder("Collectif Pommes d'Antan", "collectif citoyen", "Bernard Flahaut", "pommesdantan@example.org", "06 00 00 11 08"),
				"Montreuillois-Ternois", "Hesdin", "Replanter des variétés anciennes de pommiers avec les écoles du canton.", 2500},
		},
		sessions: []sessionData{
			{date: "2023-06-15", territory: "Lens-Liévin", place: "Lens, salle des fêtes", present: []int{0, 1, 3, 5, 6, 7, 9}, closed: true,
				items: []itemData{
					{initiative: 0, recused: -1, scores: []int{3, 3, 3, 3, 2, 2, 2, 1, 2, 2, 2, 2, 3, 3, 3, 3},
						decision: decided(store.OutcomeLabelled, "transformation", "", &store.Votes{For: 7})},
					{initiative: 1, recused: -1, scores: []int{4, 3, 3, 3, 2, 1, 2, 1, 2, 2, 2, 1, 2, 3, 3, 2},
						decision: decided(store.OutcomeLabelled, "pratique", "", nil)},
					{initiative: 2, recused: 5, scores: []int{3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 1, 1, 1, 3, 1},
						decision: decided(store.OutcomeDeferred, "", "Modèle économique fragile : le comité attend un budget prévisionnel.", nil)},
					{initiative: 7, recused: -1, scores: []int{2, 2, 2, 3, 1, 2, 2, 1, 1, 1, 1, 1, 1, 3, 2, 1},
						decision: decided(store.OutcomeDeferred, "", "Partenariat avec les écoles à formaliser.", nil)},
				}},
			{date: "2023-09-21", territory: "Calaisis", place: "Calais, Maison de la vie associative", present: []int{0, 2, 3, 4, 6, 8, 9}, closed: true,
				items: []itemData{
					{initiative: 3, recused: -1, scores: []int{3, 3, 2, 2, 4, 3, 3, 2, 2, 2, 2, 2, 3, 2, 2, 2},
						decision: decided(store.OutcomeLabelled, "innovation", "", &store.Votes{For: 6, Abstain: 1})},
					{initiative: 4, recused: -1, scores: []int{3, 4, 3, 3, 3, 2, 2, 1, 2, 1, 2, 2, 2, 1, 3, 2},
						decision: decided(store.OutcomeLabelled, "pratique", "", nil)},
					{initiative: 5, recused: -1, scores: []int{1, 1, 1, 2, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1},
						decision: decided(store.OutcomeNotRetained, "", "Société commerciale sans gouvernance partagée.", &store.Votes{Against: 7})},
					{initiative: 6, recused: -1, scores: []int{2, 3, 3, 2, 2, 2, 2, 1, 2, 2, 1, 2, 4, 2, 3, 3},
						decision: decided(store.OutcomeLabelled, "transformation", "", nil)},
				}},
		},
	},
	{
		id: "2024", name: "Budget citoyen 2024 (démonstration)",
		initiatives: []initiativeData{
			{"Magasin coopératif de producteurs", holder("SCIC Champs d'Artois", "SCIC", "Guillaume Leblond", "champs@artois.example", "03 21 00 12 01"),
				"Arrageois", "Dainville", "Quinze producteurs et leurs clients associés dans un même magasin.", 14000},
			{"Fablab rural", holder("Association Les Bidouilleurs", "association loi 1901", "Manon Deprez", "bidouilleurs@example.org", "03 21 00 12 02"),
				"Arrageois", "Bapaume", "Imprimantes 3D et outils partagés, ouverts aux artisans et aux collégiens.", 10000},
			{"Crèche parentale", holder("Association Les Petits Pas", "association loi 1901", "Élise Carré", "petitspas@example.org", "03 21 00 12 03"),
				"Artois", "Auchel", "Une crèche gérée par les parents, qui y assurent des permanences.", 16000},
			{"Laverie sociale", holder("Association Linge Propre", "association loi 1901", "Patrick Brunet", "lingepropre@example.org", "03 21 00 12 04"),
				"Lens-Liévin", "Harnes", "Une laverie à prix réduit, avec un accueil social.", 6000},
			{"Ferme pédagogique", holder("Association La Ferme du Marais", "association loi 1901", "Aurélie Vandewalle", "fermedumarais@example.org", "03 21 00 12 05"),
				"Audomarois", "Saint-Omer", "Accueillir les écoles à la ferme et sensibiliser à l'agriculture durable.", 13000},
			{"Réseau d'échanges de savoirs", holder("Collectif Savoirs Partagés", "collectif citoyen", "Francis Lamotte", "savoirs@example.org", "06 00 00 12 06"),
				"Audomarois", "Blendecques", "Chacun enseigne ce qu'il sait et apprend des autres, sans argent.", 1500},
			{"Matériel agricole partagé", holder("CUMA des Deux Vallées", "coopérative", "Jérôme Ricquier", "cuma2vallees@example.org", "03 21 00 12 07"),
				"Montreuillois-Ternois", "Frévent", "Des agriculteurs achètent et entretiennent ensemble leur matériel.", 19000},
			{"Food-truck d'insertion", holder("SAS Saveurs Nomades", "SAS", "Kevin Lemaire", "contact@saveursnomades.example", "03 21 00 12 08"),
				"Boulonnais", "Boulogne-sur-Mer", "Un camion de restauration tenu par des jeunes en formation.", 8000},
			{"Salle de sport associative", holder("Association Gohelle Forme", "association loi 1901", "Sébastien Nowak", "gohelleforme@example.org", "03 21 00 12 09"),
				"Hénin-Carvin", "Montigny-en-Gohelle", "Une salle de sport à cotisation solidaire.", 7500},
		},
		withdrawn: []int{8},
		sessions: []sessionData{
			{date: "2024-06-20", territory: "Arrageois", place: "Arras, Maison des sociétés", present: []int{0, 1, 2, 4, 5, 7, 9}, closed: true,
				items: []itemData{
					{initiative: 0, recused: -1, scores: []int{3, 3, 3, 3, 2, 2, 2, 2, 3, 3, 3, 3, 2, 2, 2, 2},
						decision: decided(store.OutcomeLabelled, "cooperation", "", &store.Votes{For: 7})},
					{initiative: 1, recused: 4, scores: []int{3, 3, 2, 2, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2},
						decision: decided(store.OutcomeLabelled, "innovation", "", nil)},
					{initiative: 2, recused: -1, scores: []int{4, 3, 4, 3, 2, 2, 3, 1, 2, 2, 2, 2, 3, 1, 3, 2},
						decision: decided(store.OutcomeLabelled, "pratique", "", nil)},
					{initiative: 3, recused: -1, scores: []int{2, 2, 3, 2, 2, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1},
						decision: decided(store.OutcomeDeferred, "", "Accompagnement proposé pour associer les usagers.", nil)},
				}},
			{date: "2024-10-03", territory: "Audomarois", place: "Saint-Omer, salle Vauban", present: []int{0, 3, 4, 5, 6, 8, 9}, closed: true,
				items: []itemData{
					{initiative: 4, recused: -1, scores: []int{3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3},
						decision: decided(store.OutcomeLabelled, "transformation", "", nil)},
					{initiative: 5, recused: -1, scores: []int{3, 3, 3, 2, 2, 2, 3, 2, 3, 3, 4, 3, 2, 1, 3, 2},
						decision: decided(store.OutcomeLabelled, "cooperation", "", nil)},
					{initiative: 6, recused: -1, scores: []int{3, 2, 2, 3, 2, 2, 2, 2, 3, 4, 3, 3, 2, 3, 2, 2},
						decision: decided(store.OutcomeLabelled, "cooperation", "", &store.Votes{For: 6, Abstain: 1})},
					{initiative: 7, recused: -1, scores: []int{1, 0, 2, 1, 2, 1, 1, 1, 0, 1, 1, 0, 2, 1, 1, 0},
						decision: decided(store.OutcomeNotRetained, "", "Société à but lucratif, sans limitation des bénéfices.", &store.Votes{Against: 6, Abstain: 1})},
				}},
		},
	},
	{
		id: "2025", name: "Budget citoyen 2025 (démonstration)",
		initiatives: []initiativeData{
			{"Garage solidaire", holder("Association Mécanique du Cœur", "association loi 1901", "Stéphane Dumez", "mecaniqueducoeur@example.org", "03 21 00 13 01"),
				"Hénin-Carvin", "Hénin-Beaumont", "Entretien des véhicules à prix coûtant pour les personnes en reprise d'emploi.", 17000},
			{"Épicerie vrac itinérante", holder("SCIC Vrac en Route", "SCIC", "Laura Becquet", "vracenroute@example.org", "03 21 00 13 02"),
				"Hénin-Carvin", "Dourges", "Un camion d'épicerie en vrac qui dessert les villages sans commerce.", 12500},
			{"Accorderie du Lensois", holder("Association Accorderie de Lens", "association loi 1901", "Malika Rahmani", "accorderie@example.org", "03 21 00 13 03"),
				"Lens-Liévin", "Liévin", "Un échange de services entre habitants, une heure donnée valant une heure reçue.", 5000},
			{"Réparation de smartphones", holder("Collectif Écran Neuf", "collectif citoyen", "Hugo Lenoir", "ecranneuf@example.org", "06 00 00 13 04"),
				"Calaisis", "Calais", "Apprendre à réparer son téléphone plutôt que le jeter.", 3000},
			{"Coopérative d'habitants", holder("Coopérative Les Toits du Béthunois", "coopérative d'habitants", "Irène Lecomte", "toits@bethunois.example", "03 21 00 13 05"),
				"Artois", "Béthune", "Des logements dont les habitants sont collectivement propriétaires.", 20000},
			{"Centrale villageoise photovoltaïque", holder("SAS citoyenne Soleil des Sept Vallées", "SAS citoyenne", "Olivier Hanquez", "soleil7v@example.org", "03 21 00 13 06"),
				"Montreuillois-Ternois", "Fruges", "Des panneaux solaires financés et gérés par les habitants.", 19500},
			{"Bistrot de pays", holder("SCIC Le Bistrot de la Canche", "SCIC", "Nathalie Gosselin", "bistrot@canche.example", "03 21 00 13 07"),
				"Montreuillois-Ternois", "Beaurainville", "Rouvrir le dernier café du village, avec épicerie et point poste.", 15000},
			{"Tiers-lieu culturel", holder("SARL La Fabrique", "SARL", "Maxime Vercoutre", "contact@lafabrique.example", "03 21 00 13 08"),
				"Boulonnais", "Samer", "Des salles de spectacle et de coworking louées aux associations.", 18000},
			{"Ludothèque de quartier", holder("Association Dés et Pions", "association loi 1901", "Pauline Delattre", "desetpions@example.org", "03 21 00 13 09"),
				"Audomarois", "Arques", "Des jeux prêtés aux familles et des soirées jeux entre voisins.", 4500},
			{"Recyclerie textile", holder("Association Fibre Solidaire", "association loi 1901", "Agnès Bouquet", "fibresolidaire@example.org", "03 21 00 13 10"),
				"Arrageois", "Beaurains", "Trier et revaloriser les textiles collectés dans l'Arrageois.", 11500},
		},
		sessions: []sessionData{
			{date: "2025-06-12", territory: "Hénin-Carvin", place: "Hénin-Beaumont, espace Lumière", present: []int{0, 1, 3, 4, 5, 6, 7, 9}, closed: true,
				items: []itemData{
					{initiative: 0, recused: -1, scores: []int{3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 3, 2, 4, 3, 3, 3},
						decision: decided(store.OutcomeLabelled, "transformation", "", &store.Votes{For: 8})},
					{initiative: 1, recused: 3, scores: []int{3, 3, 3, 3, 2, 3, 2, 2, 3, 4, 3, 3, 2, 3, 2, 2},
						decision: decided(store.OutcomeLabelled, "cooperation", "", nil)},
					{initiative: 2, recused: -1, scores: []int{3, 3, 3, 3, 2, 2, 3, 2, 4, 3, 4, 3, 2, 1, 3, 2},
						decision: decided(store.OutcomeLabelled, "cooperation", "", nil)},
					{initiative: 3, recused: -1, scores: []int{2, 2, 2, 2, 2, 2, 1, 1, 2, 1, 1, 1, 2, 2, 1, 1},
						decision: decided(store.OutcomeDeferred, "", "Projet encore à l'état d'idée : le comité propose un accompagnement.", nil)},
					{initiative: 4, recused: -1, scores: []int{4, 4, 3, 3, 2, 2, 3, 2, 3, 2, 3, 3, 2, 1, 2, 2},
						decision: decided(store.OutcomeLabelled, "pratique", "", nil)},
				}},
			{date: "2025-09-25", territory: "Montreuillois-Ternois", place: "Montreuil-sur-Mer, théâtre municipal", present: []int{0, 2, 3, 5, 7, 8, 9}, closed: true,
				items: []itemData{
					{initiative: 5, recused: -1, scores: []int{3, 3, 3, 3, 3, 2, 2, 2, 3, 3, 2, 2, 2, 4, 2, 3},
						decision: decided(store.OutcomeLabelled, "transformation", "", nil)},
					{initiative: 6, recused: -1, scores: []int{3, 3, 3, 3, 2, 2, 2, 2, 3, 3, 3, 4, 2, 1, 4, 3},
						decision: decided(store.OutcomeLabelled, "cooperation", "", &store.Votes{For: 6, Abstain: 1})},
					{initiative: 7, recused: -1, scores: []int{2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, na, 2, 0},
						decision: decided(store.OutcomeNotRetained, "", "Activité commerciale sans utilité sociale démontrée.", &store.Votes{Against: 7})},
					{initiative: 8, recused: -1, scores: []int{3, 3, 3, 2, 3, 3, 3, 3, 2, 2, 2, 2, 2, 1, 3, 2},
						decision: decided(store.OutcomeLabelled, "innovation", "", nil)},
					{initiative: 9, recused: 8, scores: []int{3, 2, 2, 2, 2, 2, 2, 1, 2, 2, 1, 1, 2, 2, 2, 1},
						decision: decided(store.OutcomeDeferred, "", "Débouchés à préciser avant un nouveau passage.", nil)},
				}},
		},
	},
}

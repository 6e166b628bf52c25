package radar

import "math"

var essLabels = []string{
	"Gouvernance démocratique",
	"Lucrativité limitée",
	"Utilité sociale",
	"Ancrage territorial",
	"Besoin mal satisfait",
	"Nouveauté",
	"Participation des habitants",
	"Essaimage",
	"Partenariats",
	"Mutualisation",
	"Entraide et bénévolat",
	"Co-construction",
	"Emploi et insertion",
	"Impact environnemental",
	"Lien social",
	"Viabilité économique",
	"Égalité femmes-hommes",
	"Échelle des salaires",
	"Formation des salariés",
	"Transparence financière",
	"Coopération",
	"Écologie",
	"Accessibilité",
	"Réinvestissement des excédents",
}

// Scores are deterministic and varied so goldens show a real-looking shape,
// with a few half points and one unscored axis.
var evalScores = []float64{3, 4, 2.5, 3, 1, 2, 3.5, 0, 2, 3, 4, 2, 1.5, 3, 4, 2.5, 3, 2, 1, 4, 3, 2, 3.5, 1}

var medianScores = []float64{2, 3, 3, 2, 2, 2.5, 2, 2, 3, 2, 3, 2.5, 2, 2, 3, 3, 2, 2.5, 2, 3, 2, 2.5, 2, 2}

func sampleChart(n, w, h int, mode Mode) Chart {
	ev := append([]float64(nil), evalScores[:n]...)
	if n > 4 {
		ev[n/2+1] = math.NaN()
	}
	return Chart{
		Labels: essLabels[:n],
		Max:    4,
		Series: []Series{
			{Name: "Évaluation", Values: ev},
			{Name: "Médiane campagne", Values: medianScores[:n]},
		},
		Width:      w,
		Height:     h,
		Mode:       mode,
		ShowValues: true,
	}
}

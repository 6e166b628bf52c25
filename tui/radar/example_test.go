package radar_test

import (
	"fmt"

	"essradar/tui/radar"
)

func Example() {
	c := radar.Chart{
		Labels: []string{"Gouvernance démocratique", "Lucrativité limitée", "Utilité sociale", "Ancrage territorial", "Nouveauté"},
		Max:    4,
		Series: []radar.Series{
			{Name: "Évaluation", Values: []float64{3, 4, 2.5, 3, 2}},
			{Name: "Médiane", Values: []float64{2, 2, 2, 2, 2}},
		},
		Width: 56, Height: 16,
		Mode:       radar.ASCII,
		ShowValues: true,
		Threshold:  2.5,
	}
	// Every line is exactly Width columns; the frame shows it.
	for _, l := range radar.Render(c) {
		fmt.Println("|" + l + "|")
	}
	// The key names both series by their strokes; a screen reserves its
	// line even with the median off, so toggling it moves nothing.
	fmt.Println("|" + radar.SeriesLegend(c) + "|")
	fmt.Println(radar.Bars(c.Labels, c.Series[0].Values, c.Max, 56))
	// Output:
	// |              Gouvernance démocratique 3/4              |
	// |                        ...|...                         |
	// |                    ....   @#  ....                     |
	// |                  ..  ...##~~####  ..                   |
	// |                 .  .~~~#:*O*:~~~####.                  |
	// | Nouveauté 2/4  ---. ~##**:::***:~:::#@  Lucrativité    |
	// |               .  .-~@*:::::::::*O~:## . limitée 4/4    |
	// |               .  . ~#*:::::::::*:~#.  .                |
	// |               .  . ~#*:::::::::*:# .  .                |
	// |                .  . ~#O*******O## .  .                 |
	// |                 .  .~#~~::####@~~.  .                  |
	// |        Ancrage   .  /@####~~~..\\  .   Utilité sociale |
	// |territorial 3/4    ./...  ...  ...\.    2,5/4           |
	// |                        .......                         |
	// |                                                        |
	// |                                                        |
	// |#@# Évaluation   *O* Médiane                            |
	// Gou ▇▇▇░ 3 · Luc ▇▇▇▇ 4 · Uti ▇▇▇░ 2,5 · Anc ▇▇▇░ 3 …
}

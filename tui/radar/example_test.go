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
	}
	// Every line is exactly Width columns; the frame shows it.
	for _, l := range radar.Render(c) {
		fmt.Println("|" + l + "|")
	}
	fmt.Println(radar.Bars(c.Labels, c.Series[0].Values, c.Max, 56))
	// Output:
	// |              Gouvernance democratique 3/4              |
	// |                        ...|...                         |
	// |                    ....   @#  ....                     |
	// |                  ..  ...##|.####  ..                   |
	// |                 .  ..  #.*O*.   ####.                  |
	// | Nouveaute 2/4  ---.  ##** | ***.  .-#@  Lucrativite    |
	// |               .  .--@*-...|...-*O--## . limitee 4/4    |
	// |               .  .  #* ---+--- *. #.  .                |
	// |               .  .  #* ../ \.. *.# .  .                |
	// |                .  .  #O*******O## .  .                 |
	// |                 .  . #/...####@  .  .                  |
	// |        Ancrage   .  /@####  ...\\  .   Utilite sociale |
	// |territorial 3/4    ./...  ...  ...\.    2,5/4           |
	// |                        .......                         |
	// |                                                        |
	// |                                                        |
	// Gou ▇▇▇░ 3 · Luc ▇▇▇▇ 4 · Uti ▇▇▇░ 2,5 · Anc ▇▇▇░ 3 …
}

package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/statistics"
)

// cliChartHeight is the rows of a trend chart on the command line: the
// output scrolls, so the charts need not fit a screen.
const cliChartHeight = 10

func newStatsCmd(g *globals) *cobra.Command {
	var (
		campaign string
		width    int
	)
	c := &cobra.Command{
		Use:     "stats",
		Short:   g.t.T("cli.stats.short"),
		Example: "  essradar stats\n  essradar stats --campaign 2024",
		Args:    g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			all, err := s.Statistics()
			if err != nil {
				return g.storeErr(err)
			}
			selected, err := selectedCampaign(g, all, campaign)
			if err != nil {
				return err
			}
			tw, _, isTerm := terminalSize(g.stdout)
			if width <= 0 {
				width = 80
				if isTerm {
					width = tw
				}
			}
			text := func(s string) string { return s }
			if g.ascii {
				text = asciiText // the figures' labels stay ASCII too
			}
			for _, l := range statistics.Render(g.t, all, selected, statistics.Options{
				Width:       width,
				ChartHeight: cliChartHeight,
				Colour:      isTerm && os.Getenv("NO_COLOR") == "" && !g.ascii,
				ASCII:       g.ascii,
			}) {
				fmt.Fprintln(g.stdout, plaintext.Styled(text(l)))
			}
			return nil
		},
	}
	c.Flags().StringVar(&campaign, "campaign", "", g.t.T("cli.stats.flag.campaign"))
	c.Flags().IntVar(&width, "width", 0, g.t.T("cli.stats.flag.width"))
	return c
}

// selectedCampaign is the index in all of the campaign asked for, the
// latest when none was.
func selectedCampaign(g *globals, all []store.CampaignStats, id string) (int, error) {
	if len(all) == 0 {
		return 0, errors.New(g.t.T("cli.stats.err.no_campaign"))
	}
	if id == "" {
		return len(all) - 1, nil
	}
	i := slices.IndexFunc(all, func(cs store.CampaignStats) bool { return cs.Campaign.ID == id })
	if i < 0 {
		ids := make([]string, len(all))
		for j, cs := range all {
			ids[j] = plaintext.Line(cs.Campaign.ID)
		}
		return 0, errors.New(g.t.T("cli.stats.err.unknown_campaign", plaintext.Line(id), strings.Join(ids, ", ")))
	}
	return i, nil
}

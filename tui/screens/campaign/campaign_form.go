package campaign

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/csvimport"
	"essradar/tui/context"
	"essradar/tui/formscreen"
	"essradar/tui/i18n"
	"essradar/tui/loading"
	"essradar/tui/nav"
)

// newCampaignMsg opens the form that creates a campaign.
type newCampaignMsg struct{}

var yearPattern = regexp.MustCompile(`^20[0-9]{2}$`)

// newCampaignForm creates a campaign: its year and its name. From
// September the next year's call is the one being prepared.
func New(ctx *context.Context) *formscreen.Screen {
	t := ctx.T
	year := store.NewCampaignYear(time.Now())
	name := ""
	build := func() *huh.Form {
		return huh.NewForm(huh.NewGroup(
			huh.NewInput().Title(t("form.campaign.year")).Value(&year).CharLimit(4).Validate(func(s string) error {
				if !yearPattern.MatchString(strings.TrimSpace(s)) {
					return errors.New(t("form.campaign.bad_year", s))
				}
				return nil
			}),
			huh.NewInput().Title(t("form.campaign.name")).Description(t("form.campaign.name_hint")).Value(&name).CharLimit(120),
		))
	}
	s := ctx.Store
	grid, src := ctx.Grid, ctx.GridSource
	if grid == nil {
		grid, src = scoring.Default(), scoring.DefaultSource()
	}
	save := func() tea.Cmd {
		id := strings.TrimSpace(year)
		n := strings.TrimSpace(name)
		if n == "" {
			n = "Budget citoyen " + id
		}
		return func() tea.Msg {
			_, err := s.CreateCampaign(id, n, grid, src)
			return formscreen.Saved{Err: err, Next: nav.GoHome{}}
		}
	}
	warn := func() []string { return nameYear(ctx, strings.TrimSpace(year), name) }
	return formscreen.New(ctx, t("form.campaign.title"), build, save, func() tea.Msg { return nav.GoHome{} }).WithWarnings(warn)
}

// nameYear warns when a campaign's name carries another year than its own.
func nameYear(ctx *context.Context, id, name string) []string {
	if y := store.OtherYearInName(id, name); y != "" {
		return []string{ctx.T("sanity.name_year", strings.TrimSpace(name), y, id)}
	}
	return nil
}

// campaignSettingsMsg opens the current campaign's settings.
type campaignSettingsMsg struct{}

// newCampaignSettings edits the current campaign's name, territories and
// colleges: lists the département can change, never fixed in the code. A
// territory still used by an initiative or a session cannot go.
func Settings(ctx *context.Context) nav.Screen {
	s := ctx.Store
	return loading.New(ctx, func() (nav.Screen, error) {
		c, err := s.CurrentCampaign()
		if err != nil {
			return nil, err
		}
		used, err := s.TerritoriesInUse(c.ID)
		if err != nil {
			return nil, err
		}
		return campaignSettingsForm(ctx, c, used), nil
	})
}

// lines splits a one-per-line list, dropping blanks.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func campaignSettingsForm(ctx *context.Context, c store.Campaign, used map[string]string) *formscreen.Screen {
	t := ctx.T
	// Edited as the store will keep it (an older file may hold controls).
	c.CleanText()
	name := c.Name
	ceiling := ""
	if c.GrantCeilingCents > 0 {
		ceiling = euroInput(ctx, c.GrantCeilingCents)
	}
	terr := strings.Join(c.Territories, "\n")
	colleges := strings.Join(c.Colleges, "\n")
	checkList := func(s string) error {
		seen := map[string]bool{}
		ls := lines(s)
		if len(ls) == 0 {
			return errors.New(t("form.campaign.empty_list"))
		}
		for _, l := range ls {
			k := store.NormalizeName(l)
			if seen[k] {
				return errors.New(t("form.campaign.duplicate", l))
			}
			seen[k] = true
		}
		return nil
	}
	build := func() *huh.Form {
		return huh.NewForm(huh.NewGroup(
			huh.NewInput().Title(t("form.campaign.name")).Value(&name).CharLimit(120).Validate(formscreen.Required(t)),
			huh.NewInput().Title(t("form.campaign.ceiling")).Description(t("form.campaign.ceiling_hint")).Value(&ceiling).CharLimit(20).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return nil
				}
				if _, err := csvimport.ParseAmount(s); err != nil {
					return errors.New(ctx.Text.Error(err))
				}
				return nil
			}),
			huh.NewText().Title(t("form.campaign.territories")).Description(t("form.campaign.one_per_line")).Value(&terr).Lines(min(len(c.Territories)+1, 10)).Validate(func(s string) error {
				if err := checkList(s); err != nil {
					return err
				}
				kept := map[string]bool{}
				for _, l := range lines(s) {
					kept[store.NormalizeName(l)] = true
				}
				for k, asWritten := range used {
					if !kept[k] {
						return errors.New(t("form.campaign.territory_used", asWritten))
					}
				}
				return nil
			}),
			huh.NewText().Title(t("form.campaign.colleges")).Description(t("form.campaign.one_per_line")).Value(&colleges).Lines(min(len(c.Colleges)+1, 8)).Validate(checkList),
		))
	}
	s := ctx.Store
	save := func() tea.Cmd {
		rec := c
		rec.Name, rec.Territories, rec.Colleges = strings.TrimSpace(name), lines(terr), lines(colleges)
		rec.GrantCeilingCents = 0
		if strings.TrimSpace(ceiling) != "" {
			rec.GrantCeilingCents, _ = csvimport.ParseAmount(ceiling) // validated by the form
		}
		return func() tea.Msg { return formscreen.Saved{Err: s.PutCampaign(rec), Next: nav.GoHome{}} }
	}
	warn := func() []string { return nameYear(ctx, c.ID, name) }
	return formscreen.New(ctx, t("form.campaign.settings", c.ID), build, save, func() tea.Msg { return nav.GoHome{} }).WithWarnings(warn)
}

// euroInput writes an amount as the form reads it back: "20 000" in
// French, "20000" in English, where a comma would mark cents.
func euroInput(ctx *context.Context, cents int64) string {
	if ctx.Text.Lang == i18n.EN {
		if cents%100 != 0 {
			return fmt.Sprintf("%d.%02d", cents/100, cents%100)
		}
		return fmt.Sprintf("%d", cents/100)
	}
	return strings.ReplaceAll(ctx.Text.Euros(cents), "\u00a0€", "")
}

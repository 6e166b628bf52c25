package tui

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"essradar/scoring"
	"essradar/store"
)

// newCampaignMsg opens the form that creates a campaign.
type newCampaignMsg struct{}

var yearPattern = regexp.MustCompile(`^20[0-9]{2}$`)

// newCampaignForm creates a campaign: its year and its name. From
// September the next year's call is the one being prepared.
func newCampaignForm(ctx *Context) *formScreen {
	t := ctx.T
	now := time.Now()
	y := now.Year()
	if now.Month() >= time.September {
		y++
	}
	year := strconv.Itoa(y)
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
			err := s.Update(func(tx *store.Tx) error {
				_, err := tx.CreateCampaign(id, n, grid, src)
				return err
			})
			return formSavedMsg{err: err, next: goHomeMsg{}}
		}
	}
	return newFormScreen(ctx, t("form.campaign.title"), build, save, func() tea.Msg { return goHomeMsg{} })
}

package initiative

import (
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/csvimport"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/formscreen"
	"essradar/tui/i18n"
	"essradar/tui/loading"
	"essradar/tui/nav"
)

// legalForms are suggestions; any other form can be typed.
var legalForms = []string{"association loi 1901", "collectif citoyen", "SCIC", "SCOP", "coopérative", "entreprise ESUS", "fondation", "mutuelle"}

// initiativeFields are the form's values, as typed.
type initiativeFields struct {
	title, holder, legalForm, contact, email, phone string
	territory, commune, amount, summary             string
}

// newInitiativeForm adds (id 0) or edits an initiative, once the campaign
// (its territories) and the initiative are read.
func NewForm(ctx *context.Context, id uint64) nav.Screen {
	s := ctx.Store
	return loading.New(ctx, func() (nav.Screen, error) {
		in, c, err := s.InitiativeAndCampaign(id)
		if err != nil {
			return nil, err
		}
		ceiling := ceilingOf{campaign: c}
		if id != 0 {
			// The amount is checked against its category's ceiling once
			// one is proposed or decided.
			f, err := s.InitiativeFile(id)
			if err != nil {
				return nil, err
			}
			ceiling.grid, ceiling.category = f.Grid, f.CeilingCategory()
		}
		return buildInitiativeForm(ctx, ceiling, in), nil
	})
}

// ceilingOf is what an amount is checked against: the campaign, and the
// grid and category whose ceiling applies, if any.
type ceilingOf struct {
	campaign store.Campaign
	grid     *scoring.Grid
	category string
}

func buildInitiativeForm(ctx *context.Context, ceil ceilingOf, in store.Initiative) *formscreen.Screen {
	c := ceil.campaign
	t := ctx.T
	// An older file's text is edited as the store will keep it: the
	// fields never hold a control character.
	in.CleanText()
	c.CleanText()
	v := &initiativeFields{title: in.Title, holder: in.Holder.Name, legalForm: in.Holder.LegalForm,
		contact: in.Holder.ContactName, email: in.Holder.Email, phone: in.Holder.Phone,
		territory: in.Territory, commune: in.Commune, summary: in.Summary}
	if in.ID != 0 || in.AmountCents != 0 {
		v.amount = strings.ReplaceAll(ctx.Text.Euros(in.AmountCents), "\u00a0€", "")
		if ctx.Text.Lang == i18n.EN {
			// "€12,000" would read back as 12 euros: the comma marks cents.
			v.amount = fmt.Sprintf("%d", in.AmountCents/100)
			if in.AmountCents%100 != 0 {
				v.amount += fmt.Sprintf(".%02d", in.AmountCents%100)
			}
		}
	}
	if v.territory == "" && len(c.Territories) > 0 {
		v.territory = c.Territories[0]
	}
	build := func() *huh.Form {
		terr := make([]huh.Option[string], len(c.Territories))
		for i, name := range c.Territories {
			terr[i] = huh.NewOption(name, name)
		}
		return huh.NewForm(
			huh.NewGroup(
				huh.NewInput().Title(t("form.init.title")).Value(&v.title).CharLimit(200).Validate(formscreen.Required(t)),
				huh.NewInput().Title(t("form.init.holder")).Value(&v.holder).CharLimit(200).Validate(formscreen.Required(t)),
				huh.NewInput().Title(t("form.init.legal_form")).Value(&v.legalForm).Suggestions(legalForms).CharLimit(100),
				huh.NewSelect[string]().Title(t("form.init.territory")).Options(terr...).Value(&v.territory).Height(min(len(terr)+2, 10)),
				huh.NewInput().Title(t("form.init.commune")).Value(&v.commune).CharLimit(100),
				huh.NewInput().Title(t("form.init.amount")).Description(t("form.init.amount_hint")).Value(&v.amount).Validate(func(s string) error {
					if strings.TrimSpace(s) == "" {
						return nil
					}
					if _, err := csvimport.ParseAmount(s); err != nil {
						return errors.New(ctx.Text.Error(err)) // csvimport's reason, keyed
					}
					return nil
				}),
			),
			huh.NewGroup(
				huh.NewNote().Title(t("form.init.contact_note")).Description(t("form.init.contact_hint")),
				huh.NewInput().Title(t("form.init.contact")).Value(&v.contact).CharLimit(100),
				huh.NewInput().Title(t("form.init.email")).Value(&v.email).CharLimit(254).Validate(func(s string) error {
					if s = strings.TrimSpace(s); s != "" && !csvimport.ValidEmail(s) {
						return errors.New(t("form.bad_email", s))
					}
					return nil
				}),
				huh.NewInput().Title(t("form.init.phone")).Value(&v.phone).CharLimit(30),
				huh.NewText().Title(t("form.init.summary")).Value(&v.summary).CharLimit(4000).Lines(5),
			),
		)
	}
	title := t("form.init.new", plaintext.Line(c.Name))
	if in.ID != 0 {
		title = t("form.init.edit", in.ID)
	}
	s := ctx.Store
	save := func() tea.Cmd {
		rec := in
		rec.CampaignID = c.ID
		rec.Title = strings.TrimSpace(v.title)
		rec.Holder = store.Holder{Name: strings.TrimSpace(v.holder), LegalForm: strings.TrimSpace(v.legalForm),
			ContactName: strings.TrimSpace(v.contact), Email: strings.TrimSpace(v.email), Phone: strings.TrimSpace(v.phone)}
		rec.Territory, rec.Commune, rec.Summary = v.territory, strings.TrimSpace(v.commune), strings.TrimSpace(v.summary)
		rec.AmountCents = 0
		if strings.TrimSpace(v.amount) != "" {
			rec.AmountCents, _ = csvimport.ParseAmount(v.amount) // validated by the form
		}
		return func() tea.Msg {
			err := s.SaveInitiative(&rec)
			if err != nil {
				return formscreen.Saved{Err: err}
			}
			return formscreen.Saved{Next: nav.OpenInitiative{ID: rec.ID}}
		}
	}
	cancel := func() tea.Msg {
		if in.ID != 0 {
			return nav.OpenInitiative{ID: in.ID}
		}
		return nav.GoHome{}
	}
	warn := func() []string {
		cents, err := csvimport.ParseAmount(v.amount)
		if err != nil {
			return nil
		}
		ceiling, above := c.AboveCeilingIn(ceil.grid, ceil.category, cents)
		switch {
		case !above:
			return nil
		case ceil.grid != nil && ceil.grid.GrantCeilingCents(ceil.category) > 0:
			return []string{t("sanity.above_category_ceiling", ctx.Text.Euros(cents), ctx.Text.CategoryShort(ceil.grid, ceil.category), ctx.Text.Euros(ceiling))}
		}
		return []string{t("sanity.above_ceiling", ctx.Text.Euros(cents), ctx.Text.Euros(ceiling))}
	}
	return formscreen.New(ctx, title, build, save, cancel).WithWarnings(warn)
}

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
)

// The holder's personal data and the audit trail: `essradar forget N`
// erases a holder's contact on request, `essradar audit` reads the trail.

func newAuditCmd(g *globals) *cobra.Command {
	var session, initiative uint64
	var last int
	c := &cobra.Command{
		Use:   g.t.T("history.cli.audit.use"),
		Short: g.t.T("history.cli.audit.short"),
		Args:  g.noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if session != 0 && initiative != 0 {
				return errors.New(g.t.T("history.cli.audit.both"))
			}
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			entries, err := s.AuditFor(store.AuditFilter{InitiativeID: initiative, SessionID: session})
			if err != nil {
				return g.storeErr(err)
			}
			if len(entries) == 0 {
				// Nothing found may mean a wrong number: say so.
				if err := recordExists(s, initiative, session); err != nil {
					return g.storeErr(err)
				}
				fmt.Fprintln(g.stdout, g.t.T("history.cli.audit.empty"))
				return nil
			}
			if last > 0 && len(entries) > last {
				entries = entries[len(entries)-last:]
			}
			gr := auditGrid(s, initiative, session)
			for _, e := range entries {
				for _, l := range g.t.AuditLines(gr, e) {
					fmt.Fprintln(g.stdout, l)
				}
			}
			return nil
		},
	}
	f := c.Flags()
	f.Uint64Var(&session, "session", 0, g.t.T("history.cli.audit.flag.session"))
	f.Uint64Var(&initiative, "initiative", 0, g.t.T("history.cli.audit.flag.initiative"))
	f.IntVarP(&last, "last", "n", 0, g.t.T("history.cli.audit.flag.last"))
	return c
}

// recordExists is the store's refusal when the initiative or session asked
// for does not exist.
func recordExists(s *store.Store, initiative, session uint64) error {
	if initiative != 0 {
		_, err := s.Initiative(initiative)
		return err
	}
	if session != 0 {
		_, err := s.Session(session)
		return err
	}
	return nil
}

// auditGrid is the grid whose markers name the scores in the entries: the
// campaign's of the record asked for, else the latest campaign's. Without
// one, markers are named by their ids.
func auditGrid(s *store.Store, initiative, session uint64) *scoring.Grid {
	var campaign string
	if in, err := s.Initiative(initiative); initiative != 0 && err == nil {
		campaign = in.CampaignID
	} else if se, err := s.Session(session); session != 0 && err == nil {
		campaign = se.CampaignID
	} else if cs, err := s.Campaigns(); err == nil && len(cs) > 0 {
		campaign = cs[len(cs)-1].ID
	}
	c, err := s.Campaign(campaign)
	if err != nil {
		return nil
	}
	gr, err := s.Grid(c.Grid)
	if err != nil {
		return nil
	}
	return gr
}

// stdinIsTerminal says whether the confirmation can be asked; tests replace
// it to answer as a person at a terminal would.
var stdinIsTerminal = func(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

func newForgetCmd(g *globals) *cobra.Command {
	var yes bool
	c := &cobra.Command{
		Use:   g.t.T("history.cli.forget.use"),
		Short: g.t.T("history.cli.forget.short"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return errors.New(g.t.T("history.cli.forget.need_id"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(strings.TrimSpace(args[0]), 10, 64)
			if err != nil || id == 0 {
				return errors.New(g.t.T("history.cli.forget.bad_id", plaintext.Line(args[0])))
			}
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			in, err := s.Initiative(id)
			if err != nil {
				return g.storeErr(err)
			}
			title, num := plaintext.Line(in.Title), strconv.FormatUint(id, 10)
			h := in.Holder
			if h.ContactName == "" && h.Email == "" && h.Phone == "" {
				fmt.Fprintln(g.stdout, g.t.T("history.cli.forget.nothing", title, num))
				return nil
			}
			if !yes {
				ok, err := g.confirmForget(title, num)
				if err != nil || !ok {
					return err
				}
			}
			if err := s.EraseHolderContact(id); err != nil {
				return g.storeErr(err)
			}
			fmt.Fprintln(g.stdout, g.t.T("history.cli.forget.done", title, num))
			return nil
		},
	}
	c.Flags().BoolVarP(&yes, "yes", "y", false, g.t.T("history.cli.forget.flag.yes"))
	return c
}

// confirmForget asks on the terminal; anything but a yes keeps the data.
// Without a terminal nobody can answer: erasing must then be asked for
// with --yes.
func (g *globals) confirmForget(title, num string) (bool, error) {
	if !stdinIsTerminal(g.stdin) {
		return false, errors.New(g.t.T("history.cli.forget.not_terminal"))
	}
	fmt.Fprint(g.stdout, g.t.T("history.cli.forget.question", title, num))
	answer, _ := bufio.NewReader(g.stdin).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "o", "oui", "y", "yes":
		return true, nil
	}
	fmt.Fprintln(g.stdout, g.t.T("history.cli.forget.cancelled"))
	return false, nil
}

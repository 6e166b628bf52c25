package main

import (
	"errors"
	"fmt"

	"essradar/store"
	"essradar/store/plaintext"
)

// openSound opens the database and refuses it when Check finds it damaged:
// what leaves the base (the public list) must not come from a file that
// says less than it should. The export checks as it streams instead. The interface checks in the
// background instead (Store.CheckOpened), so that it starts at once.
func (g *globals) openSound() (*store.Store, error) {
	s, err := g.open()
	if err != nil {
		return nil, err
	}
	if err := s.Sound(); err != nil {
		_ = s.Close()
		return nil, g.storeErr(err)
	}
	// The check read every page: they need not stay resident for the
	// export that follows.
	s.ReleasePages()
	return s, nil
}

// runCheck is essradar check: every problem on stdout, then one sentence
// naming the latest backup; or, when all is well, what was checked.
func runCheck(g *globals) error {
	s, err := g.open()
	if err != nil {
		return err
	}
	defer s.Close()
	problems, err := s.Check()
	if err != nil {
		return g.storeErr(err)
	}
	if len(problems) == 0 {
		scope, err := s.Scope()
		if err != nil {
			return g.storeErr(err)
		}
		fmt.Fprintln(g.stdout, plaintext.Visible(g.t.T("cli.check.ok", s.Path())))
		fmt.Fprintln(g.stdout, checkedLine(g, scope))
		return nil
	}
	// The problems are the store's keyed words (kind and message).
	fmt.Fprintln(g.stdout, plaintext.Visible(g.t.T("cli.check.found", s.Path(), g.t.N(len(problems), "cli.count.problems"))))
	for _, p := range problems {
		what := g.t.Message(p.KindMessage())
		if p.ID != "" {
			what += " " + p.ID
		}
		// A problem may quote a record (a session's place): data.
		fmt.Fprintln(g.stdout, plaintext.Line(g.t.T("cli.check.item", what, g.t.Message(p.Why))))
	}
	count := g.t.N(len(problems), "damage.count.problems")
	if b := store.LatestBackup(s.Path()); b != "" {
		return errors.New(g.t.T("damage.cli.check.failed_backup", s.Path(), count, b, s.Path()))
	}
	return errors.New(g.t.T("damage.cli.check.failed_nobackup", s.Path(), count))
}

// checkedLine says what Check went through, in figures.
func checkedLine(g *globals, sc store.CheckScope) string {
	r := sc.Records
	return g.t.T("damage.cli.check.scope",
		g.t.N(sc.Pages, "damage.count.pages"),
		g.t.N(r["campagne"], "damage.count.campaigns"),
		g.t.N(r["initiative"], "cli.count.initiatives"),
		g.t.N(r["membre"], "cli.count.members"),
		g.t.N(r["séance"], "cli.count.sessions"),
		g.t.N(r["évaluation"], "cli.count.evaluations"),
		g.t.N(r["amendement"], "damage.count.amendments"),
		g.t.N(r["journal"], "damage.count.audit"),
		g.t.N(sc.Grids, "damage.count.grids"),
		g.t.N(sc.Seals, "damage.count.seals"))
}

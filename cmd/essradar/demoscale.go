package main

import (
	"errors"
	"fmt"

	"essradar/store/demo"
)

// runDemoScale writes the demo and generated years up to scale × 200
// initiatives, for trying essradar (and benchmarking it) at that size.
func runDemoScale(g *globals, scale int) error {
	if scale < 1 {
		return &textError{msg: g.t.T("cli.demo.scale.below_one", scale), err: demo.ErrScaleBelowOne}
	}
	s, err := g.open()
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := demo.Scale(s, scale)
	switch {
	case errors.Is(err, demo.ErrAlreadyThere):
		return &textError{msg: g.t.T("cli.demo.scale.already", s.Path()), err: err}
	case err != nil:
		return g.storeErr(err)
	}
	fmt.Fprintln(g.stdout, g.t.T("cli.demo.scale.loaded", s.Path(),
		g.t.N(res.Campaigns, "cli.count.campaigns"), g.t.N(res.Initiatives, "cli.count.initiatives"),
		g.t.N(res.Sessions, "cli.count.sessions"), g.t.N(res.Evaluations, "cli.count.evaluations")))
	return nil
}

package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/i18n"
	"essradar/tui/minutes"
)

func newMinutesCmd(g *globals) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:     g.t.T("minutes.cli.use"),
		Short:   g.t.T("minutes.cli.short"),
		Long:    g.t.T("minutes.cli.long"),
		Example: "  essradar minutes 1\n  essradar minutes 2026-07-08 -o pv.pdf",
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return errors.New(g.t.T("minutes.cli.missing"))
			case len(args) > 1:
				return errors.New(g.t.T("minutes.cli.one", len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			format := minutes.Markdown
			if out != "" && out != "-" {
				f, err := minutes.FormatOf(out)
				if err != nil {
					return errors.New(g.t.T("minutes.err_format", out))
				}
				format = f
			}
			s, err := g.open()
			if err != nil {
				return err
			}
			defer s.Close()
			se, err := findSession(g, s, args[0])
			if err != nil {
				return err
			}
			sheet, err := s.SessionSheet(se.ID)
			if err != nil {
				return g.storeErr(err)
			}
			lang, _ := i18n.Detect(g.lang)
			m := minutes.Build(sheet, i18n.New(lang))
			if out == "" || out == "-" {
				return m.Write(g.stdout, format)
			}
			if sameFile(out, s.Path()) {
				return errors.New(g.t.T("cli.export.is_db", out))
			}
			if err := g.writeFileAtomic(out, func(w io.Writer) error { return m.Write(w, format) }); err != nil {
				return err
			}
			fmt.Fprintln(g.stderr, plaintext.Visible(g.t.T("minutes.cli.done", g.t.Date(se.Date), out)))
			return nil
		},
	}
	c.Flags().StringVarP(&out, "output", "o", "", g.t.T("minutes.cli.flag.output"))
	return c
}

// findSession is the session arg names: its number as the session screen
// shows it, or its date (2026-07-08 or 08/07/2026) when one session alone
// was held that day. Otherwise the error lists the sessions there are.
func findSession(g *globals, s *store.Store, arg string) (store.Session, error) {
	all, err := s.Sessions("")
	if err != nil {
		return store.Session{}, g.storeErr(err)
	}
	if len(all) == 0 {
		return store.Session{}, errors.New(g.t.T("minutes.cli.none", s.Path()))
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	if id, err := strconv.ParseUint(strings.TrimPrefix(arg, "#"), 10, 64); err == nil {
		for _, se := range all {
			if se.ID == id {
				return se, nil
			}
		}
		return store.Session{}, errors.New(g.t.T("minutes.cli.not_found", arg, sessionList(g, all)))
	}
	day := strings.TrimSpace(arg)
	if _, err := time.Parse(time.DateOnly, day); err != nil {
		if day, err = i18n.ParseDate(arg); err != nil {
			return store.Session{}, errors.New(g.t.T("minutes.cli.not_found", arg, sessionList(g, all)))
		}
	}
	var same []store.Session
	for _, se := range all {
		if se.Date == day {
			same = append(same, se)
		}
	}
	switch len(same) {
	case 0:
		return store.Session{}, errors.New(g.t.T("minutes.cli.not_found", arg, sessionList(g, all)))
	case 1:
		return same[0], nil
	}
	return store.Session{}, errors.New(g.t.T("minutes.cli.ambiguous", g.t.Date(day), sessionList(g, same)))
}

func sessionList(g *globals, ses []store.Session) string {
	items := make([]string, len(ses))
	for i, se := range ses {
		items[i] = g.t.T("minutes.cli.item", se.ID, g.t.Date(se.Date), plaintext.Line(se.Territory))
	}
	return strings.Join(items, g.t.T("cli.list_sep"))
}

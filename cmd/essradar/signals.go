package main

import (
	"errors"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"essradar/tui"
)

// endingSignals are what the system sends to end essradar: ctrl+c when the
// terminal is not in raw mode (or kill -INT), kill and service managers
// (SIGTERM), a closed terminal window or a dropped SSH link (SIGHUP). Go's
// syscall names all three on Windows too, where only os.Interrupt comes.
var endingSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// runInterface runs the interface until it quits. Bubble Tea's own signal
// handling is replaced: it would end at once on SIGTERM, and report SIGINT
// as an error, while a save shown on screen may be on its way. The first
// signal asks the interface to end once that save landed (tui.Shutdown); a
// second one ends it without waiting.
func runInterface(g *globals, app tea.Model) error {
	p := tea.NewProgram(app, tea.WithoutSignalHandler())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, endingSignals...)
	defer signal.Stop(sigs)
	done := make(chan struct{})
	defer close(done)
	var signalled atomic.Bool
	go func() {
		for {
			select {
			case <-done:
				return
			case <-sigs:
				if signalled.Swap(true) {
					p.Quit()
				} else {
					p.Send(tui.Shutdown{})
				}
			}
		}
	}()
	_, err := p.Run()
	switch {
	case err == nil, errors.Is(err, tea.ErrInterrupted):
		return nil
	case signalled.Load():
		// Ended by the system: the terminal may be gone with its input
		// (SIGHUP), which is no failure of essradar.
		return nil
	}
	return errors.New(g.t.T("cli.err.no_terminal", err))
}

package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"sync"
	"time"
)

// cpuProfileEnv names a file to write a CPU profile of the interface's
// start-up to (BENCHMARKS.md): hidden from the help, since only someone
// measuring essradar needs it, and read from the environment so that the
// real binary is profiled as launched, in a real terminal.
const cpuProfileEnv = "ESSRADAR_CPUPROFILE"

// profiledStartUp is how long the profile runs after launch: the home
// screen is painted in about a tenth of that, the rest shows what follows
// it (the background check starts a quarter of a second after the load).
const profiledStartUp = 1500 * time.Millisecond

// startCPUProfile starts the profile when asked; the function it returns
// stops it, whichever comes first of that call and the end of the window.
func startCPUProfile(getenv func(string) string) (stop func(), err error) {
	path := getenv(cpuProfileEnv)
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("profile to %s: %w", path, err)
	}
	var once sync.Once
	stopOnce := func() {
		once.Do(func() {
			pprof.StopCPUProfile()
			f.Close()
		})
	}
	timer := time.AfterFunc(profiledStartUp, stopOnce)
	return func() { timer.Stop(); stopOnce() }, nil
}

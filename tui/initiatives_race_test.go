//go:build race

package tui

// raceEnabled: the race detector slows everything down ~10×, so timing
// limits are not checked under it.
const raceEnabled = true

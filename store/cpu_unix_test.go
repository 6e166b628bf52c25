//go:build unix

package store_test

import "syscall"

// cpuNs is the CPU the process has used, user and system: the share of a
// save that is its own work, apart from the wait for the disk.
func cpuNs() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

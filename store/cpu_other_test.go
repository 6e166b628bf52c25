//go:build !unix

package store_test

// cpuNs is not measured here; the CPU figures read 0.
func cpuNs() int64 { return 0 }

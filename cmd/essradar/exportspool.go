package main

import (
	"fmt"
	"io"
	"os"
)

// spoolTo runs write into an owner-only temporary file and copies it to w
// only once write has succeeded: the export checks the file as it streams,
// so damage found half-way must leave standard output empty rather than
// hand a pipe half a document. The temporary file is removed either way.
// writeErr is write's own error (a store error), err the file system's.
func spoolTo(w io.Writer, write func(io.Writer) error) (writeErr, err error) {
	f, err := os.CreateTemp("", "essradar-export-*.json")
	if err != nil {
		return nil, fmt.Errorf("create a temporary file: %w", err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if writeErr := write(f); writeErr != nil {
		return writeErr, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("rewind %s: %w", f.Name(), err)
	}
	if _, err := io.Copy(w, f); err != nil {
		return nil, fmt.Errorf("copy %s: %w", f.Name(), err)
	}
	return nil, nil
}

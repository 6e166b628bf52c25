//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"syscall"
	"testing"

	"github.com/creack/pty"
)

// The interface as its own process: the test binary re-executed with this
// variable set runs essradar on the database it names.
const interfaceHelperEnv = "ESSRADAR_TEST_INTERFACE_DB"

func TestHelperInterface(t *testing.T) {
	db := os.Getenv(interfaceHelperEnv)
	if db == "" {
		t.Skip("helper process for TestEndedBySignal")
	}
	os.Exit(run([]string{"--db", db}, os.Stdin, os.Stdout, os.Stderr))
}

// Ended by the system (ctrl+c as a signal, kill, a closed terminal), the
// interface quits normally: status 0, nothing on stderr (« the interface
// could not open » was said on SIGINT), the file sound and unlocked.
func TestEndedBySignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			db := cliDemoDB(t)
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperInterface$")
			cmd.Env = append(os.Environ(), interfaceHelperEnv+"="+db)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			// A terminal of its own, 80×24, as the secretary's.
			tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
			if err != nil {
				t.Fatal(err)
			}
			defer tty.Close()
			// The home screen drawn: the program runs and its signals are
			// taken (they are, before it draws).
			if err := waitFor(tty, "quitter"); err != nil {
				_ = cmd.Process.Kill()
				t.Fatalf("the interface drew nothing: %v, stderr %q", err, stderr.String())
			}
			go func() { _, _ = io.Copy(io.Discard, tty) }()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			if err != nil {
				t.Errorf("%v: the interface ended with %v, stderr %q", sig, err, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("%v: stderr %q", sig, stderr.String())
			}
			cliOK(t, "--db", db, "check")
		})
	}
}

// waitFor reads the terminal until text shows.
func waitFor(r io.Reader, text string) error {
	var seen bytes.Buffer
	buf := make([]byte, 4096)
	for !bytes.Contains(seen.Bytes(), []byte(text)) {
		n, err := r.Read(buf)
		if err != nil {
			return err
		}
		seen.Write(buf[:n])
	}
	return nil
}

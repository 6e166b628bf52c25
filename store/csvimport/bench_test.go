package csvimport

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"essradar/store"
)

// peakEnv names the file a child process imports (BenchmarkImportCSV): the
// peak resident memory of a process only grows, so each size is measured
// in a process of its own.
const peakEnv = "ESSRADAR_IMPORT_PEAK"

// BenchmarkImportCSV imports 200, 2,000 and 20,000 rows (bigFile) from a
// file on disk into a fresh database, as the command line does (Open, then
// ImportSheet), and reports the peak resident memory (VmHWM) of a process
// that does only that once, its own baseline included ("peak-MB").
func BenchmarkImportCSV(b *testing.B) {
	for _, n := range []int{200, 2000, 20000} {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "rows.csv")
			if err := os.WriteFile(path, bigFile(n), 0o600); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				b.StopTimer()
				dir := b.TempDir()
				b.StartTimer()
				if _, err := importFile(b, path, filepath.Join(dir, "essradar.db")); err != nil {
					b.Fatal(err)
				}
			}
			if peak, err := peakOfChild(path); err == nil {
				b.ReportMetric(peak, "peak-MB")
			} else {
				b.Logf("peak memory not measured: %v", err)
			}
		})
	}
}

// importFile imports the CSV file at path into a new database at dbPath,
// seeded with campaign 2026.
func importFile(tb testing.TB, path, dbPath string) (Report, error) {
	s, err := store.Open(dbPath)
	if err != nil {
		return Report{}, err
	}
	defer s.Close()
	seedCampaign(tb, s)
	f, err := os.Open(path)
	if err != nil {
		return Report{}, err
	}
	defer f.Close()
	sh, err := Open(f)
	if err != nil {
		return Report{}, err
	}
	return ImportSheet(s, sh, Options{})
}

// peakOfChild runs this test binary again to import path alone, and reads
// its peak resident memory, in MB.
func peakOfChild(path string) (float64, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportPeakChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), peakEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("%v: %s", err, out)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if kb, ok := strings.CutPrefix(sc.Text(), "peak-kB "); ok {
			v, err := strconv.ParseFloat(kb, 64)
			return v / 1024, err
		}
	}
	return 0, fmt.Errorf("no peak in %q", out)
}

// TestImportPeakChild is the child of BenchmarkImportCSV; it does nothing
// in an ordinary test run.
func TestImportPeakChild(t *testing.T) {
	path := os.Getenv(peakEnv)
	if path == "" {
		t.Skip("run by BenchmarkImportCSV")
	}
	if _, err := importFile(t, path, filepath.Join(t.TempDir(), "essradar.db")); err != nil {
		t.Fatal(err)
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, l := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			fmt.Printf("peak-kB %s\n", strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		}
	}
}

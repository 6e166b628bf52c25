package store

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// settableClock is a clock the test moves by hand (days, not seconds).
type settableClock struct{ at time.Time }

func (c *settableClock) now() time.Time { return c.at }

func openWithClock(t *testing.T) (*Store, *settableClock) {
	t.Helper()
	s := openTest(t)
	c := &settableClock{at: time.Date(2026, 11, 27, 18, 30, 0, 0, time.Local)}
	s.now = c.now
	return s, c
}

func TestAutoBackupOncePerDayOwnerOnly(t *testing.T) {
	s, c := openWithClock(t)
	seed(t, s)
	first, err := s.AutoBackup()
	if err != nil || first == "" {
		t.Fatalf("AutoBackup = %q, %v", first, err)
	}
	if filepath.Dir(first) != filepath.Join(filepath.Dir(s.Path()), "essradar-sauvegardes") {
		t.Errorf("backup written in %s", filepath.Dir(first))
	}
	if runtime.GOOS != "windows" {
		fileMode(t, first, 0o600)
		fileMode(t, filepath.Dir(first), 0o700)
	}
	c.at = c.at.Add(3 * time.Hour)
	if again, err := s.AutoBackup(); err != nil || again != "" {
		t.Fatalf("second AutoBackup the same day = %q, %v; want none", again, err)
	}
	c.at = c.at.Add(24 * time.Hour)
	next, err := s.AutoBackup()
	if err != nil || next == "" || next == first {
		t.Fatalf("AutoBackup the next day = %q, %v", next, err)
	}
	list, err := Backups(s.Path())
	if err != nil || len(list) != 2 || list[0].Path != next || list[0].Kind != BackupAuto {
		t.Fatalf("Backups = %+v, %v", list, err)
	}
	if LatestBackup(s.Path()) != next {
		t.Errorf("LatestBackup = %s, want %s", LatestBackup(s.Path()), next)
	}
}

func fileMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != want {
		t.Errorf("%s: mode %v, want %v", path, info.Mode().Perm(), want)
	}
}

func TestPruneKeepsTenOrdinaryAndEverySession(t *testing.T) {
	s, c := openWithClock(t)
	f := seed(t, s)
	if err := s.Update(func(tx *Tx) error {
		se, err := tx.Session(f.session.ID)
		if err != nil {
			return err
		}
		se.Date = "2026-11-01"
		return tx.PutSession(se)
	}); err != nil {
		t.Fatal(err)
	}
	session, err := s.SessionBackup(f.session.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(filepath.Base(session), "seance-2026-11-01-") {
		t.Errorf("session backup not named after its session: %s", session)
	}
	var ordinary []string
	for i := 0; i < 14; i++ {
		c.at = c.at.Add(time.Minute)
		take := s.ManualBackup
		if i%2 == 0 {
			take = func() (string, error) { c.at = c.at.Add(24 * time.Hour); return s.AutoBackup() }
		}
		p, err := take()
		if err != nil || p == "" {
			t.Fatalf("backup %d = %q, %v", i, p, err)
		}
		ordinary = append(ordinary, p)
	}
	list, err := Backups(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	var kinds []BackupKind
	for _, b := range list {
		kinds = append(kinds, b.Kind)
	}
	if len(list) != KeptBackups+1 {
		t.Fatalf("%d backups kept (%v), want %d ordinary and the session's", len(list), kinds, KeptBackups)
	}
	if list[len(list)-1].Path != session || list[len(list)-1].Kind != BackupSession || list[len(list)-1].SessionID != f.session.ID {
		t.Errorf("the session's backup is gone: %+v", list[len(list)-1])
	}
	for _, gone := range ordinary[:4] {
		if _, err := os.Stat(gone); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("old backup %s still there", gone)
		}
	}
	if list[0].Path != ordinary[len(ordinary)-1] {
		t.Errorf("newest first: %s, want %s", list[0].Path, ordinary[len(ordinary)-1])
	}
}

func TestBackupsListsOlderKindsBeside(t *testing.T) {
	s, _ := openWithClock(t)
	seed(t, s)
	beside, err := s.BackupFile("")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(s.Path())
	migration := filepath.Join(dir, "essradar.db.avant-v3-20260101-120000.bak")
	if err := os.WriteFile(migration, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	list, err := Backups(s.Path())
	if err != nil || len(list) != 2 {
		t.Fatalf("Backups = %+v, %v", list, err)
	}
	if list[0].Path != beside || list[0].Kind != BackupManual || list[1].Kind != BackupMigration {
		t.Errorf("Backups = %+v", list)
	}
}

func TestOpenRemovesOnlyOurTemporaryFiles(t *testing.T) {
	s := openTest(t)
	path := s.Path()
	if _, err := s.ManualBackup(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	dir, backups := filepath.Dir(path), BackupDir(path)
	ours := []string{filepath.Join(dir, ".essradar-123456.tmp"), filepath.Join(backups, ".essradar-987.tmp")}
	theirs := []string{filepath.Join(dir, ".essradar-abc.tmp"), filepath.Join(dir, "essradar-1.tmp"), filepath.Join(backups, ".essradar-12.tmp.keep")}
	for _, p := range append(append([]string{}, ours...), theirs...) {
		if err := os.WriteFile(p, []byte("personal data"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	for _, p := range ours {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("interrupted backup's %s left after open", p)
		}
	}
	for _, p := range theirs {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s is not ours and was removed: %v", p, err)
		}
	}
}

func TestInterruptedWriteLeavesNoFinalName(t *testing.T) {
	dir := t.TempDir()
	final := filepath.Join(dir, "auto-20261127-183000.db")
	err := WriteFileAtomic(final, 0o600, func(w io.Writer) error {
		_, _ = w.Write([]byte("half a copy"))
		return errors.New("disque plein")
	})
	if err == nil {
		t.Fatal("a failed write was reported as written")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("a failed write left %v", entries)
	}
}

func TestRestoreSetsAsideAndPutsBackupInPlace(t *testing.T) {
	s, c := openWithClock(t)
	seed(t, s)
	backup, err := s.ManualBackup()
	if err != nil {
		t.Fatal(err)
	}
	// A change after the backup: the restore must take it away.
	if err := s.Update(func(tx *Tx) error {
		return tx.CreateMember(&Member{Name: "Inès Morel", College: "CDESS", Active: true})
	}); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if _, err := Restore(path, backup, c.at); !errors.Is(err, ErrLocked) {
		t.Fatalf("Restore while the database is open = %v, want ErrLocked", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := Restore(path, backup, c.at)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Aside, path+".mise-de-cote-") {
		t.Errorf("set aside as %s", res.Aside)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if ms, err := s2.Members(); err != nil || len(ms) != 2 {
		t.Errorf("restored base has %d members (%v), want the backup's 2", len(ms), err)
	}
	aside, err := Open(res.Aside)
	if err != nil {
		t.Fatalf("the base set aside no longer opens: %v", err)
	}
	defer aside.Close()
	if ms, _ := aside.Members(); len(ms) != 3 {
		t.Errorf("the base set aside has %d members, want 3", len(ms))
	}
}

func TestRestoreRefusesDamagedBackup(t *testing.T) {
	s, c := openWithClock(t)
	seed(t, s)
	backup, err := s.ManualBackup()
	if err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(raw) / 2; i < len(raw); i++ {
		raw[i] = 0xff
	}
	if err := os.WriteFile(backup, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if _, err := Restore(path, backup, c.at); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Restore of a damaged backup = %v, want ErrDamaged", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("a refused restore changed the database")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if strings.Contains(e.Name(), "mise-de-cote") {
			t.Errorf("a refused restore set the base aside: %s", e.Name())
		}
	}
}

func TestAutoBackupSkipsAnEmptyBase(t *testing.T) {
	s, _ := openWithClock(t)
	if p, err := s.AutoBackup(); err != nil || p != "" {
		t.Fatalf("AutoBackup of an empty base = %q, %v; want none", p, err)
	}
	seed(t, s)
	if p, err := s.AutoBackup(); err != nil || p == "" {
		t.Fatalf("AutoBackup once a campaign exists = %q, %v", p, err)
	}
}

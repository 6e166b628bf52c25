package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

const (
	stampLayout   = "20060102-150405"
	backupPrefix  = "essradar-sauvegarde-"
	backupSuffix  = ".db"
	migrationMark = ".avant-v"
	migrationExt  = ".bak"
)

// Backup writes a consistent copy of the whole database to w while it stays
// in use (a read transaction), and returns the number of bytes written.
func (s *Store) Backup(w io.Writer) (n int64, err error) {
	err = s.view(func(t *Tx) error {
		n, err = t.btx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("sauvegarder %s : %w", s.path, err)
	}
	return n, nil
}

// BackupFile writes a copy of the database to path (0600), through a
// temporary file renamed at the end so that a half-written copy never carries
// the final name. With path "" the copy goes next to the database as
// essradar-sauvegarde-YYYYMMDD-HHMMSS.db; a path naming a folder gets that
// name inside it. It returns the file written.
func (s *Store) BackupFile(path string) (string, error) {
	if path == "" {
		path = filepath.Dir(s.path)
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		path = freeName(filepath.Join(path, backupPrefix+s.now().Format(stampLayout)), backupSuffix)
	}
	var out string
	err := s.view(func(t *Tx) error {
		var err error
		out, err = writeFileAtomic(path, t.btx)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("sauvegarder la base dans %s : %w", path, err)
	}
	return out, nil
}

// freeName returns base+ext, or base-2+ext, base-3+ext… when taken.
func freeName(base, ext string) string {
	name := base + ext
	for i := 2; ; i++ {
		if _, err := os.Stat(name); os.IsNotExist(err) {
			return name
		}
		name = fmt.Sprintf("%s-%d%s", base, i, ext)
	}
}

// migrationBackupName is <db>.avant-v<N>-<YYYYMMDD-HHMMSS>.bak.
func migrationBackupName(dbPath string, to int, now time.Time) string {
	return freeName(fmt.Sprintf("%s%s%d-%s", dbPath, migrationMark, to, now.Format(stampLayout)), migrationExt)
}

// writeFileAtomic copies the database seen by tx to path: temporary file in
// the same folder, fsync, rename.
func writeFileAtomic(path string, tx *bbolt.Tx) (string, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", err
	}
	err := WriteFileAtomic(path, 0o600, func(w io.Writer) error {
		_, err := tx.WriteTo(w)
		return err
	})
	if err != nil {
		return "", err
	}
	return path, nil
}

// LatestBackup finds the newest backup of the database at dbPath in its
// folder: the copies made by BackupFile (essradar-sauvegarde-*.db) and the
// automatic ones made before a migration (<db>.avant-v*.bak). It returns ""
// when there is none.
func LatestBackup(dbPath string) string {
	dir, base := filepath.Dir(dbPath), filepath.Base(dbPath)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	type cand struct {
		path  string
		stamp string
		mod   time.Time
	}
	var cands []cand
	for _, e := range entries {
		name := e.Name()
		var stamp string
		switch {
		case strings.HasPrefix(name, backupPrefix) && strings.HasSuffix(name, backupSuffix):
			stamp = strings.TrimSuffix(strings.TrimPrefix(name, backupPrefix), backupSuffix)
		case strings.HasPrefix(name, base+migrationMark) && strings.HasSuffix(name, migrationExt):
			rest := strings.TrimSuffix(strings.TrimPrefix(name, base+migrationMark), migrationExt)
			if i := strings.IndexByte(rest, '-'); i >= 0 {
				stamp = rest[i+1:]
			}
		default:
			continue
		}
		if e.IsDir() || len(stamp) < len(stampLayout) {
			continue
		}
		if _, err := time.ParseInLocation(stampLayout, stamp[:len(stampLayout)], time.Local); err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil || info.Size() == 0 {
			continue
		}
		cands = append(cands, cand{filepath.Join(dir, name), stamp, info.ModTime()})
	}
	if len(cands) == 0 {
		return ""
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.stamp[:len(stampLayout)] != b.stamp[:len(stampLayout)] {
			return a.stamp[:len(stampLayout)] > b.stamp[:len(stampLayout)]
		}
		return a.mod.After(b.mod)
	})
	return cands[0].path
}

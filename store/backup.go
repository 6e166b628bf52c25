package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
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

// LatestBackup finds the newest backup of the database at dbPath (see
// Backups), "" when there is none.
func LatestBackup(dbPath string) string {
	list, err := Backups(dbPath)
	if err != nil || len(list) == 0 {
		return ""
	}
	return list[0].Path
}

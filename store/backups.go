package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"go.etcd.io/bbolt"
	bberrors "go.etcd.io/bbolt/errors"
)

// BackupKind says why a backup was taken.
type BackupKind string

const (
	BackupAuto      BackupKind = "auto"      // at open, once a day
	BackupSession   BackupKind = "session"   // when a session is closed; kept forever
	BackupManual    BackupKind = "manual"    // asked for: the key in the interface, essradar backup
	BackupMigration BackupKind = "migration" // before a schema change, next to the database
)

// KeptBackups is how many ordinary (automatic and manual) backups the folder
// keeps; each closed session's backup is kept on top of them.
const KeptBackups = 10

// BackupInfo is one backup found for a database.
type BackupInfo struct {
	Path string
	Kind BackupKind
	// Time is when it was taken, read from its name (local time).
	Time time.Time
	Size int64
	// SessionID and SessionDate name the closed session of a session backup.
	SessionID   uint64
	SessionDate string

	// written tells apart two backups of the same second.
	written time.Time
}

const asideMark = ".mise-de-cote-"

var (
	// folderBackupRe reads the names BackupInto gives: kind, optional
	// session (date and id), stamp, optional -N when the second was taken.
	folderBackupRe = regexp.MustCompile(`^(auto|manuelle|seance-(\d{4}-\d{2}-\d{2})-(\d+))-(\d{8}-\d{6})(?:-\d+)?\.db$`)
	// tempRe is exactly what WriteFileAtomic's os.CreateTemp pattern
	// produces: nobody else's files are ever removed.
	tempRe = regexp.MustCompile(`^\.essradar-\d+\.tmp$`)
)

// ensureBackupDir creates the backups folder, owner-only.
func ensureBackupDir(dbPath string) error {
	dir := BackupDir(dbPath)
	err := os.MkdirAll(dir, 0o700)
	if err == nil {
		// MkdirAll keeps the mode of a folder that exists: owner-only
		// even when someone made it by hand.
		err = os.Chmod(dir, 0o700)
	}
	if err != nil {
		return newError(nil, err, "store.backup.folder", "le dossier de sauvegardes ne peut pas être créé (%[2]v) : %[1]s", dir, osReason(err))
	}
	return nil
}

// osReason names why a file operation failed, in words the catalogue
// translates for the usual causes; any other keeps the system's words.
func osReason(err error) any {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return msg("store.backup.reason.permission", "accès refusé")
	case errors.Is(err, syscall.ENOSPC):
		return msg("store.backup.reason.no_space", "disque plein")
	case errors.Is(err, syscall.EROFS):
		return msg("store.backup.reason.read_only", "disque en lecture seule")
	case errors.Is(err, syscall.ENOTDIR):
		return msg("store.backup.reason.not_dir", "un fichier porte le nom du dossier")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// BackupDir is the folder of automatic, session and manual backups of the
// database at dbPath: <name>-sauvegardes next to it.
func BackupDir(dbPath string) string {
	base := strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath))
	return filepath.Join(filepath.Dir(dbPath), base+"-sauvegardes")
}

// AutoBackup takes the day's automatic backup, unless the folder already
// holds a backup taken today or the base holds no campaign yet (a copy of
// nothing would take the day's place): it returns "" then.
func (s *Store) AutoBackup() (string, error) {
	s.backupMu.Lock()
	defer s.backupMu.Unlock()
	if err := ensureBackupDir(s.path); err != nil {
		return "", err
	}
	var empty bool
	if err := s.view(func(t *Tx) error {
		if b := t.bucket(bucketCampaigns); b != nil {
			k, _ := b.Cursor().First()
			empty = k == nil
		} else {
			empty = true
		}
		return nil
	}); err != nil || empty {
		return "", err
	}
	today := s.now().Format("20060102")
	list, err := Backups(s.path)
	if err != nil {
		return "", err
	}
	for _, b := range list {
		if b.Kind != BackupMigration && b.Time.Format("20060102") == today && filepath.Dir(b.Path) == BackupDir(s.path) {
			return "", nil
		}
	}
	return s.backupInFolder("auto")
}

// ManualBackup takes a backup on demand into the backups folder.
func (s *Store) ManualBackup() (string, error) {
	s.backupMu.Lock()
	defer s.backupMu.Unlock()
	return s.backupInFolder("manuelle")
}

// SessionBackup takes the backup of a closed session, named after it and
// never pruned.
func (s *Store) SessionBackup(id uint64) (string, error) {
	var se Session
	if err := s.view(func(t *Tx) (err error) { se, err = t.Session(id); return err }); err != nil {
		return "", err
	}
	s.backupMu.Lock()
	defer s.backupMu.Unlock()
	return s.backupInFolder(fmt.Sprintf("seance-%s-%d", se.Date, se.ID))
}

// backupInFolder writes one backup named prefix-stamp.db in the backups
// folder (0700), then prunes the ordinary ones beyond KeptBackups: only
// after the new one is safely there.
func (s *Store) backupInFolder(prefix string) (string, error) {
	// A copy of a damaged file would become the latest backup, the one
	// the damage message tells the secretary to restore.
	if err := s.damageFound(); err != nil {
		return "", err
	}
	dir := BackupDir(s.path)
	if err := ensureBackupDir(s.path); err != nil {
		return "", err
	}
	path := freeName(filepath.Join(dir, prefix+"-"+s.now().Format(stampLayout)), backupSuffix)
	if err := s.view(func(t *Tx) error {
		_, err := writeFileAtomic(path, t.btx)
		return err
	}); err != nil {
		return "", newError(nil, err, "store.backup.write", "la sauvegarde n'a pas pu être écrite (%[2]v) : %[1]s", path, osReason(err))
	}
	if err := s.pruneBackups(); err != nil {
		return path, newError(nil, err, "store.backup.prune", "la sauvegarde %s est écrite, mais les plus anciennes de %s n'ont pas pu être retirées : %v", path, dir, osReason(err))
	}
	return path, nil
}

// pruneBackups removes the ordinary backups of the folder beyond the
// newest KeptBackups. Session and migration backups are never removed.
func (s *Store) pruneBackups() error {
	list, err := Backups(s.path)
	if err != nil {
		return err
	}
	kept := 0
	for _, b := range list {
		if (b.Kind != BackupAuto && b.Kind != BackupManual) || filepath.Dir(b.Path) != BackupDir(s.path) {
			continue
		}
		if kept++; kept > KeptBackups {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}

// Backups lists the backups of the database at dbPath, newest first: those
// of its backups folder, the migration ones next to it (<db>.avant-v*.bak)
// and the ones older versions wrote next to it (essradar-sauvegarde-*.db).
// Empty files (a copy that never started) are left out.
func Backups(dbPath string) ([]BackupInfo, error) {
	var out []BackupInfo
	dir := BackupDir(dbPath)
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, newError(nil, err, "store.backup.list", "le dossier de sauvegardes ne se lit pas (%[2]v) : %[1]s", dir, osReason(err))
	}
	for _, e := range entries {
		m := folderBackupRe.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		b := BackupInfo{Path: filepath.Join(dir, e.Name()), Kind: BackupAuto}
		switch {
		case m[1] == "manuelle":
			b.Kind = BackupManual
		case m[2] != "":
			b.Kind, b.SessionDate = BackupSession, m[2]
			b.SessionID, _ = strconv.ParseUint(m[3], 10, 64)
		}
		if stampAndSize(e, m[4], &b) {
			out = append(out, b)
		}
	}
	out = append(out, besideBackups(dbPath)...)
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].written.After(out[j].written)
	})
	return out, nil
}

// besideBackups are the backups kept next to the database itself.
func besideBackups(dbPath string) []BackupInfo {
	dir, base := filepath.Dir(dbPath), filepath.Base(dbPath)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []BackupInfo
	for _, e := range entries {
		name := e.Name()
		var stamp string
		b := BackupInfo{Path: filepath.Join(dir, name)}
		switch {
		case strings.HasPrefix(name, backupPrefix) && strings.HasSuffix(name, backupSuffix):
			b.Kind = BackupManual
			stamp = strings.TrimSuffix(strings.TrimPrefix(name, backupPrefix), backupSuffix)
		case strings.HasPrefix(name, base+migrationMark) && strings.HasSuffix(name, migrationExt):
			b.Kind = BackupMigration
			rest := strings.TrimSuffix(strings.TrimPrefix(name, base+migrationMark), migrationExt)
			if i := strings.IndexByte(rest, '-'); i >= 0 {
				stamp = rest[i+1:]
			}
		default:
			continue
		}
		if !e.IsDir() && stampAndSize(e, stamp, &b) {
			out = append(out, b)
		}
	}
	return out
}

// stampAndSize fills b's time from the stamp at the start of stamp and its
// size; false when the name carries no stamp or the file is empty.
func stampAndSize(e fs.DirEntry, stamp string, b *BackupInfo) bool {
	if len(stamp) < len(stampLayout) {
		return false
	}
	at, err := time.ParseInLocation(stampLayout, stamp[:len(stampLayout)], time.Local)
	if err != nil {
		return false
	}
	info, err := e.Info()
	if err != nil || info.Size() == 0 {
		return false
	}
	b.Time, b.Size, b.written = at, info.Size(), info.ModTime()
	return true
}

// removeStaleTemps removes the temporary files an interrupted write left
// next to the database and in its backups folder. It runs once the file
// lock is held, so no other essradar of this database is writing them.
func removeStaleTemps(dbPath string) {
	for _, dir := range []string{filepath.Dir(dbPath), BackupDir(dbPath)} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.Type().IsRegular() && tempRe.MatchString(e.Name()) {
				_ = os.Remove(filepath.Join(dir, e.Name()))
			}
		}
	}
}

// CheckBackup opens the backup at path read-only and checks it as the store
// checks a database (file structure, records, seals), without changing a
// byte of it. A file of an older schema is checked for its structure only:
// opening it after a restore migrates it.
func CheckBackup(path string) ([]Problem, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, newError(nil, err, "store.backup.read", "la sauvegarde %s ne se lit pas : %v", path, err)
	}
	if info.IsDir() || info.Size() == 0 {
		return nil, newError(ErrDamaged, nil, "store.backup.empty", "la sauvegarde %s est vide ou n'est pas un fichier", path)
	}
	db, err := openBoltReadOnly(path)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, now: time.Now}
	defer s.Close()
	var version int
	if err := s.view(func(t *Tx) error {
		if err := walk(t.btx, path, nil); err != nil {
			return err
		}
		version, _ = readSchema(t.btx)
		return nil
	}); err != nil {
		// The store's damage message speaks of a database to restore;
		// of a backup, only what does not read matters.
		why := msg("store.backup.damaged", "le fichier ne se lit pas en entier (détail technique : %v)", damageCause(err))
		return []Problem{{Kind: "fichier", Message: why.String(), Why: why}}, nil
	}
	switch {
	case version > SchemaVersion():
		return nil, newError(ErrTooNew, nil, "store.backup.too_new",
			"la sauvegarde %s a été écrite par une version plus récente d'essradar (schéma v%d) ; mettez essradar à jour", path, version)
	case version < SchemaVersion():
		return s.checkStructure()
	}
	return s.Check()
}

// damageCause is the technical cause inside a damage error, err itself when
// it has none.
func damageCause(err error) error {
	var se *storeError
	if errors.As(err, &se) && len(se.errs) > 1 {
		return se.errs[1]
	}
	return err
}

// checkStructure is the bbolt part of Check, for a file of an older schema.
func (s *Store) checkStructure() ([]Problem, error) {
	var probs []Problem
	err := s.view(func(t *Tx) error {
		for err := range t.btx.Check() {
			why := msg("store.check.file_structure", "structure du fichier : %v", err)
			probs = append(probs, Problem{Kind: "fichier", Message: why.String(), Why: why})
		}
		return nil
	})
	return probs, err
}

// openBoltReadOnly opens a file without writing to it: a shared lock, so a
// database open in an interface answers ErrLocked.
func openBoltReadOnly(path string) (db *bbolt.DB, err error) {
	defer func() {
		if p := recover(); p != nil {
			db, err = nil, newError(ErrDamaged, fmt.Errorf("%v", p), "store.backup.unreadable", "le fichier %s ne se lit pas : %v", path, p)
		}
	}()
	db, err = bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: openTimeout})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, bberrors.ErrTimeout):
		return nil, newError(ErrLocked, err,
			"store.locked", "la base %s est déjà ouverte dans un autre essradar ; fermez-le puis réessayez", path)
	default:
		return nil, newError(ErrDamaged, err, "store.backup.unreadable", "le fichier %s ne se lit pas : %v", path, err)
	}
}

// Restored says what Restore did.
type Restored struct {
	// Aside is where the database that was in place now is ("" when there
	// was none).
	Aside string
	// Backup is the backup put in place.
	Backup string
}

// Restore puts the backup at backupPath in place of the database at dbPath,
// after checking it (a damaged one is refused, ErrDamaged). The database in
// place is renamed <db>.mise-de-cote-<stamp>, never deleted. It refuses while
// another essradar holds the database (ErrLocked). now stamps the aside name.
func Restore(dbPath, backupPath string, now time.Time) (Restored, error) {
	res := Restored{Backup: backupPath}
	if sameFile(dbPath, backupPath) {
		return res, newError(ErrInvalid, nil, "store.restore.same", "%s est la base elle-même, pas une sauvegarde", backupPath)
	}
	probs, err := CheckBackup(backupPath)
	if err != nil {
		return res, err
	}
	if len(probs) > 0 {
		return res, newError(ErrDamaged, nil, "store.restore.damaged",
			"la sauvegarde %s ne passe pas la vérification (%s) ; la base en place n'a pas été touchée ; choisissez-en une autre", backupPath, probs[0].Why)
	}
	if err := EnsureNotOpen(dbPath); err != nil {
		return res, err
	}
	if _, err := os.Stat(dbPath); err == nil {
		res.Aside = freeName(dbPath+asideMark+now.Format(stampLayout), "")
		if err := os.Rename(dbPath, res.Aside); err != nil {
			return res, newError(nil, err, "store.restore.aside", "la base %s n'a pas pu être mise de côté : %v ; rien n'a changé", dbPath, err)
		}
	}
	if err := copyFileAtomic(backupPath, dbPath); err != nil {
		if res.Aside != "" {
			// The database goes back where it was: a failed restore
			// changes nothing.
			_ = os.Rename(res.Aside, dbPath)
		}
		return Restored{}, newError(nil, err, "store.restore.copy", "la sauvegarde %s n'a pas pu être copiée à la place de %s : %v ; la base est restée en place", backupPath, dbPath, err)
	}
	return res, nil
}

// EnsureNotOpen fails with ErrLocked while an interface holds the
// database. A file that does not open for another reason (damage) is not
// held: restoring over it is what it needs.
func EnsureNotOpen(dbPath string) error {
	if _, err := os.Stat(dbPath); err != nil {
		return nil
	}
	db, err := openBoltReadOnly(dbPath)
	if errors.Is(err, ErrLocked) {
		return newError(ErrLocked, err, "store.restore.locked",
			"la base %s est ouverte dans l'interface d'essradar : quittez l'interface avant de restaurer une sauvegarde", dbPath)
	}
	if err == nil {
		_ = db.Close()
	}
	return nil
}

func copyFileAtomic(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	return WriteFileAtomic(to, 0o600, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

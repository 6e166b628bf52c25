package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.etcd.io/bbolt"
	bberrors "go.etcd.io/bbolt/errors"

	"essradar/scoring"
)

// openTimeout bounds the wait for the file lock: a second essradar on the same
// file gets ErrLocked well within two seconds.
const openTimeout = time.Second

// Store is an open essradar database. It is safe for concurrent use.
type Store struct {
	db   *bbolt.DB
	path string
	now  func() time.Time // the clock; tests may replace it

	mu    sync.Mutex
	grids map[scoring.Ref]cachedGrid // parsed grid sources
	memos memos                      // records as last decoded (recordmemo.go)

	// stageMu keeps a staged write (staged.go) alone with the file: it
	// holds it whole, every other transaction a share.
	stageMu   sync.RWMutex
	stageUndo atomic.Bool // a failed stage is still to be taken back

	// backupMu keeps one backup at a time: names, the once-a-day test and
	// pruning see every other backup finished.
	backupMu sync.Mutex

	generation uint64      // write transactions committed (changes.go)
	changes    []changeSet // what the latest of them touched

	faults atomic.Pointer[faultState] // set by tests only (SetFaults)

	// The full check run beside the interface (opened.go): how to stop it
	// when the file closes, and the damage it found, which refuses writes.
	checking checkRun
}

type cachedGrid struct {
	src  []byte
	grid *scoring.Grid
}

// DefaultPath is essradar/essradar.db in the user's data directory:
// $XDG_DATA_HOME or ~/.local/share on Linux and other unix systems,
// ~/Library/Application Support on macOS, %AppData% on Windows.
func DefaultPath() (string, error) {
	var dir string
	switch runtime.GOOS {
	case "windows":
		d, err := os.UserConfigDir() // %AppData% (Roaming)
		if err != nil {
			return "", fmt.Errorf("trouver le dossier de données : %w", err)
		}
		dir = d
	case "darwin", "ios":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("trouver le dossier personnel : %w", err)
		}
		dir = filepath.Join(home, "Library", "Application Support")
	default:
		if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			dir = d
		} else {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", fmt.Errorf("trouver le dossier personnel : %w", err)
			}
			dir = filepath.Join(home, ".local", "share")
		}
	}
	return filepath.Join(dir, "essradar", "essradar.db"), nil
}

// Open opens (or creates) the database at path: parent folders 0700, file
// 0600. It waits at most about a second for the file lock (ErrLocked), checks
// that the file is readable (ErrDamaged, with the latest backup to restore),
// refuses a file of a newer schema (ErrTooNew, file untouched), backs the file
// up and migrates it when its schema is older. It never panics.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("ouvrir la base : aucun chemin de fichier donné")
	}
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		if f := diskFault(path, err); f != nil {
			return nil, f
		}
		return nil, fmt.Errorf("créer le dossier %s : %w", filepath.Dir(path), err)
	}
	info, statErr := os.Stat(path)
	existed := statErr == nil
	if existed && info.IsDir() {
		return nil, fmt.Errorf("ouvrir %s : c'est un dossier ; donnez le chemin d'un fichier de base, par exemple %s", path, filepath.Join(path, "essradar.db"))
	}
	if existed {
		if err := soundBeforeOpen(path, info.Size()); err != nil {
			return nil, err
		}
	}

	db, err := openBolt(path)
	if err != nil {
		return nil, err
	}
	removeStaleTemps(path)
	s := &Store{db: db, path: path, now: time.Now, grids: map[scoring.Ref]cachedGrid{}}
	if err := s.prepare(existed); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// openBolt opens the bbolt file, turning a lock timeout into ErrLocked and any
// failure (panics included) to read it into ErrDamaged.
func openBolt(path string) (db *bbolt.DB, err error) {
	var file *os.File // captured so a panic inside bbolt.Open cannot leak the lock
	opts := &bbolt.Options{
		Timeout:         openTimeout,
		InitialMmapSize: initialMmapSize,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		},
	}
	defer func() {
		if p := recover(); p != nil {
			if file != nil {
				_ = file.Close()
			}
			db, err = nil, damagedBecause(path, pageUnreadable(), fmt.Errorf("%v", p))
		}
	}()
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)

	db, err = bbolt.Open(path, 0o600, opts)
	switch {
	case err == nil:
		// A map larger than the file makes bbolt grow the file by AllocSize
		// past what it writes (16 MB by default): keep that slack small.
		db.AllocSize = growStep
		return db, nil
	case errors.Is(err, bberrors.ErrTimeout):
		return nil, newError(ErrLocked, err,
			"store.locked", "la base %s est déjà ouverte dans un autre essradar ; fermez-le puis réessayez", path)
	case diskFault(path, err) != nil:
		return nil, diskFault(path, err)
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("ouvrir %s : %w", path, err)
	default:
		return nil, damaged(path, err)
	}
}

// soundBeforeOpen refuses, before bbolt sees it, a file that bbolt would
// open without a word on an older state (one meta page gone) or take for a
// new database (emptied next to its backups).
func soundBeforeOpen(path string, size int64) error {
	if size == 0 {
		if LatestBackup(path) != "" {
			return emptyWithBackups(path)
		}
		return nil
	}
	why, ok, err := inspectMetaPages(path)
	switch {
	case err != nil:
		if f := diskFault(path, err); f != nil {
			return f
		}
		return fmt.Errorf("ouvrir %s : %w", path, err)
	case !ok:
		return damagedBecause(path, why, ErrDamaged)
	}
	return nil
}

// damaged builds the ErrDamaged error for path, naming the newest backup next
// to it and how to restore it.
func damaged(path string, cause error) error {
	if why, ok := boltCauseWords(cause); ok {
		return damagedBecause(path, why, cause)
	}
	b := LatestBackup(path)
	if b == "" {
		return newError(ErrDamaged, cause, "store.damaged",
			"la base %s est endommagée ou n'est pas une base essradar (détail technique : %v) ; aucune sauvegarde n'a été trouvée à côté ; déplacez ce fichier pour repartir d'une base vide, ou restaurez une sauvegarde faite ailleurs",
			path, cause)
	}
	return newError(ErrDamaged, cause, "store.damaged_backup",
		"la base %[1]s est endommagée ou n'est pas une base essradar (détail technique : %[2]v) ; la dernière sauvegarde est %[3]s : fermez essradar puis lancez « essradar restore --db %[4]s %[3]s », qui la vérifie, met ce fichier de côté (sans le supprimer) et la remet en place",
		path, cause, b, path)
}

// prepare checks what does not grow with the file (that its pages lie
// inside it, that its grids parse: the meta pages were read before), then creates the buckets and runs
// the migrations, after a backup when an existing file changes schema.
func (s *Store) prepare(existed bool) error {
	var from int
	var upgradeNeeded, undoNeeded bool
	err := s.view(func(t *Tx) error {
		// Reading every page here made start-up grow with the file: the
		// full check runs after the interface starts (CheckOpened), and
		// before export and check.
		if err := insideFile(t.btx, s.path); err != nil {
			return err
		}
		if err := storedGridsParse(t); err != nil {
			return err
		}
		v, ok := readSchema(t.btx)
		empty := true
		_ = t.btx.ForEach(func(name []byte, _ *bbolt.Bucket) error {
			empty = false
			return nil
		})
		switch {
		case !ok && !empty:
			return damaged(s.path, errors.New("pas de version de schéma"))
		case v > SchemaVersion():
			return newError(ErrTooNew, nil,
				"store.too_new", "la base %s a été écrite par une version plus récente d'essradar (schéma v%d, ce programme connaît le schéma v%d) ; mettez essradar à jour, la base n'a pas été modifiée",
				s.path, v, SchemaVersion())
		}
		from = v
		upgradeNeeded = needsUpgrade(t.btx, v)
		undoNeeded = stagePending(t)
		if upgradeNeeded && existed && !empty && v < SchemaVersion() {
			if _, err := writeFileAtomic(migrationBackupName(s.path, SchemaVersion(), s.now()), t.btx); err != nil {
				if f := diskFault(s.path, err); f != nil {
					return f
				}
				return fmt.Errorf("sauvegarder %s avant de passer au schéma v%d : %w ; la base n'a pas été modifiée", s.path, SchemaVersion(), err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if undoNeeded {
		// A staged write (an import) was cut short: before anything reads
		// the file, what it wrote goes. Before the migrations too: they
		// would work on the half-written file, and their trail entries,
		// numbered after the stage's journal, would go with the stage's.
		if err := s.Update(func(t *Tx) error {
			for _, name := range allBuckets {
				if _, err := t.btx.CreateBucketIfNotExists(name); err != nil {
					return err
				}
			}
			return t.undoStage()
		}); err != nil {
			return fmt.Errorf("retirer ce qu'avait écrit un import interrompu dans %s : %w", s.path, err)
		}
	}
	if upgradeNeeded {
		if err := s.Update(func(t *Tx) error { return upgrade(t, from) }); err != nil {
			return err
		}
	}
	return nil
}

// insideFile makes sure that every page the file claims lies inside the
// file: a truncated file would otherwise fault on first access.
func insideFile(tx *bbolt.Tx, path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("lire %s : %w", path, err)
	}
	if info.Size() < tx.Size() {
		return damagedBecause(path, msg("store.damage.truncated", "le fichier est coupé : %d octets au lieu de %d", info.Size(), tx.Size()), ErrDamaged)
	}
	// bbolt trusts the page numbers it reads: a page pointing back up its
	// tree sends it round until the process dies, which no recover catches
	// (FuzzOpen). So the tree is followed here, at open, before any read.
	if err := checkPageTree(tx, path); err != nil {
		return damaged(path, err)
	}
	return nil
}

// walk reads every key and value of the file once, so that a damaged page is
// found as an error rather than later in the middle of a screen, after
// insideFile. It gives up with errCheckStopped when p says so (nil: never).
func walk(tx *bbolt.Tx, path string, p *pace) error {
	if err := insideFile(tx, path); err != nil {
		return err
	}
	var visit func(b *bbolt.Bucket) error
	visit = func(b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			if p.next() {
				return errCheckStopped
			}
			if v == nil {
				if child := b.Bucket(k); child != nil {
					return visit(child)
				}
			}
			return nil
		})
	}
	return tx.ForEach(func(_ []byte, b *bbolt.Bucket) error { return visit(b) })
}

// Close releases the file, stopping the full check if it is still running:
// quitting does not wait for it.
func (s *Store) Close() error {
	s.stopCheck()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("fermer %s : %w", s.path, err)
	}
	return nil
}

// Path is the database file's absolute path.
func (s *Store) Path() string { return s.path }

// Update runs fn in one read-write transaction: everything fn writes, audit
// entries included, lands together or not at all (when fn returns an error).
func (s *Store) Update(fn func(tx *Tx) error) (err error) {
	if err := s.takeBackStage(); err != nil {
		return err
	}
	s.stageMu.RLock()
	defer s.stageMu.RUnlock()
	return s.update(fn)
}

func (s *Store) update(fn func(tx *Tx) error) (err error) {
	defer s.guard(&err)
	if err := s.damageFound(); err != nil {
		return err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var cs changeSet
	err = s.db.Update(func(btx *bbolt.Tx) error {
		t := &Tx{btx: btx, s: s, now: s.now()}
		if err := fn(t); err != nil {
			return err
		}
		// Taken before the flush lets go of what was touched, so that a
		// large import does not hold it through the commit.
		cs = t.changes()
		if err := t.auditCreations(); err != nil {
			return err
		}
		if err := t.flushSummaries(); err != nil {
			return err
		}
		return s.injectedFailure()
	})
	if err == nil {
		s.committed(cs)
	}
	return s.writeFault(err)
}

// View runs fn in one read-only transaction; fn sees one consistent state.
// Write methods of Tx fail inside View.
func (s *Store) View(fn func(tx *Tx) error) (err error) {
	return s.view(fn)
}

func (s *Store) view(fn func(tx *Tx) error) (err error) {
	if err := s.takeBackStage(); err != nil {
		return err
	}
	s.stageMu.RLock()
	defer s.stageMu.RUnlock()
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.db.View(func(btx *bbolt.Tx) error {
		return fn(&Tx{btx: btx, s: s, now: s.now()})
	})
}

// guard turns a panic raised inside bbolt, or a memory fault on the mapped
// file, during a transaction into ErrDamaged: a damaged file must never crash
// the program. Update and View make faults panic for the length of the
// transaction (debug.SetPanicOnFault) so that they reach this recover. A panic
// raised by the caller's own code is a bug, not damage: it goes on.
func (s *Store) guard(err *error) {
	p := recover()
	if p == nil {
		return
	}
	if _, fault := p.(interface{ Addr() uintptr }); !fault && !panickedInBolt() {
		panic(p)
	}
	*err = damagedBecause(s.path, pageUnreadable(), fmt.Errorf("%v", p))
}

// panickedInBolt says whether the function that panicked (the first frame
// below the runtime's panic machinery) belongs to bbolt. It must be called
// from a deferred function while the panic is in flight.
func panickedInBolt() bool {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	inPanic := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic" || f.Function == "runtime.panicmem" || f.Function == "runtime.sigpanic":
			inPanic = true
		case inPanic && strings.HasPrefix(f.Function, "runtime."):
			// bounds checks and the like
		case inPanic:
			return strings.HasPrefix(f.Function, "go.etcd.io/bbolt")
		}
		if !more {
			return false
		}
	}
}

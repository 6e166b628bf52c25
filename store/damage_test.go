package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"essradar/scoring"
)

// seededFile is a closed database holding the fixture, with a backup beside
// it when backup is true; it returns the file's path and the backup's.
func seededFile(t *testing.T, backup bool) (path, saved string) {
	t.Helper()
	s := openTest(t)
	seed(t, s)
	if backup {
		var err error
		if saved, err = s.BackupFile(""); err != nil {
			t.Fatal(err)
		}
	}
	// One more change after the backup: the one a rolled-back file loses.
	if err := s.Update(func(tx *Tx) error {
		return tx.CreateMember(&Member{Name: "Dernier Ajouté", College: "CDESS", Active: true})
	}); err != nil {
		t.Fatal(err)
	}
	path = s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, saved
}

// zeroAt overwrites n bytes of the file at offset with zeros.
func zeroAt(t *testing.T, path string, offset int64, n int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(make([]byte, n), offset); err != nil {
		t.Fatal(err)
	}
}

func TestAZeroedMetaPageIsDamageNamedWithTheBackup(t *testing.T) {
	for _, page := range []int{0, 1} {
		t.Run(fmt.Sprint("page ", page), func(t *testing.T) {
			path, saved := seededFile(t, true)
			size := os.Getpagesize()
			zeroAt(t, path, int64(page*size), size)
			before, _ := os.ReadFile(path)

			_, err := Open(path)
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("Open on a file whose meta page %d is zeroed = %v, want ErrDamaged", page, err)
			}
			for _, want := range []string{fmt.Sprintf("page de contrôle n° %d est remise à zéro", page), saved, "essradar restore --db " + path} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("message %q does not say %q", err, want)
				}
			}
			if strings.Contains(err.Error(), "panic") || strings.Contains(err.Error(), "invalid") {
				t.Errorf("message %q carries bbolt's words", err)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("opening the damaged file changed it")
			}
		})
	}
}

func TestMetaPagesThatDoNotFollowEachOther(t *testing.T) {
	path, _ := seededFile(t, false)
	head, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if why, ok, _ := compareMetaPages(head); !ok {
		t.Fatalf("a sound file judged damaged: %s", why)
	}
	// Page 1 carried back many changes: rewrite its txid and checksum.
	size := os.Getpagesize()
	m := head[size+pageHeaderSize : size+pageHeaderSize+metaSize]
	m[48] -= 5
	h := fnvSum(m[:metaChecksumOff])
	for i := 0; i < 8; i++ {
		m[metaChecksumOff+i] = byte(h >> (8 * i))
	}
	why, ok, _ := compareMetaPages(head)
	if ok || why.Key != "store.damage.meta_mismatch" {
		t.Fatalf("two meta pages five changes apart: ok=%v %q", ok, why)
	}
}

func TestAnEmptiedFileBesideItsBackupsIsDamage(t *testing.T) {
	path, saved := seededFile(t, true)
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "vide (0 octet)") || !strings.Contains(err.Error(), saved) {
		t.Fatalf("Open on an emptied file beside its backup = %v", err)
	}
	if info, _ := os.Stat(path); info.Size() != 0 {
		t.Error("the emptied file was written to")
	}

	// Without a backup beside it, an empty file is a new database.
	alone := filepath.Join(t.TempDir(), "nouvelle.db")
	if err := os.WriteFile(alone, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(alone)
	if err != nil {
		t.Fatalf("Open on an empty file with no backup: %v", err)
	}
	s.Close()
}

// zeroGrid zeroes every copy of the default grid's source in the file.
func zeroGrid(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src := scoring.DefaultSource()
	probe := src[:64]
	found := 0
	for off := 0; ; {
		i := bytes.Index(data[off:], probe)
		if i < 0 {
			break
		}
		zeroAt(t, path, int64(off+i), len(src)/2)
		off += i + len(probe)
		found++
	}
	if found == 0 {
		t.Fatal("the grid's source is not in the file")
	}
}

func TestAStoredGridThatNoLongerParsesIsDamage(t *testing.T) {
	path, _ := seededFile(t, false)
	zeroGrid(t, path)
	_, err := Open(path)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "grille enregistrée "+scoring.Default().ID) {
		t.Fatalf("Open on a file whose grid is zeroed = %v", err)
	}
}

func TestCheckNamesDamageFoundAfterOpen(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("Check on a sound file: %v %v", probs, err)
	}
	zeroAt(t, s.Path(), 0, os.Getpagesize())
	probs, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, p := range probs {
		said = append(said, p.Message)
	}
	all := strings.Join(said, "\n")
	if !strings.Contains(all, "page de contrôle n° 0") {
		t.Errorf("Check after the first meta page was zeroed:\n%s", all)
	}
	if err := s.Sound(); !errors.Is(err, ErrDamaged) {
		t.Errorf("Sound = %v, want ErrDamaged", err)
	}
}

func TestStructureProblemsInWords(t *testing.T) {
	for in, want := range map[string]string{
		"page 12: unreachable unfreed":                     "la page n° 12 du fichier est ni utilisée ni libérée",
		"page 7: invalid type: unknown<00> (stack: [3 7])": "la page n° 7 du fichier est d'un type inconnu (abîmée ou remise à zéro)",
		"unexpected page type (flags: 0) for pgId:9":       "la page n° 9 du fichier est abîmée",
		"panic: runtime error: index out of range":         "une page du fichier ne se lit pas",
	} {
		if got := structureProblem(errors.New(in)).String(); !strings.HasPrefix(got, want) {
			t.Errorf("%q in words: %q, want %q", in, got, want)
		}
	}
}

func TestDiskRefusalsAreNotDamage(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "essradar.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	pathErr := func(errno syscall.Errno) error { return &fs.PathError{Op: "write", Path: path, Err: errno} }
	for _, c := range []struct {
		err  error
		kind error
		says string
	}{
		{pathErr(syscall.ENOSPC), ErrDiskFull, "disque plein"},
		{fmt.Errorf("commit: %w", pathErr(syscall.ENOSPC)), ErrDiskFull, "disque plein"},
		{pathErr(syscall.EROFS), ErrReadOnly, "en lecture seule"},
		{pathErr(syscall.EACCES), ErrNoAccess, "accès refusé"},
	} {
		got := diskFault(path, c.err)
		if !errors.Is(got, c.kind) || errors.Is(got, ErrDamaged) || !strings.Contains(got.Error(), c.says) || !strings.Contains(got.Error(), "pas endommagée") {
			t.Errorf("%v classified as %v", c.err, got)
		}
		if !DiskFault(got) || Refused(got) {
			t.Errorf("%v: DiskFault=%v Refused=%v", c.err, DiskFault(got), Refused(got))
		}
	}
	if diskFault(path, errors.New("invalid database")) != nil {
		t.Error("an error that is no refusal of the disk was classified as one")
	}

	// A read-only file and a read-only folder, by their modes.
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if got := diskFault(path, pathErr(syscall.EACCES)); !errors.Is(got, ErrReadOnly) || !strings.Contains(got.Error(), "fichier en lecture seule") {
		t.Errorf("read-only file: %v", got)
	}
	fresh := filepath.Join(dir, "nouvelle.db")
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if got := diskFault(fresh, pathErr(syscall.EACCES)); !errors.Is(got, ErrReadOnly) || !strings.Contains(got.Error(), "dossier") {
		t.Errorf("read-only folder: %v", got)
	}
}

// Opening for real: only without root, for whom modes do not hold.
func TestOpenInAReadOnlyFolderOrFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores file modes; the classification is tested in TestDiskRefusalsAreNotDamage")
	}
	path, _ := seededFile(t, false)
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if !errors.Is(err, ErrReadOnly) || errors.Is(err, ErrDamaged) {
		t.Errorf("Open on a read-only file = %v", err)
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	_, err = Open(filepath.Join(dir, "essradar.db"))
	if !errors.Is(err, ErrReadOnly) || errors.Is(err, ErrDamaged) {
		t.Errorf("Open in a read-only folder = %v", err)
	}
}

func fnvSum(b []byte) uint64 {
	var h uint64 = 14695981039346656037
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// A write transaction the disk refuses says so; a refusal of the rules
// passes as it is.
func TestWriteFaultNamesTheDisk(t *testing.T) {
	s := openTest(t)
	full := &fs.PathError{Op: "write", Path: s.Path(), Err: syscall.ENOSPC}
	if err := s.writeFault(full); !errors.Is(err, ErrDiskFull) || !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("writeFault(ENOSPC) = %v", err)
	}
	refused := invalidf("store.grid.no_id", "la grille doit avoir un identifiant")
	if err := s.writeFault(refused); err != refused {
		t.Errorf("a refusal was rewritten: %v", err)
	}
}

// What the interface pays at start for refusing a damaged file: Sound on a
// campaign of 5,000 initiatives.
func BenchmarkSoundOnFiveThousandInitiatives(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "essradar.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	seed(b, s)
	err = s.Update(func(tx *Tx) error {
		for i := 0; i < 5000; i++ {
			in := Initiative{CampaignID: "2026", Title: fmt.Sprintf("Initiative %d", i), Territory: "Arrageois", Commune: "Arras", AmountCents: 100000}
			if err := tx.CreateInitiative(&in); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.Sound(); err != nil {
			b.Fatal(err)
		}
	}
}

// A backup is a copy written by bbolt's Tx.WriteTo, whose two control pages
// carry T and T-1 whatever T's parity: once restored and written to, its
// pages may be two changes apart. That is a sound file, not a rolled-back
// one, at every parity and after every number of writes.
func TestARestoredBackupStaysSoundAfterItsFirstWrites(t *testing.T) {
	for extra := 0; extra < 2; extra++ { // the backup taken at both parities
		s := openTest(t)
		seed(t, s)
		for i := 0; i < extra; i++ {
			if err := s.Update(func(tx *Tx) error {
				return tx.CreateMember(&Member{Name: fmt.Sprintf("Membre %d", i), College: "CDESS", Active: true})
			}); err != nil {
				t.Fatal(err)
			}
		}
		copyPath := filepath.Join(t.TempDir(), "restauree.db")
		if _, err := s.BackupFile(copyPath); err != nil {
			t.Fatal(err)
		}
		s.Close()
		for write := 1; write <= 3; write++ {
			r, err := Open(copyPath)
			if err != nil {
				t.Fatalf("backup at parity %d, open before write %d: %v", extra, write, err)
			}
			if err := r.Update(func(tx *Tx) error {
				return tx.CreateMember(&Member{Name: fmt.Sprintf("Après %d", write), College: "CDESS", Active: true})
			}); err != nil {
				t.Fatal(err)
			}
			r.Close()
		}
		r, err := Open(copyPath)
		if err != nil {
			t.Fatalf("backup at parity %d, after three writes: %v", extra, err)
		}
		r.Close()
	}
}

package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("XDG only on Linux and other unix systems")
	}
	t.Setenv("XDG_DATA_HOME", "/tmp/xdg")
	p, err := DefaultPath()
	if err != nil || p != "/tmp/xdg/essradar/essradar.db" {
		t.Fatalf("DefaultPath = %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/secretaire")
	p, err = DefaultPath()
	if err != nil || p != "/home/secretaire/.local/share/essradar/essradar.db" {
		t.Fatalf("DefaultPath without XDG = %q, %v", p, err)
	}
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "essradar.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != path {
		t.Fatalf("Path = %q", s.Path())
	}
	if runtime.GOOS == "windows" {
		return
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got&^want != 0 {
			t.Errorf("%s mode %v, want at most %v", p, got, want)
		}
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, s)
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	all, err := s.Initiatives("")
	if err != nil || len(all) != 3 {
		t.Fatalf("after reopen: %d initiatives, %v", len(all), err)
	}
	// Reopening at the current schema makes no backup.
	if b := LatestBackup(path); b != "" {
		t.Fatalf("unexpected backup %s", b)
	}
}

const helperEnv = "ESSRADAR_TEST_HOLD_DB"

// TestHelperProcess is not a test: re-executed by TestLockedByAnotherProcess,
// it holds the database open until its standard input closes.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path)
	if err != nil {
		fmt.Println("erreur :", err)
		os.Exit(2)
	}
	fmt.Println("prêt")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	s.Close()
	os.Exit(0)
}

func TestLockedByAnotherProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "essradar.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		_ = cmd.Wait()
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "prêt" {
		t.Fatalf("helper: %q, %v", line, err)
	}

	// The wait is bounded by openTimeout; not timed here (shared machines).
	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatal("a second Open succeeded while another process holds the file")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open = %v, want ErrLocked", err)
	}
	want := fmt.Sprintf("la base %s est déjà ouverte dans un autre essradar ; fermez-le puis réessayez", path)
	if err.Error() != want {
		t.Fatalf("message = %q", err.Error())
	}

	// Once the other process is gone, the file opens.
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatalf("Open after release: %v", err)
	}
	s.Close()
}

func TestDamagedFiles(t *testing.T) {
	// A real database with enough records to span many pages.
	makeDB := func(t *testing.T, path string) {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		f := seed(t, s)
		err = s.Update(func(tx *Tx) error {
			for i := range 400 {
				in := Initiative{CampaignID: "2026", Title: fmt.Sprintf("Initiative %d %s", i, strings.Repeat("x", 150)),
					Territory: f.session.Territory, Summary: strings.Repeat("résumé ", 60)}
				if err := tx.CreateInitiative(&in); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}

	cases := map[string]func(t *testing.T, path string){
		"garbage": func(t *testing.T, path string) {
			garbage := bytes.Repeat([]byte("pas une base bbolt !"), 1000)
			if err := os.WriteFile(path, garbage, 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"tiny": func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte("{}"), 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"truncated": func(t *testing.T, path string) {
			makeDB(t, path)
			info, _ := os.Stat(path)
			if err := os.Truncate(path, info.Size()/2); err != nil {
				t.Fatal(err)
			}
		},
		"truncated to one page": func(t *testing.T, path string) {
			makeDB(t, path)
			if err := os.Truncate(path, 4096); err != nil {
				t.Fatal(err)
			}
		},
		"scrambled leaf pages": func(t *testing.T, path string) {
			makeDB(t, path)
			// Find the leaf pages with raw bbolt, then scramble their
			// element headers: offsets point anywhere, even outside the map.
			db, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			var leaves []int
			pageSize := db.Info().PageSize
			_ = db.View(func(tx *bbolt.Tx) error {
				for id := 2; ; id++ {
					p, err := tx.Page(id)
					if err != nil || p == nil {
						return nil
					}
					if p.Type == "leaf" {
						leaves = append(leaves, id)
					}
				}
			})
			db.Close()
			if len(leaves) < 3 {
				t.Fatalf("only %d leaf pages", len(leaves))
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range leaves {
				off := id*pageSize + 16 // keep the page header
				for i := off; i < off+256; i++ {
					data[i] = 0xff
				}
			}
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"overwritten pages": func(t *testing.T, path string) {
			makeDB(t, path)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			// Keep both meta pages, scribble over everything else.
			page := 4096
			for i := 2 * page; i < len(data); i++ {
				data[i] = byte(i*7 + 3)
			}
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, damage := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "essradar.db")
			damage(t, path)
			s, err := Open(path) // must not panic
			if err == nil {
				// bbolt may accept a file whose damage lies in pages it has
				// not read: then Check must find it.
				defer s.Close()
				probs, cerr := s.Check()
				t.Logf("opened; Check: %d problems, %v", len(probs), cerr)
				if cerr == nil && len(probs) == 0 {
					t.Fatal("damaged file opened and checked clean")
				}
				return
			}
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("Open = %v, want ErrDamaged", err)
			}
			t.Log(err)
			if !strings.Contains(err.Error(), "endommagée") {
				t.Fatalf("message = %q", err.Error())
			}
		})
	}
}

func TestDamagedMessageNamesLatestBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "essradar.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, s)
	older, err := s.BackupFile("")
	if err != nil {
		t.Fatal(err)
	}
	newer, err := s.BackupFile("") // the test clock moved on: a later name
	if err != nil {
		t.Fatal(err)
	}
	if older == newer || filepath.Dir(newer) != dir || !strings.HasPrefix(filepath.Base(newer), "essradar-sauvegarde-2026") {
		t.Fatalf("backup names %s, %s", older, newer)
	}
	s.Close()
	if got := LatestBackup(path); got != newer {
		t.Fatalf("LatestBackup = %s, want %s", got, newer)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte{0xde, 0xad}, 5000), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open = %v", err)
	}
	want := fmt.Sprintf("la dernière sauvegarde est %s : fermez essradar puis lancez « essradar restore --db %s %s »", newer, path, newer)
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("message %q does not say %q", err.Error(), want)
	}
	// The backup itself is a good database.
	if err := os.Rename(newer, path); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatalf("restored backup: %v", err)
	}
	defer s.Close()
	if in, err := s.Initiatives(""); err != nil || len(in) != 3 {
		t.Fatalf("restored backup holds %d initiatives, %v", len(in), err)
	}
}

func TestBackupWriter(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	var buf bytes.Buffer
	n, err := s.Backup(&buf)
	if err != nil || n != int64(buf.Len()) || n == 0 {
		t.Fatalf("Backup = %d, %v", n, err)
	}
	out := filepath.Join(t.TempDir(), "copie.db")
	if err := os.WriteFile(out, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if ms, _ := c.Members(); len(ms) != 2 {
		t.Fatalf("copy holds %d members", len(ms))
	}
	// An explicit path is used as is, with owner-only permissions.
	explicit := filepath.Join(t.TempDir(), "ma-sauvegarde.db")
	got, err := s.BackupFile(explicit)
	if err != nil || got != explicit {
		t.Fatalf("BackupFile(%s) = %s, %v", explicit, got, err)
	}
	if info, err := os.Stat(explicit); err != nil || (runtime.GOOS != "windows" && info.Mode().Perm() != 0o600) {
		t.Fatalf("backup file: %v %v", info.Mode(), err)
	}
}

// schemaOf reads the schema version of a file with raw bbolt.
func schemaOf(t *testing.T, path string) int {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	var v int
	_ = db.View(func(tx *bbolt.Tx) error {
		v, _ = readSchema(tx)
		return nil
	})
	return v
}

func TestMigrationBacksUpFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	f := seed(t, s)
	s.Close()
	base := SchemaVersion()
	if v := schemaOf(t, path); v != base {
		t.Fatalf("new file at schema %d, want %d", v, base)
	}

	// The next program version renames every initiative's commune to upper case.
	saved := migrations
	t.Cleanup(func() { migrations = saved })
	ran := 0
	next := base + 1
	migrations = append(migrations, migration{to: next, name: "communes en majuscules", run: func(tx *bbolt.Tx) error {
		ran++
		b := tx.Bucket(bucketInitiatives)
		return b.ForEach(func(k, v []byte) error {
			var in Initiative
			if err := decode(v, &in); err != nil {
				return err
			}
			in.Commune = strings.ToUpper(in.Commune)
			data, err := encode(in)
			if err != nil {
				return err
			}
			return b.Put(k, data)
		})
	}})

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if ran != 1 {
		t.Fatalf("migration ran %d times", ran)
	}
	in, _ := s.Initiative(f.inits[0].ID)
	if in.Commune != "CARVIN" {
		t.Fatalf("migration did not run: %q", in.Commune)
	}
	entries, _ := s.Audit(1)
	if entries[0].Action != "migrate" || entries[0].ID != strconv.Itoa(next) {
		t.Fatalf("audit after migration: %+v", entries[0])
	}
	s.Close()
	if v := schemaOf(t, path); v != next {
		t.Fatalf("migrated file at schema %d", v)
	}

	baks, _ := filepath.Glob(path + fmt.Sprintf(".avant-v%d-*.bak", next))
	if len(baks) != 1 {
		t.Fatalf("backups: %v", baks)
	}
	if v := schemaOf(t, baks[0]); v != base {
		t.Fatalf("backup at schema %d, want %d", v, base)
	}
	if info, _ := os.Stat(baks[0]); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %v", info.Mode())
	}
	if LatestBackup(path) != baks[0] {
		t.Fatalf("LatestBackup = %q", LatestBackup(path))
	}

	// Opening again: nothing to migrate, no new backup.
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if again, _ := filepath.Glob(path + ".avant-v*.bak"); len(again) != 1 || ran != 1 {
		t.Fatalf("second open: backups %v, ran %d", again, ran)
	}
}

func TestFailedMigrationLeavesFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, s)
	s.Close()
	before, _ := os.ReadFile(path)

	saved := migrations
	t.Cleanup(func() { migrations = saved })
	base := SchemaVersion()
	migrations = append(migrations, migration{to: base + 1, name: "échoue", run: func(tx *bbolt.Tx) error {
		if err := tx.Bucket(bucketMembers).Put(itob(99), []byte("{}")); err != nil {
			return err
		}
		return errors.New("panne simulée")
	}})
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("schéma v%d", base+1)) {
		t.Fatalf("Open = %v", err)
	}
	if v := schemaOf(t, path); v != base {
		t.Fatalf("schema after failed migration = %d", v)
	}
	migrations = saved
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Member(99); !errors.Is(err, ErrNotFound) {
		t.Fatalf("failed migration left a record: %v", err)
	}
	_ = before
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, s)
	s.Close()
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bbolt.Tx) error { return writeSchema(tx, 7) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)

	_, err = Open(path)
	if !errors.Is(err, ErrTooNew) {
		t.Fatalf("Open = %v, want ErrTooNew", err)
	}
	if !strings.Contains(err.Error(), "schéma v7") || !strings.Contains(err.Error(), "plus récente") {
		t.Fatalf("message = %q", err.Error())
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("the newer file was modified")
	}
	if baks, _ := filepath.Glob(path + ".avant-v*"); len(baks) != 0 {
		t.Fatalf("backup made for a refused file: %v", baks)
	}
}

func TestForeignBboltFileRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "autre.db")
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Update(func(tx *bbolt.Tx) error {
		_, err := tx.CreateBucket([]byte("autre-chose"))
		return err
	})
	db.Close()
	if _, err := Open(path); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open = %v, want ErrDamaged", err)
	}
}

package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/store"
	"essradar/tui/i18n"
)

// The interface opens with the day's automatic backup, quietly.
func TestOpeningTakesTheDaysBackup(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "essradar.db"), 80, 24)
	list, err := store.Backups(s.Path())
	if err != nil || len(list) != 1 || list[0].Kind != store.BackupAuto {
		t.Fatalf("after opening: %+v, %v", list, err)
	}
	if strings.Contains(view(a), "Sauvegarde") {
		t.Errorf("the automatic backup is announced:\n%s", view(a))
	}
}

// ctrl+s takes a backup from a screen where nothing is typed, and the
// status line says where it went until the next key.
func TestBackupKeyTakesOneAndSaysWhere(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "essradar.db"), 80, 24)
	openSession(t, a)
	drive(t, a, press("ctrl+s"))
	list, err := store.Backups(s.Path())
	if err != nil || len(list) != 2 || list[0].Kind != store.BackupManual {
		t.Fatalf("after ctrl+s: %+v, %v", list, err)
	}
	v := view(a)
	if !strings.Contains(v, "Sauvegarde écrite") || !strings.Contains(strings.ReplaceAll(flat(v), " ", ""), filepath.Base(list[0].Path)) {
		t.Fatalf("the status line does not say where the backup went:\n%s", v)
	}
	if h := len(strings.Split(v, "\n")); h != 24 {
		t.Errorf("the status line pushed the screen to %d lines", h)
	}
	drive(t, a, press("j"))
	if strings.Contains(view(a), "Sauvegarde écrite") {
		t.Errorf("the status line outlives the next key:\n%s", view(a))
	}
	drive(t, a, press("?"))
	if !strings.Contains(view(a), "ctrl+s") || !strings.Contains(view(a), "sauvegarder la base") {
		t.Errorf("the full help does not show the backup key:\n%s", view(a))
	}
}

// In a form, ctrl+s belongs to the field: no backup is taken.
func TestBackupKeyWaitsWhileTyping(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "essradar.db"), 80, 24)
	drive(t, a, press("a"))
	if !a.screen.Capturing() {
		t.Fatalf("a must open the initiative form, screen %T", a.screen)
	}
	drive(t, a, press("ctrl+s"))
	if list, _ := store.Backups(s.Path()); len(list) != 1 {
		t.Errorf("ctrl+s in a form took a backup: %+v", list)
	}
}

// A backup that cannot be written is said, and the meeting goes on.
func TestBackupFailureIsShownAndKeysStillWork(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "essradar.db")
	// A file where the backups folder should be: no backup can go there.
	if err := os.WriteFile(store.BackupDir(path), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	a, _ := demoApp(t, path, 80, 24)
	if v := flat(view(a)); !strings.Contains(v, "Sauvegarde automatique impossible, la réunion continue") || !strings.Contains(v, "un fichier porte le nom du dossier") {
		t.Fatalf("a failed automatic backup is not said:\n%s", v)
	}
	drive(t, a, press("ctrl+s"))
	if v := flat(view(a)); !strings.Contains(v, "Sauvegarde impossible") {
		t.Fatalf("a failed backup on demand is not said:\n%s", v)
	}
	openSession(t, a)
}

func TestBackupKeyInEnglish(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "essradar.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	a := New(Options{Store: s, Lang: i18n.EN})
	drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, a, press("ctrl+s"))
	if v := view(a); !strings.Contains(v, "Backup written:") {
		t.Errorf("English status line:\n%s", v)
	}
}

// flat is the screen's text in one line, words joined by single spaces:
// what a sentence says whatever the width wrapped.
func flat(v string) string { return strings.Join(strings.Fields(ansi.Strip(v)), " ") }

// Quitting while a backup is on its way asks, and quits once it lands.
func TestQuitWaitsForTheBackupOnItsWay(t *testing.T) {
	a, _ := demoApp(t, filepath.Join(t.TempDir(), "essradar.db"), 80, 24)
	_, backup := a.Update(press("ctrl+s"))
	if _, cmd := a.Update(press("q")); cmd != nil {
		t.Fatalf("q while a backup is on its way quits at once")
	}
	if v := flat(view(a)); !strings.Contains(v, "la sauvegarde en cours") {
		t.Fatalf("quitting does not say the backup is on its way:\n%s", v)
	}
	msgs := runCmd(backup)
	if len(msgs) != 1 {
		t.Fatalf("the backup answered %v", msgs)
	}
	if _, cmd := a.Update(msgs[0]); cmd == nil {
		t.Fatal("the backup landed and the application did not quit")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("the backup landed and the application did not quit")
	}
}

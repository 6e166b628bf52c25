package tui

import (
	"encoding/binary"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"go.etcd.io/bbolt"

	"essradar/store"
	"essradar/store/demo"
	"essradar/tui/i18n"
)

// brokenSealFile is the demo whose last closed session's place was changed
// behind the program's back: its seal no longer matches, which only the
// full check finds. With backup, a backup was taken before.
func brokenSealFile(t *testing.T, backup bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	c, err := s.CurrentCampaign()
	if err != nil {
		t.Fatal(err)
	}
	sessions, err := s.Sessions(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var sealed uint64
	for _, se := range sessions {
		if se.Sealed() {
			sealed = se.ID
		}
	}
	if sealed == 0 {
		t.Fatal("the demo has no closed session")
	}
	if backup {
		if _, err := s.ManualBackup(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	bdb, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte("sessions"))
		key := binary.BigEndian.AppendUint64(nil, sealed)
		var se map[string]any
		if err := json.Unmarshal(b.Get(key), &se); err != nil {
			return err
		}
		se["place"] = "Ailleurs"
		data, err := json.Marshal(se)
		if err != nil {
			return err
		}
		return b.Put(key, data)
	})
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// startApp opens path and starts the interface on it at w×h, running what
// Init starts (the full check among them) to the end.
func startApp(t *testing.T, path string, lang i18n.Lang, w, h int) (*App, *store.Store) {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("the interface must open before the full check: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	a := New(Options{Store: s, Lang: lang})
	drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	for _, m := range runCmd(a.Init()) {
		drive(t, a, m)
	}
	// The full check comes a moment after the first screen: time passes.
	drive(t, a, checkDueMsg{})
	return a, s
}

func TestDamageFoundAfterStartIsSaidUnderEveryScreen(t *testing.T) {
	a, s := startApp(t, brokenSealFile(t, false), i18n.FR, 80, 24)
	v := view(a)
	for _, want := range []string{"Base endommagée", "sceau", "n'y enregistre plus rien", "Aucune sauvegarde"} {
		if !strings.Contains(flat(v), want) {
			t.Errorf("the damage line does not say %q:\n%s", want, v)
		}
	}
	if h := len(strings.Split(v, "\n")); h != 24 {
		t.Errorf("the damage line pushed the screen to %d lines", h)
	}
	if list, _ := store.Backups(s.Path()); len(list) != 0 {
		t.Errorf("a backup of the damaged file was taken: %+v", list)
	}
	// It stays: a key, another screen.
	drive(t, a, press("tab"))
	drive(t, a, press("enter"))
	if !strings.Contains(flat(view(a)), "endommagée") {
		t.Errorf("the damage line went away on another screen:\n%s", view(a))
	}
	// q still quits at once.
	drive(t, a, press("esc"))
	_, cmd := a.Update(press("q"))
	if cmd == nil {
		t.Fatal("q does nothing on a damaged file")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("q on a damaged file does not quit:\n%s", view(a))
	}
}

// With a backup beside the file, the line names it and how to restore it,
// whole at 120×40.
func TestDamageFoundAfterStartNamesTheBackupInEnglish(t *testing.T) {
	a, s := startApp(t, brokenSealFile(t, true), i18n.EN, 120, 40)
	list, err := store.Backups(s.Path())
	if err != nil || len(list) != 1 {
		t.Fatalf("backups: %+v %v", list, err)
	}
	v := strings.ReplaceAll(flat(view(a)), " ", "")
	for _, want := range []string{"Damageddatabase", "seal", "nolongersaves", filepath.Base(list[0].Path), "essradarrestore--db", "putsitback."} {
		if !strings.Contains(v, want) {
			t.Errorf("the damage line in English does not say %q:\n%s", want, view(a))
		}
	}
}

// A sound file says nothing and gets its day's backup once checked.
func TestSoundFileSaysNothingAfterTheCheck(t *testing.T) {
	a, s := demoApp(t, filepath.Join(t.TempDir(), "essradar.db"), 80, 24)
	if v := flat(view(a)); strings.Contains(v, "Base endommagée") || strings.Contains(v, "endommagée") {
		t.Errorf("a sound file is said damaged:\n%s", view(a))
	}
	if list, _ := store.Backups(s.Path()); len(list) != 1 {
		t.Errorf("the day's backup after a sound check: %+v", list)
	}
}

// The check waits until the first screen has loaded and a moment more:
// until then it has not run (no backup, which follows it, is taken).
func TestCheckWaitsForTheFirstScreen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "essradar.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := demo.Load(s, nil); err != nil {
		t.Fatal(err)
	}
	a := New(Options{Store: s, Lang: i18n.FR})
	drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, m := range runCmd(a.Init()) {
		drive(t, a, m)
	}
	if !strings.Contains(view(a), "Budget citoyen 2026") {
		t.Fatalf("the home is not loaded:\n%s", view(a))
	}
	if list, _ := store.Backups(path); len(list) != 0 {
		t.Fatalf("the check ran with the first screen's load: %+v", list)
	}
	drive(t, a, checkDueMsg{})
	if list, _ := store.Backups(path); len(list) != 1 {
		t.Errorf("after the delay, the check and the day's backup: %+v", list)
	}
}

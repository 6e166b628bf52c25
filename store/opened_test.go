package store

import (
	"errors"
	"strings"
	"testing"
)

// A broken seal is no longer found at open (start-up does not read the
// whole file) but by CheckOpened, which then refuses every write and
// every backup with the damage it named.
func TestCheckOpenedFindsDamageAndRefusesWrites(t *testing.T) {
	s := openTest(t)
	f, se := sealedFixture(t, s)
	se.Place = "Ailleurs"
	rawPutSession(t, s, se)
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open must leave the full check to CheckOpened: %v", err)
	}
	defer s.Close()
	if err := s.CreateMember(&Member{Name: "Avant La Vérification", College: "CDESS", Active: true}); err != nil {
		t.Fatalf("a write before the check: %v", err)
	}
	err = s.CheckOpened()
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "sceau") {
		t.Fatalf("CheckOpened on a broken seal = %v", err)
	}
	err = s.CreateMember(&Member{Name: "Après La Vérification", College: "CDESS", Active: true})
	if !errors.Is(err, ErrDamaged) {
		t.Errorf("a write after damage was found = %v, want ErrDamaged", err)
	}
	if _, err := s.ManualBackup(); !errors.Is(err, ErrDamaged) {
		t.Errorf("a backup of the damaged file = %v, want ErrDamaged", err)
	}
	if _, err := s.Initiative(f.inits[0].ID); err != nil {
		t.Errorf("reading after damage was found: %v", err)
	}
}

func TestCheckOpenedOnASoundFile(t *testing.T) {
	s := openTest(t)
	sealedFixture(t, s)
	if err := s.CheckOpened(); err != nil {
		t.Fatalf("CheckOpened on a sound file = %v", err)
	}
	if err := s.CreateMember(&Member{Name: "Après La Vérification", College: "CDESS", Active: true}); err != nil {
		t.Errorf("a write after a sound check: %v", err)
	}
}

// Closing the file stops the check instead of waiting for it to finish;
// a check started on a closed file says it was stopped, not that the file
// is sound.
func TestCloseStopsTheCheck(t *testing.T) {
	s := openTest(t)
	seed(t, s)
	done := make(chan error, 1)
	go func() { done <- s.CheckOpened() }()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil && !errors.Is(err, ErrCheckStopped) {
		t.Errorf("CheckOpened beside Close = %v", err)
	}
	if err := s.CheckOpened(); !errors.Is(err, ErrCheckStopped) {
		t.Errorf("CheckOpened after Close = %v, want ErrCheckStopped", err)
	}
}

// Letting go of the resident pages loses nothing: what is read afterwards,
// in the same transaction or the next, is what was there.
func TestReleasePagesKeepsWhatIsRead(t *testing.T) {
	s := openTest(t)
	f := seed(t, s)
	before, err := s.Initiatives(f.inits[0].CampaignID)
	if err != nil {
		t.Fatal(err)
	}
	s.ReleasePages()
	err = s.View(func(tx *Tx) error {
		tx.ReleasePages()
		after, err := tx.Initiatives(f.inits[0].CampaignID)
		if err != nil {
			return err
		}
		if len(after) != len(before) || after[0].Title != before[0].Title {
			t.Errorf("after release: %d initiatives, first %q; before %d, %q", len(after), after[0].Title, len(before), before[0].Title)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check after release: %v %v", probs, err)
	}
}

package i18n

import (
	"strings"
	"testing"
)

func TestKeyNames(t *testing.T) {
	if got := New(EN).KeyName("échap"); got != "esc" {
		t.Errorf("EN échap = %q", got)
	}
	if got := New(FR).KeyName("échap"); got != "échap" {
		t.Errorf("FR échap = %q", got)
	}
}

// A key present in one catalogue only would show French text in an English
// session, or a ⟨key⟩ placeholder.
func TestCataloguesHaveTheSameKeys(t *testing.T) {
	for k := range fr {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q is missing from the English catalogue", k)
		}
	}
	for k := range en {
		if strings.HasPrefix(k, "keyname.") {
			continue // French key names are the keys themselves
		}
		if _, ok := fr[k]; !ok {
			t.Errorf("key %q is missing from the French catalogue", k)
		}
	}
}

func TestFrenchFormats(t *testing.T) {
	c := New(FR)
	if got := c.Euros(150050); got != "1\u202f500,50\u00a0€" {
		t.Errorf("Euros = %q", got)
	}
	if got := c.Euros(2000000); got != "20\u202f000\u00a0€" {
		t.Errorf("Euros = %q", got)
	}
	if got := c.Date("2025-06-23"); got != "23/06/2025" {
		t.Errorf("Date = %q", got)
	}
	if got := c.Number(3.5); got != "3,5" {
		t.Errorf("Number = %q", got)
	}
	if got := New(EN).Number(3.5); got != "3.5" {
		t.Errorf("EN Number = %q", got)
	}
}

func TestDetect(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_GB.UTF-8")
	if l, _ := Detect(""); l != EN {
		t.Errorf("LANG=en_GB gives %s", l)
	}
	if l, _ := Detect("fr"); l != FR {
		t.Errorf("--lang fr gives %s", l)
	}
	if _, err := Detect("de"); err == nil || !strings.Contains(err.Error(), "« de » inconnue") {
		t.Errorf("unknown language: %v", err)
	}
}

package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"essradar/store"
)

// asTerminal makes the command line take stdin for a terminal for the
// length of the test, so that the confirmation is asked.
func asTerminal(t *testing.T) {
	t.Helper()
	was := stdinIsTerminal
	stdinIsTerminal = func(io.Reader) bool { return true }
	t.Cleanup(func() { stdinIsTerminal = was })
}

func runWithInput(input string, args ...string) cliResult {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(input), &out, &errOut)
	return cliResult{code: code, stdout: out.String(), stderr: errOut.String()}
}

func openDB(t *testing.T, db string) *store.Store {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// holderOf reads initiative 10's holder, the store closed again after.
func holderOf(t *testing.T, db string) store.Holder {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	in, err := s.Initiative(10)
	if err != nil {
		t.Fatal(err)
	}
	return in.Holder
}

func TestForgetAsksThenErases(t *testing.T) {
	db := cliDemoDB(t)
	before := holderOf(t, db)
	if before.Email == "" {
		t.Fatal("the demo's initiative 10 must have a contact")
	}
	// No terminal, no --yes: refused, nothing erased.
	cliFail(t, []string{"--db", db, "forget", "10"}, "--yes")
	if holderOf(t, db) != before {
		t.Fatal("forget without confirmation erased")
	}

	asTerminal(t)
	r := runWithInput("n\n", "--db", db, "forget", "10")
	if r.code != 0 || !strings.Contains(r.stdout, "Effacer les coordonnées de «\u00a0Pêche durable et vente directe\u00a0» (n°\u00a010)\u00a0? [o/N]") ||
		!strings.Contains(r.stdout, "annulé") {
		t.Fatalf("answering no: %+v", r)
	}
	if holderOf(t, db) != before {
		t.Fatal("answering no erased")
	}
	r = runWithInput("\n", "--db", db, "forget", "10")
	if holderOf(t, db) != before {
		t.Fatalf("no answer is no: %+v", r)
	}

	exportBefore := cliExport(t, db)
	r = runWithInput("oui\n", "--db", db, "forget", "10")
	if r.code != 0 || !strings.Contains(r.stdout, "effacées") {
		t.Fatalf("answering yes: %+v", r)
	}
	after := holderOf(t, db)
	if after.ContactName != "" || after.Email != "" || after.Phone != "" || after.Name != before.Name {
		t.Fatalf("after forget: %+v", after)
	}
	// Everything else in the export is as it was: decisions, statuses,
	// categories, sessions, evaluations.
	exportAfter := cliExport(t, db)
	for _, in := range exportBefore["initiatives"].([]any) {
		m := in.(map[string]any)
		if m["id"].(float64) == 10 {
			h := m["holder"].(map[string]any)
			h["contact_name"], h["email"], h["phone"] = "", "", ""
			delete(m, "updated_at")
		}
	}
	for _, in := range exportAfter["initiatives"].([]any) {
		if m := in.(map[string]any); m["id"].(float64) == 10 {
			delete(m, "updated_at")
		}
	}
	sameJSON(t, "export before and after forget, contact aside", exportBefore, exportAfter)
	raw := cliOK(t, "--db", db, "export").stdout
	for _, personal := range []string{before.ContactName, before.Email, before.Phone} {
		if strings.Contains(raw, personal) {
			t.Errorf("the export still holds %q", personal)
		}
	}

	// The trail records the erasure, without the values.
	r = cliOK(t, "--db", db, "audit", "--initiative", "10")
	if !strings.Contains(r.stdout, "effacement des coordonnées · coordonnées du porteur effacées (contact, courriel, téléphone\u00a0; valeurs non conservées)") {
		t.Errorf("audit of 10:\n%s", r.stdout)
	}
	for _, personal := range []string{before.ContactName, before.Email, before.Phone} {
		if strings.Contains(cliOK(t, "--db", db, "audit").stdout, personal) {
			t.Errorf("the trail holds %q", personal)
		}
	}

	// Twice is harmless.
	r = cliOK(t, "--db", db, "forget", "10", "--yes")
	if !strings.Contains(r.stdout, "rien à effacer") {
		t.Errorf("forget twice: %q", r.stdout)
	}
	cliOK(t, "--db", db, "check")
}

func TestAuditShowsOldAndNewValues(t *testing.T) {
	db := cliDemoDB(t)
	s := openDB(t, db)
	in, err := s.Initiative(3)
	if err != nil {
		t.Fatal(err)
	}
	old := in.Territory
	in.Territory = "Calaisis"
	in.AmountCents = 123456
	if err := s.PutInitiative(in); err != nil {
		t.Fatal(err)
	}
	s.Close()

	r := cliOK(t, "--db", db, "audit", "--initiative", "3")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if !strings.Contains(lines[0], "initiative 3 · création") {
		t.Errorf("oldest first:\n%s", r.stdout)
	}
	for _, want := range []string{"initiative 3 · modification", "territoire\u00a0: " + old + " → Calaisis", "montant demandé\u00a0: ", " → 1\u202f234,56\u00a0€"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("audit lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "initiative 4 ·") {
		t.Errorf("another initiative's entry:\n%s", r.stdout)
	}
	r = cliOK(t, "--db", db, "--lang", "en", "audit", "--initiative", "3", "-n", "1")
	if n := strings.Count(r.stdout, "initiative 3 · changed"); n != 1 || !strings.Contains(r.stdout, "territory: "+old+" → Calaisis") {
		t.Errorf("English, last entry:\n%s", r.stdout)
	}
	r = cliOK(t, "--db", db, "audit", "--session", "1")
	if !strings.Contains(r.stdout, "séance 1 · clôture") || strings.Contains(r.stdout, "séance 2") {
		t.Errorf("session 1's history:\n%s", r.stdout)
	}
	cliFail(t, []string{"--db", db, "audit", "--session", "1", "--initiative", "3"}, "pas les deux")
	cliFail(t, []string{"--db", db, "audit", "--initiative", "999"}, "999")
	cliFail(t, []string{"--db", db, "forget", "douze"}, "douze")
	cliFail(t, []string{"--db", db, "forget"}, "essradar forget 12")
}

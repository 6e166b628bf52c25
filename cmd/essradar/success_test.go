package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"essradar/scoring"
	"essradar/store"
	"essradar/tui/i18n"
)

func TestDemoTwiceAddsNothing(t *testing.T) {
	db := cliTempDB(t)
	r := cliOK(t, "--db", db, "demo")
	if !strings.Contains(r.stdout, "chargée") || !strings.Contains(r.stdout, "initiatives") {
		t.Errorf("first demo: %q", r.stdout)
	}
	first := cliExport(t, db)
	// The current campaign; the past years are there for the statistics.
	current := cliExport(t, db, "--campaign", "2026")
	if n := len(current["initiatives"].([]any)); n < 20 || n > 30 {
		t.Errorf("the demo has %d initiatives, want about 24", n)
	}
	if n := len(current["sessions"].([]any)); n != 2 {
		t.Errorf("the demo has %d sessions, want 2", n)
	}
	if n := len(first["campaigns"].([]any)); n != 4 {
		t.Errorf("the demo has %d campaigns, want 2023 to 2026", n)
	}
	r = cliOK(t, "--db", db, "demo")
	if !strings.Contains(r.stdout, "rien n'a été ajouté") {
		t.Errorf("second demo: %q", r.stdout)
	}
	sameJSON(t, "export after one and two demos", first, cliExport(t, db))
	cliOK(t, "--db", db, "check")
	info, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 && os.PathSeparator == '/' {
		t.Errorf("database file mode %v, want owner-only", perm)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	db := cliDemoDB(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.json")
	r := cliOK(t, "--db", db, "export", "-o", a)
	if r.stdout != "" {
		t.Errorf("export -o wrote on stdout: %q", r.stdout)
	}
	data, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	fromFile := decodeExport(t, data)
	for _, list := range []string{"campaigns", "initiatives", "members", "sessions", "evaluations"} {
		if l, isList := fromFile[list].([]any); !isList || len(l) == 0 {
			t.Errorf("export: list %q missing or empty", list)
		}
	}
	sameJSON(t, "export -o and export on stdout", fromFile, cliExport(t, db))

	other := filepath.Join(dir, "other.db")
	r = cliOK(t, "--db", other, "import", a)
	if !strings.Contains(r.stdout, "ajouté") {
		t.Errorf("import report: %q", r.stdout)
	}
	sameJSON(t, "export of the original and of the import", fromFile, cliExport(t, other))
	cliOK(t, "--db", other, "check")

	// Importing the same file again changes nothing.
	r = cliOK(t, "--db", other, "import", a)
	if !strings.Contains(r.stdout, "déjà présent") {
		t.Errorf("second import report: %q", r.stdout)
	}
	sameJSON(t, "export after a second import", fromFile, cliExport(t, other))

	// One campaign only.
	campaign := fromFile["campaigns"].([]any)[0].(map[string]any)["id"].(string)
	one := cliExport(t, db, "--campaign", campaign)
	inCampaign := 0
	for _, in := range fromFile["initiatives"].([]any) {
		if in.(map[string]any)["campaign"] == campaign {
			inCampaign++
		}
	}
	if len(one["initiatives"].([]any)) != inCampaign {
		t.Errorf("export --campaign %s: %d initiatives, want %d", campaign, len(one["initiatives"].([]any)), inCampaign)
	}
}

func TestBackup(t *testing.T) {
	db := cliDemoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "copie.db")
	r := cliOK(t, "--db", db, "backup", "-o", out)
	if !strings.Contains(r.stdout, out) {
		t.Errorf("backup does not name its file: %q", r.stdout)
	}
	sameJSON(t, "export of the base and of its backup", cliExport(t, db), cliExport(t, out))

	// Into an existing folder: a dated name inside it.
	r = cliOK(t, "--db", db, "backup", "-o", dir)
	line, _, _ := strings.Cut(r.stdout, "\n")
	written := strings.TrimSpace(strings.TrimPrefix(line, "Sauvegarde écrite :"))
	if filepath.Dir(written) != dir {
		t.Errorf("backup into a folder wrote %q", written)
	}
	// No -o: into the backups folder next to the base.
	r = cliOK(t, "--db", db, "backup")
	line, _, _ = strings.Cut(r.stdout, "\n")
	written = strings.TrimSpace(strings.TrimPrefix(line, "Sauvegarde écrite :"))
	if filepath.Dir(written) != filepath.Join(filepath.Dir(db), "essradar-sauvegardes") {
		t.Errorf("default backup wrote %q, not in the backups folder next to %s", written, db)
	}
	if _, err := os.Stat(written); err != nil {
		t.Errorf("backup file: %v", err)
	}
}

func TestGridShowAndCheck(t *testing.T) {
	db := filepath.Join(t.TempDir(), "jamais-creee.db")
	r := cliOK(t, "--db", db, "grid", "show")
	gr := scoring.Default()
	if len(gr.Categories) != 4 {
		t.Fatalf("the default grid has %d categories", len(gr.Categories))
	}
	for _, c := range gr.Categories {
		if !strings.Contains(r.stdout, c.Label) {
			t.Errorf("grid show does not list the category %q", c.Label)
		}
		for _, m := range c.Markers {
			if !strings.Contains(r.stdout, "["+m.ID+"]") {
				t.Errorf("grid show does not list the marker %s", m.ID)
			}
		}
	}
	for _, label := range []string{"Pratique de l'ESS", "Innovation sociétale", "Coopération", "Transformation économique, environnementale et sociétale"} {
		if !strings.Contains(r.stdout, label) {
			t.Errorf("grid show lacks %q", label)
		}
	}
	if !strings.Contains(r.stdout, "2,5") {
		t.Errorf("grid show does not write the threshold with a decimal comma")
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("grid show created the database")
	}

	r = cliOK(t, "--db", db, "grid", "show", "--toml")
	if r.stdout != string(scoring.DefaultSource()) {
		t.Errorf("grid show --toml differs from the embedded default grid")
	}
	// With the demo loaded, the campaign's grid is the default one.
	demo := cliDemoDB(t)
	if r := cliOK(t, "--db", demo, "grid", "show", "--toml"); r.stdout != string(scoring.DefaultSource()) {
		t.Errorf("grid show --toml on the demo differs from the default grid")
	}

	file := cliWriteFile(t, filepath.Join(t.TempDir(), "grille.toml"), string(scoring.DefaultSource()))
	r = cliOK(t, "grid", "check", file)
	if !strings.Contains(r.stdout, "valide") || !strings.Contains(r.stdout, "4 catégories") {
		t.Errorf("grid check on the default grid: %q", r.stdout)
	}
	r = cliOK(t, "--db", db, "--grid", file, "grid", "show")
	if !strings.Contains(r.stdout, file) {
		t.Errorf("grid show --grid does not say where the grid comes from: %q", cliFirstLine(r.stdout))
	}
}

func TestVersion(t *testing.T) {
	r := cliOK(t, "version")
	if !strings.HasPrefix(r.stdout, "essradar ") || strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("version: %q", r.stdout)
	}
}

func cliFirstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// radarLines checks a radar output: title, exactly h chart lines of width w,
// the legend when the chart needs one, the category line and the
// explanation. It returns the chart lines.
func radarLines(t *testing.T, out string, gr *scoring.Grid, s scoring.Scores, byCategory, ascii bool, w, h int) []string {
	t.Helper()
	if strings.ContainsRune(out, '\x1b') {
		t.Errorf("radar output contains an ESC byte though stdout is not a terminal")
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) > h {
		t.Fatalf("radar %dx%d: %d lines, more than --height\n%s", w, h, len(lines), out)
	}
	for i, l := range lines {
		if n := utf8.RuneCountInString(l); n > w {
			t.Errorf("line %d is %d columns wide, more than %d: %q", i+1, n, w, l)
		}
	}
	// The summary closes the output, wrapped at word boundaries, never cut.
	p := gr.Propose(s)
	proposal := i18n.New(i18n.FR).Proposal(gr, p)
	if ascii {
		proposal = asciiText(proposal)
	}
	if flat := strings.Join(strings.Fields(out), " "); !strings.HasSuffix(flat, strings.Join(strings.Fields(proposal), " ")) {
		t.Errorf("radar %dx%d does not end with the whole proposal %q:\n%s", w, h, proposal, out)
	}
	// The chart lines, padded to the width by the renderer.
	var chart []string
	for _, l := range lines[1:] {
		if utf8.RuneCountInString(l) == w {
			chart = append(chart, l)
		}
	}
	if len(chart) < minChartHeight {
		t.Errorf("radar %dx%d: %d chart lines:\n%s", w, h, len(chart), out)
	}
	return chart
}

func TestRadarScores(t *testing.T) {
	gr := scoring.Default()
	spec := "gouvernance=3,lucrativite=2,utilite_sociale=4,ancrage=nc"
	s, err := parseScores(frGlobals(), gr, spec)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{60, 24}, {80, 24}, {100, 40}, {40, 20}, {30, 22}} {
		w, h := size[0], size[1]
		for _, byCategory := range []bool{false, true} {
			args := []string{"radar", "--scores", spec, "--width", strconv.Itoa(w), "--height", strconv.Itoa(h)}
			if byCategory {
				args = append(args, "--categories")
			}
			r := cliOK(t, args...)
			radarLines(t, r.stdout, gr, s, byCategory, false, w, h)
		}
	}
	// Without --width/--height and not on a terminal: 60×24.
	r := cliOK(t, "radar", "--scores", spec)
	radarLines(t, r.stdout, gr, s, false, false, 60, 24)
	if !strings.Contains(r.stdout, "Gouvernance") {
		t.Errorf("the radar does not name the markers:\n%s", r.stdout)
	}
}

func TestRadarInitiative(t *testing.T) {
	db := cliDemoDB(t)
	doc := cliExport(t, db)
	ev := doc["evaluations"].([]any)[0].(map[string]any)
	initiative := int(ev["initiative_id"].(float64))
	session := int(ev["session_id"].(float64))
	var title string
	for _, in := range doc["initiatives"].([]any) {
		if m := in.(map[string]any); int(m["id"].(float64)) == initiative {
			title = m["title"].(string)
		}
	}

	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	e, found, err := s.Evaluation(uint64(session), uint64(initiative))
	s.Close()
	if err != nil || !found {
		t.Fatal(found, err)
	}

	id := strconv.Itoa(initiative)
	r := cliOK(t, "--db", db, "radar", "--initiative", id, "--session", strconv.Itoa(session), "--width", "100", "--height", "30")
	if !strings.Contains(cliFirstLine(r.stdout), title) {
		t.Errorf("radar title %q does not name %q", cliFirstLine(r.stdout), title)
	}
	radarLines(t, r.stdout, scoring.Default(), e.Scores, false, false, 100, 30)

	// Its latest evaluation, by category, in ASCII.
	r = cliOK(t, "--db", db, "--ascii", "radar", "--initiative", id, "--categories", "--width", "50", "--height", "14")
	if strings.Count(r.stdout, "\n") < 14 {
		t.Errorf("radar --categories --ascii:\n%s", r.stdout)
	}
	assertPrintableASCII(t, r.stdout)
}

func TestRadarASCII(t *testing.T) {
	spec := "gouvernance=3,lucrativite=2,utilite_sociale=4,ancrage=nc,besoin=1,nouveaute=0,participation=4"
	gr := scoring.Default()
	s, err := parseScores(frGlobals(), gr, spec)
	if err != nil {
		t.Skipf("marker ids of the default grid changed: %v", err)
	}
	for _, size := range [][2]int{{60, 20}, {36, 22}} {
		w, h := size[0], size[1]
		r := cliOK(t, "--ascii", "radar", "--scores", spec, "--width", strconv.Itoa(w), "--height", strconv.Itoa(h))
		assertPrintableASCII(t, r.stdout)
		radarLines(t, r.stdout, gr, s, false, true, w, h)
	}
}

func assertPrintableASCII(t *testing.T, out string) {
	t.Helper()
	for i := 0; i < len(out); i++ {
		if c := out[i]; c != '\n' && (c < 0x20 || c > 0x7e) {
			line := strings.Count(out[:i], "\n")
			t.Fatalf("--ascii output has byte %#x on line %d: %q", c, line+1, strings.Split(out, "\n")[line])
		}
	}
}

func TestAsciiText(t *testing.T) {
	cases := map[string]string{
		"Coopération « Œuvre » — 3,5 · réel…": "Cooperation \"OEuvre\" - 3,5 - reel...",
		"Épicerie à Hénin-Carvin":             "Epicerie a Henin-Carvin",
		"déca\u0301ler":                       "decaler",
		"prix\u00a0: 20 000\u202f€":           "prix : 20 000 EUR",
		"中":                                   "?",
	}
	for in, want := range cases {
		if got := asciiText(in); got != want {
			t.Errorf("asciiText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHelpIsFrench(t *testing.T) {
	english := []string{"Usage:", "Flags:", "help for", "Global Flags", "Available Commands", "Examples:",
		"[flags]", "Use \"", "Additional help", "string ", "uint ", "int "}
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"}, {"help", "export"}, {"help", "grid", "check"},
		{"export", "--help"}, {"import", "-h"}, {"backup", "--help"}, {"check", "--help"}, {"demo", "--help"},
		{"grid", "--help"}, {"grid"}, {"grid", "show", "--help"}, {"grid", "check", "--help"},
		{"version", "--help"}, {"radar", "--help"}, {"help", "help"},
	} {
		r := cliOK(t, args...)
		if r.stderr != "" {
			t.Errorf("essradar %s: stderr %q", strings.Join(args, " "), r.stderr)
		}
		if !strings.Contains(r.stdout, "Utilisation :") {
			t.Errorf("essradar %s: no « Utilisation : » in\n%s", strings.Join(args, " "), r.stdout)
		}
		for _, e := range english {
			if strings.Contains(r.stdout, e) {
				t.Errorf("essradar %s: help contains %q:\n%s", strings.Join(args, " "), e, r.stdout)
			}
		}
	}
	r := cliOK(t, "--help")
	for _, cmd := range []string{"demo", "export", "import", "backup", "check", "grid", "version", "radar"} {
		if !strings.Contains(r.stdout, "\n  "+cmd+" ") {
			t.Errorf("--help does not list %s", cmd)
		}
	}
}

// The lock as another process holds it: the test binary re-executed as a
// helper that opens the base and waits for its stdin to close.
const lockHelperEnv = "ESSRADAR_TEST_HOLD_DB"

func TestHelperHoldDB(t *testing.T) {
	path := os.Getenv(lockHelperEnv)
	if path == "" {
		t.Skip("helper process for TestLockedByAnotherProcess")
	}
	s, err := store.Open(path)
	if err != nil {
		os.Stdout.WriteString("erreur " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("prêt\n")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	s.Close()
	os.Exit(0)
}

func TestLockedByAnotherProcess(t *testing.T) {
	db := cliDemoDB(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldDB$")
	cmd.Env = append(os.Environ(), lockHelperEnv+"="+db)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
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

	r := cliRun(t, "--db", db, "demo")
	msg := wantOneFrenchError(t, r, "demo")
	if !strings.Contains(msg, "déjà ouverte") {
		t.Errorf("message %q does not say the base is already open", msg)
	}

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	cliOK(t, "--db", db, "check")
}

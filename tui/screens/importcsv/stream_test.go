package importcsv

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/tuitest"
)

// At 80 columns the report's first lines are wrapped, not cut: the count
// of initiatives added after the demo campaign's long name is read whole.
func TestImportReportWrappedAt80(t *testing.T) {
	var b strings.Builder
	b.WriteString("Titre;Porteur;Territoire\n")
	for i := range 1001 {
		fmt.Fprintf(&b, "Projet %d;Asso %d;Artois\n", i, i)
	}
	csv := filepath.Join(t.TempDir(), "rows.csv")
	if err := os.WriteFile(csv, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.FR)), 80, 24)
	sc.Press("ctrl+u")
	sc.Type(csv)
	sc.Press("enter")
	view := sc.Plain()
	if !strings.Contains(strings.Join(strings.Fields(view), " "), "1 001 initiatives ajoutées") {
		t.Errorf("count of rows added cut:\n%s", view)
	}
	for _, l := range strings.Split(view, "\n") {
		if lipgloss.Width(l) > 80 {
			t.Errorf("line wider than 80: %q", l)
		}
	}
}

// The walk: while 20,000 rows were written the progress read « 12000 /
// 20 000 lignes écrites », the rows written not grouped like the total.
func TestImportProgressGroupsBothCounts(t *testing.T) {
	sc := tuitest.NewScreen(t, New(context.New(tuitest.DemoStore(t), i18n.FR)), 80, 24)
	m := sc.S.(*Model)
	m.phase = importRunning
	m.done, m.total = 12000, 20000
	if v := strings.Join(strings.Fields(sc.Plain()), " "); !strings.Contains(v, "12 000 / 20 000 lignes écrites") {
		t.Errorf("rows written not grouped:\n%s", sc.Plain())
	}
}

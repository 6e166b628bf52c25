package transfer

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"essradar/store"
)

// exportedJSON is the seeded database's export as a generic JSON value, to
// be edited as someone would edit the file by hand.
func exportedJSON(t *testing.T, s *store.Store) map[string]any {
	t.Helper()
	doc, err := Export(s, "")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func readJSON(t *testing.T, v map[string]any) *Document {
	t.Helper()
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// closedSession is the document's closed session (the seed has one).
func closedSession(t *testing.T, v map[string]any) map[string]any {
	t.Helper()
	for _, s := range v["sessions"].([]any) {
		if se := s.(map[string]any); se["status"] == "close" {
			return se
		}
	}
	t.Fatal("no closed session in the export")
	return nil
}

func TestExportCarriesTheSeal(t *testing.T) {
	a := openStore(t)
	seed(t, a)
	se, err := a.Session(1)
	if err != nil {
		t.Fatal(err)
	}
	if se.Seal == "" || closedSession(t, exportedJSON(t, a))["seal"] != se.Seal {
		t.Fatalf("the export does not carry the seal %q", se.Seal)
	}
	b := openStore(t)
	if _, err := Import(b, readJSON(t, exportedJSON(t, a))); err != nil {
		t.Fatal(err)
	}
	if got, _ := b.Session(1); got.Seal != se.Seal {
		t.Fatalf("imported seal %q, want %q", got.Seal, se.Seal)
	}
}

func TestImportRefusesABrokenSeal(t *testing.T) {
	a := openStore(t)
	seed(t, a)
	v := exportedJSON(t, a)
	// A score of the sealed session, changed by hand in the file.
	for _, e := range v["evaluations"].([]any) {
		ev := e.(map[string]any)
		if ev["session_id"] == float64(1) && ev["initiative_id"] == float64(1) {
			ev["scores"].(map[string]any)["emploi"] = float64(4)
		}
	}
	doc := readJSON(t, v)

	b := openStore(t)
	before, _ := Export(b, "")
	auditBefore, _ := b.Audit(0)
	rep, err := Import(b, doc)
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("Import = %v, want ErrRejected", err)
	}
	if len(rep.Rejected) != 1 || rep.Rejected[0].Key != "store.seal.import_mismatch" {
		t.Fatalf("rejected: %+v", rep.Rejected)
	}
	if want := "la séance n° 1 du 12/07/2026 (Carvin) ne correspond plus à son sceau : le fichier a été modifié depuis sa clôture"; !strings.Contains(err.Error(), want) {
		t.Fatalf("message %q\nwant %q", err.Error(), want)
	}
	if !strings.Contains(err.Error(), "rien n'a été écrit") {
		t.Fatalf("message %q", err.Error())
	}
	after, _ := Export(b, "")
	if comparable(t, after) != comparable(t, before) {
		t.Fatal("a refused import changed the database")
	}
	if auditAfter, _ := b.Audit(0); len(auditAfter) != len(auditBefore) {
		t.Fatal("a refused import left audit entries")
	}

	// The session's own fields are sealed too: its place, changed by hand.
	v = exportedJSON(t, a)
	closedSession(t, v)["place"] = "Arras"
	if _, err := Import(openStore(t), readJSON(t, v)); !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "(Arras) ne correspond plus à son sceau") {
		t.Fatalf("Import with a changed place = %v", err)
	}
}

func TestImportSealsAnUnsealedSession(t *testing.T) {
	a := openStore(t)
	seed(t, a)
	want, _ := a.Session(1)
	v := exportedJSON(t, a)
	delete(closedSession(t, v), "seal") // a file written before seals
	doc := readJSON(t, v)

	b := openStore(t)
	rep, err := Import(b, doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Sealed) != 1 || rep.Sealed[0].String() != "la séance n° 1 du 12/07/2026 (Carvin)" {
		t.Fatalf("sealed: %+v", rep.Sealed)
	}
	if !strings.Contains(rep.Summary(), "scellée à l'import (le fichier n'avait pas de sceau) : la séance n° 1 du 12/07/2026 (Carvin)") {
		t.Fatalf("summary %q", rep.Summary())
	}
	if got, _ := b.Session(1); got.Seal != want.Seal {
		t.Fatalf("seal at import %q, want the original %q", got.Seal, want.Seal)
	}
	if probs, err := b.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("check: %v %+v", err, probs)
	}

	// The same unsealed file into the database it came from: nothing differs.
	rep, err = Import(a, doc)
	if err != nil || len(rep.Conflicts) > 0 || rep.Unchanged[KindSession] != 2 || len(rep.Sealed) != 0 {
		t.Fatalf("import of the unsealed file into its origin: %+v, %v", rep, err)
	}
}

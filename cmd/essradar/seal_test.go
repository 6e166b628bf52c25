package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// sealedSession is the first closed session of an export: its id and how a
// message names it in French and English.
type sealedSession struct {
	id          uint64
	fr, en      string
	place, seal string
}

func firstSealed(t *testing.T, doc map[string]any) (sealedSession, map[string]any) {
	t.Helper()
	for _, s := range doc["sessions"].([]any) {
		se := s.(map[string]any)
		if se["status"] != "close" {
			continue
		}
		day, err := time.Parse(time.DateOnly, se["date"].(string))
		if err != nil {
			t.Fatal(err)
		}
		place := se["place"].(string)
		id := uint64(se["id"].(float64))
		return sealedSession{
			id:    id,
			fr:    fmt.Sprintf("la séance n° %d du %s (%s)", id, day.Format("02/01/2006"), place),
			en:    fmt.Sprintf("session no. %d of ", id),
			place: place,
			seal:  fmt.Sprint(se["seal"]),
		}, se
	}
	t.Fatal("the demo has no closed session")
	return sealedSession{}, nil
}

// otherScore is another score on the scale than sc.
func otherScore(sc any) float64 {
	if sc.(float64) == 3 {
		return 2
	}
	return 3
}

// tamperScore changes, behind the program's back, one score of an
// evaluation of session id.
func tamperScore(t *testing.T, path string, session uint64) {
	t.Helper()
	bdb, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte("evaluations"))
		prefix := make([]byte, 8)
		binary.BigEndian.PutUint64(prefix, session)
		k, v := b.Cursor().Seek(prefix)
		if k == nil || string(k[:8]) != string(prefix) {
			t.Fatalf("session %d has no evaluation", session)
		}
		var ev map[string]any
		if err := json.Unmarshal(v, &ev); err != nil {
			return err
		}
		for m, sc := range ev["scores"].(map[string]any) {
			ev["scores"].(map[string]any)[m] = otherScore(sc)
			break
		}
		nv, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		return b.Put(k, nv)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestCheckReportsABrokenSeal(t *testing.T) {
	db := cliDemoDB(t)
	se, _ := firstSealed(t, cliExport(t, db))
	if len(se.seal) != 64 {
		t.Fatalf("the demo's closed session has no seal: %q", se.seal)
	}
	tamperScore(t, db, se.id)

	r := cliRun(t, "--db", db, "check")
	msg := wantOneFrenchError(t, r, "check")
	// The seal, and the campaign's kept summary (its median) that the
	// tampered score no longer matches either.
	if !strings.Contains(msg, "2 problèmes") {
		t.Errorf("check message %q", msg)
	}
	frName := strings.TrimPrefix(se.fr, fmt.Sprintf("la séance n° %d ", se.id))
	want := fmt.Sprintf("séance %d : la séance %s ne correspond plus à son sceau", se.id, frName)
	if !strings.Contains(r.stdout, want) {
		t.Errorf("check does not name the session:\n%s\nwant %s", r.stdout, want)
	}
	for i, r := range englishRun(t, "--db", db, "check") {
		if r.code != 1 || !strings.Contains(r.stdout, fmt.Sprintf("session %d: the session of ", se.id)) ||
			!strings.Contains(r.stdout, "no longer matches its seal: it or its evaluations were changed after it was closed") {
			t.Errorf("run %d: exit %d\n%s%s", i, r.code, r.stdout, r.stderr)
		}
		noFrench(t, fmt.Sprintf("check (run %d)", i), r.stdout+r.stderr, db, se.place)
	}
}

func TestImportRefusesATamperedSealedSession(t *testing.T) {
	db := cliDemoDB(t)
	dir := t.TempDir()
	doc := cliExport(t, db)
	se, _ := firstSealed(t, doc)
	// The secretary's export, a score edited by hand.
	for _, e := range doc["evaluations"].([]any) {
		ev := e.(map[string]any)
		if uint64(ev["session_id"].(float64)) != se.id {
			continue
		}
		for m, sc := range ev["scores"].(map[string]any) {
			ev["scores"].(map[string]any)[m] = otherScore(sc)
			break
		}
		break
	}
	out, _ := json.MarshalIndent(doc, "", "  ")
	tampered := cliWriteFile(t, filepath.Join(dir, "retouche.json"), string(out))

	fresh := cliTempDB(t)
	before := cliExport(t, fresh)
	r := cliRun(t, "--db", fresh, "import", tampered)
	msg := wantOneFrenchError(t, r, "import", tampered)
	if !strings.Contains(msg, "rien n'a été écrit") {
		t.Errorf("message %q does not say nothing was written", msg)
	}
	if want := se.fr + " ne correspond plus à son sceau : le fichier a été modifié depuis sa clôture"; !strings.Contains(r.stdout, want) {
		t.Errorf("the refusal does not name the session:\n%s\nwant %s", r.stdout, want)
	}
	sameJSON(t, "export before and after a refused import", before, cliExport(t, fresh))

	for i, r := range englishRun(t, "--db", cliTempDB(t), "import", tampered) {
		if r.code != 1 || !strings.Contains(r.stdout, se.en) || !strings.Contains(r.stdout, "no longer matches its seal: the file was changed after the session was closed") {
			t.Errorf("run %d: exit %d\n%s%s", i, r.code, r.stdout, r.stderr)
		}
		noFrench(t, fmt.Sprintf("import (run %d)", i), r.stdout+r.stderr, tampered, se.place)
	}
}

func TestImportSealsAnOlderExport(t *testing.T) {
	db := cliDemoDB(t)
	doc := cliExport(t, db)
	se, raw := firstSealed(t, doc)
	delete(raw, "seal")
	doc["schema"] = "essradar/v1"
	doc["exported_at"] = "2026-01-01T00:00:00Z"
	out, _ := json.MarshalIndent(doc, "", "  ")
	older := cliWriteFile(t, filepath.Join(t.TempDir(), "ancien.json"), string(out))

	fresh := cliTempDB(t)
	r := cliOK(t, "--db", fresh, "import", older)
	if !strings.Contains(r.stdout, "séance close est arrivée sans sceau") || !strings.Contains(r.stdout, "  - "+se.fr+"\n") {
		t.Errorf("the import does not say it sealed the session:\n%s", r.stdout)
	}
	cliOK(t, "--db", fresh, "check")
	after, _ := firstSealed(t, cliExport(t, fresh))
	if after.seal != se.seal {
		t.Errorf("sealed at import %q, want the original %q", after.seal, se.seal)
	}
}

package transfer

import (
	"testing"

	"essradar/store/plaintext/plaintexttest"
)

// soil puts text in every field an older file could carry it in: the
// initiatives, the members, the open session and, in a file from before
// seals, the closed one.
func soil(v map[string]any, text string) {
	for _, x := range v["initiatives"].([]any) {
		in := x.(map[string]any)
		in["title"] = text + " " + in["title"].(string)
		in["commune"], in["summary"] = text, text+"\n"+text
		in["holder"].(map[string]any)["name"] = text
	}
	for _, x := range v["members"].([]any) {
		m := x.(map[string]any)
		m["name"] = text + " " + m["name"].(string)
	}
	for _, x := range v["sessions"].([]any) {
		se := x.(map[string]any)
		se["place"] = text
		delete(se, "seal")
	}
}

// The JSON import keeps a hostile file's text as the store does: cleaned,
// except in a sealed session (its seal covers what was closed); the same
// file again is the same data, not a conflict.
func TestImportCleansHostileText(t *testing.T) {
	for _, p := range plaintexttest.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			a := openStore(t)
			seed(t, a)
			v := exportedJSON(t, a)
			soil(v, p.Text)
			doc := readJSON(t, v)

			b := openStore(t)
			rep, err := Import(b, doc)
			if err != nil || len(rep.Rejected) > 0 {
				t.Fatalf("import: %v %+v", err, rep.Rejected)
			}
			all, _ := b.Initiatives("")
			if len(all) == 0 {
				all, _ = b.Initiatives("2026")
			}
			members, _ := b.Members()
			open, _ := b.Session(2)
			closed, _ := b.Session(1)
			fields := []string{open.Place, members[0].Name}
			for _, in := range all {
				fields = append(fields, in.Title, in.Commune, in.Holder.Name)
			}
			for _, f := range fields {
				plaintexttest.CheckPlain(t, "stored", p, f)
			}
			for _, se := range doc.Sessions {
				if se.ID == closed.ID && se.Place != closed.Place {
					t.Errorf("the sealed session's place changed at import: %q → %q", se.Place, closed.Place)
				}
			}
			if probs, err := b.Check(); err != nil || len(probs) > 0 {
				t.Fatalf("check after import: %v %+v", err, probs)
			}
			rep, err = Import(b, readJSON(t, v))
			if err != nil || len(rep.Conflicts) > 0 {
				t.Fatalf("the same file again: %v, conflicts %+v", err, rep.Conflicts)
			}
		})
	}
}

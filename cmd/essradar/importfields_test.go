package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// The import's conflicts name the differing fields in the secretary's
// language, never by the file's JSON keys.
func TestImportConflictNamesFieldsInWords(t *testing.T) {
	db := cliDemoDB(t)
	dir := t.TempDir()
	doc := cliExport(t, db)
	in := doc["initiatives"].([]any)[0].(map[string]any)
	in["title"] = "Autre titre"
	in["amount_requested"] = 1.5
	in["holder"].(map[string]any)["name"] = "Autre porteur"
	mb := doc["members"].([]any)[1].(map[string]any)
	mb["name"] = "Autre nom"
	mb["college"] = "Autre collège"
	out, _ := json.Marshal(doc)
	path := cliWriteFile(t, filepath.Join(dir, "conflit.json"), string(out))

	fr := cliRun(t, "--db", db, "import", path).stdout
	en := cliRun(t, "--db", db, "--lang", "en", "import", path).stdout
	for _, c := range []struct {
		name, out string
		want      []string
	}{
		{"fr", fr, []string{"diffère sur montant demandé, porteur, titre", "diffère sur collège, nom"}},
		{"en", en, []string{"differs on amount requested, holder, title", "differs on college, name"}},
	} {
		for _, w := range c.want {
			if !strings.Contains(c.out, w) {
				t.Errorf("%s: no %q in\n%s", c.name, w, c.out)
			}
		}
		if strings.Contains(c.out, "amount_requested") {
			t.Errorf("%s: a JSON key in the report:\n%s", c.name, c.out)
		}
	}
}

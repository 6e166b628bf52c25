package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"essradar/store/plaintext/plaintexttest"
)

// decidedItem is a sealed session of the demo and an initiative it decided.
func decidedItem(t *testing.T, db string) (session, initiative uint64) {
	t.Helper()
	s := openDB(t, db)
	defer s.Close()
	c, err := s.CurrentCampaign()
	if err != nil {
		t.Fatal(err)
	}
	sessions, err := s.Sessions(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, se := range sessions {
		evals, err := s.EvaluationsBySession(se.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evals {
			if se.Sealed() && e.Decision != nil {
				return se.ID, e.InitiativeID
			}
		}
	}
	t.Fatal("the demo has no decided item in a sealed session")
	return 0, 0
}

// soilDemo plays a file written before text was cleaned: the demo with the
// payload in every kind of text a command prints.
func soilDemo(t *testing.T, db string, p plaintexttest.Payload) {
	t.Helper()
	plaintexttest.Soil(t, db, "initiatives", func(r map[string]any) {
		r["title"] = p.Text
		r["commune"] = p.Text
		if h, ok := r["holder"].(map[string]any); ok {
			h["name"] = p.Text
		}
	})
	plaintexttest.Soil(t, db, "members", func(r map[string]any) { r["name"] = p.Text })
	plaintexttest.Soil(t, db, "sessions", func(r map[string]any) { r["place"] = p.Text })
	plaintexttest.Soil(t, db, "evaluations", func(r map[string]any) {
		if d, ok := r["decision"].(map[string]any); ok {
			d["rationale"] = p.Text
		}
	})
}

func TestCommandsShowHostileTextWithoutObeyingIt(t *testing.T) {
	asTerminal(t)
	for _, p := range plaintexttest.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			db := cliDemoDB(t)
			session, initiative := decidedItem(t, db)
			soilDemo(t, db, p)
			in, se := fmt.Sprint(initiative), fmt.Sprint(session)
			for _, c := range []struct {
				args  []string
				shows bool // the payload's word is expected in the output
				// file: the output is a file's content (the minutes, the
				// public CSV), which keeps a multiline text's zero-width
				// joiners, starts with a byte order mark and may end its
				// lines with CRLF.
				file bool
			}{
				{[]string{"export"}, true, false},
				{[]string{"radar", "--initiative", in}, true, false},
				{[]string{"radar", "--initiative", in, "--ascii"}, false, false},
				{[]string{"audit", "--session", se}, false, false},
				{[]string{"stats"}, false, false},
				{[]string{"minutes", se}, true, true},
				{[]string{"check"}, false, false},
				{[]string{"forget", in}, true, false},
				{[]string{"export", "--public"}, false, true},
			} {
				r := runWithInput("non\n", append([]string{"--db", db}, c.args...)...)
				where := strings.Join(c.args, " ")
				out := r.stdout + r.stderr
				if c.file {
					out = strings.ReplaceAll(strings.Map(dropZeroWidth, out), "\r\n", "\n")
				}
				if c.shows {
					plaintexttest.CheckPlain(t, where, p, out)
				} else {
					safeOnly(t, where, p, out)
				}
			}
		})
	}
}

func TestExportEscapesWhatJSONLeavesRaw(t *testing.T) {
	db := cliDemoDB(t)
	plaintexttest.Soil(t, db, "initiatives", func(r map[string]any) { r["title"] = "Octet\u009b31m\u202eFin\u200b" })
	r := cliOK(t, "--db", db, "export")
	if bad, ok := plaintexttest.Unsafe(r.stdout); ok {
		t.Fatalf("export writes %U raw", bad)
	}
	var doc struct {
		Initiatives []struct{ Title string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Initiatives[0].Title; got != "Octet\u009b31m\u202eFin\u200b" {
		t.Errorf("the export changed the text: %q", got)
	}
}

func TestErrorsShowHostileArguments(t *testing.T) {
	for _, p := range plaintexttest.Payloads {
		for _, args := range [][]string{
			{p.Text},
			{"--db", cliTempDB(t), "forget", p.Text},
			{"--db", cliTempDB(t), "import", filepath.Join(t.TempDir(), p.Text+".json")},
		} {
			r := cliRun(t, args...)
			plaintexttest.CheckPlain(t, strings.Join(args, " "), p, r.stdout+r.stderr)
		}
	}
}

// TestImportsCleanHostileText sends every payload through the JSON and the
// CSV import, and reads what the store kept and what the import said.
func TestImportsCleanHostileText(t *testing.T) {
	for _, p := range plaintexttest.Payloads {
		t.Run(p.Name, func(t *testing.T) {
			dir := t.TempDir()
			src := cliDemoDB(t)
			soilDemo(t, src, p)
			// Soiling broke the demo's seals: only the open parts import.
			plaintexttest.Soil(t, src, "sessions", func(r map[string]any) { r["status"], r["seal"], r["closed_at"] = "ouverte", "", nil })
			plaintexttest.Soil(t, src, "evaluations", func(r map[string]any) {})
			jsonPath := filepath.Join(dir, "sale.json")
			cliOK(t, "--db", src, "export", "-o", jsonPath)

			db := filepath.Join(dir, "propre.db")
			r := runWithInput("", "--db", db, "import", jsonPath)
			if bad, ok := plaintexttest.Unsafe(r.stdout + r.stderr); ok {
				t.Errorf("JSON import says %U raw", bad)
			}
			csvPath := cliWriteFile(t, filepath.Join(dir, "sale.csv"), strings.TrimPrefix(string(templateBytes), "\uFEFF")+
				csvCell(p.Text)+";"+csvCell(p.Text+" porteur")+";Association;Arrageois;"+csvCell(p.Text)+";;;;800;"+csvCell(p.Text)+"\r\n")
			r = runWithInput("", "--db", db, "import", csvPath)
			safeOnly(t, "CSV import", p, r.stdout+r.stderr)

			s := openDB(t, db)
			defer s.Close()
			c, err := s.CurrentCampaign()
			if err != nil {
				t.Fatal(err)
			}
			all, err := s.Initiatives(c.ID)
			if err != nil || len(all) == 0 {
				t.Fatalf("nothing imported: %v\n%s", err, r.stdout+r.stderr)
			}
			for _, in := range all {
				for _, f := range []string{in.Title, in.Holder.Name, in.Commune} {
					plaintexttest.CheckPlain(t, "stored initiative", p, f)
				}
			}
			members, _ := s.Members()
			sessions, _ := s.Sessions(c.ID)
			if len(members) == 0 || len(sessions) == 0 {
				t.Fatalf("the JSON import brought %d members, %d sessions", len(members), len(sessions))
			}
			plaintexttest.CheckPlain(t, "stored member", p, members[0].Name)
			plaintexttest.CheckPlain(t, "stored session", p, sessions[0].Place)
		})
	}
}

// safeOnly is CheckPlain for an output that need not quote the payload.
func safeOnly(t *testing.T, where string, p plaintexttest.Payload, out string) {
	t.Helper()
	if r, bad := plaintexttest.Unsafe(out); bad {
		t.Errorf("%s, %s: %U reaches the terminal", where, p.Name, r)
	} else if strings.Contains(out, p.Raw) {
		t.Errorf("%s, %s: the raw %q reaches the terminal", where, p.Name, p.Raw)
	}
}

func dropZeroWidth(r rune) rune {
	if r >= 0x200b && r <= 0x200d || r == 0x2060 || r == 0xfeff {
		return -1
	}
	return r
}

func csvCell(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

package csvimport

import (
	"bytes"
	"errors"
	"testing"

	"essradar/store"
	"essradar/store/storetest"
)

// seeds are the sample files of the tests, whole and in a few damaged forms.
func seeds(f *testing.F) [][]byte {
	var all [][]byte
	for _, d := range [][]byte{
		excelWindows(f), utf8BOMQuoted(), tabEnglish(), bigFile(3), []byte(brokenRows), cp1252(f, brokenRows),
		[]byte("sep=,\r\nTitre,Porteur,Territoire\r\nÉcole,Asso,Artois\r\n"),
		[]byte("\xFF\xFET\x00i\x00t\x00r\x00e\x00"),
		[]byte("Titre;Porteur;Territoire\r\nA\x81;B;Artois\r\n"),
		[]byte("Titre;Porteur;Territoire;Courriel;E-mail\n"),
		[]byte("Titre;Porteur;Territoire\n\"jamais fermé;B;Artois\n"),
		{},
	} {
		all = append(all, d)
		if len(d) > 8 {
			all = append(all, d[:len(d)/2], d[len(d)/3:])
		}
	}
	return all
}

// FuzzRead: Read never panics, and what it returns holds together.
func FuzzRead(f *testing.F) {
	for _, d := range seeds(f) {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sh, err := Read(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrUnreadable) {
				t.Fatalf("error not ErrUnreadable: %v", err)
			}
			return
		}
		last := 0
		for _, r := range sh.Rows {
			if r.Line <= last {
				t.Fatalf("row lines not increasing: %d after %d", r.Line, last)
			}
			last = r.Line
			for _, e := range r.Errors {
				if e.Line != r.Line || e.Reason == "" {
					t.Fatalf("row %d: error %+v", r.Line, e)
				}
			}
			if len(r.Errors) == 0 && (r.Initiative.Title == "" || r.Initiative.Holder.Name == "" || r.Initiative.Territory == "" || r.Initiative.AmountCents < 0) {
				t.Fatalf("row %d valid but incomplete: %+v", r.Line, r.Initiative)
			}
		}
	})
}

// FuzzImport: on any input, a refused or failed import writes nothing (no
// initiative, no campaign), and a successful one writes exactly the rows it
// reports; every row is imported, invalid or a duplicate.
func FuzzImport(f *testing.F) {
	for _, d := range seeds(f) {
		f.Add(d, false, false)
		f.Add(d, true, true)
	}
	seeded := storetest.FileOf(f, func(s *store.Store) { seedCampaign(f, s) })
	f.Fuzz(func(t *testing.T, data []byte, skip, newCampaign bool) {
		s := storetest.OpenCopy(t, seeded)
		opts := Options{SkipInvalid: skip, Now: fixedNow}
		if newCampaign {
			opts.CampaignID = "2031"
		}
		before := initiatives(t, s, "")
		campaigns, err := s.Campaigns()
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Import(s, bytes.NewReader(data), opts)
		after := initiatives(t, s, "")
		campaignsAfter, _ := s.Campaigns()
		if err != nil {
			if len(after) != len(before) || len(campaignsAfter) != len(campaigns) {
				t.Fatalf("failed import (%v) wrote %d initiatives, %d campaigns", err, len(after)-len(before), len(campaignsAfter)-len(campaigns))
			}
			if rep.Imported != 0 || rep.CampaignCreated {
				t.Fatalf("failed import reports %+v", rep)
			}
			if errors.Is(err, ErrRefused) && (skip || len(rep.Invalid) == 0) {
				t.Fatalf("refused with skip=%v and %d invalid", skip, len(rep.Invalid))
			}
			return
		}
		if len(after)-len(before) != rep.Imported {
			t.Fatalf("report says %d imported, %d written", rep.Imported, len(after)-len(before))
		}
		if !skip && len(rep.Invalid) > 0 {
			t.Fatalf("invalid rows accepted without SkipInvalid")
		}
		if got := rep.Imported + len(rep.Duplicates) + rep.InvalidRows(); got != rep.Rows {
			t.Fatalf("%d rows read, %d imported + %d duplicates + %d invalid", rep.Rows, rep.Imported, len(rep.Duplicates), rep.InvalidRows())
		}
		c, err := s.Campaign(rep.CampaignID)
		if rep.Imported > 0 && err != nil {
			t.Fatalf("campaign %s: %v", rep.CampaignID, err)
		}
		seen := map[dupHash]bool{}
		for _, in := range after {
			if in.CampaignID != c.ID {
				continue
			}
			k := dupKey(in)
			if seen[k] {
				t.Fatalf("initiative doubled: %q / %q", in.Title, in.Holder.Name)
			}
			seen[k] = true
		}
		for _, in := range after[len(before):] {
			if !hasString(c.Territories, in.Territory) {
				t.Fatalf("territory %q not canonical", in.Territory)
			}
		}
	})
}

func hasString(l []string, s string) bool {
	for _, v := range l {
		if v == s {
			return true
		}
	}
	return false
}

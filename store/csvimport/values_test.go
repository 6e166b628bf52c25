package csvimport

import "testing"

func TestParseAmount(t *testing.T) {
	good := map[string]int64{
		"1 500,00 €":           150000,
		"1\u00a0500,00 €":      150000, // no-break space
		"1\u202f500,00\u202f€": 150000, // narrow no-break space
		"1500":                 150000,
		"1 500,50":             150050,
		"1.500,50":             150050,
		"1.500":                150000,
		"1500.50":              150050,
		"1500.5":               150050,
		"1,5":                  150,
		"1,500.50":             150050,
		"20 000 euros":         2000000,
		"20000 EUR":            2000000,
		"€ 750":                75000,
		"EUR 750":              75000,
		"0":                    0,
		"0,00 €":               0,
		" 12 ":                 1200,
		"1 000 000":            100000000,
		"+300":                 30000,
		"1500,":                150000,
		",50":                  50,
	}
	for in, want := range good {
		got, err := ParseAmount(in)
		if err != nil || got != want {
			t.Errorf("ParseAmount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	bad := map[string]string{
		"-200":                  "le montant « -200 » est négatif : il doit être positif ou nul",
		"−1 500,00 €":           "le montant « −1 500,00 € » est négatif : il doit être positif ou nul",
		"(300)":                 "le montant « (300) » est négatif : il doit être positif ou nul",
		"mille euros":           "« mille euros » n'est pas un montant en euros (exemple : 1 500,00 €)",
		"environ 1500":          "« environ 1500 » n'est pas un montant en euros (exemple : 1 500,00 €)",
		"1,500":                 "le montant « 1,500 » a plus de deux décimales (les centimes) ; pour des milliers, écrivez 1500 ou 1 500",
		"12,345":                "le montant « 12,345 » a plus de deux décimales (les centimes) ; pour des milliers, écrivez 1500 ou 1 500",
		"15 00":                 "« 15 00 » n'est pas un montant en euros (exemple : 1 500,00 €)",
		"1,2,3":                 "« 1,2,3 » n'est pas un montant en euros (exemple : 1 500,00 €)",
		"1.500.50,2.1":          "« 1.500.50,2.1 » n'est pas un montant en euros (exemple : 1 500,00 €)",
		"€":                     "« € » n'est pas un montant en euros (exemple : 1 500,00 €)",
		",":                     "« , » n'est pas un montant en euros (exemple : 1 500,00 €)",
		"1e5":                   "« 1e5 » n'est pas un montant en euros (exemple : 1 500,00 €)",
		"1 000 000 000 000 000": "le montant « 1 000 000 000 000 000 » est trop grand",
	}
	for in, want := range bad {
		got, err := ParseAmount(in)
		if err == nil || err.Error() != want {
			t.Errorf("ParseAmount(%q) = %d, %v; want error %q", in, got, err, want)
		}
	}
}

func TestValidEmail(t *testing.T) {
	for _, s := range []string{"jean@example.fr", "j.dupont+cdess@mairie-arras.fr", "hélène@exemple.fr", "a@b.co"} {
		if !ValidEmail(s) {
			t.Errorf("ValidEmail(%q) = false", s)
		}
	}
	for _, s := range []string{"", "jean@", "@example.fr", "jean", "jean@example", "jean@@example.fr", "jean dupont@example.fr",
		"jean@example..fr", "jean@.example.fr", ".jean@example.fr", "jean@example.fr; marc@example.fr", "jean@exa_mple.fr", "jean@example.1"} {
		if ValidEmail(s) {
			t.Errorf("ValidEmail(%q) = true", s)
		}
	}
}

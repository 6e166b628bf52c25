package i18n

import (
	"regexp"
	"strings"
	"testing"
)

// The counts the screens show read right for 0, 1 and 2 in both languages:
// French reads 0 and 1 as singular, English only 1.
func TestScreenPlurals(t *testing.T) {
	fr, en := New(FR), New(EN)
	cases := []struct {
		c    *Catalogue
		key  string
		args []any
		want [3]string // for 0, 1, 2
	}{
		{fr, "home.count", nil, [3]string{"0 initiative", "1 initiative", "2 initiatives"}},
		{en, "home.count", nil, [3]string{"0 initiatives", "1 initiative", "2 initiatives"}},
		{fr, "members.n", nil, [3]string{"0 membre", "1 membre", "2 membres"}},
		{en, "members.n", nil, [3]string{"0 members", "1 member", "2 members"}},
		{fr, "members.n_active", nil, [3]string{"0 actif", "1 actif", "2 actifs"}},
		{fr, "session.recused_count", nil, [3]string{"(0 déport)", "(1 déport)", "(2 déports)"}},
		{en, "session.recused_count", nil, [3]string{"(0 recused)", "(1 recused)", "(2 recused)"}},
		{fr, "agenda.present", nil, [3]string{"0 membre présent", "1 membre présent", "2 membres présents"}},
		{en, "agenda.present", nil, [3]string{"0 members present", "1 member present", "2 members present"}},
		{fr, "decision.n_voters", nil, [3]string{"0 votant possible", "1 votant possible", "2 votants possibles"}},
		{en, "decision.n_voters", nil, [3]string{"0 possible voters", "1 possible voter", "2 possible voters"}},
		{fr, "decision.n_votes", nil, [3]string{"0 vote", "1 vote", "2 votes"}},
		{fr, "detail.abstentions", nil, [3]string{"0 abstention", "1 abstention", "2 abstentions"}},
		{en, "detail.abstentions", nil, [3]string{"0 abstentions", "1 abstention", "2 abstentions"}},
		{fr, "detail.scored", []any{16}, [3]string{"0 marqueur noté sur 16", "1 marqueur noté sur 16", "2 marqueurs notés sur 16"}},
		{fr, "scoring.median_legend", nil, [3]string{
			"médiane de la campagne (0 initiative labellisée)",
			"médiane de la campagne (1 initiative labellisée)",
			"médiane de la campagne (2 initiatives labellisées)"}},
		{en, "scoring.median_legend", nil, [3]string{
			"campaign median (0 labelled initiatives)",
			"campaign median (1 labelled initiative)",
			"campaign median (2 labelled initiatives)"}},
		{fr, "import.rows", []any{1}, [3]string{"1 / 0 ligne écrite", "1 / 1 ligne écrite", "1 / 2 lignes écrites"}},
		{en, "import.rows", []any{1}, [3]string{"1 / 0 rows written", "1 / 1 row written", "1 / 2 rows written"}},
		{fr, "home.session_open", []any{0}, [3]string{"ouverte · 0/0 décidée", "ouverte · 0/1 décidée", "ouverte · 0/2 décidées"}},
		{fr, "home.session_closed", []any{2}, [3]string{"close · 2/0 décidée", "close · 2/1 décidée", "close · 2/2 décidées"}},
	}
	for _, tc := range cases {
		for n := range 3 {
			if got := tc.c.N(n, tc.key, tc.args...); got != tc.want[n] {
				t.Errorf("%s %s n=%d: %q, want %q", tc.c.Lang, tc.key, n, got, tc.want[n])
			}
		}
	}
	if got := fr.T("members.count", fr.N(1, "members.n"), fr.N(0, "members.n_active")); got != "1 membre, 0 actif" {
		t.Errorf("members.count = %q", got)
	}
	if got := fr.T("decision.err_vote_total", fr.N(2, "decision.n_votes"), fr.N(1, "decision.n_voters")); got != "2 votes pour 1 votant possible (présents moins déportés)" {
		t.Errorf("decision.err_vote_total = %q", got)
	}
}

// A count written "%d <noun>" must go through N (a .one and a .other
// form), or the French reads « 1 membres ». The templates below put a
// number before a word that is no counted noun; any other is a mistake.
func TestCountsGoThroughN(t *testing.T) {
	notNouns := map[string]bool{
		"detail.lines": true, "cli.radar.off_scale": true, "scoring.off_scale": true, "detail.votes": true,
		"cli.radar.not_in_session": true, "cli.radar.no_initiative": true, "item.scoring": true,
		"cli.import.kind": true, "cli.radar.too_small": true,
	}
	count := regexp.MustCompile(`%d [\p{L}]`)
	for lang, cat := range map[string]map[string]string{"fr": fr, "en": en} {
		for key, text := range cat {
			if strings.HasSuffix(key, ".one") || strings.HasSuffix(key, ".other") || notNouns[key] {
				continue
			}
			if count.MatchString(text) {
				t.Errorf("%s %s = %q counts with a bare %%d: give it .one and .other forms and use N", lang, key, text)
			}
			if _, plural := cat[key+".one"]; plural {
				t.Errorf("%s %s is counted with N: only its .one and .other forms should exist", lang, key)
			}
		}
	}
}

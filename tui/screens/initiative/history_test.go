package initiative

import (
	"strings"
	"testing"

	"essradar/tui/context"
	"essradar/tui/i18n"
)

func TestDetailHistoryShowsOldAndNewValues(t *testing.T) {
	ctx, s := demoCtx(t)
	in, err := s.Initiative(10)
	if err != nil {
		t.Fatal(err)
	}
	old := in.Territory
	in.Territory = "Calaisis"
	if err := s.PutInitiative(in); err != nil {
		t.Fatal(err)
	}
	sc, d := openDetail(t, ctx, 10, 80, 24)
	if !strings.Contains(sc.ShortHelp(), "historique") {
		t.Errorf("help must offer the history: %s", sc.ShortHelp())
	}
	sc.Press("h")
	if d.hist == nil || !d.hist.loaded {
		t.Fatalf("h must open and load the history:\n%s", sc.Plain())
	}
	v := flat(sc.Plain())
	// Oldest first, the panel opened at its end: the latest change shows
	// (the title above it scrolls away once the history is longer than the
	// screen, as the demo's with its first scores is).
	if want := "initiative 10 · modification · territoire : " + old + " → Calaisis"; !strings.Contains(v, want) {
		t.Errorf("the panel lacks %q:\n%s", want, sc.Plain())
	}
	if !strings.Contains(flat(content(d)), "Historique") {
		t.Errorf("the panel has no title:\n%s", content(d))
	}
	c := flat(content(d))
	if !strings.Contains(c, "entrées, de la plus ancienne à la plus récente") || strings.Index(c, "création") > strings.Index(c, "Calaisis") {
		t.Errorf("oldest first:\n%s", c)
	}
	sc.Fits(80, 24, "the history panel")
	sc.Press("h")
	if d.hist != nil || !strings.Contains(sc.Plain(), "Porteur") {
		t.Errorf("h again must come back to the detail:\n%s", sc.Plain())
	}
}

func TestDetailForgetAsksThenErases(t *testing.T) {
	ctx, s := demoCtx(t)
	before, _ := s.InitiativeFile(10)
	sc, d := openDetail(t, ctx, 10, 120, 40)

	// F opens the dialog on « Non »: enter keeps everything.
	sc.Press("F")
	v := flat(sc.Plain())
	for _, want := range []string{"Effacer les coordonnées du porteur ?", "« Pêche durable et vente directe » : le nom du contact", "seront effacés", "Oui, effacer", "Non"} {
		if !strings.Contains(v, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, sc.Plain())
		}
	}
	sc.Press("enter")
	if in, _ := s.Initiative(10); in.Holder != before.In.Holder || d.confirm != actNone {
		t.Fatalf("enter on « Non » must change nothing: %+v", in.Holder)
	}
	sc.Press("F", "esc")
	if in, _ := s.Initiative(10); in.Holder != before.In.Holder {
		t.Fatal("esc must change nothing")
	}
	if d.confirm != actNone || strings.Contains(sc.Plain(), "Oui, effacer") {
		t.Fatal("esc must close the dialog")
	}

	// → then enter: erased, the detail reloaded and saying so.
	sc.Press("F", "right", "enter")
	after, err := s.InitiativeFile(10)
	if err != nil {
		t.Fatal(err)
	}
	h := after.In.Holder
	if h.ContactName != "" || h.Email != "" || h.Phone != "" || h.Name != before.In.Holder.Name {
		t.Fatalf("after erasure: %+v", h)
	}
	if after.In.Status != before.In.Status || after.In.Category != before.In.Category || len(after.Evals) != len(before.Evals) {
		t.Fatalf("erasure touched the decisions: %+v", after.In)
	}
	if d.d.In.Holder.Email != "" {
		t.Error("the detail must be reloaded")
	}
	v = flat(sc.Plain())
	if !strings.Contains(v, "Coordonnées du porteur effacées") || strings.Contains(v, before.In.Holder.Email) {
		t.Errorf("the screen must say it and show no contact:\n%s", sc.Plain())
	}
	// The history shows the erasure, without values.
	sc.Press("h")
	c := flat(content(d))
	if !strings.Contains(c, "effacement des coordonnées · coordonnées du porteur effacées (contact, courriel, téléphone ; valeurs non conservées)") {
		t.Errorf("the history must show the erasure:\n%s", c)
	}
	// Nothing left: F says so without a dialog.
	sc.Press("F")
	if d.confirm != actNone || !strings.Contains(flat(sc.Plain()), "Aucune coordonnée à effacer") {
		t.Errorf("F with nothing to erase:\n%s", sc.Plain())
	}
}

func TestDetailForgetWithTheYesKeyInEnglish(t *testing.T) {
	_, s := demoCtx(t)
	ctx := context.New(s, i18n.EN)
	sc, _ := openDetail(t, ctx, 12, 80, 24)
	sc.Press("F")
	if v := flat(sc.Plain()); !strings.Contains(v, "Erase the holder's contact details?") || !strings.Contains(v, "Yes, erase") {
		t.Fatalf("English dialog:\n%s", sc.Plain())
	}
	sc.Fits(80, 24, "the erasure dialog")
	sc.Press("n")
	if in, _ := s.Initiative(12); in.Holder.Email == "" {
		t.Fatal("n must keep the contact")
	}
	sc.Press("F", "y")
	if in, _ := s.Initiative(12); in.Holder.Email != "" || in.Holder.Name == "" {
		t.Fatalf("y must erase: %+v", in.Holder)
	}
	if !strings.Contains(sc.Plain(), "contact details erased") {
		t.Errorf("English notice:\n%s", sc.Plain())
	}
}

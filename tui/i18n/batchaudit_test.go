package i18n

import (
	"strings"
	"testing"
	"time"

	"essradar/store"
)

func TestAuditLineOfABatchOfCreations(t *testing.T) {
	at := time.Date(2026, 7, 12, 14, 5, 0, 0, time.Local)
	run := store.AuditEntry{At: at, Action: "create", Kind: "initiative", ID: "101-20100"}
	for lang, want := range map[Lang]string{FR: "initiatives n° 101 à 20100 · création", EN: "initiatives 101 to 20100 · created"} {
		if got := New(lang).AuditLine(nil, run); !strings.Contains(got, want) {
			t.Errorf("%s: %q lacks %q", lang, got, want)
		}
	}
	one := store.AuditEntry{At: at, Action: "create", Kind: "initiative", ID: "12"}
	if got := New(FR).AuditLine(nil, one); !strings.Contains(got, "initiative 12 · création") {
		t.Errorf("a single creation reads %q", got)
	}
}

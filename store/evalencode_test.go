package store

import (
	"bytes"
	"testing"
	"time"

	"essradar/scoring"
)

func TestEncodeEvaluationIsEncode(t *testing.T) {
	at := time.Date(2026, 3, 4, 10, 0, 0, 123456789, time.FixedZone("CET", 3600))
	cases := map[string]Evaluation{
		"empty":        {},
		"scores":       {SessionID: 3, InitiativeID: 7, Grid: scoring.Ref{ID: "ess", Version: 2}, Scores: scoring.Scores{"b": 2, "a": -1, "c": 0}, UpdatedAt: at},
		"empty scores": {Scores: scoring.Scores{}, Notes: map[string]string{}, UpdatedAt: at.UTC()},
		"notes":        {Scores: scoring.Scores{"a": 1}, Notes: map[string]string{"z": "vu <b> & \"dit\"", "a": "ligne\nautre\ttab\r\b\f\x01\x7f", "é": "\u2028\u2029 \xff fin"}},
		"decision": {Decision: &Decision{Outcome: OutcomeLabelled, Category: "coop", Rationale: "motif « long »",
			Votes: &Votes{For: 5, Against: 1, Abstain: 0}, At: at}},
		"decision bare":  {Decision: &Decision{Outcome: "ajournee", At: time.Time{}}},
		"odd zone":       {UpdatedAt: at.In(time.FixedZone("X", 3600+30))},
		"year out":       {UpdatedAt: time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)},
		"zone hour 24":   {UpdatedAt: at.In(time.FixedZone("Y", 24*3600+60))},
		"large ids":      {SessionID: 1<<64 - 1, InitiativeID: 1 << 40, Grid: scoring.Ref{Version: -3}},
		"controls in id": {Grid: scoring.Ref{ID: "a\x00b\u00e9\U0001F600"}},
	}
	for name, e := range cases {
		t.Run(name, func(t *testing.T) { sameAsEncode(t, e) })
	}
}

func sameAsEncode(t *testing.T, e Evaluation) {
	t.Helper()
	want, wantErr := encode(e)
	got, err := encodeEvaluation(e)
	if (err == nil) != (wantErr == nil) {
		t.Fatalf("error %v, encode says %v", err, wantErr)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("encodeEvaluation\n%s\nencode\n%s", got, want)
	}
}

func FuzzEncodeEvaluation(f *testing.F) {
	f.Add(uint64(1), uint64(2), "ess", 1, "m1", 2, "note", "a", "motif", int64(1700000000), 3600)
	f.Add(uint64(0), uint64(0), "", 0, "", -1, "\xff<&>\u2028", "", "", int64(-70000000000), -3599)
	f.Fuzz(func(t *testing.T, sid, iid uint64, grid string, version int, marker string, score int,
		note, outcome, rationale string, unix int64, offset int) {
		zone := time.FixedZone("Z", offset%(30*3600))
		at := time.Unix(unix, int64(offset)*1000).In(zone)
		e := Evaluation{SessionID: sid, InitiativeID: iid, Grid: scoring.Ref{ID: grid, Version: version},
			Scores: scoring.Scores{marker: score, marker + "x": score / 2}, Notes: map[string]string{marker: note},
			UpdatedAt: at}
		if outcome != "" {
			e.Decision = &Decision{Outcome: Outcome(outcome), Category: note, Rationale: rationale, At: at, Votes: &Votes{For: score}}
		}
		sameAsEncode(t, e)
	})
}

func TestEncodeAuditEntryIsEncode(t *testing.T) {
	at := time.Date(2026, 3, 4, 10, 0, 0, 5, time.Local)
	for name, a := range map[string]AuditEntry{
		"empty":   {},
		"score":   {Seq: 12, At: at, Action: "update", Kind: "evaluation", ID: "4/7", Changes: []FieldChange{{Field: "scores.m1", Old: "1", New: "2"}}},
		"detail":  {Seq: 1, At: at.UTC(), Action: "close", Kind: "session", ID: "3", Detail: "séance « close » <ici> & là\n"},
		"changes": {Changes: []FieldChange{{Field: "holder.email", Personal: true}, {Field: "a", New: "x"}, {Field: "b", Old: "\xffy\u2028"}, {}}},
		"year":    {At: time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(name, func(t *testing.T) { sameAuditAsEncode(t, a) })
	}
}

func sameAuditAsEncode(t *testing.T, a AuditEntry) {
	t.Helper()
	want, wantErr := encode(a)
	got, err := encodeAuditEntry(a)
	if (err == nil) != (wantErr == nil) {
		t.Fatalf("error %v, encode says %v", err, wantErr)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("encodeAuditEntry\n%s\nencode\n%s", got, want)
	}
}

func FuzzEncodeAuditEntry(f *testing.F) {
	f.Add(uint64(3), int64(1700000000), 7200, "update", "evaluation", "1/2", "", "scores.m", "1", "2", false)
	f.Fuzz(func(t *testing.T, seq uint64, unix int64, offset int, action, kind, id, detail, field, old, now string, personal bool) {
		at := time.Unix(unix, int64(offset)).In(time.FixedZone("Z", offset%(30*3600)))
		sameAuditAsEncode(t, AuditEntry{Seq: seq, At: at, Action: action, Kind: kind, ID: id, Detail: detail,
			Changes: []FieldChange{{Field: field, Old: old, New: now, Personal: personal}, {Field: now}}})
	})
}

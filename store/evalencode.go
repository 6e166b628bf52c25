package store

import (
	"maps"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// encodeEvaluation writes what encode(e) writes, byte for byte, without
// encoding/json's reflection: an evaluation is what the committee saves at
// every score, and encoding it generically was a third of a save's own
// work. TestEncodeEvaluationIsEncode and FuzzEncodeEvaluation hold it to
// encode's output; anything this function does not know how to write (a
// time JSON cannot write) goes through encode.
func encodeEvaluation(e Evaluation) ([]byte, error) {
	if !jsonTime(e.UpdatedAt) || (e.Decision != nil && !jsonTime(e.Decision.At)) {
		return encode(e)
	}
	b := make([]byte, 0, 256+32*len(e.Scores)+64*len(e.Notes))
	b = append(b, currentHead...)
	b = append(b, `,"session_id":`...)
	b = strconv.AppendUint(b, e.SessionID, 10)
	b = append(b, `,"initiative_id":`...)
	b = strconv.AppendUint(b, e.InitiativeID, 10)
	b = append(b, `,"grid":{"id":`...)
	b = appendJSONString(b, e.Grid.ID)
	b = append(b, `,"version":`...)
	b = strconv.AppendInt(b, int64(e.Grid.Version), 10)
	b = append(b, `},"scores":`...)
	if e.Scores == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '{')
		for i, k := range slices.Sorted(maps.Keys(e.Scores)) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(e.Scores[k]), 10)
		}
		b = append(b, '}')
	}
	if len(e.Notes) > 0 {
		b = append(b, `,"notes":{`...)
		for i, k := range slices.Sorted(maps.Keys(e.Notes)) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			b = appendJSONString(b, e.Notes[k])
		}
		b = append(b, '}')
	}
	if d := e.Decision; d != nil {
		b = append(b, `,"decision":{"outcome":`...)
		b = appendJSONString(b, string(d.Outcome))
		if d.Category != "" {
			b = append(b, `,"category":`...)
			b = appendJSONString(b, d.Category)
		}
		b = append(b, `,"rationale":`...)
		b = appendJSONString(b, d.Rationale)
		if v := d.Votes; v != nil {
			b = append(b, `,"votes":{"for":`...)
			b = strconv.AppendInt(b, int64(v.For), 10)
			b = append(b, `,"against":`...)
			b = strconv.AppendInt(b, int64(v.Against), 10)
			b = append(b, `,"abstain":`...)
			b = strconv.AppendInt(b, int64(v.Abstain), 10)
			b = append(b, '}')
		}
		b = append(b, `,"at":"`...)
		b = d.At.AppendFormat(b, time.RFC3339Nano)
		b = append(b, `"}`...)
	}
	b = append(b, `,"updated_at":"`...)
	b = e.UpdatedAt.AppendFormat(b, time.RFC3339Nano)
	return append(b, `"}`...), nil
}

// jsonTime says whether t is surely written as RFC 3339 text the way
// time.Time's MarshalJSON writes it: it refuses a year outside 0–9999 and an
// offset of a day or more; an offset with seconds is left to it as well.
func jsonTime(t time.Time) bool {
	if y := t.Year(); y < 0 || y > 9999 {
		return false
	}
	_, off := t.Zone()
	return off%60 == 0 && off > -24*3600 && off < 24*3600
}

const hexDigits = "0123456789abcdef"

// appendJSONString writes s as encoding/json writes a string: HTML-safe
// (<, >, & escaped), invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// encodeAuditEntry writes what encode(a) writes, byte for byte (see
// encodeEvaluation): every save writes one.
func encodeAuditEntry(a AuditEntry) ([]byte, error) {
	if !jsonTime(a.At) {
		return encode(a)
	}
	b := make([]byte, 0, 160+64*len(a.Changes))
	b = append(b, currentHead...)
	b = append(b, `,"seq":`...)
	b = strconv.AppendUint(b, a.Seq, 10)
	b = append(b, `,"at":"`...)
	b = a.At.AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","action":`...)
	b = appendJSONString(b, a.Action)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, a.Kind)
	b = append(b, `,"id":`...)
	b = appendJSONString(b, a.ID)
	if a.Detail != "" {
		b = append(b, `,"detail":`...)
		b = appendJSONString(b, a.Detail)
	}
	if len(a.Changes) > 0 {
		b = append(b, `,"changes":[`...)
		for i, c := range a.Changes {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"field":`...)
			b = appendJSONString(b, c.Field)
			if c.Old != "" {
				b = append(b, `,"old":`...)
				b = appendJSONString(b, c.Old)
			}
			if c.New != "" {
				b = append(b, `,"new":`...)
				b = appendJSONString(b, c.New)
			}
			if c.Personal {
				b = append(b, `,"personal":true`...)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

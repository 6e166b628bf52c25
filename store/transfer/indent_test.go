package transfer

import (
	"bytes"
	"encoding/json"
	"testing"
)

// encodedBoth is v through json.Encoder indented, and through the compact
// encoder then appendIndented, as the stream writes it.
func encodedBoth(t testing.TB, v any) (want, got []byte) {
	var w, c bytes.Buffer
	enc := json.NewEncoder(&w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	compact := json.NewEncoder(&c)
	compact.SetEscapeHTML(false)
	if err := compact.Encode(v); err != nil {
		t.Fatal(err)
	}
	return w.Bytes(), append(appendIndented(nil, bytes.TrimSuffix(c.Bytes(), []byte("\n")), "    ", "  "), '\n')
}

func TestAppendIndentedIsTheEncodersIndent(t *testing.T) {
	for _, v := range []any{
		map[string]any{},
		[]any{},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{map[string]any{}, []any{1, 2}}},
		map[string]any{`{"[,:]}\"`: `a "quoted" {text}, [with] : punctuation \ and \\"`, "n": -1.5e-7, "t": true, "z": nil},
		[]any{"fin\\", "\"", `\"`, "é « » \u2028 <&>", 0},
		"seul",
		42,
	} {
		want, got := encodedBoth(t, v)
		if !bytes.Equal(got, want) {
			t.Errorf("%#v:\n got %s\nwant %s", v, got, want)
		}
	}
}

// FuzzAppendIndented: any JSON value, re-encoded by encoding/json, is
// indented to the encoder's very bytes.
func FuzzAppendIndented(f *testing.F) {
	f.Add(`{"a":[1,{"b":"}\"]"}],"c":{}}`)
	f.Add(`["\\",[],{}]`)
	f.Fuzz(func(t *testing.T, s string) {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			return
		}
		want, got := encodedBoth(t, v)
		if !bytes.Equal(got, want) {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want)
		}
	})
}

package transfer

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"reflect"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"essradar/store"
)

// Read decodes an export file. A broken file gets an error naming the place
// ("a.json, ligne 12, colonne 5 : …", the name taken from r when it is a
// file); a file of another format or schema version is refused.
func Read(r io.Reader) (*Document, error) {
	name := "le fichier"
	if f, ok := r.(interface{ Name() string }); ok && f.Name() != "" {
		name = f.Name()
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &store.MessageError{Message: store.NewMessage("transfer.read_failed", "lire %s : %v", name, err), Kind: err}
	}
	return decodeDocument(name, data)
}

// ReadFile is Read on the file at path.
func ReadFile(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &store.MessageError{Message: store.NewMessage("transfer.open_failed", "ouvrir %s : %v", path, err), Kind: err}
	}
	defer f.Close()
	return Read(f)
}

func decodeDocument(name string, data []byte) (*Document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM left by some editors
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &store.MessageError{Message: store.NewMessage("transfer.empty", "%s est vide : ce n'est pas un export essradar", name)}
	}
	// The schema first, so that a file of another kind is named as such
	// rather than through its first unexpected field.
	var head struct {
		Schema *string `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, locate(name, data, err)
	}
	switch {
	case head.Schema == nil:
		return nil, &store.MessageError{Message: store.NewMessage("transfer.no_schema", "%s n'est pas un export essradar : le champ « schema » manque (attendu « %s »)", name, Schema)}
	case *head.Schema != Schema:
		return nil, &store.MessageError{Message: store.NewMessage("transfer.other_schema", "%s est au format « %s », que cette version d'essradar ne lit pas (elle lit « %s »)", name, *head.Schema, Schema)}
	}
	var doc Document
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, locate(name, data, err)
	}
	for _, in := range doc.Initiatives {
		if _, err := parseEuros(in.AmountRequested); err != nil {
			return nil, &store.MessageError{Message: store.NewMessage("transfer.bad_amount", "%s : initiative n° %d (« %s ») : %v", name, in.ID, in.Title, err)}
		}
	}
	doc.normalize()
	return &doc, nil
}

// locate turns a decoding error into a French sentence naming the line and
// column.
func locate(name string, data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := position(data, syn.Offset)
		return &store.MessageError{Message: store.NewMessage("transfer.syntax", "%s, ligne %d, colonne %d : %s", name, line, col, syntaxMessage(syn.Error()))}
	case errors.As(err, &typ):
		line, col := position(data, valueStart(data, typ.Offset))
		field := typ.Field
		if field == "" {
			return &store.MessageError{Message: store.NewMessage("transfer.root_type", "%s, ligne %d, colonne %d : le champ « racine » attend %s, pas %s",
				name, line, col, kindOf(typ.Type), jsonValueName(typ.Value))}
		}
		return &store.MessageError{Message: store.NewMessage("transfer.field_type", "%s, ligne %d, colonne %d : le champ « %s » attend %s, pas %s",
			name, line, col, field, kindOf(typ.Type), jsonValueName(typ.Value))}
	}
	var te *time.ParseError
	switch {
	case errors.As(err, &te):
		return &store.MessageError{Message: store.NewMessage("transfer.bad_date", "%s : la date « %s » est invalide (attendu par exemple 2026-07-12T08:00:00Z)", name, te.Value)}
	case strings.Contains(err.Error(), "invalid number literal"):
		return &store.MessageError{Message: store.NewMessage("transfer.number_expected", "%s : un nombre est attendu, par exemple 1500.5, sans guillemets (%v)", name, err)}
	default:
		return &store.MessageError{Message: store.NewMessage("transfer.invalid_content", "%s : contenu invalide : %v", name, err)}
	}
}

// position converts a byte offset into a 1-based line and column (in
// characters). Offsets from encoding/json point just past the culprit.
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	start := bytes.LastIndexByte(before, '\n') + 1
	col = utf8.RuneCount(before[start:])
	if col == 0 {
		col = 1
	}
	return line, col
}

// valueStart walks back from the end of a literal (where encoding/json
// reports a type error) to its first character, plus one, so that position
// names the column where the value begins.
func valueStart(data []byte, end int64) int64 {
	if end <= 0 || end > int64(len(data)) {
		return end
	}
	i := end - 1
	if data[i] == '"' {
		for j := i - 1; j >= 0; j-- {
			if data[j] == '"' && (j == 0 || data[j-1] != '\\') {
				return j + 1
			}
		}
		return end
	}
	for i > 0 && bytes.IndexByte([]byte("0123456789+-.eEtruefalsn"), data[i-1]) >= 0 {
		i--
	}
	return i + 1
}

var invalidChar = regexp.MustCompile(`^invalid character '(.+)' (.+)$`)

func syntaxMessage(msg string) store.Message {
	switch {
	case msg == "unexpected end of JSON input":
		return store.NewMessage("transfer.json.truncated", "le fichier s'arrête au milieu d'une valeur (fichier tronqué ?)")
	case invalidChar.MatchString(msg):
		m := invalidChar.FindStringSubmatch(msg)
		hint := store.NewMessage("transfer.json.no_hint", "")
		switch {
		case m[1] == "}" || m[1] == "]":
			hint = store.NewMessage("transfer.json.extra_comma", " (une virgule en trop avant ?)")
		case m[2] == "after object key:value pair" || m[2] == "after array element":
			hint = store.NewMessage("transfer.json.missing_comma", " (une virgule manque ?)")
		case m[2] == "looking for beginning of object key string":
			hint = store.NewMessage("transfer.json.quote_keys", " (les noms de champs s'écrivent entre guillemets droits)")
		}
		return store.NewMessage("transfer.json.unexpected", "caractère « %s » inattendu%s", m[1], hint)
	default:
		return store.NewMessage("transfer.json.invalid", "JSON invalide (%s)", msg)
	}
}

func kindOf(t reflect.Type) store.Message {
	if t == reflect.TypeOf(json.Number("")) {
		return store.NewMessage("transfer.type.number", "un nombre")
	}
	switch t.Kind() {
	case reflect.String:
		return store.NewMessage("transfer.type.quoted_text", "un texte entre guillemets")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return store.NewMessage("transfer.type.integer", "un nombre entier")
	case reflect.Float32, reflect.Float64:
		return store.NewMessage("transfer.type.number", "un nombre")
	case reflect.Bool:
		return store.NewMessage("transfer.type.bool", "true ou false")
	case reflect.Slice, reflect.Array:
		return store.NewMessage("transfer.type.list", "une liste [ … ]")
	case reflect.Map, reflect.Struct, reflect.Pointer:
		return store.NewMessage("transfer.type.object", "un objet { … }")
	}
	return store.NewMessage("transfer.type.other", "%s", t.String())
}

func jsonValueName(v string) store.Message {
	switch v {
	case "string":
		return store.NewMessage("transfer.value.text", "un texte")
	case "number":
		return store.NewMessage("transfer.value.number", "un nombre")
	case "bool":
		return store.NewMessage("transfer.value.bool", "un booléen")
	case "array":
		return store.NewMessage("transfer.value.list", "une liste")
	case "object":
		return store.NewMessage("transfer.value.object", "un objet")
	case "null":
		return store.NewMessage("transfer.value.null", "null")
	}
	if len(v) > 6 && v[:6] == "number" {
		return store.NewMessage("transfer.value.the_number", "le nombre%s", v[6:])
	}
	return store.NewMessage("transfer.value.other", "%s", v)
}

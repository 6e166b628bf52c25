package scoring

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:embed default_grid.toml
var defaultSource []byte

// DefaultSource is the commented TOML of the default grid, as shipped.
func DefaultSource() []byte { return append([]byte(nil), defaultSource...) }

// Default parses the embedded default grid. It panics only if the shipped file
// is broken, which the tests rule out.
func Default() *Grid {
	g, err := Parse(defaultSource)
	if err != nil {
		panic("grille par défaut invalide : " + err.Error())
	}
	return g
}

// GridError says what is wrong in a grid file and where, in French.
type GridError struct {
	Line  int    // 1-based; 0 when the place is unknown
	Field string // e.g. « id » du marqueur 3 de la catégorie « Coopération »
	Msg   string
	// Where and What are Field and Msg with their message keys and raw
	// arguments ("grid.where.marker", "grid.err.bad_id"), for a catalogue.
	Where, What Part
}

// Part is a part of a sentence with its catalogue key and raw arguments;
// String is its French text (nested Parts written in French too).
type Part struct {
	Key  string
	Args []any
	text string
}

// MessageKey is the key and the arguments.
func (p Part) MessageKey() (string, []any) { return p.Key, p.Args }

// String is the French text.
func (p Part) String() string { return p.text }

// ScoreArg is a score passed as an argument of a Part: String writes it the
// French way (FormatScore), a catalogue its own way.
type ScoreArg float64

func (v ScoreArg) String() string { return FormatScore(float64(v)) }

func part(key, format string, args ...any) Part {
	return Part{Key: key, Args: args, text: fmt.Sprintf(format, args...)}
}

// gridError builds a GridError whose Field and Msg are where's and what's
// French text; where may be the zero Part.
func gridError(line int, where, what Part) *GridError {
	return &GridError{Line: line, Field: where.text, Msg: what.text, Where: where, What: what}
}

// MessageKey is the whole sentence's key ("grid.err.line_field" with the
// line, the field and the problem; "grid.err.line", "grid.err.field" or
// "grid.err.plain" when a part is missing).
func (e *GridError) MessageKey() (string, []any) {
	what := e.What
	if what.Key == "" {
		what = part("grid.err.text", "%s", e.Msg)
	}
	where := e.Where
	if where.Key == "" && e.Field != "" {
		where = part("grid.err.text", "%s", e.Field)
	}
	switch {
	case e.Line > 0 && where.Key != "":
		return "grid.err.line_field", []any{e.Line, where, what}
	case e.Line > 0:
		return "grid.err.line", []any{e.Line, what}
	case where.Key != "":
		return "grid.err.field", []any{where, what}
	}
	return "grid.err.plain", []any{what}
}

func (e *GridError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "ligne %d : ", e.Line)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "%s : ", e.Field)
	}
	b.WriteString(e.Msg)
	return b.String()
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

// Parse reads and validates a grid file. The first problem found is returned
// as a *GridError naming the line and the field.
func Parse(src []byte) (*Grid, error) {
	var g Grid
	md, err := toml.Decode(string(src), &g)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, gridError(pe.Position.Line, Part{}, part("grid.err.toml_syntax", "syntaxe TOML invalide : %s", pe.Message))
		}
		return nil, gridError(0, Part{}, part("grid.err.unreadable", "fichier illisible : %s", err.Error()))
	}
	loc := newLocator(src)
	// A misspelt key would otherwise be silently ignored and the grid would
	// look valid while missing, say, its questions.
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		return nil, gridError(loc.keyLine(k), part("grid.where.key", "« %s »", k.String()), part("grid.err.unknown_field", "champ inconnu (faute de frappe ?)"))
	}
	if err := g.validate(loc); err != nil {
		return nil, err
	}
	return &g, nil
}

func (g *Grid) validate(loc *locator) error {
	top := func(key string, what Part) error {
		return gridError(loc.line(-1, -1, key), part("grid.where.key", "« %s »", key), what)
	}
	if g.ID == "" {
		return top("id", part("grid.err.grid_id_required", "l'identifiant de la grille est obligatoire"))
	}
	if !idPattern.MatchString(g.ID) {
		return top("id", part("grid.err.bad_id", "« %s » n'est pas un identifiant valide (minuscules, chiffres, « _ » ou « - »)", g.ID))
	}
	if g.Version < 1 {
		return top("version", part("grid.err.version", "la version doit être un entier supérieur ou égal à 1"))
	}
	s := g.Scale
	scaleErr := func(key string, what Part) error {
		return gridError(loc.line(-2, -1, key), part("grid.where.scale", "« %s » de [scale]", key), what)
	}
	if s.Max <= s.Min {
		return scaleErr("max", part("grid.err.scale_order", "le maximum de l'échelle (%d) doit dépasser son minimum (%d)", s.Max, s.Min))
	}
	if s.Min < 0 {
		return scaleErr("min", part("grid.err.scale_negative", "le minimum de l'échelle ne peut pas être négatif"))
	}
	if s.Max-s.Min > 20 {
		return scaleErr("max", part("grid.err.scale_too_long", "l'échelle compte plus de 21 niveaux"))
	}
	if n := s.Max - s.Min + 1; len(s.Levels) != n {
		return scaleErr("levels", part("grid.err.levels_count", "il faut un nom par niveau : %d attendus (de %d à %d), %d donnés", n, s.Min, s.Max, len(s.Levels)))
	}
	for i, l := range s.Levels {
		if strings.TrimSpace(l) == "" {
			return scaleErr("levels", part("grid.err.level_unnamed", "le niveau %d n'a pas de nom", s.Min+i))
		}
	}
	if len(s.LevelsEN) != 0 && len(s.LevelsEN) != len(s.Levels) {
		return scaleErr("levels_en", part("grid.err.levels_en_count", "%d noms anglais pour %d niveaux", len(s.LevelsEN), len(s.Levels)))
	}
	if strings.TrimSpace(s.NotApplicable) == "" {
		return scaleErr("not_applicable", part("grid.err.not_applicable_required", "le libellé de « non concerné » est obligatoire"))
	}
	if math.IsNaN(g.Threshold) || g.Threshold < float64(s.Min) || g.Threshold > float64(s.Max) {
		return top("threshold", part("grid.err.threshold", "le seuil %s doit être compris dans l'échelle (%d à %d)", ScoreArg(g.Threshold), s.Min, s.Max))
	}
	if math.IsNaN(g.TieMargin) || g.TieMargin < 0 || g.TieMargin >= float64(s.Max-s.Min) {
		return top("tie_margin", part("grid.err.tie_margin", "la marge d'égalité %s doit être positive et plus petite que l'échelle", ScoreArg(g.TieMargin)))
	}
	if len(g.Categories) == 0 {
		return gridError(0, Part{}, part("grid.err.no_categories", "la grille ne contient aucune catégorie ([[categories]])"))
	}
	catIDs := map[string]int{}
	markerIDs := map[string]string{}
	for ci, c := range g.Categories {
		name := part("grid.where.category_number", "catégorie %d", ci+1)
		if c.Label != "" {
			name = part("grid.where.category_label", "catégorie « %s »", c.Label)
		}
		catErr := func(key string, what Part) error {
			return gridError(loc.line(ci, -1, key), part("grid.where.category", "« %s » de la %s", key, name), what)
		}
		if c.ID == "" {
			return catErr("id", part("grid.err.id_required", "l'identifiant est obligatoire"))
		}
		if !idPattern.MatchString(c.ID) {
			return catErr("id", part("grid.err.bad_id", "« %s » n'est pas un identifiant valide (minuscules, chiffres, « _ » ou « - »)", c.ID))
		}
		if prev, dup := catIDs[c.ID]; dup {
			return catErr("id", part("grid.err.category_dup", "l'identifiant « %s » est déjà celui de la catégorie %d", c.ID, prev+1))
		}
		catIDs[c.ID] = ci
		if strings.TrimSpace(c.Label) == "" {
			return catErr("label", part("grid.err.label_required", "le libellé est obligatoire"))
		}
		if c.GrantCeiling < 0 {
			return catErr("grant_ceiling", part("grid.err.grant_ceiling", "le plafond des subventions ne peut pas être négatif (0 : celui de la campagne)"))
		}
		if len(c.Markers) == 0 {
			return catErr("markers", part("grid.err.no_markers", "la catégorie ne contient aucun marqueur ([[categories.markers]])"))
		}
		for mi, m := range c.Markers {
			mErr := func(key string, what Part) error {
				return gridError(loc.line(ci, mi, key), part("grid.where.marker", "« %s » du marqueur %d de la %s", key, mi+1, name), what)
			}
			if m.ID == "" {
				return mErr("id", part("grid.err.id_required", "l'identifiant est obligatoire"))
			}
			if !idPattern.MatchString(m.ID) {
				return mErr("id", part("grid.err.bad_id", "« %s » n'est pas un identifiant valide (minuscules, chiffres, « _ » ou « - »)", m.ID))
			}
			if other, dup := markerIDs[m.ID]; dup {
				return mErr("id", part("grid.err.marker_dup", "l'identifiant « %s » est déjà utilisé dans la catégorie « %s » : un marqueur appartient à une seule catégorie", m.ID, other))
			}
			markerIDs[m.ID] = c.Label
			if strings.TrimSpace(m.Label) == "" {
				return mErr("label", part("grid.err.label_required", "le libellé est obligatoire"))
			}
			if strings.TrimSpace(m.Question) == "" {
				return mErr("question", part("grid.err.question_required", "la question guide est obligatoire"))
			}
			if len(m.Levels) != 0 && len(m.Levels) != len(s.Levels) {
				return mErr("levels", part("grid.err.marker_levels_count", "%d textes de niveau pour une échelle de %d niveaux", len(m.Levels), len(s.Levels)))
			}
			if len(m.LevelsEN) != 0 && len(m.LevelsEN) != len(s.Levels) {
				return mErr("levels_en", part("grid.err.marker_levels_en_count", "%d textes anglais de niveau pour une échelle de %d niveaux", len(m.LevelsEN), len(s.Levels)))
			}
		}
	}
	return nil
}

// locator finds the line of a key in the grid source. BurntSushi/toml keeps key
// positions private, so the file is scanned again: table headers are counted to
// reach the n-th [[categories]] and its m-th [[categories.markers]].
type locator struct {
	lines []string
}

func newLocator(src []byte) *locator {
	return &locator{lines: strings.Split(string(src), "\n")}
}

var keyLinePattern = regexp.MustCompile(`^\s*"?([A-Za-z0-9_-]+)"?\s*=`)

// line returns the 1-based line of key in a table: cat -1 is the top level,
// cat -2 the [scale] table; mark -1 is the category itself. When the key is
// absent it returns the table header's line, or 0.
func (l *locator) line(cat, mark int, key string) int {
	section := ""
	ci, mi := -1, -1
	header := 0
	inTarget := cat == -1
	for i, raw := range l.lines {
		t := strings.TrimSpace(raw)
		if strings.HasPrefix(t, "[") {
			switch {
			case strings.HasPrefix(t, "[[categories.markers]]"):
				section, mi = "marker", mi+1
			case strings.HasPrefix(t, "[[categories]]"):
				section, ci, mi = "category", ci+1, -1
			case strings.HasPrefix(t, "[scale]"):
				section = "scale"
			default:
				section = "other"
			}
			switch {
			case cat == -2:
				inTarget = section == "scale"
			case cat >= 0 && mark < 0:
				inTarget = section == "category" && ci == cat
			case cat >= 0:
				inTarget = section == "marker" && ci == cat && mi == mark
			default:
				inTarget = false
			}
			if inTarget {
				header = i + 1
			}
			continue
		}
		if !inTarget {
			continue
		}
		if m := keyLinePattern.FindStringSubmatch(raw); m != nil && m[1] == key {
			return i + 1
		}
	}
	return header
}

// keyLine places an undecoded key such as categories.markers.questoin: the
// first line where its last part is written as a key.
func (l *locator) keyLine(k toml.Key) int {
	if len(k) == 0 {
		return 0
	}
	last := k[len(k)-1]
	for i, raw := range l.lines {
		if m := keyLinePattern.FindStringSubmatch(raw); m != nil && m[1] == last {
			return i + 1
		}
	}
	return 0
}

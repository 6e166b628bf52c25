package scoring

import (
	"fmt"
	"math"
	"sort"
)

// NotApplicable is the stored value of a "non concerné" answer: the marker is
// answered but left out of its category's mean. A marker absent from Scores is
// not scored yet.
const NotApplicable = -1

// Scores maps a marker id to its value on the grid's scale, or NotApplicable.
type Scores map[string]int

// Clone copies the scores so a caller can change them without touching the
// original (screens keep the last saved copy).
func (s Scores) Clone() Scores {
	out := make(Scores, len(s))
	for k, v := range s {
		out[k] = v
	}
	return out
}

// ValidateScores reports the first score that names no marker of the grid or
// lies off its scale, as a *ScoreError.
func (g *Grid) ValidateScores(s Scores) error {
	// Every score saved is checked: the common case, every score known and
	// on the scale, allocates nothing; a problem is then named below. (A
	// marker id is never repeated: Parse refuses it.)
	fits := 0
	for ci := range g.Categories {
		for mi := range g.Categories[ci].Markers {
			if v, ok := s[g.Categories[ci].Markers[mi].ID]; ok && (v == NotApplicable || (v >= g.Scale.Min && v <= g.Scale.Max)) {
				fits++
			}
		}
	}
	if fits == len(s) {
		return nil
	}
	ids := make([]string, 0, len(s))
	for id := range s {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// One pass over the grid, not one per score: a save checks every score.
	known := make(map[string]bool, len(ids))
	for _, r := range g.Markers() {
		known[r.Marker.ID] = true
	}
	for _, id := range ids {
		if !known[id] {
			return &ScoreError{Key: "scoring.unknown_marker", Args: []any{id, g.ID, g.Version},
				msg: fmt.Sprintf("le marqueur « %s » n'existe pas dans la grille %s v%d", id, g.ID, g.Version)}
		}
		v := s[id]
		if v != NotApplicable && (v < g.Scale.Min || v > g.Scale.Max) {
			return &ScoreError{Key: "scoring.off_scale", Args: []any{v, id, g.Scale.Min, g.Scale.Max},
				msg: fmt.Sprintf("la note %d du marqueur « %s » est hors de l'échelle (%d à %d)", v, id, g.Scale.Min, g.Scale.Max)}
		}
	}
	return nil
}

// ScoreError is a score that does not fit the grid. Error is the French
// sentence; MessageKey gives its key and raw arguments so that an interface
// can write it in its own language.
type ScoreError struct {
	Key  string
	Args []any
	msg  string
}

func (e *ScoreError) Error() string { return e.msg }

// MessageKey is the message's catalogue key and its arguments.
func (e *ScoreError) MessageKey() (string, []any) { return e.Key, e.Args }

// CategoryScore is the mean of a category's scored markers.
type CategoryScore struct {
	ID       string
	Label    string
	Mean     float64 // meaningful only when Scored > 0
	Scored   int     // markers with a value on the scale
	NA       int     // markers answered "non concerné"
	Unscored int     // markers without an answer yet
}

// HasScore says whether the mean means anything: a category whose markers are
// all unscored or not applicable has no score.
func (c CategoryScore) HasScore() bool { return c.Scored > 0 }

// CategoryScores computes each category's mean, in grid order.
func (g *Grid) CategoryScores(s Scores) []CategoryScore {
	out := make([]CategoryScore, len(g.Categories))
	for ci, c := range g.Categories {
		cs := CategoryScore{ID: c.ID, Label: c.Label}
		sum := 0
		for _, m := range c.Markers {
			v, ok := s[m.ID]
			switch {
			case !ok:
				cs.Unscored++
			case v == NotApplicable:
				cs.NA++
			default:
				cs.Scored++
				sum += v
			}
		}
		if cs.Scored > 0 {
			cs.Mean = float64(sum) / float64(cs.Scored)
		}
		out[ci] = cs
	}
	return out
}

// Complete says whether every marker has an answer.
func (g *Grid) Complete(s Scores) bool {
	for _, r := range g.Markers() {
		if _, ok := s[r.Marker.ID]; !ok {
			return false
		}
	}
	return true
}

// eps absorbs float rounding so that a mean equal to the threshold reaches it
// and a gap equal to the tie margin counts as ex aequo: both are decimals that
// binary floats cannot hold exactly.
const eps = 1e-9

// AtLeast compares two scores with the tolerance every rule uses.
func AtLeast(a, b float64) bool { return a >= b-eps }

// FormatScore writes a score the French way with up to two decimals ("2,75",
// "3", "2,5").
func FormatScore(v float64) string {
	if math.IsNaN(v) {
		return "–"
	}
	s := fmt.Sprintf("%.2f", v)
	// Trim trailing zeros so "3,00" reads "3" and "2,50" reads "2,5".
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	out := []byte(s)
	for i, b := range out {
		if b == '.' {
			out[i] = ','
		}
	}
	return string(out)
}

// Package scoring holds the ESS labelling domain: the grid (questionnaire), the
// scores an evaluation gives its markers, the per-category aggregation and the
// label proposal. It is pure: no I/O, no clock, nothing of the rest of the project.
package scoring

// Grid is the questionnaire the committee answers for every initiative. It is
// versioned: an evaluation records the grid id and version it was scored with,
// so editing the grid never changes a past result.
type Grid struct {
	ID         string     `toml:"id" json:"id"`
	Version    int        `toml:"version" json:"version"`
	Title      string     `toml:"title" json:"title"`
	Threshold  float64    `toml:"threshold" json:"threshold"`
	TieMargin  float64    `toml:"tie_margin" json:"tie_margin"`
	Scale      Scale      `toml:"scale" json:"scale"`
	Categories []Category `toml:"categories" json:"categories"`
}

// Scale is shared by every marker: integer levels from Min to Max, each with a
// name, plus the "non concerné" answer that leaves a marker out of the mean.
type Scale struct {
	Min           int      `toml:"min" json:"min"`
	Max           int      `toml:"max" json:"max"`
	Levels        []string `toml:"levels" json:"levels"`
	LevelsEN      []string `toml:"levels_en" json:"levels_en,omitempty"`
	NotApplicable string   `toml:"not_applicable" json:"not_applicable"`
}

// Category is one of the label categories; it groups the markers whose mean
// decides whether the category can be proposed.
type Category struct {
	ID      string `toml:"id" json:"id"`
	Label   string `toml:"label" json:"label"`
	LabelEN string `toml:"label_en" json:"label_en,omitempty"`
	Short   string `toml:"short" json:"short,omitempty"`
	ShortEN string `toml:"short_en" json:"short_en,omitempty"`
	// GrantCeiling is the largest grant, in euros, expected for an
	// initiative labelled in this category; 0: the campaign's ceiling.
	GrantCeiling int64    `toml:"grant_ceiling" json:"grant_ceiling,omitempty"`
	Markers      []Marker `toml:"markers" json:"markers"`
}

// Marker is one scored criterion.
type Marker struct {
	ID       string   `toml:"id" json:"id"`
	Label    string   `toml:"label" json:"label"`
	LabelEN  string   `toml:"label_en" json:"label_en,omitempty"`
	Short    string   `toml:"short" json:"short,omitempty"`
	ShortEN  string   `toml:"short_en" json:"short_en,omitempty"`
	Question string   `toml:"question" json:"question"`
	Levels   []string `toml:"levels" json:"levels,omitempty"`
	// QuestionEN and LevelsEN are optional: a grid without them is asked
	// in French whatever the interface's language.
	QuestionEN string   `toml:"question_en" json:"question_en,omitempty"`
	LevelsEN   []string `toml:"levels_en" json:"levels_en,omitempty"`
}

// Ref names a grid version; evaluations keep it.
type Ref struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
}

// Ref returns the grid's identity.
func (g *Grid) Ref() Ref { return Ref{ID: g.ID, Version: g.Version} }

// MarkerRef locates a marker inside the grid.
type MarkerRef struct {
	Category int
	Index    int
	Marker   *Marker
}

// Markers lists every marker in grid order, category by category.
func (g *Grid) Markers() []MarkerRef {
	var out []MarkerRef
	for ci := range g.Categories {
		for mi := range g.Categories[ci].Markers {
			out = append(out, MarkerRef{Category: ci, Index: mi, Marker: &g.Categories[ci].Markers[mi]})
		}
	}
	return out
}

// Marker finds a marker by id.
func (g *Grid) Marker(id string) (MarkerRef, bool) {
	for _, r := range g.Markers() {
		if r.Marker.ID == id {
			return r, true
		}
	}
	return MarkerRef{}, false
}

// Category finds a category by id.
func (g *Grid) Category(id string) (*Category, bool) {
	for i := range g.Categories {
		if g.Categories[i].ID == id {
			return &g.Categories[i], true
		}
	}
	return nil, false
}

// LevelName names a score on the scale ("Affirmé"); NotApplicable gets the
// scale's "non concerné" text.
func (g *Grid) LevelName(v int) string {
	if v == NotApplicable {
		return g.Scale.NotApplicable
	}
	i := v - g.Scale.Min
	if i < 0 || i >= len(g.Scale.Levels) {
		return ""
	}
	return g.Scale.Levels[i]
}

// ShortLabel is the marker's short label, or its label when it has none.
func (m *Marker) ShortLabel() string {
	if m.Short != "" {
		return m.Short
	}
	return m.Label
}

// ShortLabel is the category's short label, or its label when it has none.
func (c *Category) ShortLabel() string {
	if c.Short != "" {
		return c.Short
	}
	return c.Label
}

// Languages a grid may carry labels in. French is the grid's own language;
// English labels (label_en, levels_en) are optional.
const (
	LangFR = "fr"
	LangEN = "en"
)

// inLang is the first English text given, for lang English, else french:
// a grid may carry no English at all, or only some of it.
func inLang(lang, french string, english ...string) string {
	if lang == LangEN {
		for _, e := range english {
			if e != "" {
				return e
			}
		}
	}
	return french
}

// LabelIn is the category's label in lang, the French one when the grid has
// none in that language.
func (c *Category) LabelIn(lang string) string { return inLang(lang, c.Label, c.LabelEN) }

// LabelIn is the marker's label in lang, the French one when the grid has
// none in that language.
func (m *Marker) LabelIn(lang string) string { return inLang(lang, m.Label, m.LabelEN) }

// QuestionIn is the marker's guiding question in lang, the French one when
// the grid has none in that language.
func (m *Marker) QuestionIn(lang string) string { return inLang(lang, m.Question, m.QuestionEN) }

// LevelTextsIn are the marker's own texts for each level in lang (nil when
// the marker has none), the French ones when the grid has none in lang.
func (m *Marker) LevelTextsIn(lang string) []string {
	if lang == LangEN && len(m.LevelsEN) != 0 {
		return m.LevelsEN
	}
	return m.Levels
}

// ShortLabelIn is the marker's short label in lang: in English short_en,
// else label_en, else the French short label when the grid has no English
// at all.
func (m *Marker) ShortLabelIn(lang string) string {
	return inLang(lang, m.ShortLabel(), m.ShortEN, m.LabelEN)
}

// ShortLabelIn is the category's short label in lang, as for markers.
func (c *Category) ShortLabelIn(lang string) string {
	return inLang(lang, c.ShortLabel(), c.ShortEN, c.LabelEN)
}

// GrantCeilingCents is the grant ceiling of the category id in euro cents,
// 0 when the grid gives it none (the campaign's ceiling then applies).
func (g *Grid) GrantCeilingCents(id string) int64 {
	if c, ok := g.Category(id); ok {
		return c.GrantCeiling * 100
	}
	return 0
}

// CategoryLabel is the label of the category id in lang; the id itself when
// the grid has no such category.
func (g *Grid) CategoryLabel(id, lang string) string {
	if c, ok := g.Category(id); ok {
		return c.LabelIn(lang)
	}
	return id
}

// MarkerShortLabel is the short label of the marker id in lang; the id
// itself when the grid has no such marker.
func (g *Grid) MarkerShortLabel(id, lang string) string {
	if r, ok := g.Marker(id); ok {
		return r.Marker.ShortLabelIn(lang)
	}
	return id
}

// LevelNameIn names a score on the scale in lang ("Established"), falling
// back to LevelName when the grid has no names in that language. The "non
// concerné" text has no English field in the grid and stays French.
func (g *Grid) LevelNameIn(v int, lang string) string {
	if lang == LangEN && v != NotApplicable {
		if i := v - g.Scale.Min; i >= 0 && i < len(g.Scale.LevelsEN) {
			return g.Scale.LevelsEN[i]
		}
	}
	return g.LevelName(v)
}

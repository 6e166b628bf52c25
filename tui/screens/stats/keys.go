package stats

import (
	"charm.land/bubbles/v2/key"

	"essradar/tui/context"
	"essradar/tui/keys"
)

// statsKeys are the statistics screen's bindings: scrolling the figures,
// moving from one campaign to another, going back.
type statsKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Prev, Next, Back                        key.Binding
}

func newStatsKeys(c *context.Context) statsKeys {
	t := c.Text
	return statsKeys{
		Up:       keys.Relabel(t, c.Keys.Up, "key.scroll"),
		Down:     keys.Relabel(t, c.Keys.Down, "key.scroll"),
		PageUp:   c.Keys.PageUp,
		PageDown: keys.Also(c.Keys.PageDown, "space"),
		Top:      c.Keys.Top,
		Bottom:   c.Keys.Bottom,
		Prev:     keys.New(t, "←/[", "key.prev_campaign", "left", "["),
		Next:     keys.New(t, "→/]", "key.next_campaign", "right", "]"),
		Back:     c.Keys.Back,
	}
}

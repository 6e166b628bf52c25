package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
)

func typeName(v any) string { return fmt.Sprintf("%T", v) }

func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

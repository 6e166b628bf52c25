package styles

import (
	"os"

	"charm.land/lipgloss/v2"
)

// Styles is the one place colours live. It is rebuilt when the terminal
// reports its background, so the same screens read well on light and dark
// terminals; NO_COLOR is honoured by Bubble Tea's colour downsampling.
type Styles struct {
	IsDark bool

	App       lipgloss.Style
	Title     lipgloss.Style
	Subtitle  lipgloss.Style
	Muted     lipgloss.Style
	Rule      lipgloss.Style
	Header    lipgloss.Style
	Selected  lipgloss.Style
	Cursor    lipgloss.Style
	Help      lipgloss.Style
	HelpKey   lipgloss.Style
	Error     lipgloss.Style
	Warning   lipgloss.Style
	OK        lipgloss.Style
	Badge     lipgloss.Style
	Dialog    lipgloss.Style
	Focused   lipgloss.Style
	Blurred   lipgloss.Style
	Accent    lipgloss.Style
	Provisory lipgloss.Style
}

// New builds the styles for a light or dark background.
func New(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	fg := ld(lipgloss.Color("#1f2328"), lipgloss.Color("#e6e6e6"))
	muted := ld(lipgloss.Color("#6e7781"), lipgloss.Color("#8b949e"))
	accent := ld(lipgloss.Color("#0b6e4f"), lipgloss.Color("#3ddc97"))
	selBg := ld(lipgloss.Color("#d0ebe0"), lipgloss.Color("#1f4d3d"))
	warn := ld(lipgloss.Color("#9a6700"), lipgloss.Color("#e3b341"))
	bad := ld(lipgloss.Color("#cf222e"), lipgloss.Color("#ff7b72"))
	border := ld(lipgloss.Color("#afb8c1"), lipgloss.Color("#484f58"))

	selected := lipgloss.NewStyle().Bold(true).Background(selBg)
	if os.Getenv("NO_COLOR") != "" {
		// Without colour a background vanishes: reverse video keeps the
		// cursor row visible, unlike bold alone (headers are bold too).
		selected = lipgloss.NewStyle().Reverse(true)
	}
	return Styles{
		IsDark:    isDark,
		App:       lipgloss.NewStyle().Foreground(fg),
		Title:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		Subtitle:  lipgloss.NewStyle().Bold(true),
		Muted:     lipgloss.NewStyle().Foreground(muted),
		Rule:      lipgloss.NewStyle().Foreground(border),
		Header:    lipgloss.NewStyle().Bold(true).Foreground(muted),
		Selected:  selected,
		Cursor:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Help:      lipgloss.NewStyle().Foreground(muted),
		HelpKey:   lipgloss.NewStyle().Bold(true),
		Error:     lipgloss.NewStyle().Bold(true).Foreground(bad),
		Warning:   lipgloss.NewStyle().Foreground(warn),
		OK:        lipgloss.NewStyle().Foreground(accent),
		Badge:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		Dialog:    lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		Focused:   lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent),
		Blurred:   lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(border),
		Accent:    lipgloss.NewStyle().Foreground(accent),
		Provisory: lipgloss.NewStyle().Italic(true).Foreground(warn),
	}
}

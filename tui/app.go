package tui

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"essradar/scoring"
	"essradar/store"
	"essradar/store/plaintext"
	"essradar/tui/context"
	"essradar/tui/i18n"
	"essradar/tui/keys"
	"essradar/tui/layout"
	"essradar/tui/nav"
	"essradar/tui/screens/campaign"
	"essradar/tui/screens/home"
	"essradar/tui/screens/importcsv"
	"essradar/tui/screens/initiative"
	"essradar/tui/screens/members"
	"essradar/tui/screens/preparation"
	scoringscreen "essradar/tui/screens/scoring"
	"essradar/tui/screens/session"
	"essradar/tui/screens/stats"
	"essradar/tui/styles"
)

// Below this size no screen can be laid out without breaking; the app asks for
// a bigger window instead.
const (
	minWidth  = 40
	minHeight = 12
)

// Options configures the application from the command line.
type Options struct {
	Store *store.Store
	Lang  i18n.Lang
	ASCII bool
	Grid  *scoring.Grid
	// GridSource is the --grid file's text, kept with a campaign created here.
	GridSource []byte
	// Notice is a catalogue key said once under the first screen (why the
	// radar is drawn in ASCII without being asked); "" for none.
	Notice string
}

// globalKeys are handled by the root before any screen sees the key.
type globalKeys struct {
	Quit, ForceQ, Help, Yes, No key.Binding
	// Backup takes a backup on demand, from any screen not typing text.
	Backup key.Binding
}

func newGlobalKeys(t *i18n.Catalogue, k keys.Map) globalKeys {
	return globalKeys{Quit: k.Quit, ForceQ: k.ForceQuit, Help: k.Help, Yes: k.Yes, No: k.No,
		Backup: keys.New(t, "ctrl+s", "key.backup", "ctrl+s")}
}

// App is the root model.
type App struct {
	ctx    *context.Context
	keys   globalKeys
	help   help.Model
	screen nav.Screen
	home   *home.Model
	// left holds the screens left while their work was still on its way:
	// their results are delivered to them until nothing is pending.
	left map[nav.Owner]nav.Screen
	// quitting lists what would be lost while the root asks whether to
	// quit anyway; nil when not asking.
	quitting []string
	// status is the last backup's outcome, shown above the help until
	// the next key.
	status string
	// backups counts the backups on their way: quitting waits for them.
	backups int
	// closing: the system asked essradar to end (a signal); it quits as
	// soon as no save is on its way.
	closing bool
	width   int
	height  int

	// notice is said under the first screen until the first key.
	notice string
	// damage is what the full check of the file found, said under every
	// screen until essradar quits; "" while sound or not yet known.
	damage string
	// checkPending: the full check waits for the first screen's load and
	// then checkAfter more, so that it does not share the processor with
	// the first screen's load and paint while the secretary waits.
	checkPending bool
	checkAfter   time.Duration
}

// New builds the root model on an open store.
func New(o Options) *App {
	ctx := context.New(o.Store, o.Lang)
	ctx.ASCII, ctx.Grid, ctx.GridSource = o.ASCII, o.Grid, o.GridSource
	h := help.New()
	h.Styles = helpStyles(ctx.Styles)
	home := home.New(ctx)
	return &App{
		ctx:          ctx,
		keys:         newGlobalKeys(ctx.Text, ctx.Keys),
		help:         h,
		home:         home,
		screen:       home,
		notice:       o.Notice,
		width:        80,
		checkPending: true,
		checkAfter:   checkDelay,
		height:       24,
	}
}

func helpStyles(s styles.Styles) help.Styles {
	hs := help.DefaultStyles(s.IsDark)
	hs.ShortKey = s.HelpKey
	hs.FullKey = s.HelpKey
	hs.ShortDesc = s.Help
	hs.FullDesc = s.Help
	return hs
}

// Init asks the terminal for its background and loads the first screen;
// the whole file is checked once it has loaded (the day's backup follows a
// sound check).
func (a *App) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, a.screen.Init())
}

// Update handles global messages first, then the active screen.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.layout()
		return a, nil
	case tea.BackgroundColorMsg:
		a.ctx.Styles = styles.New(msg.IsDark())
		a.help.Styles = helpStyles(a.ctx.Styles)
		return a, nil
	case nav.Result:
		if d, ok := msg.Msg.(nav.Delayed); ok {
			// The owner asked for a message later: it comes back to the
			// owner, wherever it is then.
			owner := msg.Owner
			return a, tea.Tick(d.After, func(time.Time) tea.Msg { return nav.Result{Owner: owner, Msg: d.Msg} })
		}
		failing := len(a.failing())
		cmd := tea.Batch(a.deliver(msg), a.startCheck())
		if len(a.failing()) != failing {
			a.layout() // the warning line about it came or went
		}
		if a.closing {
			if quit := a.closeWhenLanded(); quit != nil {
				return a, quit
			}
		}
		if a.quitting != nil {
			// Asked whether to quit anyway: what would be lost may just
			// have landed.
			if a.quitting = a.busy(); len(a.quitting) == 0 {
				return a, tea.Quit
			}
			a.layout()
		}
		return a, cmd
	case Shutdown:
		a.closing = true
		a.layout()
		return a, a.closeWhenLanded()
	case nav.Delayed:
		return a, tea.Tick(msg.After, func(time.Time) tea.Msg { return msg.Msg })
	case backupDoneMsg:
		a.backupDone(msg)
		if a.closing {
			return a, a.closeWhenLanded()
		}
		if a.quitting != nil {
			if a.quitting = a.busy(); len(a.quitting) == 0 {
				return a, tea.Quit
			}
			a.layout()
		}
		return a, nil
	case checkDueMsg:
		return a, a.checkOpened()
	case openedCheckedMsg:
		return a, a.openedChecked(msg)
	case nav.SessionClosed:
		return a, a.backup(store.BackupSession, msg.ID)
	case tea.KeyPressMsg:
		if a.closing {
			// Ending already: only ctrl+c, to end without waiting.
			if key.Matches(msg, a.keys.ForceQ) {
				return a, tea.Quit
			}
			return a, nil
		}
		if a.status != "" || a.notice != "" {
			// Both are said until the next key: it shows they were read.
			a.status, a.notice = "", ""
			a.layout()
		}
		if a.quitting != nil {
			switch {
			case key.Matches(msg, a.keys.Yes):
				return a, tea.Quit
			case key.Matches(msg, a.keys.ForceQ):
				// ctrl+c twice: the secretary means it.
				return a, tea.Quit
			case key.Matches(msg, a.keys.No):
				a.quitting = nil
				a.layout()
			}
			return a, nil
		}
		if key.Matches(msg, a.keys.ForceQ) {
			return a, a.quit()
		}
		if a.tooSmall() {
			// The secretary cannot see what a key would do: only quitting
			// acts.
			if key.Matches(msg, a.keys.Quit) && !a.screen.Capturing() {
				return a, a.quit()
			}
			return a, nil
		}
		if !a.screen.Capturing() {
			switch {
			case a.help.ShowAll && (msg.String() == "esc" || key.Matches(msg, a.keys.Help)):
				a.help.ShowAll = false
				a.layout()
				return a, nil
			case key.Matches(msg, a.keys.Help):
				a.help.ShowAll = true
				a.layout()
				return a, nil
			case key.Matches(msg, a.keys.Quit):
				return a, a.quit()
			case key.Matches(msg, a.keys.Backup):
				return a, a.backup(store.BackupManual, 0)
			}
		}
	case nav.GoHome:
		// The same home comes back, reloaded: its filters, sort and cursor
		// survive a visit to an initiative.
		a.home.SetTab(msg.Tab)
		return a, a.show(a.home)
	case nav.OpenSession:
		return a, a.show(session.New(a.ctx, msg.ID, msg.Cursor))
	case nav.PrepareSession:
		return a, a.show(preparation.New(a.ctx, msg.ID, msg.FromHome))
	case nav.ImportCSV:
		return a, a.show(importcsv.New(a.ctx))
	case nav.CampaignSettings:
		return a, a.show(campaign.Settings(a.ctx))
	case nav.NewCampaign:
		return a, a.show(campaign.New(a.ctx))
	case nav.OpenMembers:
		return a, a.show(members.New(a.ctx, msg.Cursor))
	case nav.OpenStats:
		return a, a.show(stats.New(a.ctx))
	case nav.EditInitiative:
		return a, a.show(initiative.NewForm(a.ctx, msg.ID))
	case nav.OpenInitiative:
		return a, a.show(initiative.NewDetail(a.ctx, msg.ID))
	case nav.OpenScoring:
		return a, a.show(scoringscreen.New(a.ctx, msg.SessionID, msg.Index))
	}
	prev := a.screen
	var cmd tea.Cmd
	a.screen, cmd = a.screen.Update(msg)
	if a.screen != prev {
		a.keepIfBusy(prev)
		// A screen handed over to another (a list to its form): size it.
		a.layout()
	}
	return a, cmd
}

// show makes s the active screen and starts it.
func (a *App) show(s nav.Screen) tea.Cmd {
	a.keepIfBusy(a.screen)
	a.screen = s
	a.help.ShowAll = false
	a.layout()
	return s.Init()
}

// keepIfBusy keeps a screen being left while it still has work on its way,
// so that the result (or the retry of a failed save) reaches it.
func (a *App) keepIfBusy(s nav.Screen) {
	o, owned := s.(nav.Owned)
	b, busy := s.(nav.Busy)
	if owned && busy && b.Busy() != "" {
		if a.left == nil {
			a.left = map[nav.Owner]nav.Screen{}
		}
		a.left[o.Owner()] = s
	}
}

// deliver hands a background result to the screen that asked for it: the
// one showing, the home (kept for the whole run), or a screen left while its
// work was on its way. A result for a screen gone for good is stale and
// dropped.
func (a *App) deliver(r nav.Result) tea.Cmd {
	if o, ok := a.screen.(nav.Owned); ok && o.Owner() == r.Owner {
		prev := a.screen
		var cmd tea.Cmd
		a.screen, cmd = a.screen.Update(r.Msg)
		if a.screen != prev {
			a.keepIfBusy(prev)
			a.layout()
		}
		return cmd
	}
	if a.home.Owner() == r.Owner {
		_, cmd := a.home.Update(r.Msg)
		return resultsOnly(cmd)
	}
	s, ok := a.left[r.Owner]
	if !ok {
		return nil
	}
	// A screen left behind stays the same screen (it cannot hand over to
	// another) and only finishes its own work.
	_, cmd := s.Update(r.Msg)
	if b, busy := s.(nav.Busy); !busy || b.Busy() == "" {
		delete(a.left, r.Owner)
	}
	return resultsOnly(cmd)
}

// resultsOnly keeps, of what a screen not showing asks, only its own
// background work and the backup of a session it closed: it moves nothing
// and draws nothing.
func resultsOnly(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch m := cmd().(type) {
		case nav.Result, nav.SessionClosed:
			return m
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(m))
			for i, c := range m {
				out[i] = resultsOnly(c)
			}
			return out
		}
		return nil
	}
}

// failing lists the screens left behind whose save failed: their retries go
// on in the background, and the secretary must know.
func (a *App) failing() []string {
	var out []string
	for _, s := range a.left {
		if f, ok := s.(nav.Failing); ok && f.Failing() {
			out = append(out, s.(nav.Busy).Busy())
		}
	}
	slices.Sort(out)
	return out
}

// busy lists what quitting now would lose: the showing screen's pending
// changes and those of screens left before their work landed.
func (a *App) busy() []string {
	var out []string
	if b, ok := a.screen.(nav.Busy); ok && b.Busy() != "" {
		out = append(out, b.Busy())
	} else if u, ok := a.screen.(nav.Unsaved); ok && u.Unsaved() != "" {
		out = append(out, u.Unsaved())
	}
	for _, s := range a.left {
		if b, ok := s.(nav.Busy); ok && b.Busy() != "" {
			out = append(out, b.Busy())
		}
	}
	if a.backups > 0 {
		out = append(out, a.ctx.T("busy.backup"))
	}
	return out
}

// quit leaves at once when nothing would be lost, else asks first.
func (a *App) quit() tea.Cmd {
	lost := a.busy()
	if len(lost) == 0 {
		return tea.Quit
	}
	slices.Sort(lost)
	a.quitting = lost
	a.layout()
	return nil
}

// layout gives the active screen the room left by the help line(s).
func (a *App) layout() {
	a.help.SetWidth(a.width)
	h := a.height - lipgloss.Height(a.helpView())
	a.screen.SetSize(a.width, h)
}

func (a *App) helpView() string {
	if a.closing {
		return a.closingView()
	}
	if a.quitting != nil {
		st := a.ctx.Styles
		q := st.Warning.Render(a.ctx.T("quit.confirm", strings.Join(a.quitting, " ; ")))
		lines := layout.WrapLines(q, a.width, 4)
		yes, no := a.keys.Yes, a.keys.No
		yes.SetHelp(yes.Help().Key, a.ctx.T("quit.yes"))
		no.SetHelp(no.Help().Key, a.ctx.T("quit.no"))
		return strings.Join(lines, "\n") + "\n" + a.help.ShortHelpView([]key.Binding{yes, no})
	}
	km := keyMapWithGlobals{screen: a.screen.Help(), global: a.keys, width: a.width, capturing: a.screen.Capturing()}
	v := a.help.View(km)
	if !a.help.ShowAll && lipgloss.Width(v) > a.width {
		// bubbles' help keeps an item that overflows when its ellipsis
		// would not fit either; cut it here so the line never wraps.
		v = ansi.Truncate(v, a.width-1, "") + "…"
	}
	if a.notice != "" {
		note := a.ctx.Styles.Help.Render(a.ctx.T(a.notice))
		v = strings.Join(layout.WrapLines(note, a.width, 2), "\n") + "\n" + v
	}
	if status := a.statusView(); len(status) > 0 {
		v = strings.Join(status, "\n") + "\n" + v
	}
	if failing := a.failing(); len(failing) > 0 {
		warn := a.ctx.Styles.Error.Render(a.ctx.T("left.failing", strings.Join(failing, " ; ")))
		v = strings.Join(layout.WrapLines(warn, a.width, 2), "\n") + "\n" + v
	}
	if damage := a.damageView(); len(damage) > 0 {
		v = strings.Join(damage, "\n") + "\n" + v
	}
	return v
}

// View draws the active screen above the help.
func (a *App) View() tea.View {
	var content string
	if a.tooSmall() {
		content = a.tooSmallView()
	} else {
		body := a.screen.View()
		helpLine := a.helpView()
		bodyH := a.height - lipgloss.Height(helpLine)
		content = lipgloss.NewStyle().Height(bodyH).MaxHeight(bodyH).Render(body) + "\n" + helpLine
	}
	// Every screen shows records through plaintext.Line; this is the guard
	// behind them, for a text a screen would show raw.
	v := tea.NewView(plaintext.Styled(content))
	v.AltScreen = true
	v.WindowTitle = "essradar"
	return v
}

// tooSmall: under the minimum size the screens cannot be drawn.
func (a *App) tooSmall() bool { return a.width < minWidth || a.height < minHeight }

// tooSmallView asks for a larger window, wrapped to the width it has so the
// sizes it gives are never cut.
func (a *App) tooSmallView() string {
	text := a.ctx.T("app.too_small", minWidth, minHeight, a.width, a.height)
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		lines = append(lines, layout.Wrap(para, a.width)...)
	}
	msg := a.ctx.Styles.Warning.Render(strings.Join(lines, "\n"))
	return lipgloss.Place(a.width, a.height, lipgloss.Center, lipgloss.Center, msg)
}

// keyMapWithGlobals shows the screen's keys followed by the global ones.
// Screens list their short keys by importance; those that do not fit the
// width are left to the full help, so « ? aide » and « q quitter » always
// show.
type keyMapWithGlobals struct {
	screen    help.KeyMap
	global    globalKeys
	width     int
	capturing bool // typing: ? and q go to the field, only ctrl+c quits
}

func (k keyMapWithGlobals) ShortHelp() []key.Binding {
	globals := []key.Binding{k.global.Help, k.global.Quit}
	if k.capturing {
		globals = []key.Binding{k.global.ForceQ}
	}
	room := k.width
	for _, b := range globals {
		room -= helpItemWidth(b)
	}
	var out []key.Binding
	for _, b := range k.screen.ShortHelp() {
		if !b.Enabled() {
			continue
		}
		if w := helpItemWidth(b); w <= room {
			room -= w
			out = append(out, b)
		}
	}
	return append(out, globals...)
}

// helpItemWidth is what one binding takes in the short help, separator
// included.
func helpItemWidth(b key.Binding) int {
	return ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc) + 3
}

func (k keyMapWithGlobals) FullHelp() [][]key.Binding {
	// The global keys join the screen's last column rather than adding one,
	// so the full help fits 80 columns.
	cols := append([][]key.Binding(nil), k.screen.FullHelp()...)
	globals := []key.Binding{k.global.Help, k.global.Backup, k.global.Quit, k.global.ForceQ}
	if len(cols) == 0 {
		return [][]key.Binding{globals}
	}
	last := len(cols) - 1
	cols[last] = append(append([]key.Binding(nil), cols[last]...), globals...)
	return cols
}

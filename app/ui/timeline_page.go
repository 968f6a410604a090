package ui

import (
	"fmt"
	"github.com/dossierapp/dossier/app/timeline/view"
	"strconv"
	"strings"
	"time"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// timelinePage shows the articles and the events they mention on a time axis
// that zooms from decades to days, the stories in colour, the undated tray
// where the reader sets missing publication dates, and the events as an
// ordered list (the text alternative, and what a phone reader scrolls).
//
// The axis is drawn by tlView outside go-app's render cycle; this component
// renders everything else and feeds the view a new model when the corpus,
// a date the reader set or the search query changes.
//
// Hooks for measurement: ?synthetic=N shows N generated articles instead of
// the corpus; ?from=YYYY-MM-DD&to=YYYY-MM-DD opens that window.
type timelinePage struct {
	app.Compo
	gen       int
	query     string
	synthetic int
	from, to  time.Time
	model     *view.Model
	modelGen  int
	hits      view.Hits
	view      *tlView
	listLimit int
	// trayLimit and datedLimit are how many undated and reader-dated
	// articles the tray shows.
	trayLimit, datedLimit int
	notice                string
	// deferred is the number of articles whose timeline the server left
	// to the browser (see tlPrerenderMax).
	deferred int
}

// tlPrerenderMax is the most articles whose timeline the server prerenders:
// beyond, clustering and the model would hold the first answer for a
// second or more, and the browser makes them anyway, so the prerendered
// page says the timeline is coming.
const tlPrerenderMax = 500

// tlListPage is how many events the list shows at first, and tlListMore
// how many each "Show more" adds. The first render of a large timeline
// builds the list in one task: with the 10,000 Reuters stories, 200 rows
// made it 1,119 / 1,480 ms long, 50 make it 715 / 752 ms
// (BenchmarkBrowserReuters's long tasks, two runs each, load ~2).
const (
	tlListPage = 50
	tlListMore = 200
)

func newTimelinePage() *timelinePage {
	return &timelinePage{view: newTLView(), listLimit: tlListPage, trayLimit: tlTrayPage, datedLimit: tlTrayPage, modelGen: -1}
}

func (p *timelinePage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.gen).OnChange(func() { p.sync() })
	ctx.ObserveState(stateQuery, &p.query).OnChange(func() {
		if p.model != nil {
			p.hits = p.model.Matches(timeline.NewQuery(p.query))
			p.view.setHits(p.hits)
		}
	})
	ensureCorpus(ctx)
	p.view.attach(ctx)
	// The articles may be loaded already (LoadBundled): the first model
	// then takes the URL's window here, before OnNav.
	p.readURL(ctx)
	p.sync()
	if p.synthetic > 0 {
		// the corpus is not needed: tell tools the page is live
		markRoot(ctx, "data-dossier-ready", "1")
	}
}

func (p *timelinePage) OnDismount() {
	p.view.detach()
}

func (p *timelinePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle(pageTitle("Timeline"))
	p.readURL(ctx)
	p.sync()
}

// readURL reads the query, the synthetic size and the window from the URL.
func (p *timelinePage) readURL(ctx app.Context) {
	q := ctx.Page().URL().Query()
	p.query = q.Get("q")
	if n, err := strconv.Atoi(q.Get("synthetic")); err == nil && n > 0 {
		p.synthetic = min(n, 200000)
	}
	p.from, _ = time.Parse("2006-01-02", q.Get("from"))
	p.to, _ = time.Parse("2006-01-02", q.Get("to"))
}

// sync rebuilds the model when the corpus changed and hands it to the view.
func (p *timelinePage) sync() {
	switch {
	case p.synthetic > 0:
		if p.model != nil && p.model.Synthetic == p.synthetic {
			p.view.schedule()
			return
		}
		p.model = view.Synthetic(p.synthetic, readerLink)
	default:
		docs, g := theDossier.DocsOf()
		if st, _ := theDossier.Status(); st != statusReady && st != statusFailed {
			return
		}
		if p.model != nil && p.modelGen == g {
			p.view.schedule()
			return
		}
		if app.IsServer && len(docs) > tlPrerenderMax {
			// the browser makes the model; the server answers at once
			p.deferred = len(docs)
			return
		}
		p.model, p.modelGen = theDossier.timelineModel(docs, g), g
	}
	p.hits = p.model.Matches(timeline.NewQuery(p.query))
	p.view.setModel(p.model, p.hits, p.from, p.to)
	markPhase("timeline-set")
	if done, total := theDossier.Processing(); app.IsClient && done >= total {
		// The query's folded texts, made between frames while nobody
		// types (the model is made without them, to draw sooner); not
		// for the models of a dossier still processing, soon replaced
		// (a query folds them then).
		go p.model.Fold(pause)
	}
}

func (p *timelinePage) Render() app.UI {
	return shell(PathTimeline,
		app.Div().Class("timeline-page").Body(
			app.H1().Text("Timeline"),
			p.renderSummary(),
			p.renderToolbar(),
			app.Div().ID(tlViewportID).Class("tl-viewport").TabIndex(0).
				Attr("role", "group").
				Aria("roledescription", "time axis").
				Aria("label", "Time axis. Left and right arrows move between events, Enter opens one, plus and minus zoom, 0 fits all, Home and End go to the first and last event, Shift with an arrow pans.").
				Body(app.Div().ID(tlPlotID).Class("tl-plot").Aria("hidden", "true")),
			app.Div().ID(tlDetailID).Class("tl-detail").Aria("live", "polite").Body(
				app.P().Class("hint").Text("Drag or scroll the axis to move and zoom. Click an event to read its sentence, or focus the axis and use the arrow keys."),
			),
			p.renderLegend(),
			p.renderTray(),
			p.renderList(),
		),
	)
}

func (p *timelinePage) renderSummary() app.UI {
	docs := theDossier.Docs()
	st, loadErr := theDossier.Status()
	switch {
	case st == statusFailed && p.synthetic == 0:
		return app.P().Class("error").Attr("role", "alert").Text(loadErr.Error())
	case p.model == nil && p.deferred > 0:
		return app.P().Class("status").Attr("role", "status").Text(fmt.Sprintf("Drawing the timeline of %d articles…", p.deferred))
	case p.model == nil:
		return app.P().Class("status").Attr("role", "status").Text(theDossier.LoadingText("Loading articles…"))
	}
	m := p.model
	n, copies := len(docs), 0
	if ofModel, gen := theDossier.DocsOf(); gen == p.modelGen && len(ofModel) > len(m.Arts) {
		// a story's copies are told with it (copyEvents)
		n, copies = len(m.Arts), len(ofModel)-len(m.Arts)
	}
	if m.Synthetic > 0 {
		n, copies = m.Synthetic, 0
	}
	s := fmt.Sprintf("%d %s from %d %s", len(m.Events), plural(len(m.Events), "event", "events"), n, plural(n, "article", "articles"))
	if copies > 0 {
		s += fmt.Sprintf(" (and %d %s, told with %s)", copies, plural(copies, "copy", "copies"), plural(copies, "its story", "their stories"))
	}
	if m.HasData {
		s += fmt.Sprintf(", %d–%d", m.Bounds.Start.Year(), m.Bounds.End.Add(-time.Second).Year())
	}
	if len(m.Undated) > 0 {
		s += fmt.Sprintf(" · %d undated", len(m.Undated))
	}
	if m.Synthetic > 0 {
		s += " (synthetic test data)"
	}
	return app.P().Class("status tl-summary").Attr("role", "status").Text(s + "." + processingNote(theDossier))
}

func (p *timelinePage) renderToolbar() app.UI {
	btn := func(cmd, label, title string) app.UI {
		name := title // a one-symbol label ("+") is named by its title
		if len([]rune(label)) > 1 {
			name = label + ": " + title // visible text first, for voice control
		}
		return app.Button().Type("button").DataSet("tl", cmd).Title(title).Aria("label", name).Text(label)
	}
	var q app.UI = app.Text("")
	if strings.TrimSpace(p.query) != "" && p.model != nil {
		q = app.Span().Class("tl-query").Text(fmt.Sprintf("%d events match “%s”", p.hits.N, strings.TrimSpace(p.query)))
	}
	return app.Div().Class("tl-toolbar").Attr("role", "toolbar").Aria("label", "Timeline controls").Aria("controls", tlViewportID).Body(
		btn("out", "−", "Zoom out"),
		btn("in", "+", "Zoom in"),
		btn("fit", "Fit all", "Show everything"),
		btn("prev", "‹ Event", "Previous event"),
		btn("next", "Event ›", "Next event"),
		q,
	)
}

func (p *timelinePage) renderLegend() app.UI {
	if p.model == nil {
		return app.Text("")
	}
	cls := p.model.Clusters
	var items []app.UI
	other := 0
	for _, c := range cls {
		if c.Color >= view.PaletteSize && c.Label == storiesLater {
			items = append(items, app.Li().Body(
				app.Span().Class("sw c8").Aria("hidden", "true"),
				app.Span().Text(fmt.Sprintf("%d %s: %s", c.Size, plural(c.Size, "article", "articles"), c.Label)),
			))
			continue
		}
		if c.Color >= view.PaletteSize {
			other++
			continue
		}
		items = append(items, app.Li().Body(
			app.Span().Class("sw c"+strconv.Itoa(c.Color)).Aria("hidden", "true"),
			app.Span().Text(fmt.Sprintf("%s (%d %s)", c.Label, c.Size, plural(c.Size, "article", "articles"))),
		))
	}
	if other > 0 {
		items = append(items, app.Li().Body(
			app.Span().Class("sw c8").Aria("hidden", "true"),
			app.Span().Text(fmt.Sprintf("%d other %s", other, plural(other, "story", "stories"))),
		))
	}
	return app.Div().Class("tl-legend").Body(
		app.H2().Class("visually-hidden").Text("Legend"),
		app.Ul().Class("stories").Aria("label", "Stories (colours)").Body(items...),
		app.Ul().Class("precisions").Aria("label", "Date precision").Body(
			app.Li().Body(app.Span().Class("sw p-day").Aria("hidden", "true"), app.Text("a day")),
			app.Li().Body(app.Span().Class("sw p-month").Aria("hidden", "true"), app.Text("a week or month: a bar over it")),
			app.Li().Body(app.Span().Class("sw p-year").Aria("hidden", "true"), app.Text("a year: a bar across the year")),
			app.Li().Body(app.Span().Class("sw art").Aria("hidden", "true"), app.Text("an article, on its publication date")),
		),
	)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// tlTrayPage is how many articles of each kind the undated tray shows at
// first and adds per click: a folder of wire copy can hold thousands of
// undated articles, and the page must not grow without bound.
const tlTrayPage = 20

// tlChipsMax caps the relative expressions shown for one article.
const tlChipsMax = 8

func (p *timelinePage) renderTray() app.UI {
	if p.model == nil {
		return app.Text("")
	}
	m := p.model
	if len(m.Undated) == 0 && len(m.UserDated) == 0 {
		return app.Text("")
	}
	return app.Section().ID("tl-undated").Class("tl-tray").Aria("labelledby", "tl-undated-h").
		On("submit", p.onTraySubmit).On("click", p.onTrayClick).Body(
		app.H2().ID("tl-undated-h").Text(fmt.Sprintf("Undated articles (%d)", len(m.Undated))),
		app.P().Class("hint").Text("These articles state no publication date, so their relative dates (“on Tuesday”, “last week”) cannot be placed. If you know when one was published, set it: it is kept on this device and the article moves onto the axis."),
		app.If(p.notice != "", func() app.UI { return app.P().Class("status").Attr("role", "status").Text(p.notice) }),
		app.Raw(trayHTML(m, p.trayLimit, p.datedLimit)),
	)
}

// onTraySubmit sets the date entered in an undated article's form (the
// tray's list is HTML, its forms' submits come here). The article's ID
// rides on the form and the date is read from its own input.
func (p *timelinePage) onTraySubmit(ctx app.Context, e app.Event) {
	form := e.Get("target")
	if !form.Truthy() || form.Get("tagName").String() != "FORM" {
		return
	}
	e.PreventDefault()
	input := form.Call("querySelector", "input[type=date]")
	if !input.Truthy() {
		return
	}
	p.setDate(ctx, form.Get("dataset").Get("id").String(), input.Get("value").String())
}

// onTrayClick handles the tray's buttons: "Clear" forgets the date the
// reader set for an article, "Show more" shows the next page of a list.
// Other clicks (a title's link) change nothing here.
func (p *timelinePage) onTrayClick(ctx app.Context, e app.Event) {
	target := e.Get("target")
	if !target.Truthy() || !target.Get("closest").Truthy() {
		ctx.PreventUpdate()
		return
	}
	if b := target.Call("closest", "button.clear"); b.Truthy() {
		p.setDate(ctx, b.Get("dataset").Get("id").String(), "")
		return
	}
	if li := target.Call("closest", "li.more"); li.Truthy() && target.Call("closest", "button.more").Truthy() {
		switch li.Get("dataset").Get("more").String() {
		case "undated":
			p.trayLimit += tlTrayPage
		case "dated":
			p.datedLimit += tlTrayPage
		}
		return
	}
	ctx.PreventUpdate()
}

// setDate saves the reader's date for an article ("" clears it).
func (p *timelinePage) setDate(ctx app.Context, id, date string) {
	if date != "" {
		if _, err := time.Parse("2006-01-02", date); err != nil {
			p.notice = "Please enter a full date (day, month and year)."
			return
		}
	}
	if err := saveUserDate(ctx, id, date); err != nil {
		p.notice = "Could not save the date: " + err.Error()
		return
	}
	if date == "" {
		p.notice = "Date cleared."
	} else {
		p.notice = "Date set to " + view.FormatDate(date, dates.PrecisionDay) + "."
	}
}

func (p *timelinePage) renderList() app.UI {
	if p.model == nil || len(p.model.EventOrder) == 0 {
		return app.Text("")
	}
	m := p.model
	n := min(len(m.EventOrder), p.listLimit)
	return app.Section().Class("tl-events").Aria("labelledby", "tl-events-h").Body(
		app.H2().ID("tl-events-h").Text("Events by date"),
		app.Raw(eventListHTML(m, p.hits, n)),
		app.If(n < len(m.EventOrder), func() app.UI {
			return app.Button().Type("button").Class("more").
				Text(fmt.Sprintf("Show more (%d of %d shown)", n, len(m.EventOrder))).
				OnClick(func(ctx app.Context, e app.Event) { p.listLimit += tlListMore })
		}),
	)
}

package ui

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/dossierapp/dossier/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultPage is how many search results the page shows at first and adds
// with each "Show more results": a keystroke finds, cuts snippets for and
// renders no more than a screenful or two (50 had cost a keystroke twice the
// time while a large dossier was still processing).
const resultPage = 20

// listPage is how many articles the list shows at first and adds with each
// "Show more": a library of thousands renders in a moment, and the rest is
// a search, a filter or a click away.
const listPage = 100

// libraryPage lists the articles, or, with a query, the search results:
// ranked, with snippets, filters by date and publisher, and sort order. The
// query and filters live in the URL so a search can be shared and reloaded
// offline.
type libraryPage struct {
	app.Compo
	gen     int
	query   string
	filters filters
	shown   int // articles the list shows (listPage at first)
	results int // search results shown (resultPage at first)
	// groupsShown and groupShown are how many sources, and how many
	// articles of each, a long library shows (see library_groups.go).
	groupsShown int
	groupShown  map[string]int
	// found is the search's answer for query and filters: search runs when
	// they or the search index change (see find), never while rendering.
	found found
	// searches counts the searches find ran.
	searches int
	// listed is the list the page shows without a query, made again only
	// when the documents or the filters change (see listOf).
	listed listed
}

// listed is the library's list for one generation of the documents and
// one set of filters (the articles listed, the copies folded into their
// stories, the sources of a long list), and the publishers to filter by
// for one generation.
type listed struct {
	made    bool
	docsGen int
	filters filters
	list    []doc
	folded  int
	groups  []sourceGroup
	// lists counts the lists made (a test's probe).
	lists int

	pubsMade bool
	pubsGen  int
	pubs     []string
}

// found is what a search found.
type found struct {
	query   string
	opt     search.Options
	index   *search.Index // the index searched
	indexed int           // its documents then (it grows as more are processed)
	docsGen int           // the documents' generation of results (DocsOf)
	results []result
	matched int
}

// filters narrows the list; zero values mean no filter.
type filters struct {
	From, To, Publisher string
	ByDate              bool
}

func newLibraryPage() *libraryPage { return &libraryPage{} }

func (p *libraryPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.gen).OnChange(p.find)
	ctx.ObserveState(stateQuery, &p.query).OnChange(p.find)
	ensureCorpus(ctx)
	p.find()
}

// options are the search options of the page's filters.
func (p *libraryPage) options() search.Options {
	return search.Options{Limit: max(p.results, resultPage), From: p.filters.From, To: p.filters.To, Publisher: p.filters.Publisher, SortByDate: p.filters.ByDate}
}

// find runs the search for the query and filters, unless its answer for
// them and the current search index is there already. A corpus update
// that leaves the index as it was (more articles shown before they are
// indexed, the count of those processed) does not search again: the hits
// are the same, and take their documents' current versions (Resolve).
// While a large dossier processes, such updates come every
// publishInterval, and each search ran in the page's thread.
func (p *libraryPage) find() {
	if p.query != p.found.query {
		p.results = resultPage // another query: its first results
	}
	q, opt := p.query, p.options()
	if strings.TrimSpace(q) == "" {
		p.found = found{query: q, opt: opt}
		return
	}
	ix, docsGen := theDossier.Index(), theDossier.DocsGen()
	indexed := 0
	if ix != nil {
		indexed = ix.Len()
	}
	if p.found.query == q && p.found.opt == opt && p.found.index == ix && p.found.indexed == indexed && p.found.results != nil {
		if p.found.docsGen != docsGen {
			p.found.results, p.found.docsGen = theDossier.Resolve(p.found.results), docsGen
		}
		return
	}
	res, n, ix := theDossier.SearchIndex(q, opt)
	p.searches++
	p.found = found{query: q, opt: opt, index: ix, indexed: indexed, docsGen: docsGen, results: res, matched: n}
}

func (p *libraryPage) OnNav(ctx app.Context) {
	q := ctx.Page().URL().Query()
	p.query = q.Get("q")
	p.filters = filtersOf(q)
	p.shown = listPage
	p.groupsShown, p.groupShown = 0, nil
	p.find()
	ctx.Page().SetTitle(pageTitle(""))
}

func (p *libraryPage) Render() app.UI {
	heading := "Library"
	if strings.TrimSpace(p.query) != "" {
		heading = "Search"
	}
	return shell(PathLibrary,
		app.H1().Text(heading),
		p.renderList(),
	)
}

func (p *libraryPage) renderList() app.UI {
	if st := loadStatusUI(theDossier, "Loading articles…"); st != nil {
		return st
	}
	docs, docsGen := theDossier.DocsOf()
	var items []app.UI
	var summary string
	var grouped app.UI // a long list, by source
	more := 0          // articles of the list not shown yet
	moreResults := 0   // search results not shown yet
	if strings.TrimSpace(p.query) == "" {
		l := p.listOf(docs, docsGen)
		list, folded := l.list, l.folded
		summary = fmt.Sprintf("%d articles", len(list))
		if len(list)+folded != len(docs) {
			summary = fmt.Sprintf("%d of %d articles", len(list), len(docs)-folded)
		}
		switch {
		case folded == 1:
			summary += " (and 1 copy, listed with its story)"
		case folded > 1:
			summary += fmt.Sprintf(" (and %d copies, listed with their stories)", folded)
		}
		if groups := l.groups; len(groups) > 1 {
			summary += fmt.Sprintf(" from %d sources", len(groups))
			grouped = p.renderGroups(groups)
			list = nil
		}
		shown := min(len(list), max(p.shown, listPage))
		more = len(list) - shown
		for _, d := range list[:shown] {
			items = append(items, libraryItem(d, nil, d.DisplayTitle(), nil))
		}
	} else if theDossier.Index() != nil {
		res, matched := p.found.results, p.found.matched
		switch {
		case matched == 0:
			summary = fmt.Sprintf("Nothing matches “%s”.", p.query)
		case matched > len(res):
			summary = fmt.Sprintf("%d articles match “%s”; the best %d:", matched, p.query, len(res))
		default:
			summary = fmt.Sprintf("%d of %d articles match “%s”", matched, len(docs), p.query)
		}
		for _, r := range res {
			items = append(items, libraryItem(r.doc, &r.hit, r.hit.Title, r.hit.TitleHighlights))
		}
		moreResults = matched - len(res)
	} else {
		summary = fmt.Sprintf("Preparing search of %d articles…", len(docs))
	}
	return app.Div().Body(
		p.renderFilters(p.publishersOf(docs, docsGen)),
		app.P().Class("status").ID("result-summary").Attr("role", "status").Attr("aria-live", "polite").Text(summary+processingNote(theDossier)),
		app.If(grouped != nil, func() app.UI { return grouped }).
			Else(func() app.UI { return app.Ul().Class("library").Aria("labelledby", "result-summary").Body(items...) }),
		app.If(more > 0, func() app.UI {
			return app.Button().ID("show-more").Class("show-more").
				Text(fmt.Sprintf("Show %d more (%d not shown)", min(more, listPage), more)).
				OnClick(func(ctx app.Context, e app.Event) { p.shown = max(p.shown, listPage) + listPage })
		}),
		app.If(moreResults > 0, func() app.UI {
			return app.Button().ID("more-results").Class("show-more").
				Text(fmt.Sprintf("Show %d more results (%d not shown)", min(moreResults, resultPage), moreResults)).
				OnClick(func(ctx app.Context, e app.Event) {
					p.results = max(p.results, resultPage) + resultPage
					p.find()
				})
		}),
	)
}

// listOf returns the list of docs (of generation docsGen) under the
// page's filters, made again only when they changed: the page renders
// again after every event in it, a keystroke in the search box among them
// (before the search's state reaches it), and making the list of 10,000
// articles — filtered, without copies, grouped by source — had taken
// ~200 ms of a first keystroke's 300. The loader makes it ahead, between
// frames, when it can (prebuildLibrary).
func (p *libraryPage) listOf(docs []doc, docsGen int) *listed {
	l := &p.listed
	if l.made && l.docsGen == docsGen && l.filters == p.filters {
		return l
	}
	parts := theDossier.library.take(docsGen, p.filters)
	if parts == nil {
		made := makeList(docs, docsGen, p.filters, noPause)
		parts = &made
	}
	l.made, l.docsGen, l.filters, l.list, l.folded, l.groups = true, docsGen, p.filters, parts.list, parts.folded, parts.groups
	l.lists++
	return l
}

// publishersOf returns the publishers of docs (of generation docsGen),
// found again only when the documents changed.
func (p *libraryPage) publishersOf(docs []doc, docsGen int) []string {
	l := &p.listed
	if !l.pubsMade || l.pubsGen != docsGen {
		l.pubsMade, l.pubsGen, l.pubs = true, docsGen, publishers(docs)
	}
	return l.pubs
}

// libraryItem renders one article of the list; h, when set, is its search hit.
func libraryItem(d doc, h *search.Hit, title string, titleMarks [][2]int) app.UI {
	return app.Li().Body(
		app.A().Class("title").Href(link(ReaderPath(d.ID))).Body(highlightRanges(title, titleMarks)...),
		app.Div().Class("meta").Body(
			app.If(d.Publisher != "", func() app.UI { return app.Span().Class("publisher").Text(d.Publisher) }),
			app.If(d.EffectiveDate() != "", func() app.UI { return app.Time().DateTime(d.EffectiveDate()).Text(d.EffectiveDate()) }).
				Else(func() app.UI { return app.Span().Class("undated").Text("undated") }),
			app.Span().Class("source").Text(d.Name),
			app.Span().Text(formatSize(d.Size)),
		),
		app.If(h != nil && h.Snippet != "", func() app.UI {
			return app.P().Class("snippet").Body(highlightRanges(h.Snippet, h.Highlights)...)
		}),
		renderCopies(d),
	)
}

// withoutCopies leaves out of list the documents the library lists as a
// copy of another (see dossier.Copies), and says how many it left out.
func withoutCopies(list []doc) ([]doc, int) {
	out := make([]doc, 0, len(list))
	for _, d := range list {
		if _, _, isCopy := theDossier.Copies(d.ID); !isCopy {
			out = append(out, d)
		}
	}
	return out, len(list) - len(out)
}

// renderCopies says how many copies of its story a listed article has, with
// a link to each other copy; nothing when it has none.
func renderCopies(d doc) app.UI {
	others, _, _ := theDossier.Copies(d.ID)
	if len(others) == 0 {
		return nil
	}
	links := []app.UI{app.Span().Class("copies-count").Text(fmt.Sprintf("%d copies", len(others)+1)), app.Text(": also ")}
	for k, o := range others {
		if k > 0 {
			links = append(links, app.Text(", "))
		}
		label := o.Name
		if o.Spin >= 0.5 {
			label += " (spun)"
		}
		links = append(links, app.A().Class("copy").Href(link(ReaderPath(o.ID))).Text(label))
	}
	return app.P().Class("copies").Body(links...)
}

// renderFilters shows the date range, publisher and sort controls.
func (p *libraryPage) renderFilters(pubs []string) app.UI {
	return app.Form().Class("filters").Aria("label", "Filter and sort").OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
		app.Label().Body(app.Span().Text("From"),
			app.Input().Type("date").ID("filter-from").Value(p.filters.From).OnChange(p.onFilter(func(f *filters, v string) { f.From = v }))),
		app.Label().Body(app.Span().Text("To"),
			app.Input().Type("date").ID("filter-to").Value(p.filters.To).OnChange(p.onFilter(func(f *filters, v string) { f.To = v }))),
		app.If(len(pubs) > 0, func() app.UI {
			opts := []app.UI{selectedIf(app.Option().Value("").Text("All publishers"), p.filters.Publisher == "")}
			for _, pub := range pubs {
				opts = append(opts, selectedIf(app.Option().Value(pub).Text(pub), p.filters.Publisher == pub))
			}
			return app.Label().Body(app.Span().Text("Publisher"),
				app.Select().ID("filter-publisher").OnChange(p.onFilter(func(f *filters, v string) { f.Publisher = v })).Body(opts...))
		}),
		app.Label().Body(app.Span().Text("Sort"),
			app.Select().ID("filter-sort").OnChange(p.onFilter(func(f *filters, v string) { f.ByDate = v == "date" })).Body(
				// without a query nothing is ranked: the library's own order
				selectedIf(app.Option().Value("relevance").Text(map[bool]string{true: "Relevance", false: "Library order"}[strings.TrimSpace(p.query) != ""]), !p.filters.ByDate),
				selectedIf(app.Option().Value("date").Text("Newest first"), p.filters.ByDate),
			)),
	)
}

// onFilter makes a change handler that updates one filter and the URL.
func (p *libraryPage) onFilter(set func(*filters, string)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		set(&p.filters, ctx.JSSrc().Get("value").String())
		p.find()
		u := *ctx.Page().URL()
		q := url.Values{}
		for k, v := range map[string]string{"q": p.query, "from": p.filters.From, "to": p.filters.To, "pub": p.filters.Publisher} {
			if v != "" {
				q.Set(k, v)
			}
		}
		if p.filters.ByDate {
			q.Set("sort", "date")
		}
		u.RawQuery = q.Encode()
		app.Window().Get("history").Call("replaceState", nil, "", u.String())
	}
}

// filterDocs applies the filters to the whole library (no query).
func filterDocs(docs []doc, f filters) []doc {
	var out []doc
	for _, d := range docs {
		date := d.EffectiveDate()
		if (f.From != "" || f.To != "") && date == "" {
			continue
		}
		if f.From != "" && date < f.From || f.To != "" && date > f.To {
			continue
		}
		if f.Publisher != "" && !strings.EqualFold(search.Fold(d.Publisher), search.Fold(f.Publisher)) {
			continue
		}
		out = append(out, d)
	}
	if f.ByDate {
		sort.SliceStable(out, func(i, j int) bool { return out[i].EffectiveDate() > out[j].EffectiveDate() })
	}
	return out
}

// publishers lists the distinct publishers of the library, sorted.
func publishers(docs []doc) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		if d.Publisher != "" && !seen[d.Publisher] {
			seen[d.Publisher] = true
			out = append(out, d.Publisher)
		}
	}
	sort.Strings(out)
	return out
}

// formatSize renders a byte count for people.
func formatSize(n int) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	default:
		return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
	}
}

// pageTitle is the document title for a page.
func pageTitle(s string) string {
	if s == "" {
		return "Dossier — offline news reader"
	}
	return s + " — Dossier"
}

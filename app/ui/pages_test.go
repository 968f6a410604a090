//go:build !wasm

package ui

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/timeline"
	"github.com/dossierapp/dossier/app/timeline/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// render returns the HTML a component renders now. (go-app's test engine
// does not mount components natively: the tests call what OnMount and the
// observers call, find and sync.)
func render(c app.Composer) string { return app.HTMLString(c.Render()) }

// text is the HTML s with its entities decoded, to look for text in it.
func text(s string) string { return html.UnescapeString(s) }

// TestLibraryPageListsAndSearches: without a query the library lists every
// article; with one it shows the search's results, found when the query
// changed, not while rendering.
func TestLibraryPageListsAndSearches(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	p := newLibraryPage()
	p.find()
	out := text(render(p))
	if !strings.Contains(out, fmt.Sprintf("%d articles", len(docs))) || !strings.Contains(out, "<h1>Library</h1>") {
		t.Fatalf("the library does not list %d articles:\n%s", len(docs), out)
	}
	// Nothing is ranked without a query: the first order is the library's.
	if !strings.Contains(out, ">Library order</option>") || strings.Contains(out, ">Relevance</option>") {
		t.Errorf("the library's sort does not offer its own order:\n%s", out)
	}
	for _, x := range docs {
		if !strings.Contains(out, `href="/a/`+x.ID+`"`) {
			t.Errorf("%s is not linked", x.ID)
		}
	}

	word := longestWord(docs[0].DisplayTitle())
	p.query = word
	p.find()
	out = text(render(p))
	if !strings.Contains(out, "<h1>Search</h1>") || !strings.Contains(out, "match “"+word+"”") || !strings.Contains(out, `href="/a/`+docs[0].ID+`"`) {
		t.Fatalf("searching %q: %s", word, out)
	}
	if !strings.Contains(out, ">Relevance</option>") {
		t.Errorf("a search's sort does not offer relevance:\n%s", out)
	}
	// Rendering does not search: a query not yet searched shows the last
	// answer until find runs.
	p.query = "zzzznotaword"
	if out := text(render(p)); strings.Contains(out, "zzzznotaword") && strings.Contains(out, "Nothing matches") {
		t.Error("Render searched")
	}
	p.find()
	if out := text(render(p)); !strings.Contains(out, "Nothing matches “zzzznotaword”.") {
		t.Errorf("an unknown word: %s", out)
	}
	// The same query on the same index does not search again.
	p.query = word
	p.find()
	before, searches := p.found, p.searches
	p.find()
	if &before.results[0] != &p.found.results[0] || p.searches != searches {
		t.Error("the same query on the same articles searched again")
	}
}

// TestLibraryPageSearchesOncePerIndex: while a large dossier processes,
// corpus updates that leave the search index as it was (the count of the
// articles processed, more articles shown before they are indexed) do not
// search again — each search ran in the page's thread, beside the reader's
// keystrokes — and the hits show their documents' current versions; a new
// index searches again.
func TestLibraryPageSearchesOncePerIndex(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	p := newLibraryPage()
	p.query = longestWord(docs[0].DisplayTitle())
	p.find()
	if len(p.found.results) == 0 {
		t.Fatalf("searching %q found nothing", p.query)
	}
	searches := p.searches
	d.Touch() // a count of the articles processed
	p.find()
	more := append([]doc(nil), docs...)
	for i := range more {
		if more[i].ID == p.found.results[0].doc.ID {
			more[i].Publisher = "Another Publisher"
		}
	}
	d.MoreBundled(more, len(more), len(more)+10) // shown, not indexed
	p.find()
	if p.searches != searches {
		t.Errorf("%d searches again for corpus updates that left the index as it was", p.searches-searches)
	}
	if got := p.found.results[0].doc.Publisher; got != "Another Publisher" {
		t.Errorf("the first hit shows the publisher %q of its document's earlier version", got)
	}
	d.Reindex(nil)
	p.find()
	if p.searches != searches+1 || p.found.index != d.Index() {
		t.Errorf("a new index: %d searches, want 1", p.searches-searches)
	}
}

// TestLibraryPageFilters: the publisher and date filters narrow the list,
// and sorting by date puts the newest first.
func TestLibraryPageFilters(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	var pub, date string
	for _, x := range docs {
		if x.Publisher != "" && pub == "" {
			pub = x.Publisher
		}
		if x.EffectiveDate() != "" && date == "" {
			date = x.EffectiveDate()
		}
	}
	if pub == "" || date == "" {
		t.Fatal("the seeds have no publisher or no date")
	}
	list := filterDocs(docs, filters{Publisher: pub})
	for _, x := range list {
		if x.Publisher != pub {
			t.Errorf("publisher filter %q kept %q", pub, x.Publisher)
		}
	}
	list = filterDocs(docs, filters{From: date, To: date})
	if len(list) == 0 {
		t.Errorf("no article of %s", date)
	}
	for _, x := range list {
		if x.EffectiveDate() != date {
			t.Errorf("date filter %s kept %s", date, x.EffectiveDate())
		}
	}
	list = filterDocs(docs, filters{ByDate: true})
	for i := 1; i < len(list); i++ {
		if list[i-1].EffectiveDate() < list[i].EffectiveDate() {
			t.Errorf("by date: %s before %s", list[i-1].EffectiveDate(), list[i].EffectiveDate())
		}
	}
	p := newLibraryPage()
	p.filters = filters{Publisher: pub}
	p.find()
	out := text(render(p))
	if !strings.Contains(out, fmt.Sprintf("%d of %d articles", len(filterDocs(docs, p.filters)), len(docs))) &&
		len(filterDocs(docs, p.filters)) != len(docs) {
		t.Errorf("filtered list: %s", out)
	}
	if !strings.Contains(out, `value="`+html.EscapeString(pub)+`"`) || !strings.Contains(out, "Newest first") {
		t.Errorf("the filters are not shown: %s", out)
	}
	if got := publishers(docs); len(got) == 0 || got[0] == "" {
		t.Errorf("publishers: %v", got)
	}
	for n, want := range map[int]string{12: "12 B", 2048: "2.0 KB", 3 << 20: "3.0 MB"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestLibraryPageShowMore: a long list from one source shows a page of it
// and a button for the rest.
func TestLibraryPageShowMore(t *testing.T) {
	d := useDossier(t)
	seeds := seedDocs(t)
	var one doc // copies of one article: one source
	for _, x := range seeds {
		if x.Publisher != "" {
			one = x
		}
	}
	var docs []doc
	for i := 0; i < listPage+30; i++ {
		x := one
		x.ID = fmt.Sprintf("%s-%d", x.ID, i)
		docs = append(docs, x)
	}
	d.SetBundled(docs, nil, nil)
	out := text(render(newLibraryPage()))
	if !strings.Contains(out, `id="show-more"`) || !strings.Contains(out, "(30 not shown)") {
		t.Errorf("no show-more for %d articles: %s", len(docs), out[strings.Index(out, "result-summary"):][:300])
	}
	if n := strings.Count(out, `<li>`); n != listPage {
		t.Errorf("%d articles shown, want %d", n, listPage)
	}
}

// TestPagesWhileLoading: before the articles are there the pages say so,
// and when loading failed they say why.
func TestPagesWhileLoading(t *testing.T) {
	d := useDossier(t)
	d.Start()
	if out := text(render(newLibraryPage())); !strings.Contains(out, "Loading articles…") {
		t.Errorf("library while loading: %s", out)
	}
	r := newReaderPage()
	r.id = "x"
	if out := text(render(r)); !strings.Contains(out, "Loading article…") {
		t.Errorf("reader while loading: %s", out)
	}
	d.SetBundled(nil, nil, fmt.Errorf("loading articles: offline"))
	if out := text(render(newLibraryPage())); !strings.Contains(out, "loading articles: offline") {
		t.Errorf("library after a failure: %s", out)
	}
	tp := newTimelinePage()
	tp.sync()
	if out := text(render(tp)); !strings.Contains(out, "loading articles: offline") {
		t.Errorf("timeline after a failure: %s", out)
	}
}

// TestReaderPage: the reader shows the article, its removed text on
// request, the original text, the event sentence of a timeline link, and
// links to its neighbours; an unknown ID says so.
func TestReaderPage(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	var x doc
	var xi int
	for i, c := range docs {
		if c.Removed > 0 && len(c.Events) > 0 && i > 0 && i+1 < len(docs) {
			x, xi = c, i
			break
		}
	}
	if x.ID == "" {
		t.Fatal("no seed article with removed text, events and neighbours")
	}
	p := newReaderPage()
	p.id = x.ID
	out := text(render(p))
	if !strings.Contains(out, x.DisplayTitle()) || !strings.Contains(out, `id="toggle-removed"`) || strings.Contains(out, `class="removed"`) {
		t.Fatalf("reader: %s", out)
	}
	if !strings.Contains(out, `href="/a/`+docs[xi-1].ID+`"`) || !strings.Contains(out, `href="/a/`+docs[xi+1].ID+`"`) || !strings.Contains(out, `rel="prev"`) {
		t.Error("no links to the neighbours")
	}
	p.showRemoved = true
	if out := text(render(p)); !strings.Contains(out, "Removed: ") || !strings.Contains(out, "Hide removed") {
		t.Error("the removed text is not shown on request")
	}
	p.showRemoved, p.showOriginal = false, true
	if out := text(render(p)); !strings.Contains(out, `class="original-text"`) || !strings.Contains(out, "Show cleaned") {
		t.Error("the original is not shown on request")
	}
	if originalText(x) != x.Text {
		t.Error("the original text is not the article's text")
	}
	p.showOriginal = false
	e := x.Events[0]
	p.hit = view.ParseEventRef(fmt.Sprintf("%d:%d:%d", e.Para, e.Start, e.End))
	if out := render(p); !strings.Contains(out, `id="event-hit"`) {
		t.Errorf("the event sentence %q is not marked", e.Text)
	}
	p.id = "no-such-article"
	if out := text(render(p)); !strings.Contains(out, "Article not found") {
		t.Errorf("unknown article: %s", out)
	}
}

// TestTimelinePage: the timeline page sums up the model, lists its stories
// and events, counts the events the query matches, and offers the undated
// articles a date.
func TestTimelinePage(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	p := newTimelinePage()
	p.sync()
	out := text(render(p))
	if p.model == nil {
		t.Fatal("no model")
	}
	want := fmt.Sprintf("%d events from %d articles", len(p.model.Events), len(docs))
	if !strings.Contains(out, want) || !strings.Contains(out, "Stories (colours)") {
		t.Fatalf("summary %q missing: %s", want, out[:min(len(out), 3000)])
	}
	if len(p.model.Undated) > 0 && !strings.Contains(out, fmt.Sprintf("Undated articles (%d)", len(p.model.Undated))) {
		t.Error("the undated tray is missing")
	}
	ev := p.model.Events[0]
	word := longestWord(ev.Ev.Text)
	p.query = word
	p.hits = p.model.Matches(timeline.NewQuery(word))
	if out := text(render(p)); p.hits.N == 0 || !strings.Contains(out, fmt.Sprintf("%d events match “%s”", p.hits.N, word)) {
		t.Errorf("query %q: %d hits; %s", word, p.hits.N, out[:min(len(out), 2000)])
	}
	if plural(1, "story", "stories") != "story" || plural(2, "story", "stories") != "stories" {
		t.Error("plural")
	}
	// a synthetic timeline needs no articles
	s := newTimelinePage()
	s.synthetic = 300
	s.sync()
	if out := text(render(s)); !strings.Contains(out, "(synthetic test data)") {
		t.Errorf("synthetic: %s", out[:min(len(out), 1000)])
	}
}

// TestSmallComponents: the about page, the header's search box, the
// reading settings and the update notice render what they are for.
func TestSmallComponents(t *testing.T) {
	useDossier(t)
	for name, c := range map[string]struct {
		c    app.Composer
		want string
	}{
		"about":    {newAboutPage(), "About Dossier"},
		"search":   {&searchBox{query: "kyiv"}, `value="kyiv"`},
		"settings": {&settingsControls{}, `id="theme"`},
	} {
		if out := render(c.c); !strings.Contains(out, c.want) {
			t.Errorf("%s: %q not in %s", name, c.want, out)
		}
	}
	if queryString("") != "" || queryString("a b") != "q=a+b" {
		t.Error("queryString")
	}
	if pageTitle("") != "Dossier — offline news reader" || pageTitle("About") != "About — Dossier" {
		t.Error("pageTitle")
	}
	if got := truncate("one two three four five six", 12); got != "one two…" {
		t.Errorf("truncate: %q", got)
	}
}

// TestImportPage: the import page lists the imported articles, offers to
// restore the hidden bundled ones, and says when there are none.
func TestImportPage(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, map[string]bool{docs[0].ID: true}, nil)
	p := newImportPage()
	out := text(render(p))
	if !strings.Contains(out, "You have not imported any articles yet.") || !strings.Contains(out, "Restore 1 hidden bundled articles") {
		t.Fatalf("empty library: %s", out)
	}
	e, x := importedDoc("imp-1", "zanzibar.txt", "Zanzibar ferry\n\nThe ferry leaves at noon.")
	d.SetLibrary([]libRecord{e}, map[string]doc{e.ID: x}, true)
	if out := text(render(p)); !strings.Contains(out, "1 imported article.") || !strings.Contains(out, `aria-label="Delete zanzibar.txt"`) {
		t.Errorf("one imported article: %s", out)
	}
}

// TestLibraryPageMoreResults: a query that matches more articles than a page
// of results shows the first resultPage and a button for more, which shows
// resultPage more; another query starts again from the first page.
func TestLibraryPageMoreResults(t *testing.T) {
	d := useDossier(t)
	seeds := seedDocs(t)
	var docs []doc
	for i := 0; i < resultPage+25; i++ {
		x := seeds[0]
		x.ID = fmt.Sprintf("%s-%d", x.ID, i)
		docs = append(docs, x)
	}
	d.SetBundled(docs, nil, nil)
	p := newLibraryPage()
	p.query = "korea"
	p.find()
	out := text(render(p))
	if !strings.Contains(out, `id="more-results"`) || !strings.Contains(out, "(25 not shown)") {
		t.Fatalf("no button for more results: %s", out[strings.Index(out, "result-summary"):][:300])
	}
	if n := strings.Count(out, `<li>`); n != resultPage {
		t.Errorf("%d results shown, want %d", n, resultPage)
	}
	for _, want := range []int{2 * resultPage, len(docs)} {
		p.results += resultPage // as the button does
		p.find()
		out = text(render(p))
		if n := strings.Count(out, `<li>`); n != want {
			t.Errorf("%d results shown after more, want %d", n, want)
		}
	}
	if strings.Contains(out, `id="more-results"`) {
		t.Error("a button for more results when all are shown")
	}
	p.query = "pyongyang"
	p.find()
	if p.results != resultPage {
		t.Errorf("another query shows %d results, want %d", p.results, resultPage)
	}
}

// TestLibraryListMadeOnce: the page renders again after every event in it
// (a keystroke in the search box first renders it with the query before
// it); its list is made again only when the documents or the filters
// change, and shows each change.
func TestLibraryListMadeOnce(t *testing.T) {
	d := useDossier(t)
	seeds := seedDocs(t)
	d.SetBundled(seeds, nil, nil)
	p := newLibraryPage()
	for i := 0; i < 4; i++ {
		// (go-app writes attributes in no fixed order: the pages are
		// compared by what they list.)
		if out := text(render(p)); !strings.Contains(out, ">5 articles<") || strings.Count(out, "<li>") != 5 {
			t.Fatalf("render %d: %.400s", i+1, out[strings.Index(out, "result-summary"):])
		}
	}
	if p.listed.lists != 1 {
		t.Errorf("four renders of the same documents made the list %d times, want 1", p.listed.lists)
	}
	hidden := map[string]bool{seeds[0].ID: true}
	d.SetHidden(hidden)
	out := text(render(p))
	if p.listed.lists != 2 || strings.Contains(out, `href="/a/`+seeds[0].ID+`"`) || !strings.Contains(out, "4 articles") {
		t.Errorf("after hiding %s: %d lists made, want 2; the page: %.400s", seeds[0].ID, p.listed.lists, out[strings.Index(out, "result-summary"):])
	}
	p.filters = filters{Publisher: "no such publisher"}
	if out := text(render(p)); p.listed.lists != 3 || !strings.Contains(out, "0 of 4 articles") {
		t.Errorf("after a filter: %d lists made, want 3; the page: %.300s", p.listed.lists, out[strings.Index(out, "result-summary"):])
	}
}

package ui

import (
	"net/url"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The library's list of a large dossier (filtered, copies folded into
// their stories, grouped by source) takes tens of milliseconds to make in
// the browser: made in the page's first render, it lengthened the task that
// mounts the page (34–45 ms of 100–144 with the 10,000 Reuters stories).
// So, as with the timeline's model (prebuildTimeline), the loader makes it
// before the render, between frames, and the page takes it.

// listParts is the library's list for one generation of the documents and
// one set of filters.
type listParts struct {
	docsGen int
	filters filters
	list    []doc
	folded  int
	groups  []sourceGroup
}

// makeList makes the list of docs (of generation docsGen) under f: the
// documents f lets through, without the copies listed with their stories,
// grouped by source when there are more than a page of them. It calls
// pause between its steps.
func makeList(docs []doc, docsGen int, f filters, pause func()) listParts {
	list := filterDocs(docs, f)
	pause()
	list, folded := withoutCopies(list)
	pause()
	var groups []sourceGroup
	if len(list) > listPage {
		groups = groupBySource(list)
	}
	return listParts{docsGen: docsGen, filters: f, list: list, folded: folded, groups: groups}
}

// libraryPrebuilt holds a list made ahead of the library's render.
type libraryPrebuilt struct {
	mu    sync.Mutex
	parts *listParts
}

// put keeps p for the page to take.
func (c *libraryPrebuilt) put(p listParts) {
	c.mu.Lock()
	c.parts = &p
	c.mu.Unlock()
}

// take returns the list kept for generation docsGen and filters f, once;
// nil when none is.
func (c *libraryPrebuilt) take(docsGen int, f filters) *listParts {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.parts
	if p == nil || p.docsGen != docsGen || p.filters != f {
		return nil
	}
	c.parts = nil
	return p
}

// prebuildLibrary makes the library's list of the loaded documents, under
// the filters of the page's address, while the page can still draw between
// its steps, when the library is on screen: the loader calls it before the
// render that shows them (see prebuildPages).
func (d *dossier) prebuildLibrary() {
	if !onLibrary() {
		return
	}
	if st, _ := d.Status(); st != statusReady {
		return
	}
	docs, gen := d.DocsOf()
	search := strings.TrimPrefix(app.Window().Get("location").Get("search").String(), "?")
	q, _ := url.ParseQuery(search)
	d.library.put(makeList(docs, gen, filtersOf(q), pause))
}

// prebuildPages makes, between frames, what the page on screen would
// otherwise make in the render that shows the loaded documents: the
// timeline's model, or the library's list.
func (d *dossier) prebuildPages() {
	if onTimeline() {
		d.prebuildTimeline()
	}
	d.prebuildLibrary()
}

// onLibrary reports whether the library page is on screen.
func onLibrary() bool {
	return app.IsClient && appPath(app.Window().Get("location").Get("pathname").String()) == PathLibrary
}

// filtersOf reads the library's filters from its address's query.
func filtersOf(q url.Values) filters {
	return filters{From: q.Get("from"), To: q.Get("to"), Publisher: q.Get("pub"), ByDate: q.Get("sort") == "date"}
}

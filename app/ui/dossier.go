package ui

import (
	"sync"

	"github.com/dossierapp/dossier/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loadStatus is how far loading the articles has come.
type loadStatus uint8

// Load statuses, in the order they are reached.
const (
	statusIdle    loadStatus = iota // not asked for yet
	statusLoading                   // asked for, not there yet
	statusReady                     // the articles are there
	statusFailed                    // loading failed (dossier.Status says why)
)

func (s loadStatus) String() string {
	switch s {
	case statusLoading:
		return "loading"
	case statusReady:
		return "ready"
	case statusFailed:
		return "failed"
	}
	return "idle"
}

// dossier is the app's state and its one owner: the articles it shows (the
// bundled ones not hidden, then the reader's imported ones not hidden), the
// search index and the timeline's models, and how far loading has come.
// Components read it through its methods, and handlers change it through
// them; a change bumps the corpus generation, which they publish as
// go-app's stateCorpus so that every page observing it renders again (see
// publish). It is safe for concurrent use: go-app's handlers and the
// library worker's reports run on goroutines of their own.
type dossier struct {
	mu     sync.RWMutex
	asked  bool // the load action was asked for (Start)
	status loadStatus
	err    error
	gen    int
	docs   []doc
	byID   map[string]int // index in docs of each document's ID
	index  *search.Index
	// docsGen counts the changes of docs, indexGen is the docsGen index
	// was built for (see Reindex); indexed are the documents index holds,
	// in its order, and indexMu is held while it is built or extended
	// (dossier_index.go).
	docsGen, indexGen int
	indexed           []doc
	indexMu           sync.Mutex
	// The parts docs is made of (in the browser): the processed bundled
	// articles, the reader's imported entries (hidden ones included) and
	// their processed documents by ID, and the bundled articles the reader
	// hid. See userlib.go.
	bundleDocs []doc
	entries    []libRecord
	entryDocs  map[string]doc
	hidden     map[string]bool

	tpl      map[string]templated // pages cleaned again without their site's template lines, by ID
	lines    linesCache           // the template lines found of the pages (template_lines_kept.go)
	timeline timelineCache        // the timeline's clustering and prebuilt model
	library  libraryPrebuilt      // the library's list, made ahead of its render
	copies   copies               // the copies of one story among docs
	pre      preload              // what LoadBundled loaded before the first render
	kept     *keptValues          // what a large dossier keeps between visits (browser only)
	pace     pacer                // how long loops run before letting the page draw
	//lint:ignore U1000 the bridge exists in the browser only (import_bridge.go)
	bridge bridgeState // the library worker's reports
	shown  shownImport // the import page on screen, if any
	// queryURL is the query the library's URL takes once typing pauses.
	queryURL queryURL
	once     onces // things done once a page load
	// worker asks the library worker (libCall; tests give a fake).
	worker workerCall
	// progress, on a server still processing its articles, tells how many
	// are ready (see SetProgress).
	progress func() (done, total int)
	// processed of toProcess bundled articles are in bundleDocs (in the
	// browser, while the library worker processes them; SetProcessing).
	processed, toProcess int
}

// newDossier returns an empty dossier, nothing asked for yet.
func newDossier() *dossier {
	d := &dossier{byID: map[string]int{}, entryDocs: map[string]doc{}, hidden: map[string]bool{}, worker: libCall}
	if app.IsClient {
		d.kept = newKeptValues(openKeptDB, localLegacy{}, keptClustersName, keptCopiesName, keptLinesName)
		d.timeline.store = keptSlot{d.kept, keptClustersName}
		d.copies.store = keptSlot{d.kept, keptCopiesName}
		d.lines.store = keptSlot{d.kept, keptLinesName}
	}
	return d
}

// theDossier is the app's state (see dossier): the only package-level
// state of ui. Components take it when they are made (see Register).
var theDossier = newDossier()

// Docs returns the documents shown, in order. The slice is not changed
// afterwards (a change makes a new one), so callers may keep it.
func (d *dossier) Docs() []doc {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.docs
}

// DocsOf returns the documents shown and their generation, which changes
// only when they do (not when only the search index does, as Gen does):
// what the timeline's model is made of.
func (d *dossier) DocsOf() ([]doc, int) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.docs, d.docsGen
}

// Status returns how far loading has come, and why it failed.
func (d *dossier) Status() (loadStatus, error) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.status, d.err
}

// Gen returns the corpus generation: it changes whenever the articles do.
func (d *dossier) Gen() int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.gen
}

// Index returns the search index of the documents (nil before they load).
// It may be of an earlier set of documents while reindex works.
func (d *dossier) Index() *search.Index {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.index
}

// Doc returns the document with the given ID and its position in Docs.
func (d *dossier) Doc(id string) (doc, int, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if i, ok := d.byID[id]; ok {
		return d.docs[i], i, true
	}
	return doc{}, -1, false
}

// Search runs a query on the search index: the hits (at most opt.Limit)
// with the documents they are of, and how many documents match in all.
// Hits whose document is gone (the index is being rebuilt) are left out.
func (d *dossier) Search(q string, opt search.Options) ([]result, int) {
	res, n, _ := d.SearchIndex(q, opt)
	return res, n
}

// SearchIndex is Search that also returns the index searched (nil: none).
func (d *dossier) SearchIndex(q string, opt search.Options) ([]result, int, *search.Index) {
	d.mu.RLock()
	ix, docs, byID := d.index, d.docs, d.byID
	d.mu.RUnlock()
	if ix == nil {
		return nil, 0, nil
	}
	hits, matched := ix.SearchCount(q, opt)
	out := make([]result, 0, len(hits))
	for _, h := range hits {
		if i, ok := byID[h.ID]; ok {
			out = append(out, result{doc: docs[i], hit: h})
		}
	}
	return out, matched, ix
}

// Resolve returns results with the current version of each hit's
// document, leaving out hits whose document is gone.
func (d *dossier) Resolve(results []result) []result {
	d.mu.RLock()
	docs, byID := d.docs, d.byID
	d.mu.RUnlock()
	out := make([]result, 0, len(results))
	for _, r := range results {
		if i, ok := byID[r.hit.ID]; ok {
			r.doc = docs[i]
			out = append(out, r)
		}
	}
	return out
}

// DocsGen returns the documents' generation (see DocsOf).
func (d *dossier) DocsGen() int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.docsGen
}

// result is a search hit and its document.
type result struct {
	doc doc
	hit search.Hit
}

// Library returns the reader's imported entries (hidden ones included) and
// how many bundled articles they hid.
func (d *dossier) Library() ([]libRecord, int) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.entries, len(d.hidden)
}

// Start marks the load action as asked for; it reports whether it was not
// before (the caller then asks for it). The articles may be there already
// (LoadBundled loads them before the first render): the action then
// publishes them and loads the reader's own.
func (d *dossier) Start() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.asked {
		return false
	}
	d.asked = true
	if d.status == statusIdle {
		d.status = statusLoading
	}
	return true
}

// SetBundled puts the processed bundled articles in the dossier (err says
// why they could not be loaded), with the bundled articles the reader hid,
// and indexes them when they are few (smallDossier).
func (d *dossier) SetBundled(docs []doc, hidden map[string]bool, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err != nil {
		d.status, d.err = statusFailed, err
	} else {
		d.status, d.err, d.bundleDocs = statusReady, nil, docs
	}
	if hidden == nil {
		hidden = map[string]bool{}
	}
	d.hidden = hidden
	// A large dossier is indexed between frames afterwards (Reindex).
	d.compose(len(docs) <= smallDossier)
	d.gen++
}

// SetLibrary replaces the reader's imported entries and their documents by
// ID. The search index follows later (reindex): the list shows first. It
// reports false, changing nothing, when there were none and are none.
func (d *dossier) SetLibrary(entries []libRecord, docs map[string]doc, index bool) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(entries) == 0 && len(d.entries) == 0 {
		return false
	}
	if docs == nil {
		docs = map[string]doc{}
	}
	d.entries, d.entryDocs = entries, docs
	d.compose(index)
	d.gen++
	return true
}

// AddEntries adds imported entries and their documents by ID; the search
// index is rebuilt only when index is set (an import in progress rebuilds
// it at its end, see reindex).
func (d *dossier) AddEntries(entries []libRecord, docs map[string]doc, index bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.entries = append(append([]libRecord(nil), d.entries...), entries...)
	m := make(map[string]doc, len(d.entryDocs)+len(docs))
	for k, v := range d.entryDocs {
		m[k] = v
	}
	for k, v := range docs {
		m[k] = v
	}
	d.entryDocs = m
	d.compose(index)
	d.gen++
}

// RemoveEntry removes an imported entry.
func (d *dossier) RemoveEntry(id string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var rest []libRecord
	for _, x := range d.entries {
		if x.ID != id {
			rest = append(rest, x)
		}
	}
	d.entries = rest
	d.compose(true)
	d.gen++
}

// Hidden returns a copy of the set of bundled articles the reader hid.
func (d *dossier) Hidden() map[string]bool {
	d.mu.RLock()
	defer d.mu.RUnlock()
	m := make(map[string]bool, len(d.hidden))
	for k := range d.hidden {
		m[k] = true
	}
	return m
}

// SetHidden sets the bundled articles the reader hid.
func (d *dossier) SetHidden(hidden map[string]bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.hidden = hidden
	d.compose(true)
	d.gen++
}

// SetUserDate applies the reader's publication date for an article ("" to
// forget it), bundled or imported, so its relative dates resolve.
func (d *dossier) SetUserDate(id, date string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	docs := append([]doc(nil), d.bundleDocs...)
	for i := range docs {
		if docs[i].ID == id {
			docs[i].SetUserDate(date)
		}
	}
	d.bundleDocs = docs
	if e, ok := d.entryDocs[id]; ok {
		m := make(map[string]doc, len(d.entryDocs))
		for k, v := range d.entryDocs {
			m[k] = v
		}
		e.SetUserDate(date)
		m[id] = e
		d.entryDocs = m
	}
	d.compose(true) // search shows and filters by the date
	d.gen++
}

// Touch bumps the corpus generation and returns it (see publish).
func (d *dossier) Touch() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.gen++
	return d.gen
}

// EntryDocs returns the documents of the imported entries by ID, to reuse
// when the library is read again.
func (d *dossier) EntryDocs() map[string]doc {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.entryDocs
}

// compose makes docs from its parts, and the search index when index is
// set; d.mu is held.
func (d *dossier) compose(index bool) {
	docs := d.composedList(d.bundleDocs)
	// The dossier is one: a page that holds a line its site repeats on
	// other pages is shown cleaned again without it (dossier_templates.go).
	d.withTemplated(docs)
	var ix *search.Index
	if index {
		ix = buildIndex(docs)
	}
	d.install(docs, ix)
}

// composedList is the list of documents the dossier shows with bundle as
// its bundled articles: those the reader did not hide, then the reader's
// own; d.mu is held (read).
func (d *dossier) composedList(bundle []doc) []doc {
	docs := make([]doc, 0, len(bundle)+len(d.entries))
	for _, x := range bundle {
		if !d.hidden[x.ID] {
			docs = append(docs, x)
		}
	}
	var bundled map[string]bool
	if len(d.entries) > 0 {
		bundled = make(map[string]bool, len(bundle))
		for _, x := range bundle {
			bundled[x.ID] = true
		}
	}
	for _, e := range d.entries {
		// An imported file that is also bundled has the bundled one's ID
		// (app/ingest): it is listed once.
		if x, ok := d.entryDocs[e.ID]; ok && !e.Hidden && !bundled[e.ID] {
			docs = append(docs, x)
		}
	}
	return docs
}

// install makes docs the documents shown, and index, when not nil, their
// search index; d.mu is held.
func (d *dossier) install(docs []doc, index *search.Index) {
	d.docs = docs
	d.byID = make(map[string]int, len(docs))
	for i, x := range docs {
		d.byID[x.ID] = i
	}
	d.findCopies(docs)
	d.docsGen++
	if index != nil {
		d.index, d.indexed = index, docs
		d.indexGen = d.docsGen
	}
}

// loadStatusUI is what a page shows while the articles are not there: the
// loading message, or why loading failed; nil once they are.
func loadStatusUI(d *dossier, loading string) app.UI {
	switch st, err := d.Status(); st {
	case statusReady:
		return nil
	case statusFailed:
		return app.P().Class("error").Attr("role", "alert").Text(err.Error())
	}
	return app.P().Class("status").Attr("role", "status").Text(d.LoadingText(loading))
}

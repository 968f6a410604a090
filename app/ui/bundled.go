package ui

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/dossierapp/dossier/app/workerproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageGet reads a JSON value from browser storage, as
// app.BrowserStorage.Get does.
type storageGet func(key string, v any) error

// bundled is the dossier's own articles as the browser loaded them, with
// the reader's settings that shape the list.
type bundled struct {
	docs      []doc
	err       error
	userDates map[string]string
	hidden    map[string]bool
	ms        int64 // time to fetch and process them
	// more brings the rest of the documents when docs is not all of them
	// (a large dossier, see loadBundled), else it is nil.
	more chan bundleProgress
	// total is how many articles the bundle has.
	total int
	// url is the bundle's, as the worker read it.
	url string
	// copies are the server's copies of docs, when it sent them (nil).
	copies []int
}

// LoadBundled loads and processes the bundled articles in the browser
// before the app's first render (the wasm main calls it before
// app.RunWhenOnBrowser). The prerendered page, which shows the same list or
// article, stays on screen meanwhile, and the app's first render then shows
// the articles rather than a "Loading…" line that would replace them.
func LoadBundled() {
	if !app.IsClient {
		return
	}
	relaxGCForLoad()
	// Go's start (the runtime, every package's init) has had this task:
	// the rest of the load begins in a task of its own.
	yieldToBrowser()
	// The values kept from the last visit are read meanwhile.
	theDossier.kept.begin()
	var recs <-chan userRecords
	if ImportEnabled {
		// The library worker boots and reads the reader's own articles in
		// its own thread meanwhile. Its reports go nowhere until
		// handleLoadCorpus binds them.
		startBridge(staticResource(asset("/web/import-worker.js")), func(importEvent) {})
		recs = fetchUserRecords()
	}
	markPhase("load-start")
	b := loadBundled(staticResource, localGet)
	markPhase("first-docs")
	// Each step from here on is a task of its own: with ten thousand
	// articles each takes tens of milliseconds and the garbage collector's
	// share, and in one task they held the page's thread ~350 ms.
	yieldToBrowser()
	d := theDossier
	if b.copies != nil && b.more == nil {
		d.KeepCopies(b.docs, b.copies)
	}
	d.WarmCopyKeys(b.docs, pause)
	markPhase("copy-keys-warm")
	yieldToBrowser()
	d.SetBundled(b.docs, b.hidden, b.err)
	markPhase("set-bundled")
	yieldToBrowser()
	d.SetProcessing(len(b.docs), b.total)
	if b.more == nil && b.err == nil {
		// All there: the pages their site's template lines touch are
		// cleaned again now, so that the first render shows them as
		// they stay (a change after it would make the timeline again).
		d.ApplyTemplates(d.worker)
		markPhase("templates-applied")
		yieldToBrowser()
		// A large dossier that came whole without stories kept (the
		// server's values on a first visit): the worker has the
		// server's stories, or clusters them off this thread.
		if !keptFor(d.timeline.store, docsKey(b.docs)) {
			d.askStories(bundleProgress{docs: b.docs, done: len(b.docs), total: b.total, url: b.url})
		}
	}
	d.pre.put(&b, recs)
	if onTimeline() {
		d.prebuildTimeline()
		markPhase("prebuilt")
	}
	if onLibrary() {
		d.prebuildLibrary()
		markPhase("library-listed")
	}
	// The first render, which follows, runs in a task of its own.
	markPhase("loaded")
	yieldToBrowser()
}

// loadBundled has the library worker read and process the articles bundle
// (resolve makes its URL; see feedBundle). It returns once they are all there or, in a large dossier, once
// firstRenderWait has passed with some of them there: more then says how
// the rest arrive.
func loadBundled(resolve func(string) string, get storageGet) bundled {
	start := time.Now()
	var b bundled
	url := resolve(asset(BundlePath))
	b.url = url
	b.userDates = loadUserDates(get)
	b.hidden = loadHidden(get)
	feed := make(chan bundleProgress, 64)
	go feedBundle(theDossier.worker, url, b.userDates, feed)
	var first bundleProgress
	first, b.more = awaitFirstRender(feed, time.After(firstRenderWait), time.After(firstRenderLimit), func(p bundleProgress) bool {
		return finishesBy(p, time.Now(), start.Add(firstRenderSoon))
	})
	b.docs, b.total, b.copies = first.docs, first.total, first.copies
	if first.err != nil && len(first.docs) == 0 {
		b.err = first.err
	} else if first.err != nil {
		app.Log(first.err)
	}
	b.ms = time.Since(start).Milliseconds()
	return b
}

// firstRenderWait is how long the page waits for the articles of a large
// dossier (over smallDossier) before the app's first render shows those
// that are processed, as long as there are firstRenderMin of them (a
// worker compiling its code on a first visit may have made one); after
// firstRenderLimit any will do. The prerendered page is on screen
// meanwhile. A small dossier is shown whole.
//
// firstRenderSoon: a large dossier whose articles all arrive by then
// after the start, at the rate they come, is shown whole (see
// awaitFirstRender).
const (
	firstRenderSoon  = 3000 * time.Millisecond
	firstRenderWait  = 1200 * time.Millisecond
	firstRenderLimit = 4 * time.Second
	firstRenderMin   = 100
	smallDossier     = 200
)

// awaitFirstRender reads feed until every article is there, or (a large
// dossier) until wait has fired and firstRenderMin are, or limit has fired
// and some are: it returns the progress so far, and feed when more are to
// come (nil when they are all there). Before limit, while soon says the
// rest will be there by then (a repeat visit, whose articles the worker
// kept processed, arrives in a second or two), it waits for them: one
// render of them all costs the page less than a render of some and another
// of all. Progress with every article there is returned as all there is
// (more nil), whichever timer fired meanwhile: the feed sends nothing after
// it, and a follower given it would finish with no documents.
func awaitFirstRender(feed chan bundleProgress, wait, limit <-chan time.Time, soon func(bundleProgress) bool) (last bundleProgress, more chan bundleProgress) {
	need := -1 // documents enough to show a large dossier; -1 until wait fires
	ready := func() bool {
		if need < 0 || len(last.docs) == 0 || len(last.docs) < need || last.err != nil || last.total <= smallDossier {
			return false
		}
		return limit == nil || soon == nil || !soon(last)
	}
	for {
		select {
		case p, ok := <-feed:
			if !ok {
				return last, nil
			}
			last = p
			if p.err == nil && p.total > 0 && p.done >= p.total {
				return last, nil
			}
		case <-wait:
			wait = nil
			if need < 0 {
				need = firstRenderMin
			}
		case <-limit:
			limit = nil
			need = 1
		}
		if ready() {
			return last, feed
		}
	}
}

// finishesBy reports whether the rest of the bundle will be there by
// deadline, at the rate the answers came since the first (the worker's
// start and its reading of the bundle come before it). With one answer
// only, a full one (workerproto.MaxChunk articles) says the worker kept
// the values, and the rest comes as fast.
func finishesBy(p bundleProgress, now, deadline time.Time) bool {
	switch {
	case p.total <= 0 || p.first.IsZero():
		return false
	case p.done >= p.total:
		return true
	case p.done == p.firstDone:
		return p.done >= workerproto.MaxChunk && now.Before(deadline)
	}
	left := time.Duration(p.total-p.done) * now.Sub(p.first) / time.Duration(p.done-p.firstDone)
	return !now.Add(left).After(deadline)
}

// staticResource resolves a /web/ path as go-app's context does
// (ctx.ResolveStaticResource), for use before the app has started.
func staticResource(path string) string {
	if !strings.HasPrefix(path, "/web/") {
		return path
	}
	return app.Getenv("GOAPP_STATIC_RESOURCES_URL") + "/" + strings.TrimPrefix(path, "/web/")
}

// localGet reads key from the browser's local storage as go-app's
// ctx.LocalStorage().Get does (JSON), for use before the app has started.
func localGet(key string, v any) error {
	item := app.Window().Get("localStorage").Call("getItem", key)
	if item.IsNull() || item.IsUndefined() {
		return nil
	}
	return json.Unmarshal([]byte(item.String()), v)
}

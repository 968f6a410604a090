package ui

import (
	"fmt"
	"github.com/dossierapp/dossier/app/article"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// State and action names.
const (
	// stateCorpus holds the corpus generation: it changes whenever the
	// articles change, so observers re-render.
	stateCorpus      = "corpus-generation"
	actionLoadCorpus = "load-corpus"
	// BundlePath is where the bundled articles are served, under /web so
	// that static resource resolution (base paths) applies to it.
	BundlePath = "/web/articles.json"
	// SpinTablePath is where the spun-text repair table is served: it is
	// left out of the wasm and fetched (and cached offline) with the articles.
	SpinTablePath = "/web/spin-table.dat"
	// BoilerModelPath is where the learned boilerplate classifier's model
	// (app/boiler) is served: like the spin table, it is left out of the
	// wasm and fetched (and cached offline) with the articles.
	BoilerModelPath = "/web/boiler-model.bin"
)

// store is the articles the app shows. On the server it is set once for
// prerendering; in the browser it is loaded from BundlePath.
var store = struct {
	sync.RWMutex
	loaded  bool
	loading bool
	started bool // handleLoadCorpus has been asked for
	err     string
	docs    []doc
	index   *search.Index
	gen     int
	// docsGen counts the changes of docs, indexGen is the docsGen index
	// was built for (see reindexLater).
	docsGen, indexGen int
	// The parts docs is made of (in the browser): the processed bundled
	// articles, the reader's imported entries (hidden ones included) and
	// their processed documents by ID, and the bundled articles the reader
	// hid. See userlib.go.
	bundleDocs []doc
	entries    []libRecord
	entryDocs  map[string]doc
	hidden     map[string]bool
}{}

// SetBundle gives the server's copy of the articles to the prerenderer.
func SetBundle(b corpus.Bundle) {
	store.Lock()
	defer store.Unlock()
	store.bundleDocs = process(b.Articles, nil)
	store.docs = article.WithTemplates(store.bundleDocs)
	store.index = buildIndex(store.docs)
	store.loaded = true
	store.gen++
}

// documents returns the loaded documents, whether loading is done, and the
// loading error if any.
func documents() ([]doc, bool, string) {
	store.RLock()
	defer store.RUnlock()
	return store.docs, store.loaded, store.err
}

// searchIndex returns the search index of the loaded documents (nil before).
func searchIndex() *search.Index {
	store.RLock()
	defer store.RUnlock()
	return store.index
}

// findDoc returns the document with the given ID and its index.
func findDoc(id string) (doc, int, bool) {
	docs, _, _ := documents()
	for i, d := range docs {
		if d.ID == id {
			return d, i, true
		}
	}
	return doc{}, -1, false
}

// ensureCorpus starts loading the articles once, in the browser.
func ensureCorpus(ctx app.Context) {
	if !app.IsClient {
		return
	}
	store.Lock()
	start := !store.started
	if start {
		store.started = true
		store.loading = true
	}
	store.Unlock()
	if start {
		ctx.NewAction(actionLoadCorpus)
	}
}

// handleLoadCorpus publishes the bundled articles (loaded before the first
// render by LoadBundled, or now), then the reader's own.
func handleLoadCorpus(ctx app.Context, _ app.Action) {
	ctx.Async(func() {
		var userRecs <-chan userRecords
		if ImportEnabled {
			// The library worker boots and reads the reader's library in
			// its own thread meanwhile.
			startBridge(ctx.ResolveStaticResource(asset("/web/import-worker.js")), func(ev importEvent) { onImportEvent(ctx, ev) })
			if userRecs = takeUserRecords(); userRecs == nil {
				userRecs = fetchUserRecords()
			}
		}
		b := takeBundled()
		// Preloaded, the articles were in the store before the first
		// render: the pages show them already, and a new generation would
		// only render every page again.
		preloaded := b != nil
		if b == nil {
			nb := loadBundled(ctx.ResolveStaticResource, ctx.LocalStorage().Get)
			b = &nb
			store.Lock()
			b.applyLocked()
			store.Unlock()
		}
		store.Lock()
		store.loading = false
		if !preloaded {
			store.gen++
		}
		gen := store.gen
		store.Unlock()
		userDates, loadMS := b.userDates, b.ms
		// The reader's own articles come from IndexedDB through the import
		// worker, after the bundled ones are on screen: the first render
		// never waits for the worker to start.
		defer func() {
			if !ImportEnabled {
				return
			}
			t0 := time.Now()
			lib := loadUserLibrary(<-userRecs, userDates, nil)
			if lib.err != nil {
				app.Log("your imported articles could not be loaded:", lib.err)
			}
			store.Lock()
			// No imported articles, and none before: nothing changes, and
			// nothing is rendered again.
			same := lib.err == nil && len(lib.entries) == 0 && len(store.entries) == 0
			if !same {
				store.entries, store.entryDocs = lib.entries, lib.docs
				// The list shows first; the search index follows (reindexLater).
				composeLocked(false)
				store.gen++
			}
			gen := store.gen
			store.Unlock()
			libMS := time.Since(t0).Milliseconds()
			ctx.Dispatch(func(ctx app.Context) {
				if !same {
					ctx.SetState(stateCorpus, gen)
				}
				ctx.Defer(func(app.Context) {
					root := app.Window().Get("document").Get("documentElement")
					root.Call("setAttribute", "data-dossier-library-ms", strconv.FormatInt(libMS, 10))
					root.Call("setAttribute", "data-dossier-library", "1")
				})
			})
			if !same {
				reindexLater(ctx)
				cacheDocs(lib.fresh)
			}
		}()
		ctx.Dispatch(func(ctx app.Context) {
			if !preloaded {
				ctx.SetState(stateCorpus, gen)
			}
			// Tell tests and tools that the app, not the prerendered page,
			// is now showing the articles.
			ctx.Defer(func(app.Context) {
				root := app.Window().Get("document").Get("documentElement")
				root.Call("setAttribute", "data-dossier-load-ms", strconv.FormatInt(loadMS, 10))
				root.Call("setAttribute", "data-dossier-clean-ms", strconv.FormatFloat(float64(cleanTime.Microseconds())/1000, 'f', 1, 64))
				root.Call("setAttribute", "data-dossier-ready", "1")
			})
		})
	})
}

// fetchBundle fetches and decodes the bundled articles.
func fetchBundle(url string) (corpus.Bundle, error) {
	text, err := fetchText(url)
	if err != nil {
		return corpus.Bundle{}, fmt.Errorf("loading articles: %w", err)
	}
	return corpus.Unmarshal([]byte(text))
}

// truncate shortens s to at most n runes, at a word boundary when it can.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

package ui

import (
	"strconv"
	"strings"
	"time"

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
	// left out of the wasm; the library worker fetches it (cached offline).
	SpinTablePath = "/web/spin-table.dat"
	// PrebuiltPath is where the server serves the bundled articles as it
	// processed them, for a first visit's worker (workerproto.PackPrebuilt).
	PrebuiltPath = "/web/articles-values.bin"
	// BoilerModelPath is where the learned boilerplate classifier's model
	// (app/boiler) is served: like the spin table, it is left out of the
	// wasm and the library worker fetches it (cached offline).
	BoilerModelPath = "/web/boiler-model.bin"
)

// ensureCorpus starts loading the articles once, in the browser.
func ensureCorpus(ctx app.Context) {
	if app.IsClient && theDossier.Start() {
		ctx.NewAction(actionLoadCorpus)
	}
}

// handleLoadCorpus publishes the bundled articles (loaded before the first
// render by LoadBundled, or now), then the reader's own: the library
// worker boots and reads them in its own thread meanwhile, and they follow
// once the bundled ones are on screen, so the first render never waits for
// the worker.
func handleLoadCorpus(ctx app.Context, _ app.Action) {
	ctx.Async(func() {
		d := theDossier
		var userRecs <-chan userRecords
		if ImportEnabled {
			startBridge(ctx.ResolveStaticResource(asset("/web/import-worker.js")), func(ev importEvent) { onImportEvent(ctx, ev) })
			if userRecs = d.pre.takeUserRecords(); userRecs == nil {
				userRecs = fetchUserRecords()
			}
		}
		// Preloaded, the articles were in the dossier before the first
		// render: the pages show them already, and a new generation would
		// only render every page again.
		b := d.pre.takeBundled()
		preloaded := b != nil
		if !preloaded {
			nb := loadBundled(ctx.ResolveStaticResource, ctx.LocalStorage().Get)
			b = &nb
			d.WarmCopyKeys(b.docs, pause)
			d.SetBundled(b.docs, b.hidden, b.err)
		}
		if !preloaded {
			d.SetProcessing(len(b.docs), b.total)
		}
		if b.more != nil {
			ctx.Async(func() { followBundle(ctx, b.more) })
		}
		gen := d.Gen()
		markPhase("corpus-loaded")
		ctx.Dispatch(func(ctx app.Context) {
			if !preloaded {
				ctx.SetState(stateCorpus, gen)
			}
			// Tell tests and tools that the app, not the prerendered page,
			// is now showing the articles.
			markRoot(ctx,
				"data-dossier-load-ms", strconv.FormatInt(b.ms, 10),
				"data-dossier-ready", "1")
		})
		if ImportEnabled {
			loadLibrary(ctx, <-userRecs, b.userDates)
		}
		if b.more == nil {
			// The pages their site's template lines touch are cleaned
			// again, and a large dossier is indexed, between frames: then
			// every article is processed and searchable.
			reindexLater(ctx)
			ctx.Dispatch(func(ctx app.Context) {
				markRoot(ctx, "data-dossier-processed", "1")
				ctx.Defer(func(app.Context) { markPhase("processed"); loadDone() })
			})
		}
	})
}

// loadLibrary processes and shows the reader's imported articles, as the
// library worker read them.
func loadLibrary(ctx app.Context, recs userRecords, userDates map[string]string) {
	d := theDossier
	t0 := time.Now()
	lib := loadUserLibrary(recs, userDates, nil)
	if lib.err != nil {
		app.Log("your imported articles could not be loaded:", lib.err)
	}
	// No imported articles, and none before: nothing changes, and nothing
	// is rendered again. The list shows first; the search index follows.
	changed := d.SetLibrary(lib.entries, lib.docs, false)
	gen := d.Gen()
	libMS := time.Since(t0).Milliseconds()
	ctx.Dispatch(func(ctx app.Context) {
		if changed {
			ctx.SetState(stateCorpus, gen)
		}
		markRoot(ctx, "data-dossier-library-ms", strconv.FormatInt(libMS, 10), "data-dossier-library", "1")
	})
	if changed {
		reindexLater(ctx)
	}
}

// markRoot sets attributes of <html> (name, value, name, value…), in
// order, once the update under way is rendered: the hooks tests and tools
// wait for.
func markRoot(ctx app.Context, attrs ...string) {
	ctx.Defer(func(app.Context) {
		root := app.Window().Get("document").Get("documentElement")
		for i := 0; i+1 < len(attrs); i += 2 {
			root.Call("setAttribute", attrs[i], attrs[i+1])
		}
	})
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

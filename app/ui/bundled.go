package ui

import (
	"encoding/json"
	"github.com/dossierapp/dossier/app/boiler"
	"strings"
	"time"

	"github.com/dossierapp/dossier/app/clean"
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
	var recs <-chan userRecords
	if ImportEnabled {
		// The library worker boots and reads the reader's own articles in
		// its own thread meanwhile. Its reports go nowhere until
		// handleLoadCorpus binds them.
		startBridge(staticResource(asset("/web/import-worker.js")), func(importEvent) {})
		recs = fetchUserRecords()
	}
	b := loadBundled(staticResource, localGet)
	d := theDossier
	d.SetBundled(b.docs, b.hidden, b.err)
	d.pre.put(&b, recs)
	if appPath(app.Window().Get("location").Get("pathname").String()) == PathTimeline {
		d.prebuildTimeline()
	}
	// The first render, which follows, runs in a task of its own.
	yieldToBrowser()
}

// loadBundled fetches the spin table and the articles bundle (resolve makes
// their URLs) and processes the articles.
func loadBundled(resolve func(string) string, get storageGet) bundled {
	if table, err := fetchText(resolve(asset(SpinTablePath))); err == nil {
		clean.SetSpinTable(table)
	} else {
		app.Log("spun-text repair is off:", err)
	}
	if model, err := fetchBytes(resolve(asset(BoilerModelPath))); err != nil {
		app.Log("the learned cleanup is off:", err)
	} else if err := boiler.SetModel(model); err != nil {
		app.Log("the learned cleanup is off:", BoilerModelPath+":", err)
	}
	start := time.Now()
	var b bundled
	bundle, err := fetchBundle(resolve(asset(BundlePath)))
	b.userDates = loadUserDates(get)
	if err == nil {
		b.docs = process(bundle.Articles, b.userDates)
	}
	b.err = err
	b.hidden = loadHidden(get)
	b.ms = time.Since(start).Milliseconds()
	return b
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

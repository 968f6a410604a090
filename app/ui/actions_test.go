//go:build !wasm

package ui

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ctxProbe is a component that hands out the context go-app gives it, so
// that tests can run the handlers that take one (natively go-app calls
// OnPreRender, not OnMount).
type ctxProbe struct {
	app.Compo
	ctx app.Context
}

func (p *ctxProbe) OnPreRender(ctx app.Context) { p.ctx = ctx }
func (p *ctxProbe) Render() app.UI              { return app.Div() }

// testCtx returns a live go-app context and its engine, whose ConsumeAll
// runs what was dispatched (state observers, updates, goroutines).
func testCtx(t *testing.T) (app.Context, app.TestEngine) {
	t.Helper()
	e := app.NewTestEngine()
	p := &ctxProbe{}
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return p.ctx, e
}

// TestLibraryPageFollowsState: mounted, the library page searches when the
// query state changes, and again when the articles do.
func TestLibraryPageFollowsState(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	ctx, e := testCtx(t)
	p := newLibraryPage()
	p.OnMount(ctx)
	word := longestWord(docs[0].DisplayTitle())
	ctx.SetState(stateQuery, word)
	e.ConsumeAll()
	if p.query != word || p.found.query != word || len(p.found.results) == 0 {
		t.Fatalf("after the query %q: page query %q, searched %q, %d results", word, p.query, p.found.query, len(p.found.results))
	}
	d.SetHidden(map[string]bool{docs[0].ID: true})
	publish(ctx)
	e.ConsumeAll()
	for _, r := range p.found.results {
		if r.doc.ID == docs[0].ID {
			t.Error("the search was not run again when the articles changed")
		}
	}
}

// TestLoadCorpus: the load action publishes the bundled articles LoadBundled
// loaded, then the reader's imported ones from the library worker's answer,
// and indexes them.
func TestLoadCorpus(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	ctx, e := testCtx(t)
	var gen int
	ctx.ObserveState(stateCorpus, &gen)
	d.Start()
	b := bundled{docs: docs, hidden: map[string]bool{}, userDates: map[string]string{}}
	d.SetBundled(b.docs, b.hidden, nil)
	rec, _ := importedDoc("imp-load", "okapi.txt", "Okapi sighting\n\nAn okapi was filmed in the Ituri forest last week.")
	recs := make(chan userRecords, 1)
	recs <- userRecords{entries: []libRecord{rec}}
	d.pre.put(&b, recs)
	handleLoadCorpus(ctx, app.Action{})
	e.ConsumeAll()
	if _, _, ok := d.Doc("imp-load"); !ok || len(d.Docs()) != len(docs)+1 {
		t.Fatalf("after loading: %d docs, imported one listed: %v", len(d.Docs()), ok)
	}
	if gen == 0 {
		t.Error("the imported articles were not published")
	}
	if res, _ := d.Search("okapi", search.Options{Limit: 5}); len(res) != 1 {
		t.Errorf("the imported article is not indexed: %d results", len(res))
	}
	if d.pre.takeBundled() != nil || d.pre.takeUserRecords() != nil {
		t.Error("what LoadBundled loaded was not taken once")
	}
}

// TestLibraryActions: hiding a bundled article (kept in browser storage),
// restoring them, a date the reader sets, and imported entries arriving
// change the dossier and publish a new generation.
func TestLibraryActions(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	ctx, e := testCtx(t)
	var gen int
	ctx.ObserveState(stateCorpus, &gen)

	if err := setBundledHidden(ctx, docs[0].ID); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if _, _, ok := d.Doc(docs[0].ID); ok || gen != d.Gen() {
		t.Errorf("hidden article listed %v; published gen %d of %d", ok, gen, d.Gen())
	}
	if h := loadHidden(ctx.LocalStorage().Get); !h[docs[0].ID] || len(h) != 1 {
		t.Errorf("stored hidden set %v", h)
	}
	if err := setBundledHidden(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if len(d.Docs()) != len(docs) || len(loadHidden(ctx.LocalStorage().Get)) != 0 {
		t.Error("restoring did not show every bundled article")
	}

	if err := saveUserDate(ctx, docs[1].ID, "2019-07-08"); err != nil {
		t.Fatal(err)
	}
	if x, _, _ := d.Doc(docs[1].ID); x.UserDate != "2019-07-08" || loadUserDates(ctx.LocalStorage().Get)[docs[1].ID] != "2019-07-08" {
		t.Errorf("the date was not applied or kept: %q", x.UserDate)
	}
	if err := saveUserDate(ctx, docs[1].ID, ""); err != nil {
		t.Fatal(err)
	}
	if _, ok := loadUserDates(ctx.LocalStorage().Get)[docs[1].ID]; ok {
		t.Error("the date was not forgotten")
	}

	rec, _ := importedDoc("imp-a", "zanzibar.txt", "Zanzibar ferry\n\nThe ferry to Zanzibar leaves at noon.")
	rec2, _ := importedDoc("imp-b", "okapi.txt", "Okapi sighting\n\nAn okapi was filmed in the Ituri forest.")
	addRecords(ctx, []libRecord{rec}, true)
	if _, _, ok := d.Doc("imp-a"); !ok {
		t.Fatal("an added record is not listed")
	}
	// an import's report: its batch is listed, the end indexes it, and
	// the import page on screen shows the progress
	page := newImportPage()
	d.shown.set(page, ctx)
	onImportEvent(ctx, importEvent{Done: 1, Total: 2, Added: []libRecord{rec2}, Dups: []string{"again.txt"}, Errors: []string{"bad.pdf: not a text file"}})
	e.ConsumeAll()
	if !page.busy || page.done != 1 || page.added != 1 || page.status != "Importing 1 of 2…" || len(page.dups) != 1 || len(page.errs) != 1 {
		t.Errorf("progress: %+v", page)
	}
	if out := text(render(page)); !strings.Contains(out, `id="import-progress"`) || !strings.Contains(out, "again.txt") || !strings.Contains(out, "bad.pdf: not a text file") {
		t.Errorf("the import page does not show the progress: %s", out)
	}
	onImportEvent(ctx, importEvent{Done: 2, Total: 2, End: true, Quota: true})
	e.ConsumeAll()
	if page.busy || page.status != "Done: 1 imported." || !strings.Contains(strings.Join(page.errs, " "), "storage for Dossier is full") {
		t.Errorf("end: %+v", page)
	}
	if res, _ := d.Search("okapi", search.Options{Limit: 5}); len(res) != 1 {
		t.Error("the import's end did not index its articles")
	}
	onImportEvent(ctx, importEvent{End: true, Cancelled: true})
	e.ConsumeAll()
	if page.status != "Cancelled: 1 imported." {
		t.Errorf("cancelled: %q", page.status)
	}
	d.shown.clear(page)
	if p, _ := d.shown.get(); p != nil {
		t.Error("the import page is still on screen")
	}

	// natively there is no library worker: the calls say so, and nothing changes
	n := len(d.Docs())
	if _, err := removeEntry(ctx, "imp-a"); err == nil {
		t.Error("removeEntry without a library worker succeeded")
	}
	if err := clearEntries(ctx); err == nil || len(d.Docs()) != n {
		t.Errorf("clearEntries without a library worker: %v, %d docs of %d", err, len(d.Docs()), n)
	}
	onImportEvent(ctx, importEvent{Changed: true}) // reading the library again fails: nothing changes
	if len(d.Docs()) != n {
		t.Error("a failed reload changed the dossier")
	}
}

// TestUserLibrary: imported records are decoded from the value the
// library worker made; one whose value does not decode is asked for again
// ("process"), and one the worker cannot process is left out; records
// whose content is unchanged are reused from the last reading.
func TestUserLibrary(t *testing.T) {
	d := useDossier(t)
	f := &fakeWorker{entries: map[string]libRecord{}}
	d.worker = f.call
	const text = "Zanzibar ferry\n\nThe ferry to Zanzibar leaves at noon."
	stale, _ := importedDoc("imp-f", "fresh.txt", text)
	stale.Text = text
	f.entries[stale.ID] = stale
	stale.Cached, stale.Text = "an old version's value", ""
	cachedRec, cachedDoc := importedDoc("imp-c", "cached.txt", "Okapi sighting\n\nAn okapi was filmed in the Ituri forest.")
	gone := libRecord{ID: "imp-g", Name: "gone.txt", Hash: "h-g", Cached: "damaged"}
	lib := loadUserLibrary(userRecords{entries: []libRecord{stale, cachedRec, gone}}, map[string]string{"imp-f": "2020-01-02"}, nil)
	if lib.err != nil || len(lib.docs) != 2 || f.calls != 2 {
		t.Fatalf("loaded %d docs with %d requests, err %v; want 2 docs, 2 requests (the stale one and the gone one)", len(lib.docs), f.calls, lib.err)
	}
	if lib.docs["imp-c"].DisplayTitle() != cachedDoc.DisplayTitle() || lib.docs["imp-f"].UserDate != "2020-01-02" || lib.docs["imp-f"].DisplayTitle() != "Zanzibar ferry" {
		t.Errorf("decoded %q and %q, user date %q", lib.docs["imp-c"].DisplayTitle(), lib.docs["imp-f"].DisplayTitle(), lib.docs["imp-f"].UserDate)
	}
	if len(lib.entries) != 3 {
		t.Errorf("%d entries kept, want 3 (the one not shown is kept)", len(lib.entries))
	}
	again := loadUserLibrary(userRecords{entries: []libRecord{stale}}, nil, lib.docs)
	if f.calls != 2 || again.docs["imp-f"].ID != "imp-f" {
		t.Errorf("an unchanged record was asked for again (%d requests)", f.calls)
	}
	failed := loadUserLibrary(userRecords{err: errors.New("the library is not available")}, nil, nil)
	if failed.err == nil || len(failed.docs) != 0 {
		t.Error("a failed reading gave documents")
	}
}

// TestExportCleaned: the shown articles export as JSON (one object each)
// and as Markdown (a section each).
func TestExportCleaned(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	var list []struct{ ID, Title, Text string }
	if err := json.Unmarshal(exportCleaned(true), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != len(docs) || list[0].ID != docs[0].ID || list[0].Title != docs[0].DisplayTitle() || list[0].Text == "" {
		t.Errorf("JSON export: %d articles, first %+v", len(list), list[0].ID)
	}
	md := string(exportCleaned(false))
	if strings.Count(md, "\n---\n") != len(docs)-1 || !strings.HasPrefix(md, "# "+docs[0].DisplayTitle()+"\n") {
		t.Errorf("Markdown export: %.200s", md)
	}
}

// TestSmallParts: the parts of the state that are not articles.
func TestSmallParts(t *testing.T) {
	var o onces
	if o.rootPrefix() != "" {
		t.Error("a root prefix without one")
	}
	if link("/a/x") != "/a/x" || appPath("/") != "/" || appPath("/timeline") != "/timeline" || !strings.HasPrefix(asset("/web/x.css"), "/web/x.css?v=") {
		t.Error("paths")
	}
	if staticResource("/web/x.css") != "/x.css" || staticResource("/other") != "/other" {
		t.Errorf("staticResource: %q", staticResource("/web/x.css"))
	}
	s := &settingsControls{s: readingSettings{Theme: "dark", Scale: 1.5}}
	s.resize(scaleStep)(app.Context{}, app.Event{})
	s.resize(scaleStep)(app.Context{}, app.Event{})
	if s.s.Scale != maxScale {
		t.Errorf("text size %v, want at most %v", s.s.Scale, maxScale)
	}
	if out := render(s); !strings.Contains(out, `value="dark" selected`) && !strings.Contains(out, `selected value="dark"`) {
		t.Errorf("settings: %s", out)
	}
	u := &updateNotice{}
	if out := render(u); !strings.Contains(out, "hidden") {
		t.Errorf("no update: %s", out)
	}
	u.available = true
	if out := render(u); !strings.Contains(out, "A new version of Dossier is ready.") {
		t.Errorf("update: %s", out)
	}
	if updateSignalled() {
		t.Error("an update signalled on the server")
	}
}

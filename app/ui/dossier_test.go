//go:build !wasm

package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// seedDocs are the seed articles, processed.
func seedDocs(t *testing.T) []doc {
	t.Helper()
	return process(seedArticles(t), nil)
}

// importedDoc makes an imported entry of text and its document.
func importedDoc(id, name, text string) (libRecord, doc) {
	d := processOne(corpus.Article{ID: id, Source: name, Name: name, Size: len(text), Text: text}, "")
	d.Hash = "h-" + id
	// As the library worker sends it: with its value, without its text.
	return libRecord{ID: id, Name: name, Kind: "txt", Hash: d.Hash, Cached: string(encodeDoc(d)), Size: len(text)}, d
}

// ids lists the IDs of docs.
func ids(docs []doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}

// TestDossierStatus: the load status goes idle, loading (asked once),
// then ready or failed with its reason; each change of the articles makes
// a new generation.
func TestDossierStatus(t *testing.T) {
	d := newDossier()
	if st, err := d.Status(); st != statusIdle || err != nil {
		t.Fatalf("new: %v %v", st, err)
	}
	if !d.Start() {
		t.Fatal("the first Start did not ask for loading")
	}
	if d.Start() {
		t.Error("a second Start asked for loading again")
	}
	if st, _ := d.Status(); st != statusLoading {
		t.Fatalf("after Start: %v", st)
	}
	g := d.Gen()
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	if st, err := d.Status(); st != statusReady || err != nil {
		t.Fatalf("after SetBundled: %v %v", st, err)
	}
	if d.Gen() == g || len(d.Docs()) != len(docs) || d.Index() == nil {
		t.Errorf("after SetBundled: gen %d (was %d), %d docs of %d, index %v", d.Gen(), g, len(d.Docs()), len(docs), d.Index() != nil)
	}
	if got := app.HTMLString(loadStatusUI(d, "Loading…")); got != "" {
		t.Errorf("ready, the status shows %s", got)
	}

	// LoadBundled loads before the first render: the load action is
	// still asked for, once, and the articles stay ready
	pre := newDossier()
	pre.SetBundled(docs, nil, nil)
	if !pre.Start() || pre.Start() {
		t.Error("after LoadBundled the load action was not asked for exactly once")
	}
	if st, _ := pre.Status(); st != statusReady {
		t.Errorf("after LoadBundled and Start: %v", st)
	}

	f := newDossier()
	f.Start()
	if got := app.HTMLString(loadStatusUI(f, "Loading articles…")); !strings.Contains(got, "Loading articles…") {
		t.Errorf("loading, the status shows %s", got)
	}
	f.SetBundled(nil, nil, errors.New("loading articles: 404"))
	if st, err := f.Status(); st != statusFailed || err == nil || err.Error() != "loading articles: 404" {
		t.Fatalf("after a failed load: %v %v", st, err)
	}
	if got := app.HTMLString(loadStatusUI(f, "Loading…")); !strings.Contains(got, "loading articles: 404") || !strings.Contains(got, `role="alert"`) {
		t.Errorf("failed, the status shows %s", got)
	}
	for st, want := range map[loadStatus]string{statusIdle: "idle", statusLoading: "loading", statusReady: "ready", statusFailed: "failed"} {
		if st.String() != want {
			t.Errorf("%d.String() = %q, want %q", st, st.String(), want)
		}
	}
}

// TestDossierDocByID: every document is found by its ID, at its place in
// Docs; an unknown ID is not.
func TestDossierDocByID(t *testing.T) {
	d := newDossier()
	d.SetBundled(seedDocs(t), nil, nil)
	for i, want := range d.Docs() {
		got, j, ok := d.Doc(want.ID)
		if !ok || j != i || got.ID != want.ID || got.DisplayTitle() != want.DisplayTitle() {
			t.Errorf("Doc(%q) = %q, %d, %v; want position %d", want.ID, got.ID, j, ok, i)
		}
	}
	if _, i, ok := d.Doc("no-such-article"); ok || i != -1 {
		t.Errorf("an unknown ID was found at %d", i)
	}
}

// TestDossierSearch: the search finds an article by a word of its title,
// with its document; hidden articles are neither listed nor found.
func TestDossierSearch(t *testing.T) {
	d := newDossier()
	if res, n := d.Search("anything", search.Options{Limit: 10}); res != nil || n != 0 {
		t.Fatalf("before loading: %d results, %d matched", len(res), n)
	}
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	target := docs[0]
	word := longestWord(target.DisplayTitle())
	res, n := d.Search(word, search.Options{Limit: resultPage})
	found := false
	for _, r := range res {
		if r.doc.ID != r.hit.ID {
			t.Errorf("hit %q came with document %q", r.hit.ID, r.doc.ID)
		}
		found = found || r.doc.ID == target.ID
	}
	if !found || n < len(res) || n == 0 {
		t.Fatalf("%q: %d results (%d matched), %s not among them", word, len(res), n, target.ID)
	}

	d.SetHidden(map[string]bool{target.ID: true})
	if _, _, ok := d.Doc(target.ID); ok || len(d.Docs()) != len(docs)-1 {
		t.Errorf("hidden %s is still listed (%d docs)", target.ID, len(d.Docs()))
	}
	res, _ = d.Search(word, search.Options{Limit: resultPage})
	for _, r := range res {
		if r.doc.ID == target.ID {
			t.Errorf("hidden %s is still found", target.ID)
		}
	}
	if h := d.Hidden(); !h[target.ID] || len(h) != 1 {
		t.Errorf("Hidden() = %v", h)
	}
	d.SetHidden(map[string]bool{})
	if len(d.Docs()) != len(docs) {
		t.Errorf("shown again: %d docs of %d", len(d.Docs()), len(docs))
	}
}

// longestWord is the longest word of s.
func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

// TestDossierImported: the reader's imported articles follow the bundled
// ones; one with a bundled article's ID is listed once, a hidden one not
// at all; added ones are searchable once indexed; removed ones go.
func TestDossierImported(t *testing.T) {
	d := newDossier()
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	if d.SetLibrary(nil, nil, true) {
		t.Error("an empty library over an empty library changed the dossier")
	}
	e1, d1 := importedDoc("imp-1", "zanzibar.txt", "Zanzibar ferry schedule\n\nThe ferry to Zanzibar leaves at noon from the old harbour every day.")
	e2, d2 := importedDoc("imp-2", "hidden.txt", "Hidden quokka report\n\nA quokka was seen on the island.")
	e2.Hidden = true
	dup, dupDoc := importedDoc(docs[1].ID, "again.txt", docs[1].Text)
	g := d.Gen()
	if !d.SetLibrary([]libRecord{e1, e2, dup}, map[string]doc{e1.ID: d1, e2.ID: d2, dup.ID: dupDoc}, true) || d.Gen() == g {
		t.Fatal("SetLibrary changed nothing")
	}
	got := ids(d.Docs())
	if len(got) != len(docs)+1 || got[len(got)-1] != "imp-1" {
		t.Fatalf("docs %v: want the %d bundled then imp-1", got, len(docs))
	}
	if entries, hidden := d.Library(); len(entries) != 3 || hidden != 0 {
		t.Errorf("Library() = %d entries, %d hidden", len(entries), hidden)
	}
	if res, _ := d.Search("zanzibar", search.Options{Limit: 10}); len(res) != 1 || res[0].doc.ID != "imp-1" {
		t.Errorf("zanzibar finds %d results", len(res))
	}
	if res, _ := d.Search("quokka", search.Options{Limit: 10}); len(res) != 0 {
		t.Errorf("the hidden entry is found")
	}

	// added during an import: listed at once, searchable once indexed
	e3, d3 := importedDoc("imp-3", "okapi.txt", "Okapi sighting\n\nAn okapi was filmed in the Ituri forest last week.")
	d.AddEntries([]libRecord{e3}, map[string]doc{e3.ID: d3}, false)
	if _, _, ok := d.Doc("imp-3"); !ok {
		t.Fatal("an added entry is not listed")
	}
	if res, _ := d.Search("okapi", search.Options{Limit: 10}); len(res) != 0 {
		t.Error("an added entry was indexed before the import ended")
	}
	if !d.Reindex(noPause) {
		t.Fatal("Reindex did not index the added entry")
	}
	if d.Reindex(noPause) {
		t.Error("Reindex indexed current documents again")
	}
	if res, _ := d.Search("okapi", search.Options{Limit: 10}); len(res) != 1 || res[0].doc.ID != "imp-3" {
		t.Errorf("okapi finds %d results after Reindex", len(res))
	}
	if m := d.EntryDocs(); len(m) != 4 || m["imp-1"].ID != "imp-1" {
		t.Errorf("EntryDocs() has %d documents", len(m))
	}

	d.RemoveEntry("imp-1")
	if _, _, ok := d.Doc("imp-1"); ok {
		t.Error("a removed entry is still listed")
	}
	if res, _ := d.Search("zanzibar", search.Options{Limit: 10}); len(res) != 0 {
		t.Error("a removed entry is still found")
	}
	if entries, _ := d.Library(); len(entries) != 3 {
		t.Errorf("%d entries after removing one of 4", len(entries))
	}
	d.SetLibrary(nil, nil, true)
	if len(d.Docs()) != len(docs) {
		t.Errorf("cleared: %d docs, want the %d bundled", len(d.Docs()), len(docs))
	}
}

// TestDossierUserDate: a date the reader sets applies to the bundled or
// imported article with that ID, and "" forgets it.
func TestDossierUserDate(t *testing.T) {
	d := newDossier()
	docs := seedDocs(t)
	d.SetBundled(docs, nil, nil)
	e, ed := importedDoc("imp-u", "undated.txt", "An undated note\n\nSomething happened last Tuesday in the capital.")
	d.SetLibrary([]libRecord{e}, map[string]doc{e.ID: ed}, true)
	for _, id := range []string{docs[0].ID, "imp-u"} {
		g := d.Gen()
		d.SetUserDate(id, "2021-02-03")
		if x, _, _ := d.Doc(id); x.UserDate != "2021-02-03" || d.Gen() == g {
			t.Errorf("%s: user date %q after setting it", id, x.UserDate)
		}
		d.SetUserDate(id, "")
		if x, _, _ := d.Doc(id); x.UserDate != "" {
			t.Errorf("%s: user date %q after forgetting it", id, x.UserDate)
		}
	}
	if g := d.Gen(); d.Touch() != g+1 {
		t.Error("Touch did not make a new generation")
	}
}

//go:build !wasm

package ui

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/search"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestWarmPage checks that Warm renders each route's page (what it warms
// is that page's code): no step may panic silently past it.
func TestWarmPage(t *testing.T) {
	useDossier(t)
	for path, want := range map[string]string{
		PathLibrary: "<h1>", PathTimeline: "timeline", PathAbout: "<h1>", ReaderPath("x"): "<main",
	} {
		html := app.HTMLString(warmPage(path))
		if !strings.Contains(html, want) {
			t.Errorf("%s: the page's HTML has no %q:\n%.300s", path, want, html)
		}
	}
}

// TestWarmDocs checks that the made-up articles Warm puts in the dossier
// are listed and searchable, as the bundled ones are after loading.
func TestWarmDocs(t *testing.T) {
	d := useDossier(t)
	docs := warmDocs()
	d.WarmCopyKeys(docs, func() {})
	d.SetBundled(docs, nil, nil)
	if n := len(d.Docs()); n != 2 {
		t.Fatalf("%d documents listed, want 2", n)
	}
	if res, _ := d.Search("geneva", search.Options{Limit: 10}); len(res) != 2 {
		t.Errorf("a search for geneva found %d, want 2", len(res))
	}
	html := app.HTMLString(warmPage(PathLibrary))
	if !strings.Contains(html, "Talks resume in Geneva") {
		t.Errorf("the library page does not list the made-up articles:\n%.500s", html)
	}
	html = app.HTMLString(warmPage(ReaderPath("any")))
	if !strings.Contains(html, "The ministers met on Monday") {
		t.Errorf("an article page does not show the first made-up article:\n%.500s", html)
	}
}

// TestWarmSearch checks that Warm's search step finds the made-up articles
// and renders them as results with a snippet: the code of a first
// keystroke is what it warms.
func TestWarmSearch(t *testing.T) {
	d := useDossier(t)
	docs := warmDocs()
	d.WarmCopyKeys(docs, func() {})
	d.SetBundled(docs, nil, nil)
	html := app.HTMLString(warmSearch())
	if !strings.Contains(html, "2 of 2 articles match") || !strings.Contains(html, "<mark>Geneva</mark>") {
		t.Errorf("the search step shows no results with a marked match:\n%.3000s", html)
	}
}

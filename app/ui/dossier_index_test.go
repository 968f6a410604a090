//go:build !wasm

package ui

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/dossierapp/dossier/app/search"
)

// TestIndexGrowsWithTheArticles: as a large dossier's articles arrive, the
// search index is extended with those that came (the same index, answering
// as one built of them all at once), and made anew when one it holds has
// changed.
func TestIndexGrowsWithTheArticles(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	noPause := func() {}
	d.SetBundled(docs[:2], nil, nil)
	d.IndexSoFar(noPause)
	first := d.Index()
	if first == nil || first.Len() != 2 {
		t.Fatalf("index of %v documents", first)
	}
	d.MoreBundled(docs[:4], 4, 5)
	d.IndexSoFar(noPause)
	d.MoreBundled(docs, 5, 5)
	if !d.Reindex(noPause) {
		t.Fatal("Reindex did not index the last article")
	}
	if d.Index() != first || first.Len() != len(docs) {
		t.Fatalf("the index was made anew (%d documents), not extended", d.Index().Len())
	}
	fresh := buildIndex(d.Docs())
	for _, x := range docs {
		for _, q := range []string{longestWord(x.DisplayTitle()), x.Publisher, "Pyongyng", "kim"} {
			want, wn := fresh.SearchCount(q, search.Options{Limit: 10})
			got, gn := d.Index().SearchCount(q, search.Options{Limit: 10})
			if gn != wn || !reflect.DeepEqual(got, want) {
				t.Errorf("%q: %d hits, an index built at once %d", q, gn, wn)
			}
		}
	}

	// An article it holds, changed (cleaned again, say): made anew.
	changed := append([]doc(nil), docs...)
	changed[1].Title = "Okapi sighting in the Ituri forest"
	d.MoreBundled(changed, 5, 5)
	if !d.Reindex(noPause) {
		t.Fatal("Reindex did not index the changed article")
	}
	if d.Index() == first {
		t.Error("an index holding an article's earlier version was extended")
	}
	if res, _ := d.Search("okapi", search.Options{Limit: 10}); len(res) != 1 || res[0].doc.ID != docs[1].ID {
		t.Errorf("okapi finds %d results", len(res))
	}
	if n := d.Index().Len(); n != len(docs) {
		t.Errorf("%d documents indexed, want %d", n, len(docs))
	}
}

// TestSameForSearch: what tells an indexed article from its new version.
func TestSameForSearch(t *testing.T) {
	docs := seedDocs(t)
	x := docs[0]
	for name, change := range map[string]func(*doc){
		"nothing":   func(*doc) {},
		"title":     func(y *doc) { y.Title += "!" },
		"publisher": func(y *doc) { y.Publisher = "Elsewhere" },
		"user date": func(y *doc) { y.SetUserDate("2020-01-02") },
		"blocks":    func(y *doc) { y.Blocks = append(y.Blocks[:0:0], y.Blocks...) },
		"mentions":  func(y *doc) { y.Mentions = append(y.Mentions[:0:0], y.Mentions...) },
		"id":        func(y *doc) { y.ID += "x" },
	} {
		y := x
		change(&y)
		if got := sameForSearch(&x, &y); got != (name == "nothing") {
			t.Errorf("%s changed: same %v", name, got)
		}
	}
	if !extends(docs, docs[:3]) || extends(docs[:3], docs) || extends(docs[1:], docs[:2]) {
		t.Error(fmt.Sprint("extends: ", extends(docs, docs[:3]), extends(docs[:3], docs), extends(docs[1:], docs[:2])))
	}
}

// TestLibraryPageSearchesAGrownIndex: the library searches again when the
// index it searched has grown (extended in place with more articles).
func TestLibraryPageSearchesAGrownIndex(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	d.SetBundled(docs[:4], nil, nil)
	d.Reindex(nil)
	p := newLibraryPage()
	p.query = longestWord(docs[4].DisplayTitle())
	p.find()
	before, searches := len(p.found.results), p.searches
	d.MoreBundled(docs, 5, 5)
	d.IndexSoFar(func() {})
	p.find()
	if p.searches != searches+1 || len(p.found.results) <= before {
		t.Errorf("after the index grew: %d searches, %d → %d results", p.searches-searches, before, len(p.found.results))
	}
}

// TestIndexSoFarKeepsANewerIndex: an index installed with the documents
// while IndexSoFar worked (all of a small dossier, say) stays the index:
// IndexSoFar's, of fewer documents, does not take its place, where no later
// Reindex would see that it lacks some.
func TestIndexSoFarKeepsANewerIndex(t *testing.T) {
	d := useDossier(t)
	docs := seedDocs(t)
	noPause := func() {}
	d.SetBundled(docs[:2], nil, nil)
	d.IndexSoFar(noPause)
	d.MoreBundled(docs[:4], 4, 5)
	installed := false
	d.IndexSoFar(func() {
		if !installed {
			installed = true
			d.SetBundled(docs, nil, nil) // small: indexed at once
		}
	})
	if !installed {
		t.Fatal("IndexSoFar did not pause")
	}
	d.Reindex(noPause)
	if n := d.Index().Len(); n != len(docs) {
		t.Errorf("the index holds %d documents of %d", n, len(docs))
	}
	last := docs[len(docs)-1]
	if res, _ := d.Search(longestWord(last.DisplayTitle()), search.Options{Limit: 10}); len(res) == 0 {
		t.Errorf("the last article is not found")
	}
}

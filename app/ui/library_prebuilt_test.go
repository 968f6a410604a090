//go:build !wasm

package ui

import (
	"strings"
	"testing"
)

// TestLibraryTakesPrebuiltList checks that the library's render takes the
// list the loader made ahead for its documents and filters, once, and
// makes its own for other filters or documents.
func TestLibraryTakesPrebuiltList(t *testing.T) {
	d := useDossier(t)
	seeds := seedDocs(t)
	d.SetBundled(seeds, nil, nil)
	docs, gen := d.DocsOf()

	// A list the page would not make (the first seed only), to tell
	// which one it shows.
	pre := makeList(docs[:1], gen, filters{}, noPause)
	d.library.put(pre)
	if d.library.take(gen+1, filters{}) != nil || d.library.take(gen, filters{ByDate: true}) != nil {
		t.Fatal("a list made for other documents or filters was handed out")
	}
	p := newLibraryPage()
	out := text(render(p))
	if !strings.Contains(out, ">1 of 5 articles<") {
		t.Fatalf("the page did not take the prebuilt list: %.300s", out[strings.Index(out, "result-summary"):])
	}
	if d.library.take(gen, filters{}) != nil {
		t.Error("the prebuilt list was handed out twice")
	}
	// Other filters: the page makes its own list.
	p.filters = filters{ByDate: true}
	if out := text(render(p)); !strings.Contains(out, ">5 articles<") {
		t.Errorf("with other filters: %.300s", out[strings.Index(out, "result-summary"):])
	}
}

// TestMakeListGroupsLongLists checks makeList against the library's
// rules: copies folded, a list longer than a page grouped by source.
func TestMakeListGroupsLongLists(t *testing.T) {
	useDossier(t)
	var docs []doc
	seeds := seedDocs(t)
	for i := range listPage + 1 {
		d := seeds[i%len(seeds)]
		d.ID = strings.Repeat("x", 1+i)
		docs = append(docs, d)
	}
	l := makeList(docs, 1, filters{}, noPause)
	if len(l.list) != listPage+1 || l.folded != 0 || len(l.groups) == 0 {
		t.Errorf("list %d, folded %d, %d groups", len(l.list), l.folded, len(l.groups))
	}
	if short := makeList(docs[:listPage], 1, filters{}, noPause); short.groups != nil {
		t.Errorf("a list of %d was grouped", listPage)
	}
}

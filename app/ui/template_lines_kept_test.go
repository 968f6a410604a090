//go:build !wasm

package ui

import (
	"reflect"
	"testing"
)

// TestKeptTemplateLines: the template lines found of a set of pages are
// found once a visit, and a later visit with the same pages (a new cache
// over the same store) reads them instead of finding them; other pages,
// or the same pages once some were cleaned again, are found anew.
func TestKeptTemplateLines(t *testing.T) {
	docs := repeated(process(seedArticles(t), nil), keepClustersFrom+10)
	finds := 0
	find := func(ds []doc) map[int]map[string]int {
		finds++
		return templateLines(ds)
	}
	store := &memKept{}
	c := &linesCache{store: store, find: find}
	want := templateLines(docs)
	if len(want) == 0 {
		t.Fatal("no page holds template lines: the test needs others")
	}
	if got := c.of(docs, nil); !reflect.DeepEqual(got, want) || finds != 1 {
		t.Fatalf("first: %d pages with lines, %d finds; want %d, 1", len(got), finds, len(want))
	}
	if c.of(docs, nil); finds != 1 {
		t.Errorf("found again in the same visit: %d finds", finds)
	}
	next := &linesCache{store: store, find: find}
	if got := next.of(docs, nil); !reflect.DeepEqual(got, want) || finds != 1 {
		t.Errorf("next visit: %d pages with lines, %d finds; want %d read, 1 find", len(got), finds, len(want))
	}
	// One page cleaned again: another set.
	done := map[string]templated{docs[0].ID: {doc: docs[0], sig: "s"}}
	if next.of(docs, done); finds != 2 {
		t.Errorf("a page cleaned again: %d finds, want 2", finds)
	}
	if next.of(docs[1:], nil); finds != 3 {
		t.Errorf("other pages: %d finds, want 3", finds)
	}
	// The two last sets are kept; the first was dropped.
	last := &linesCache{store: store, find: find}
	last.of(docs[1:], nil)
	last.of(docs, done)
	if finds != 3 {
		t.Errorf("the last two sets: %d finds, want 3", finds)
	}
	// A small dossier's lines are not written to the store.
	small := &memKept{}
	(&linesCache{store: small, find: find}).of(docs[:10], nil)
	if small.data != nil {
		t.Errorf("a small dossier's lines kept: %d bytes", len(small.data))
	}
}

// TestKeptTemplateLinesDamaged: what the browser's storage holds is not
// trusted: a value that does not parse, or whose pages are not of the set
// (an index past its end), is found anew, never used.
func TestKeptTemplateLinesDamaged(t *testing.T) {
	docs := repeated(process(seedArticles(t), nil), keepClustersFrom+10)
	want := templateLines(docs)
	key := linesKey(docs, nil)
	for name, data := range map[string]string{
		"not JSON":      "{",
		"index too far": `[{"k":"` + key + `","l":{"100000":{"x":2}}}]`,
		"negative":      `[{"k":"` + key + `","l":{"-1":{"x":2}}}]`,
	} {
		finds := 0
		c := &linesCache{store: &memKept{data: []byte(data)}, find: func(ds []doc) map[int]map[string]int {
			finds++
			return templateLines(ds)
		}}
		if got := c.of(docs, nil); !reflect.DeepEqual(got, want) || finds != 1 {
			t.Errorf("%s: %d pages with lines, %d finds; want %d found anew", name, len(got), finds, len(want))
		}
	}
}

//go:build !wasm

package ui

import (
	"strings"
	"testing"
)

// TestDocsKey: the key of a set of articles is clusterKey of their IDs,
// the same for the same IDs in another slice (the remembered key), and
// another when one ID, or how many there are, changes.
func TestDocsKey(t *testing.T) {
	docs := []doc{{}, {}, {}}
	for i, id := range []string{"a-1", "b-2", "c-3"} {
		docs[i].ID = id
	}
	want := clusterKey(strings.Join([]string{"a-1", "b-2", "c-3"}, "\x00") + "\x00")
	if got := docsKey(docs); got != want {
		t.Fatalf("docsKey %s, want %s", got, want)
	}
	again := append([]doc(nil), docs...)
	if got := docsKey(again); got != want {
		t.Errorf("the same IDs in another slice: %s", got)
	}
	again[1].ID = "b-3"
	if got := docsKey(again); got == want || got != clusterKey("a-1\x00b-3\x00c-3\x00") {
		t.Errorf("an ID changed: %s", got)
	}
	if got := docsKey(docs[:2]); got != clusterKey("a-1\x00b-2\x00") {
		t.Errorf("fewer articles: %s", got)
	}
	if got := docsKey(docs); got != want {
		t.Errorf("back to the first: %s", got)
	}
	if docsKey(nil) != clusterKey("") {
		t.Error("no articles")
	}
}

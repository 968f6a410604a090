//go:build !wasm

package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

func seedArticles(t *testing.T) []corpus.Article {
	t.Helper()
	b, _, err := corpus.LoadDir("../../testdata")
	if err != nil || len(b.Articles) < 5 {
		t.Fatalf("seeds: %v (%d articles)", err, len(b.Articles))
	}
	return b.Articles
}

// TestProcessVersionGuard keeps the processed-results cache honest: the
// browser reuses a cached result while processVersion is unchanged, so
// output that changes without a new version would leave readers with stale
// cleanups. When this fails, bump the version of the package whose output
// changed (clean.PipelineVersion, timeline.Version or names.Version) and
// record the new digest and version here.
func TestProcessVersionGuard(t *testing.T) {
	const (
		version = "clean-13/events-2/names-2"
		digest  = "6b0dd084ea62e1df6231701cd527cfc802f8faf34226b22e165334fc549b9786"
	)
	h := sha256.New()
	for _, a := range seedArticles(t) {
		d := processOne(a, "")
		d.hash = a.ID
		h.Write(encodeDoc(d))
	}
	got := hex.EncodeToString(h.Sum(nil))
	if processVersion != version || got != digest {
		t.Errorf("processed seeds: version %q digest %s; recorded: version %q digest %s.\n"+
			"If the output changed, bump the version of the stage that changed it, then record both.",
			processVersion, got, version, digest)
	}
}

// TestCachedDocMatchesProcessed: a document decoded from its cache value is
// the processed one; with another reader's date its events are resolved
// again; a value for other content or another version is refused.
func TestCachedDocMatchesProcessed(t *testing.T) {
	for _, a := range seedArticles(t) {
		d := processOne(a, "")
		d.hash = "h-" + a.ID
		value := string(encodeDoc(d))
		got, ok := decodeDoc(a, d.hash, value, "")
		if !ok {
			t.Fatalf("%s: cached value refused", a.ID)
		}
		if !reflect.DeepEqual(got.Result.Blocks, d.Result.Blocks) || got.Title != d.Title || got.removed != d.removed ||
			got.repaired != d.repaired || len(got.Events) != len(d.Events) || !reflect.DeepEqual(got.Mentions, d.Mentions) {
			t.Errorf("%s: decoded document differs from the processed one", a.ID)
		}
		if _, ok := decodeDoc(a, "other", value, ""); ok {
			t.Errorf("%s: value accepted for other content", a.ID)
		}
		if d.Date == "" {
			dated := processOne(a, "2024-03-25")
			got, ok := decodeDoc(a, d.hash, value, "2024-03-25")
			if !ok || !reflect.DeepEqual(got.Events, dated.Events) || got.UserDate != "2024-03-25" {
				t.Errorf("%s: events not resolved again for the reader's date", a.ID)
			}
		}
	}
}

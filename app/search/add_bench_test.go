package search_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/dossierapp/dossier/app/search"
	"github.com/dossierapp/dossier/app/search/internal/benchdata"
)

var (
	reutersOnce sync.Once
	reutersDocs []search.Doc
	reutersErr  error
)

// reuters loads the 10,000 Reuters stories from ../shared/corpora, or skips.
func reuters(tb testing.TB) []search.Doc {
	tb.Helper()
	dir := benchdata.Dir()
	if dir == "" {
		tb.Skip("corpora not found: set DOSSIER_CORPORA or provide ../shared/corpora")
	}
	reutersOnce.Do(func() {
		var rs []benchdata.Record
		rs, reutersErr = benchdata.Load(dir, "reuters21578-10k.jsonl")
		reutersDocs = benchdata.Docs(rs)
	})
	if reutersErr != nil {
		tb.Fatal(reutersErr)
	}
	return reutersDocs
}

// addBatch is how many articles a batch of BenchmarkAddBatches brings: about
// what the library worker processes between two of the library page's
// index updates in the browser.
const addBatch = 500

// BenchmarkAddBatches indexes the 10,000 Reuters stories as they arrive in
// batches of addBatch: "add" extends one index with each batch (AddPaced),
// "rebuild" builds the index of everything so far after each batch (what
// the page did before). The op is the whole sequence of batches.
func BenchmarkAddBatches(b *testing.B) {
	docs := reuters(b)
	b.Run("add", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ix := search.Build(nil)
			for lo := 0; lo < len(docs); lo += addBatch {
				ix.AddPaced(docs[lo:min(lo+addBatch, len(docs))], nil)
			}
		}
	})
	b.Run("rebuild", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for lo := 0; lo < len(docs); lo += addBatch {
				search.Build(docs[:min(lo+addBatch, len(docs))])
			}
		}
	})
}

// TestAddBatchesEqualBuildReuters checks on the 10,000 Reuters stories that
// the index extended batch by batch answers every keystroke of the scripted
// typing sessions as the index built at once does.
func TestAddBatchesEqualBuildReuters(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs := reuters(t)
	fresh := search.Build(docs)
	ix := search.Build(docs[:addBatch])
	for lo := addBatch; lo < len(docs); lo += addBatch {
		ix.AddPaced(docs[lo:min(lo+addBatch, len(docs))], nil)
	}
	if ix.Len() != fresh.Len() || ix.Terms() != fresh.Terms() {
		t.Fatalf("%d documents, %d terms; Build: %d, %d", ix.Len(), ix.Terms(), fresh.Len(), fresh.Terms())
	}
	for _, k := range benchdata.AllKeystrokes() {
		want, wn := fresh.SearchCount(k, search.Options{Limit: 10})
		got, gn := ix.SearchCount(k, search.Options{Limit: 10})
		if gn != wn || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %d matched, Build's %d", k, gn, wn)
		}
	}
}

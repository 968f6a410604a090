package workerproto

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

// snapWorker is a worker over s with pipeline p whose bundle's versioned
// URL is url ("" for none).
func snapWorker(s *memStore, p *fakePipeline, url string) *Worker {
	w := newTestWorker(s)
	w.Pipeline, w.ChunkTime, w.VersionedBundle = p, 0, url
	return w
}

// TestBundleSnapshot: once every value is made, the worker keeps its
// whole answer; the next visit's worker answers the page's first request
// with it before reading the bundle, reads the bundle afterwards for the
// requests that need it, and never answers it for another version of the
// bundle (another URL), another pipeline (head) or an unversioned URL.
func TestBundleSnapshot(t *testing.T) {
	const v1 = "/b.json?v=1"
	s := newMemStore()
	p := &fakePipeline{bundles: map[string][]corpus.Article{v1: articles(5)}}
	first, calls := fetchAll(t, snapWorker(s, p, v1), v1, "H1")
	if calls != 5 || s.whole == nil || s.wholeTotal != 5 {
		t.Fatalf("first visit: %d answers, whole answer kept %v (total %d); want 5 answers and it kept", calls, s.whole != nil, s.wholeTotal)
	}

	t.Run("repeat visit", func(t *testing.T) {
		p.reads, p.processed = 0, 0
		w := snapWorker(s, p, v1)
		w.PrefetchBundle(v1, "H1")
		if p.reads != 0 || s.wholeReads != 1 {
			t.Fatalf("prefetch: %d bundle reads, %d snapshot reads; want 0, 1", p.reads, s.wholeReads)
		}
		res := w.Handle(Request{Op: OpBundle, URL: v1, Head: "H1"})
		_, vals, err := UnpackArticles(res.Packed.PackedData())
		if err != nil || res.Total != 5 || strings.Join(vals, ",") != strings.Join(first, ",") || p.reads != 0 || p.processed != 0 {
			t.Fatalf("%q of %d (%v), %d reads, %d processed; want the first visit's 5, nothing read or processed", vals, res.Total, err, p.reads, p.processed)
		}
		// A request that needs the bundle reads it first (the browser's
		// worker reads it once it has answered, Settle).
		got, err := recleaned(t, w, Reclean{"a3", map[string]int{"menu": 2}})
		if err != nil || got[0] != "\x00reclean 1 lines: text 3" || p.reads != 1 || p.processed != 0 {
			t.Errorf("reclean after the snapshot: %q, %v, %d reads, %d processed", got, err, p.reads, p.processed)
		}
		w.Settle() // read already: nothing more
		if p.reads != 1 {
			t.Errorf("%d bundle reads after Settle, want 1", p.reads)
		}
		// Asked again (a page reloaded in the same worker): from what it read.
		if again, calls := fetchAll(t, w, v1, "H1"); strings.Join(again, ",") != strings.Join(first, ",") || calls != 1 || p.reads != 1 {
			t.Errorf("asked again: %q in %d answers, %d reads", again, calls, p.reads)
		}
	})
	t.Run("settled before the next request", func(t *testing.T) {
		p.reads = 0
		w := snapWorker(s, p, v1)
		w.PrefetchBundle(v1, "H1")
		fetchAll(t, w, v1, "H1") // and Settle, as the browser's worker
		if p.reads != 1 || w.bun == nil || w.bun.left != 0 || !w.bun.snapSaved {
			t.Errorf("Settle: %d reads, bundle %+v; want it read with its values", p.reads, w.bun)
		}
	})
	t.Run("another pipeline", func(t *testing.T) {
		p.reads, p.processed = 0, 0
		w := snapWorker(s, p, v1)
		w.PrefetchBundle(v1, "H2")
		vals, _ := fetchAll(t, w, v1, "H2")
		if len(vals) != 5 || p.processed != 5 || p.reads != 1 {
			t.Errorf("%d values, %d processed, %d reads; want 5 processed for the new head", len(vals), p.processed, p.reads)
		}
	})
	t.Run("another version of the bundle", func(t *testing.T) {
		const v2 = "/b.json?v=2"
		changed := articles(5)
		changed[1] = corpus.Article{ID: "a1-new", Text: "new text"}
		p.bundles[v2] = changed
		s2 := newMemStore()
		fetchAll(t, snapWorker(s2, p, v1), v1, "H1") // keeps v1's
		p.reads, p.processed = 0, 0
		w := snapWorker(s2, p, v2)
		w.PrefetchBundle(v2, "H1")
		vals, _ := fetchAll(t, w, v2, "H1")
		if vals[1] != "\x00NEW TEXT" || p.processed != 5 || p.reads != 1 {
			t.Errorf("%q, %d processed, %d reads; want v2's values made", vals, p.processed, p.reads)
		}
		if s2.wholeTotal != 5 || !strings.Contains(string(s2.whole), "NEW TEXT") {
			t.Error("v2's whole answer was not kept in place of v1's")
		}
	})
	t.Run("a page asking for another URL", func(t *testing.T) {
		s4 := newMemStore()
		fetchAll(t, snapWorker(s4, p, v1), v1, "H1") // keeps v1's
		p.reads, p.processed = 0, 0
		p.bundles["/other.json?v=1"] = []corpus.Article{{ID: "a0", Text: "other 0"}, {ID: "a1", Text: "other 1"}}
		w := snapWorker(s4, p, v1)
		w.PrefetchBundle(v1, "H1")
		vals, _ := fetchAll(t, w, "/other.json?v=1", "H1")
		if strings.Join(vals, ",") != "\x00OTHER 0,\x00OTHER 1" || p.reads != 1 || p.processed != 2 {
			t.Errorf("%q, %d reads, %d processed; want the other bundle's 2 made", vals, p.reads, p.processed)
		}
	})
	t.Run("unversioned", func(t *testing.T) {
		s3 := newMemStore()
		p.bundles["/b.json"] = articles(3)
		fetchAll(t, snapWorker(s3, p, ""), "/b.json", "H1")
		if s3.whole != nil {
			t.Error("the answer of an unversioned bundle URL was kept")
		}
	})
}

// TestBundleSnapshotReclean: the articles cleaned again are kept with the
// bundle's whole answer; the next visit's "reclean" of the same lines is
// answered from them before the bundle is read, and what the page took
// counts for the stories made once it is read. Other lines are cleaned
// again, from the bundle read then.
func TestBundleSnapshotReclean(t *testing.T) {
	const v1 = "/b.json?v=1"
	s := newMemStore()
	p := &fakePipeline{bundles: map[string][]corpus.Article{v1: articles(4)}}
	w := snapWorker(s, p, v1)
	fetchAll(t, w, v1, "H1")
	lines := map[string]int{"menu": 3}
	first, err := recleaned(t, w, Reclean{"a0", lines})
	if err != nil {
		t.Fatal(err)
	}
	if s.recleaned == nil {
		t.Fatal("the pages cleaned again were not kept with the snapshot")
	}

	p.reads, p.recleans, p.stories = 0, 0, 0
	w = snapWorker(s, p, v1)
	w.PrefetchBundle(v1, "H1")
	w.Handle(Request{Op: OpBundle, URL: v1, Head: "H1"})
	got, err := recleaned(t, w, Reclean{"a0", lines})
	if err != nil || got[0] != first[0] || p.reads != 0 || p.recleans != 0 {
		t.Fatalf("reclean from the snapshot: %q, %v, %d bundle reads, %d cleaned; want %q, none read or cleaned", got, err, p.reads, p.recleans, first[0])
	}
	if !w.Unsettled() {
		t.Error("the bundle answered from its snapshot is not to be read")
	}
	// Stories need the bundle: it is read, with what the page took.
	res := w.Handle(Request{Op: OpStories, URL: v1, Head: "H1"})
	if res.Err != nil || p.reads != 1 {
		t.Fatalf("stories: %v, %d reads", res.Err, p.reads)
	}
	stories, err := UnpackStories(res.Packed.PackedData(), 4)
	if err != nil || len(stories) == 0 || stories[0].Label != first[0] {
		t.Errorf("stories %+v, %v; want the first labelled with the value the page took, %q", stories, err, first[0])
	}
	// Other lines: cleaned again.
	if got, err := recleaned(t, w, Reclean{"a1", map[string]int{"footer": 2}}); err != nil || got[0] != "\x00reclean 1 lines: text 1" || p.recleans != 1 {
		t.Errorf("other lines: %q, %v, %d cleaned", got, err, p.recleans)
	}
	// A reclean of lines never kept, before the bundle is read, reads it.
	w = snapWorker(s, p, v1)
	p.reads = 0
	w.PrefetchBundle(v1, "H1")
	w.Handle(Request{Op: OpBundle, URL: v1, Head: "H1"})
	if got, err := recleaned(t, w, Reclean{"a0", lines}, Reclean{"a2", map[string]int{"other": 2}}); err != nil || got[0] != first[0] || got[1] != "\x00reclean 1 lines: text 2" || p.reads != 1 {
		t.Errorf("a reclean not all kept: %q, %v, %d reads", got, err, p.reads)
	}
}

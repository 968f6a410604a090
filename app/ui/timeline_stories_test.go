//go:build !wasm

package ui

import (
	"errors"
	"testing"

	"github.com/dossierapp/dossier/app/workerproto"
)

// TestStoriesFromWorker: the timeline of a large dossier, all processed,
// takes the library worker's stories for the same articles (and keeps
// them for the next visit), makes its own for other articles or when the
// worker fails, and a small dossier does not ask.
func TestStoriesFromWorker(t *testing.T) {
	many := repeated(seedDocs(t), keepClustersFrom)
	all := make([]int, len(many))
	for i := range all {
		all[i] = i
	}
	f := &fakeWorker{stories: []workerproto.Story{{Label: "the worker's", Members: all[1:]}, {Label: "alone", Members: all[:1]}}}
	d := useDossier(t)
	d.worker = f.call
	kept := &memKept{}
	d.timeline.store = kept
	done := bundleProgress{docs: many, done: len(many), total: len(many), url: "/b"}
	d.askStories(done)
	// Other articles (one fewer): clustered here, the offer stays.
	if _, cls := d.timeline.clustersOf(many[1:], noPause, false); len(cls) == 0 || cls[0].Label == "the worker's" {
		t.Fatalf("other articles took the worker's stories: %v", cls)
	}
	of, cls := d.timeline.clustersOf(many, noPause, true)
	if len(cls) != 2 || cls[0].Label != "the worker's" || cls[0].Size != len(many)-1 || of[many[0].ID] != 1 || of[many[5].ID] != 0 {
		t.Fatalf("stories %v, first article's %d; want the worker's", cls, of[many[0].ID])
	}
	if _, kcls, ok := loadClusters(kept, docsKey(many), idsOf(many)); !ok || kcls[0].Label != "the worker's" {
		t.Error("the worker's stories were not kept for the next visit")
	}
	// The worker fails: the page clusters.
	f.fail = errors.New("worker gone")
	d2 := useDossier(t)
	d2.worker = f.call
	d2.askStories(done)
	if _, cls := d2.timeline.clustersOf(many, noPause, false); len(cls) == 0 || cls[0].Label == "the worker's" {
		t.Errorf("with the worker failing: %v", cls)
	}
	// A small dossier, or one not all decoded, is not asked.
	f.fail, f.storied = nil, 0
	d3 := useDossier(t)
	d3.worker = f.call
	small := many[:keepClustersFrom-1]
	d3.askStories(bundleProgress{docs: small, done: len(small), total: len(small), url: "/b"})
	d3.askStories(bundleProgress{docs: many[1:], done: len(many), total: len(many), url: "/b"})
	if f.storied != 0 {
		t.Errorf("asked %d times, want none", f.storied)
	}
}

func TestStoriesOf(t *testing.T) {
	ids := []string{"a", "b", "c"}
	of, cls, err := storiesOf(workerproto.PackStories([]workerproto.Story{{Label: "x", Members: []int{0, 2}}, {Label: "y", Members: []int{1}}}), ids)
	if err != nil || len(cls) != 2 || cls[0].Size != 2 || cls[1].Color != 1 || of["c"] != 0 || of["b"] != 1 {
		t.Errorf("%v %v %v", of, cls, err)
	}
	if _, _, err := storiesOf(workerproto.PackStories([]workerproto.Story{{Label: "x", Members: []int{0, 2}}}), ids); err == nil {
		t.Error("stories without every article were taken")
	}
	if _, _, err := storiesOf([]byte{9}, ids); err == nil {
		t.Error("damaged stories were taken")
	}
}

// idsOf is the documents' IDs.
func idsOf(docs []doc) []string {
	ids := make([]string, len(docs))
	for i, x := range docs {
		ids[i] = x.ID
	}
	return ids
}

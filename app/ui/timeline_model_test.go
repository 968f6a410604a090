//go:build !wasm

package ui

import (
	"testing"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// TestPrebuiltTimelineModel: the model LoadBundled makes ahead is what the
// timeline page takes, once, for the corpus generation it was made of; for
// another generation the page makes a new one.
func TestPrebuiltTimelineModel(t *testing.T) {
	d := useDossier(t)
	docs := process(seedArticles(t), nil)
	prebuilt := d.timeline.buildModel(docs, nil, noPause, false, false)
	d.timeline.keep(7, prebuilt)
	if m := d.timelineModel(docs, 8); m == prebuilt {
		t.Fatal("the model of generation 7 was used for generation 8")
	}
	d.timeline.keep(7, prebuilt)
	if m := d.timelineModel(docs, 7); m != prebuilt {
		t.Fatal("the prebuilt model of generation 7 was not used")
	}
	m := d.timelineModel(docs, 7)
	if m == prebuilt {
		t.Fatal("the prebuilt model was handed out twice")
	}
	if len(m.Arts) != len(docs) || len(m.Events) != len(prebuilt.Events) || len(m.Clusters) != len(prebuilt.Clusters) {
		t.Errorf("a new model has %d articles, %d events, %d stories; the prebuilt one %d, %d, %d",
			len(m.Arts), len(m.Events), len(m.Clusters), len(prebuilt.Arts), len(prebuilt.Events), len(prebuilt.Clusters))
	}
	// prebuildTimeline makes it of the loaded articles, for their generation
	d.SetBundled(docs, nil, nil)
	d.prebuildTimeline()
	_, gen := d.DocsOf()
	if m := d.timeline.take(gen); m == nil || len(m.Arts) != len(docs) {
		t.Errorf("prebuildTimeline kept %v", m)
	}
	// The search index made again changes the corpus generation, not the
	// documents': the model is not made again.
	g := d.Gen()
	d.Reindex(func() {})
	d.Touch()
	d.prebuildTimeline()
	if m := d.timeline.take(gen); m != nil || d.Gen() == g {
		t.Errorf("the model was made again after the index: %v", m)
	}
	// New documents: a new model.
	d.SetBundled(docs[:2], nil, nil)
	d.prebuildTimeline()
	if _, gen2 := d.DocsOf(); gen2 == gen || d.timeline.take(gen2) == nil {
		t.Error("no new model for new documents")
	}
}

// TestTimelineStoriesOnceProcessed: while bundled articles are still
// processing, the timeline's model puts its articles in one grey story
// (storiesLater) without clustering them; once they are all processed, it
// has their stories.
func TestTimelineStoriesOnceProcessed(t *testing.T) {
	d := useDossier(t)
	docs := process(seedArticles(t), nil)
	d.SetBundled(docs, nil, nil)
	d.SetProcessing(len(docs)-1, len(docs)+1)
	d.prebuildTimeline()
	_, gen := d.DocsOf()
	m := d.timeline.take(gen)
	if m == nil || len(m.Clusters) != 1 || m.Clusters[0].Label != storiesLater || m.Clusters[0].Size != len(docs) || m.Clusters[0].Color != view.PaletteSize {
		t.Fatalf("while processing, the model's stories are %+v; want one, storiesLater, of all %d, grey", m.Clusters, len(docs))
	}
	for _, a := range m.Arts {
		if a.Cluster != 0 {
			t.Errorf("%s is in story %d while processing", a.ID, a.Cluster)
		}
	}
	d.SetProcessing(len(docs), len(docs))
	m = d.timelineModel(docs, gen)
	if len(m.Clusters) < 2 || m.Clusters[0].Label == storiesLater {
		t.Errorf("all processed, the model's stories are %+v; want the seeds' stories", m.Clusters)
	}
}

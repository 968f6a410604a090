//go:build !wasm

package ui

import "testing"

// TestPrebuiltTimelineModel: the model LoadBundled makes ahead is what the
// timeline page takes, once, for the corpus generation it was made of; for
// another generation the page makes a new one.
func TestPrebuiltTimelineModel(t *testing.T) {
	d := useDossier(t)
	docs := process(seedArticles(t), nil)
	prebuilt := d.timeline.buildModel(docs, noPause)
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
	if m := d.timeline.take(d.Gen()); m == nil || len(m.Arts) != len(docs) {
		t.Errorf("prebuildTimeline kept %v", m)
	}
}

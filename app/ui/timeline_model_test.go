//go:build !wasm

package ui

import "testing"

// TestPrebuiltTimelineModel: the model LoadBundled makes ahead is what the
// timeline page takes, once, for the corpus generation it was made of; for
// another generation the page makes a new one.
func TestPrebuiltTimelineModel(t *testing.T) {
	docs := process(seedArticles(t), nil)
	builtModel.gen, builtModel.m = 0, nil
	prebuilt := buildModel(docs, noPause)
	builtModel.gen, builtModel.m = 7, prebuilt
	if m := timelineModel(docs, 8); m == prebuilt {
		t.Fatal("the model of generation 7 was used for generation 8")
	}
	builtModel.gen, builtModel.m = 7, prebuilt
	if m := timelineModel(docs, 7); m != prebuilt {
		t.Fatal("the prebuilt model of generation 7 was not used")
	}
	m := timelineModel(docs, 7)
	if m == prebuilt {
		t.Fatal("the prebuilt model was handed out twice")
	}
	if len(m.Arts) != len(docs) || len(m.Events) != len(prebuilt.Events) || len(m.Clusters) != len(prebuilt.Clusters) {
		t.Errorf("a new model has %d articles, %d events, %d stories; the prebuilt one %d, %d, %d",
			len(m.Arts), len(m.Events), len(m.Clusters), len(prebuilt.Arts), len(prebuilt.Events), len(prebuilt.Clusters))
	}
}

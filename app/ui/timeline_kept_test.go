//go:build !wasm

package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// memClusters is a clusterStore in memory.
type memClusters struct{ data []byte }

func (m *memClusters) Get() []byte     { return m.data }
func (m *memClusters) Set(data []byte) { m.data = data }

// TestKeptClusters: a clustering kept is read back for the same articles,
// and not for others, nor from damaged storage.
func TestKeptClusters(t *testing.T) {
	ids := []string{"a-1", "b-2", "c-3"}
	key := clusterKey(strings.Join(ids, "\x00") + "\x00")
	of := map[string]int{"a-1": 0, "b-2": 1, "c-3": 0}
	cls := []view.Cluster{{Label: "oil prices", Size: 2, Color: 0}, {Label: "coffee", Size: 1, Color: 1}}
	s := &memClusters{}
	saveClusters(s, key, ids, of, cls)
	gotOf, gotCls, ok := loadClusters(s, key, ids)
	if !ok || len(gotCls) != 2 || gotCls[0].Label != "oil prices" || gotOf["b-2"] != 1 || gotOf["c-3"] != 0 {
		t.Fatalf("read back %v %v %v", gotOf, gotCls, ok)
	}
	other := clusterKey("a-1\x00b-2\x00c-4\x00")
	if _, _, ok := loadClusters(s, other, []string{"a-1", "b-2", "c-4"}); ok {
		t.Error("a clustering read for other articles")
	}
	if _, _, ok := loadClusters(s, key, ids[:2]); ok {
		t.Error("a clustering read for fewer articles")
	}
	for _, bad := range []string{"", "{", `{"k":"` + key + `","o":[0,5,0],"c":[]}`} {
		s.data = []byte(bad)
		if _, _, ok := loadClusters(s, key, ids); ok {
			t.Errorf("damaged storage %q read", bad)
		}
	}
	if _, _, ok := loadClusters(nil, key, ids); ok {
		t.Error("read from no storage")
	}
}

// TestClustersOfReadsKept: the timeline takes a kept clustering of its
// articles instead of clustering them.
func TestClustersOfReadsKept(t *testing.T) {
	docs := seedDocs(t)
	var ids []string
	var kb strings.Builder
	for _, d := range docs {
		ids = append(ids, d.ID)
		kb.WriteString(d.ID + "\x00")
	}
	of := map[string]int{}
	for _, id := range ids {
		of[id] = 0
	}
	s := &memClusters{}
	saveClusters(s, clusterKey(kb.String()), ids, of, []view.Cluster{{Label: "kept", Size: len(ids)}})
	c := &timelineCache{store: s}
	gotOf, cls := c.clustersOf(docs, func() {}, false)
	if len(cls) != 1 || cls[0].Label != "kept" || len(gotOf) != len(docs) {
		t.Errorf("clustersOf made %v, not the kept one", cls)
	}
	// A large dossier's clustering is kept once it is complete, not while
	// articles are still processing.
	var many []doc
	for len(many) < keepClustersFrom {
		for _, d := range docs {
			d.ID = fmt.Sprintf("%s-%d", d.ID, len(many))
			many = append(many, d)
		}
	}
	partial := &memClusters{}
	(&timelineCache{store: partial}).clustersOf(many, func() {}, false)
	complete := &memClusters{}
	(&timelineCache{store: complete}).clustersOf(many, func() {}, true)
	if partial.data != nil || complete.data == nil {
		t.Errorf("kept while processing: %v; kept when complete: %v", partial.data != nil, complete.data != nil)
	}
	fresh := &timelineCache{}
	if _, cls := fresh.clustersOf(docs, func() {}, false); len(cls) == 0 || cls[0].Label == "kept" {
		t.Errorf("without storage: %v", cls)
	}
}

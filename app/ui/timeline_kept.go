package ui

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"hash/fnv"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// The story clustering of a large dossier is the costliest part of its
// timeline (seconds in the browser for ten thousand articles), and it
// depends only on the articles: it is kept in the browser's storage, and a
// later visit with the same articles, processed by the same pipeline,
// reads it instead of clustering again.

// keptClusters is a clustering as it is kept: the key of the articles it
// is of, the story of each article in order, and the stories.
type keptClusters struct {
	Key string         `json:"k"`
	Of  []int          `json:"o"`
	Cls []view.Cluster `json:"c"`
}

// keptStore keeps one value between visits (a keptSlot; a variable in
// tests). Get returns nil when there is none.
type keptStore interface {
	Get() []byte
	Set([]byte)
}

// clusterKey is the key of what is kept of the documents with the given
// IDs (joined, each followed by a 0 byte): the pipeline's version and a
// hash of the IDs, which carry the articles' content hashes.
func clusterKey(ids string) string {
	h := fnv.New128a()
	h.Write([]byte(processVersion))
	h.Write([]byte{0})
	h.Write([]byte(ids))
	return hex.EncodeToString(h.Sum(nil))
}

// keptFor reports whether s keeps the clustering of the documents with key
// (docsKey), without reading it: what is kept starts with its key.
func keptFor(s keptStore, key string) bool {
	if s == nil {
		return false
	}
	k, _ := json.Marshal(key)
	return bytes.HasPrefix(s.Get(), append([]byte(`{"k":`), k...))
}

// loadClusters returns the clustering kept under key of the documents
// with ids, or false.
func loadClusters(s keptStore, key string, ids []string) (map[string]int, []view.Cluster, bool) {
	if s == nil {
		return nil, nil, false
	}
	data := s.Get()
	if data == nil {
		return nil, nil, false
	}
	var k keptClusters
	if json.Unmarshal(data, &k) != nil || k.Key != key || len(k.Of) != len(ids) {
		return nil, nil, false
	}
	of := make(map[string]int, len(ids))
	for i, id := range ids {
		c := k.Of[i]
		if c < 0 || c >= len(k.Cls) {
			return nil, nil, false
		}
		of[id] = c
	}
	return of, k.Cls, true
}

// saveClusters keeps the clustering of the documents with ids under key.
func saveClusters(s keptStore, key string, ids []string, of map[string]int, cls []view.Cluster) {
	if s == nil {
		return
	}
	k := keptClusters{Key: key, Of: make([]int, len(ids)), Cls: cls}
	for i, id := range ids {
		k.Of[i] = of[id]
	}
	if data, err := json.Marshal(k); err == nil {
		s.Set(data)
	}
}

// Names of the kept values (keptValues).
const (
	keptClustersName = "dossier-clusters"
	keptCopiesName   = "dossier-copies"
	keptLinesName    = "dossier-template-lines"
)

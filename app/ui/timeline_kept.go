package ui

import (
	"bytes"
	"encoding/hex"
	"hash/fnv"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// The story clustering of a large dossier is the costliest part of its
// timeline (seconds in the browser for ten thousand articles), and it
// depends only on the articles: it is kept in the browser's storage, and a
// later visit with the same articles, processed by the same pipeline,
// reads it instead of clustering again.

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
	return bytes.HasPrefix(s.Get(), keptHead(key))
}

// loadClusters returns the clustering kept under key of the documents
// with ids, or false.
func loadClusters(s keptStore, key string, ids []string) (map[string]int, []view.Cluster, bool) {
	if s == nil {
		return nil, nil, false
	}
	kOf, cls, ok := decodeClusters(s.Get(), key)
	if !ok || len(kOf) != len(ids) {
		return nil, nil, false
	}
	of := make(map[string]int, len(ids))
	for i, id := range ids {
		c := kOf[i]
		if c < 0 || c >= len(cls) {
			return nil, nil, false
		}
		of[id] = c
	}
	return of, cls, true
}

// saveClusters keeps the clustering of the documents with ids under key.
func saveClusters(s keptStore, key string, ids []string, of map[string]int, cls []view.Cluster) {
	if s == nil {
		return
	}
	kOf := make([]int, len(ids))
	for i, id := range ids {
		kOf[i] = of[id]
	}
	s.Set(encodeClusters(key, kOf, cls))
}

// Names of the kept values (keptValues).
const (
	keptClustersName = "dossier-clusters"
	keptCopiesName   = "dossier-copies"
	keptLinesName    = "dossier-template-lines"
)

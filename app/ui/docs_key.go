package ui

import (
	"strings"
	"sync"
)

// docsKey is the key of what is kept of docs (clusterKey of their IDs).
// A large dossier's first visit asks it of the same ten thousand articles
// several times (the copies, the kept stories, the timeline's model), each
// in a slice of its own: the last key is remembered with its IDs, and
// comparing them is much cheaper than joining and hashing them again.
func docsKey(docs []doc) string {
	lastDocsKey.mu.Lock()
	defer lastDocsKey.mu.Unlock()
	if ids := lastDocsKey.ids; len(ids) == len(docs) && len(ids) > 0 {
		same := true
		for i := range docs {
			if docs[i].ID != ids[i] {
				same = false
				break
			}
		}
		if same {
			return lastDocsKey.key
		}
	}
	n := 0
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = docs[i].ID
		n += len(ids[i]) + 1
	}
	var kb strings.Builder
	kb.Grow(n)
	for _, id := range ids {
		kb.WriteString(id)
		kb.WriteByte(0)
	}
	key := clusterKey(kb.String())
	lastDocsKey.ids, lastDocsKey.key = ids, key
	return key
}

// lastDocsKey is the last key docsKey made and the IDs it is of.
var lastDocsKey struct {
	mu  sync.Mutex
	ids []string
	key string
}

package ui

import (
	"encoding/hex"
	"encoding/json"
	"hash/fnv"
	"sync"

	"github.com/dossierapp/dossier/app/article"
)

// Finding which pages hold their site's template lines
// (article.TemplateLines) reads every block of every page: a tenth of a
// second and more of the page's thread, in one go, for ten thousand
// articles, and ApplyTemplates runs it before the first render and again
// once the page is shown. What it finds depends only on the pages, so it
// is kept: in memory for the visit, and in the browser's storage for the
// next visit with the same pages, processed by the same pipeline.

// linesCache keeps what TemplateLines found of the last sets of pages.
type linesCache struct {
	mu    sync.Mutex
	store keptStore // keeps a large dossier's between visits, or nil
	read  bool      // store was read into kept
	kept  []keptLines
	// find is article.TemplateLines (tests count its calls).
	find func([]doc) map[int]map[string]int
}

// keptLines is what TemplateLines found of the pages with key (linesKey):
// the template lines of each page that holds some, by its index.
type keptLines struct {
	Key   string                 `json:"k"`
	Lines map[int]map[string]int `json:"l"`
}

// keptLinesMax is how many sets are kept: a visit's pages as they come,
// and as they are once those cleaned again replace theirs.
const keptLinesMax = 2

// linesKey is the key of what TemplateLines finds of docs, the pages
// cleaned again among them (done, as ApplyTemplates has it) standing for
// what they were cleaned without: the pipeline's version, and each page's
// ID (which carries its content hash) with the lines it was cleaned
// without, if it was.
func linesKey(docs []doc, done map[string]templated) string {
	h := fnv.New128a()
	h.Write([]byte(processVersion))
	h.Write([]byte{0})
	for _, x := range docs {
		h.Write([]byte(x.ID))
		h.Write([]byte{0})
		if t, ok := done[x.ID]; ok && t.doc.Hash == x.Hash {
			h.Write([]byte(t.sig))
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// of returns the template lines of docs (article.TemplateLines), from what
// is kept when it can; done is as linesKey takes it. The map returned may
// be shared: it is read, never changed.
func (c *linesCache) of(docs []doc, done map[string]templated) map[int]map[string]int {
	key := linesKey(docs, done)
	c.mu.Lock()
	if !c.read {
		c.read = true
		if c.store != nil {
			if data := c.store.Get(); data != nil && json.Unmarshal(data, &c.kept) != nil {
				c.kept = nil
			}
		}
	}
	for _, k := range c.kept {
		if k.Key == key && linesFit(k.Lines, len(docs)) {
			c.mu.Unlock()
			return k.Lines
		}
	}
	find := c.find
	c.mu.Unlock()
	if find == nil {
		find = templateLines
	}
	lines := find(docs)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.kept = append([]keptLines{{key, lines}}, c.kept...)
	if len(c.kept) > keptLinesMax {
		c.kept = c.kept[:keptLinesMax]
	}
	if c.store != nil && len(docs) >= keepClustersFrom {
		if data, err := json.Marshal(c.kept); err == nil {
			c.store.Set(data)
		}
	}
	return lines
}

// templateLines is article.TemplateLines of docs, letting the page draw
// between pages (pause).
func templateLines(docs []doc) map[int]map[string]int { return article.TemplateLinesPaced(docs, pause) }

// linesFit reports whether kept lines name only pages of a set of n: the
// browser's storage is read as it is, and a damaged value is found anew
// rather than trusted with an index.
func linesFit(lines map[int]map[string]int, n int) bool {
	for i := range lines {
		if i < 0 || i >= n {
			return false
		}
	}
	return true
}

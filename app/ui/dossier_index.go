package ui

import (
	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/search"
)

// IndexSoFar indexes the documents shown now, calling pause between
// documents, and makes that the search index even if more documents came
// meanwhile (Reindex, at the end, indexes them all) — unless the documents
// came with an index of their own (install): that one, current, stays.
func (d *dossier) IndexSoFar(pause func()) {
	d.indexMu.Lock()
	defer d.indexMu.Unlock()
	d.mu.RLock()
	docs := d.docs
	d.mu.RUnlock()
	ix := d.indexFor(docs, pause)
	d.mu.Lock()
	if d.indexGen != d.docsGen || d.index == ix {
		d.index, d.indexed = ix, docs
	}
	d.mu.Unlock()
}

// Reindex makes the search index of the documents shown, calling pause
// between documents; until it is done searches use the previous index
// (or find in it the documents added so far, see indexFor). It indexes
// again if the documents changed while it worked. It reports whether it
// set a new index (false: it was current, or another caller indexed these
// documents first).
func (d *dossier) Reindex(pause func()) bool {
	d.indexMu.Lock()
	defer d.indexMu.Unlock()
	for {
		d.mu.RLock()
		docs, g, done := d.docs, d.docsGen, d.indexGen == d.docsGen
		d.mu.RUnlock()
		if done {
			return false
		}
		ix := d.indexFor(docs, pause)
		d.mu.Lock()
		current := d.docsGen == g
		if current || ix == d.index {
			// An index extended in place holds docs, current or not.
			d.index, d.indexed = ix, docs
		}
		if current {
			d.indexGen = g
		}
		d.mu.Unlock()
		if current {
			return true
		}
	}
}

// indexFor returns the search index of docs: the current index extended
// with the documents that came since it was made, when the documents it
// holds are the first of docs (as a large dossier's articles arrive, or an
// import's), else a new one. An extended index is the one a search may be
// using meanwhile: it finds the documents added so far. d.indexMu is held.
func (d *dossier) indexFor(docs []doc, pause func()) *search.Index {
	d.mu.RLock()
	ix, had := d.index, d.indexed
	d.mu.RUnlock()
	if ix == nil || ix.Len() != len(had) || !extends(docs, had) {
		return article.IndexPaced(docs, pause)
	}
	more := make([]search.Doc, 0, len(docs)-len(had))
	for _, x := range docs[len(had):] {
		more = append(more, x.SearchDoc())
		pause()
	}
	ix.AddPaced(more, pause)
	return ix
}

// extends reports whether docs begins with the documents of prefix, each
// as it was when it was indexed (see sameForSearch).
func extends(docs, prefix []doc) bool {
	if len(docs) < len(prefix) {
		return false
	}
	for i := range prefix {
		if !sameForSearch(&docs[i], &prefix[i]) {
			return false
		}
	}
	return true
}

// sameForSearch reports whether a and b are the same document with the
// same search view (article.Doc.SearchDoc): the same identity, title,
// publisher and dates, and the same blocks and mentions (the same slices:
// a page cleaned again, or whose names were found again, has new ones).
func sameForSearch(a, b *doc) bool {
	return a.ID == b.ID && a.Title == b.Title && a.Name == b.Name && a.Publisher == b.Publisher &&
		a.Date == b.Date && a.UserDate == b.UserDate &&
		sameSlice(a.Blocks, b.Blocks) && sameSlice(a.Mentions, b.Mentions)
}

// sameSlice reports whether a and b are the same slice: the same length
// and, when not empty, the same first element.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

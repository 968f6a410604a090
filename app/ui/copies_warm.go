package ui

import "github.com/dossierapp/dossier/app/clean"

// WarmCopies finds the copies of one story among the documents the dossier
// will show with bundle as its bundled articles, calling pause between
// articles, outside the dossier's lock, and keeps them as copies kept from
// an earlier visit are kept: the change that shows those documents
// (findCopies, under the lock) then reads them back instead of comparing
// every article in one go. A large dossier the library worker processed
// in the browser had held the page's thread ~240 ms there (10,000 Reuters
// stories, BenchmarkBrowserReutersProcessing). It does nothing for a
// dossier too small to keep its copies, or whose copies are kept already.
func (d *dossier) WarmCopies(bundle []doc, pause func()) {
	c := &d.copies
	if c.store == nil {
		return
	}
	d.mu.RLock()
	docs := d.composedList(bundle)
	keys := make([]clean.CopyKey, len(docs))
	have := make([]bool, len(docs))
	for i, x := range docs {
		keys[i], have[i] = c.keys[x.ID]
	}
	d.mu.RUnlock()
	if len(docs) < keepCopiesFrom {
		return
	}
	key := docsKey(docs)
	d.mu.Lock()
	_, kept := c.keptOf(key, len(docs))
	d.mu.Unlock()
	if kept {
		return
	}
	spin := make([]float64, len(docs))
	for i, x := range docs {
		if !have[i] {
			keys[i] = clean.KeyOf(x.Result)
			pause()
		}
		spin[i] = x.Spin
	}
	of := clean.CopyOfPaced(keys, spin, pause)
	d.mu.Lock()
	defer d.mu.Unlock()
	c.kept = keptCopies{Key: key, Of: of}
	c.store.Set(encodeCopies(key, of))
}

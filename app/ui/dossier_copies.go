package ui

import (
	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/clean"
)

// copies are the copies of one story among the documents shown (issue 17):
// the library lists each story once, with "2 copies" and a link to each
// other copy.
type copies struct {
	keys map[string]clean.CopyKey // copy key of each document by ID, made once
	// of[i] is the document that document i is a copy of (its group's
	// first unspun document, or its first), or -1.
	of []int
	// others[i] are the other copies of a group's representative i.
	others map[int][]int
	// store keeps a large dossier's copies between visits (as the
	// timeline's clustering is kept), or nil; kept is what it read or
	// wrote last.
	store keptStore
	kept  keptCopies
}

// keptCopies is what is kept of a dossier's copies: the key of its
// documents (clusterKey) and of for them.
type keptCopies struct {
	Key string
	Of  []int
}

// keepCopiesFrom is the fewest documents whose copies are kept between
// visits.
const keepCopiesFrom = 500

// findCopies finds the copies of one story among docs (clean.CopyOf)
// and repairs each spun copy of a clean one from it, in docs; d.mu is held.
// A document's key is made once; a large dossier's copies found before
// (this visit or the last, with every article processed) are read back.
func (d *dossier) findCopies(docs []doc) {
	c := &d.copies
	if d.processed < d.toProcess && len(docs) >= keepCopiesFrom {
		// A large dossier still processing is shown again every moment
		// with more articles: comparing all of them each time held the
		// page's thread for a tenth of a second and more. Its copies are
		// found once, when it is all there (their keys made meanwhile,
		// between frames: WarmCopyKeys).
		c.of, c.others = nil, nil
		return
	}
	var key string
	if c.store != nil && len(docs) >= keepCopiesFrom {
		key = docsKey(docs)
	}
	if of, ok := c.keptOf(key, len(docs)); ok {
		c.of = of
	} else {
		if c.keys == nil {
			c.keys = map[string]clean.CopyKey{}
		}
		keys := make([]clean.CopyKey, len(docs))
		spin := make([]float64, len(docs))
		for i, x := range docs {
			k, ok := c.keys[x.ID]
			if !ok {
				k = clean.KeyOf(x.Result)
				c.keys[x.ID] = k
			}
			keys[i], spin[i] = k, x.Spin
		}
		c.of = clean.CopyOf(keys, spin)
		if key != "" && d.processed >= d.toProcess {
			c.kept = keptCopies{Key: key, Of: c.of}
			c.store.Set(encodeCopies(key, c.of))
		}
	}
	c.others = map[int][]int{}
	for i, r := range c.of {
		if r < 0 {
			continue
		}
		c.others[r] = append(c.others[r], i)
		if docs[i].Spin >= 0.5 && docs[r].Spin < 0.5 {
			docs[i] = repairedFrom(docs[i], docs[r])
		}
	}
}

// keptOf returns the copies kept for the n documents of key ("": none).
func (c *copies) keptOf(key string, n int) ([]int, bool) {
	if key == "" {
		return nil, false
	}
	if c.kept.Key != key {
		of, ok := decodeCopies(c.store.Get(), key)
		if !ok {
			return nil, false
		}
		c.kept = keptCopies{key, of}
	}
	if c.kept.Key != key || len(c.kept.Of) != n {
		return nil, false
	}
	for _, r := range c.kept.Of {
		if r < -1 || r >= n {
			return nil, false
		}
	}
	return c.kept.Of, true
}

// KeepCopies keeps of, the copies of docs the server found (a first
// visit's), as if the page had found them: a large dossier's copies are
// then read back instead of found (findCopies), and their keys not made.
func (d *dossier) KeepCopies(docs []doc, of []int) {
	c := &d.copies
	if c.store == nil || len(docs) < keepCopiesFrom || len(of) != len(docs) {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	c.kept = keptCopies{Key: docsKey(docs), Of: of}
	c.store.Set(encodeCopies(c.kept.Key, of))
}

// hasKept reports whether the copies of docs are kept: their keys need
// not be made.
func (d *dossier) hasKept(docs []doc) bool {
	c := &d.copies
	if c.store == nil || len(docs) < keepCopiesFrom {
		return false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	_, ok := c.keptOf(docsKey(docs), len(docs))
	return ok
}

// WarmCopyKeys makes the copy keys of the documents that have none yet,
// calling pause between documents, outside the dossier's lock: the next
// change that shows them (findCopies, under the lock) then only looks
// them up. A large dossier arriving otherwise makes them all in one go.
func (d *dossier) WarmCopyKeys(docs []doc, pause func()) {
	if d.hasKept(docs) {
		return
	}
	d.mu.RLock()
	known := d.copies.keys
	d.mu.RUnlock()
	made := map[string]clean.CopyKey{}
	for _, x := range docs {
		if _, ok := known[x.ID]; ok {
			continue
		}
		made[x.ID] = clean.KeyOf(x.Result)
		pause()
	}
	if len(made) == 0 {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.copies.keys == nil {
		d.copies.keys = map[string]clean.CopyKey{}
	}
	for id, k := range made {
		d.copies.keys[id] = k
	}
}

// repairedFrom returns the spun document x repaired word for word from its
// clean copy orig (clean.RepairFromCopy: an exact repair), its events found
// again and its names the original's; x itself when nothing changed.
func repairedFrom(x, orig doc) doc {
	r, n := clean.RepairFromCopy(x.Result, orig.Result)
	if n == 0 {
		return x
	}
	out := article.New(x.Article, r)
	out.Hash = x.Hash
	out.SetUserDate(x.UserDate)
	// Repaired, it has its original's words: the people and places it
	// names are the original's (names are found in the worker, not here).
	if x.Mentions != nil {
		out.Mentions = orig.Mentions
	}
	return out
}

// Copies returns the other copies of the story of the document with the
// given ID (nil when it has none), and the document it is a copy of when
// the library lists that one instead (ok false when it is listed itself).
func (d *dossier) Copies(id string) (others []doc, listedAs doc, ok bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	i, found := d.byID[id]
	if !found || i >= len(d.copies.of) {
		return nil, doc{}, false
	}
	if r := d.copies.of[i]; r >= 0 {
		return nil, d.docs[r], true
	}
	for _, j := range d.copies.others[i] {
		others = append(others, d.docs[j])
	}
	return others, doc{}, false
}

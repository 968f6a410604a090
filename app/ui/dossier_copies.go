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
}

// findCopies finds the copies of one story among docs (clean.CopyOf)
// and repairs each spun copy of a clean one from it, in docs; d.mu is held.
// A document's key is computed once.
func (d *dossier) findCopies(docs []doc) {
	c := &d.copies
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

// WarmCopyKeys makes the copy keys of the documents that have none yet,
// calling pause between documents, outside the dossier's lock: the next
// change that shows them (findCopies, under the lock) then only looks
// them up. A large dossier arriving otherwise makes them all in one go.
func (d *dossier) WarmCopyKeys(docs []doc, pause func()) {
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

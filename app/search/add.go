package search

// Add indexes one more document, for example an article the user imported.
// Its ID should be new; an existing ID is not replaced.
func (ix *Index) Add(d Doc) { ix.AddPaced([]Doc{d}, nil) }

// AddPaced indexes docs after the documents already indexed, calling pause
// (when not nil) between documents and between pieces of the vocabulary's
// sorting, so that a browser page can draw while a large dossier's newly
// processed articles are indexed. The index is then what Build would make
// of all the documents in the same order (the same term IDs, posting
// lists, sorted vocabulary and norms: the same results), at the cost of
// indexing docs only.
//
// Searches may run during the pauses: they find the documents added so far
// (their words that are new to the index only once AddPaced returns, when
// prefix and fuzzy lookups see them). Writers are serialised: an Add
// waits for an AddPaced to finish. docs must not change until it returns.
func (ix *Index) AddPaced(docs []Doc, pause func()) {
	if len(docs) == 0 {
		return
	}
	if pause == nil {
		pause = func() {}
	}
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	ix.mu.Lock()
	for i := range docs {
		ends := ix.addSeq(docs[i])
		for len(ix.post) < len(ix.vocab.terms) {
			ix.post = append(ix.post, nil)
		}
		ix.addPostings(uint32(len(ix.docs)-1), ends)
		ix.changed()
		if i+1 < len(docs) {
			ix.mu.Unlock()
			pause()
			ix.mu.Lock()
		}
	}
	// Searches never read the unsorted terms, which are sorted with ix.mu
	// released between pieces (the sorted ones are replaced at the end,
	// with it held).
	ix.vocab.sortNewPaced(func() {
		ix.mu.Unlock()
		pause()
		ix.mu.Lock()
	})
	ix.changed()
	ix.updateNorms()
	ix.scratch.grow(len(ix.docs))
	ix.mu.Unlock()
}

// changed forgets what searches worked out from the index before a
// document was added: the norms, the expansions of recent query words and
// the previous keystroke's prefix range; ix.mu is held.
func (ix *Index) changed() {
	ix.normOK = false
	ix.cache = nil
	ix.last = prefixRange{}
}

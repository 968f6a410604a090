package search

// termClasses holds, for each match class, a set of query words (bit i is
// word i): for a term, the words it matches in that class; for a document,
// the words whose best match in it is of that class.
type termClasses [clsExact + 1]uint16

// markTerms records in the scratch, for every term of the query's
// expansions, the words it matches by class. clearTerms undoes it.
func (ix *Index) markTerms(exps []expansion) {
	s := &ix.scratch
	if len(s.cls) < len(ix.vocab.terms) {
		s.cls = make([]termClasses, len(ix.vocab.terms)+len(ix.vocab.terms)/4)
	}
	for wi, e := range exps {
		for _, t := range e {
			s.cls[t.id][t.cls] |= 1 << wi
		}
	}
}

// clearTerms resets what markTerms recorded.
func (ix *Index) clearTerms(exps []expansion) {
	for _, e := range exps {
		for _, t := range e {
			ix.scratch.cls[t.id] = termClasses{}
		}
	}
}

// docClasses returns, for a document's term sequence, the query words whose
// best match in it is of each class. Only those matches rank the document
// (see SearchCount), so only they count for proximity and are highlighted:
// a document that has the word itself shows no fuzzy neighbour of it.
// markTerms must have been called.
func (ix *Index) docClasses(seq []uint32) termClasses {
	cls := ix.scratch.cls
	var have termClasses
	for _, id := range seq {
		if id != gap {
			t := &cls[id]
			have[clsNear] |= t[clsNear]
			have[clsPrefix] |= t[clsPrefix]
			have[clsFuzzy] |= t[clsFuzzy]
			have[clsExact] |= t[clsExact]
		}
	}
	// Keep each word in its best class only.
	var better uint16
	for c := clsExact; c >= clsNear; c-- {
		have[c] &^= better
		better |= have[c]
	}
	return have
}

// words returns the query words that term id matches in a document whose
// best matches are best (from docClasses).
func (ix *Index) words(id uint32, best termClasses) uint16 {
	t := &ix.scratch.cls[id]
	return t[clsNear]&best[clsNear] | t[clsPrefix]&best[clsPrefix] | t[clsFuzzy]&best[clsFuzzy] | t[clsExact]&best[clsExact]
}

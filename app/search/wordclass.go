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

// wordClasses unpacks the match class of each of n query words in a
// document (2 bits a word, as SearchCount records them: the best class of
// the word's matches there) into the words of each class. Only those
// matches rank the document, so only they count for proximity and are
// highlighted: a document that has the word itself shows no fuzzy
// neighbour of it.
func wordClasses(packed uint32, n int) termClasses {
	var t termClasses
	for wi := range n {
		t[packed>>(2*wi)&3] |= 1 << wi
	}
	return t
}

// words returns the query words that term id matches in a document whose
// words match in the classes best (from wordClasses).
func (ix *Index) words(id uint32, best termClasses) uint16 {
	t := &ix.scratch.cls[id]
	return t[clsNear]&best[clsNear] | t[clsPrefix]&best[clsPrefix] | t[clsFuzzy]&best[clsFuzzy] | t[clsExact]&best[clsExact]
}

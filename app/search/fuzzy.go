package search

import (
	"sort"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Match classes of an expanded term, best first in value: a document's tier
// is the sum over query words of the best class that matched.
const (
	clsNear   = 0 // one edit from a 3- or 4-letter word that is itself a term
	clsPrefix = 1 // a completion of the word being typed
	clsFuzzy  = 2 // within edit distance, or a subsequence (sahilm/fuzzy)
	clsExact  = 3 // the word itself
)

// Weights of the expansions within a tier, multiplied into BM25F.
const (
	weightExact  = 1.0
	weightEdit1  = 0.6
	weightNear   = 0.3 // one edit from a 3- or 4-letter word that is in the vocabulary
	weightEdit2  = 0.4
	weightSubseq = 0.35
	weightPrefix = 0.5
)

// Bounds on expansions, so that a keystroke costs little however short or
// common the word being typed.
const (
	maxPrefixTerms    = 48    // completions of the word being typed
	maxPrefixPostings = 24000 // postings of those completions, in total
	maxFuzzyTerms     = 24    // edit-distance matches
	maxSubseqTerms    = 8     // sahilm/fuzzy subsequence matches
	maxCacheEntries   = 512
)

// expTerm is one vocabulary term that a query word matches.
type expTerm struct {
	id  uint32
	w   float32
	cls uint8
}

// expansion is the set of terms a query word matches.
type expansion []expTerm

// expKey identifies an expansion in the cache.
type expKey struct {
	word   string
	prefix bool // the word is being typed: completions count
	exact  bool // inside a quoted phrase: no fuzzy matching
}

// expand returns the terms that word matches, from the cache when possible.
// Expansions of the unchanged words of the previous keystrokes are reused.
func (ix *Index) expand(k expKey) expansion {
	if e, ok := ix.cache[k]; ok {
		return e
	}
	e := ix.expandUncached(k)
	if ix.cache == nil || len(ix.cache) >= maxCacheEntries {
		ix.cache = make(map[expKey]expansion, 64)
	}
	ix.cache[k] = e
	return e
}

// expandUncached computes the expansion of a query word: the word itself,
// completions when it is being typed, vocabulary terms within a bounded edit
// distance, and longer terms that contain it as a subsequence.
func (ix *Index) expandUncached(k expKey) expansion {
	v := &ix.vocab
	var e expansion
	seen := map[uint32]bool{}
	addTerm := func(id uint32, w float32, cls uint8) {
		if seen[id] {
			for i := range e {
				if e[i].id == id && (cls > e[i].cls || cls == e[i].cls && w > e[i].w) {
					e[i].w, e[i].cls = w, cls
				}
			}
			return
		}
		seen[id] = true
		e = append(e, expTerm{id: id, w: w, cls: cls})
	}
	exactID, known := v.lookup(k.word)
	if known {
		addTerm(exactID, weightExact, clsExact)
	}
	if k.prefix {
		ix.addCompletions(k.word, addTerm)
	}
	if k.exact {
		return e
	}
	wr := []rune(k.word)
	if d := maxEdits(len(wr)); d > 0 {
		// A short word's neighbours are mostly other words ("mob": "job",
		// "rob"): when the word is itself a term, they rank below its
		// completions ("mobile"), as a last resort for a misremembered
		// name's syllable ("sun" for "son").
		w1, cls := float32(weightEdit1), uint8(clsFuzzy)
		if known && len(wr) < 5 {
			w1, cls = weightNear, clsNear
		}
		ix.addEdits(wr, d, w1, cls, addTerm)
	} else if len(wr) == 2 && len(e) == 0 {
		// A two-letter word that matches nothing at all is a slip ("kim
		// jong um"): its neighbours, as a last resort, rather than no
		// result for the whole query.
		ix.addEdits(wr, 1, weightNear, clsNear, addTerm)
	}
	if len(wr) >= 5 {
		ix.addSubsequences(k.word, wr, addTerm)
	}
	return e
}

// addCompletions adds the most frequent terms that start with p, within the
// bounds maxPrefixTerms and maxPrefixPostings.
func (ix *Index) addCompletions(p string, add func(uint32, float32, uint8)) {
	v := &ix.vocab
	r := v.prefixRange(p, ix.last)
	ix.last = r
	// Keep the most frequent completions: the words a reader most likely means.
	type cand struct {
		id uint32
		df int
	}
	top := make([]cand, 0, maxPrefixTerms+1)
	for _, id := range v.sorted[r.lo:r.hi] {
		df := ix.df(id)
		if len(top) == maxPrefixTerms && df <= top[len(top)-1].df {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return top[i].df < df })
		top = append(top, cand{})
		copy(top[i+1:], top[i:])
		top[i] = cand{id, df}
		if len(top) > maxPrefixTerms {
			top = top[:maxPrefixTerms]
		}
	}
	budget := maxPrefixPostings
	for i, c := range top {
		if i > 0 && c.df > budget {
			continue
		}
		budget -= c.df
		add(c.id, weightPrefix, clsPrefix)
	}
}

// addEdits adds the terms within maxDist edits of the word w, in class cls,
// weighing w1 those one edit away. Candidates are pre-filtered by length and
// by character mask, then checked exactly.
func (ix *Index) addEdits(w []rune, maxDist int, w1 float32, cls uint8, add func(uint32, float32, uint8)) {
	v := &ix.vocab
	qm := charMask(string(w))
	rows := make([]int, 3*(len(w)+maxDist+2))
	buf := make([]rune, 0, len(w)+maxDist)
	type cand struct {
		id   uint32
		dist int
		df   int
	}
	var found []cand
	for n := len(w) - maxDist; n <= len(w)+maxDist; n++ {
		if n <= 0 || n >= len(v.byLen) {
			continue
		}
		for _, id := range v.byLen[n] {
			if maskDistance(qm, v.masks[id]) > 2*maxDist {
				continue
			}
			buf = buf[:0]
			for _, r := range v.terms[id] {
				buf = append(buf, r)
			}
			if cap(rows) < 3*(len(buf)+1) {
				rows = make([]int, 3*(len(buf)+1))
			}
			if d := editDistance(w, buf, maxDist, rows); d > 0 && d <= maxDist {
				found = append(found, cand{id, d, ix.df(id)})
			}
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].dist != found[j].dist {
			return found[i].dist < found[j].dist
		}
		return found[i].df > found[j].df
	})
	for i, c := range found {
		if i == maxFuzzyTerms {
			break
		}
		w := w1
		if c.dist > 1 {
			w = weightEdit2
		}
		add(c.id, w, cls)
	}
}

// addSubsequences adds longer terms that contain the word as a subsequence
// ("Pyngyng" in "pyongyang"), using sahilm/fuzzy, which is excellent on
// short strings. Only terms with the same first letter, a few characters
// longer, and a superset character mask are given to it.
func (ix *Index) addSubsequences(word string, w []rune, add func(uint32, float32, uint8)) {
	v := &ix.vocab
	qm := charMask(word)
	first := w[0]
	extra := max(2, len(w)/3)
	var cands []string
	var ids []uint32
	for n := len(w) + 1; n <= len(w)+extra && n < len(v.byLen); n++ {
		for _, id := range v.byLen[n] {
			if qm&^v.masks[id] != 0 {
				continue
			}
			t := v.terms[id]
			if r, _ := utf8.DecodeRuneInString(t); r != first {
				continue
			}
			cands = append(cands, t)
			ids = append(ids, id)
		}
	}
	if len(cands) == 0 {
		return
	}
	matches := fuzzy.Find(word, cands)
	for i, m := range matches {
		if i == maxSubseqTerms {
			break
		}
		add(ids[m.Index], weightSubseq, clsFuzzy)
	}
}

package search

import (
	"container/heap"
	"sort"
)

// tierScale separates the match tiers in Hit.Score: a document's BM25F sum
// never reaches it (each word contributes at most idf·(k1+1) ≈ 25).
const tierScale = 1000

// scratch holds the per-document accumulators of one search, reused by the
// next so that a keystroke allocates little.
type scratch struct {
	acc   []float32     // BM25F sum over the words matched so far
	tier  []uint16      // sum of match classes over the words matched so far
	wcls  []uint32      // match class of each word matched so far, 2 bits a word
	cnt   []uint8       // number of words matched so far
	ws    []float32     // best score of the current word
	wc    []uint8       // best class of the current word, plus one (0: none)
	touch []uint32      // documents with ws/wc set
	cand  []uint32      // documents that matched the first word
	cls   []termClasses // per term: the query words it matches, by class
}

// grow makes the accumulators cover n documents.
func (s *scratch) grow(n int) {
	if len(s.acc) >= n {
		return
	}
	n += n / 8 // room for documents added later
	s.acc = make([]float32, n)
	s.tier = make([]uint16, n)
	s.wcls = make([]uint32, n)
	s.cnt = make([]uint8, n)
	s.ws = make([]float32, n)
	s.wc = make([]uint8, n)
}

// Search returns the documents that match every word of q, best first.
//
// Each word matches itself, vocabulary terms within a small edit distance or
// containing it as a subsequence, and, for the last word when q does not end
// in a space, the terms it begins. "Quoted phrases" match their words
// exactly, in order. Documents are ranked by tier (exact matches above fuzzy
// ones above completions) and then by BM25F.
func (ix *Index) Search(q string, opt Options) []Hit {
	hits, _ := ix.SearchCount(q, opt)
	return hits
}

// SearchCount is Search that also returns how many documents matched in
// all (the hits are the best opt.Limit of them).
func (ix *Index) SearchCount(q string, opt Options) (hits []Hit, matched int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	pq := parseQuery(q)
	if len(pq.words) == 0 || len(ix.docs) == 0 {
		return nil, 0
	}
	if !ix.normOK {
		ix.updateNorms()
	}
	exps := make([]expansion, len(pq.words))
	cost := make([]int, len(pq.words))
	for i, w := range pq.words {
		exps[i] = ix.expand(expKey{word: w.text, prefix: w.prefix, exact: w.exact})
		if len(exps[i]) == 0 {
			return nil, 0
		}
		for _, t := range exps[i] {
			cost[i] += ix.df(t.id)
		}
	}
	// Intersect the rarest words first: later words only touch documents
	// that are still candidates.
	order := make([]int, len(pq.words))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cost[order[a]] < cost[order[b]] })

	s := &ix.scratch
	s.grow(len(ix.docs))
	s.cand = s.cand[:0]
	for step, wi := range order {
		need := uint8(step)
		s.touch = s.touch[:0]
		for _, t := range exps[wi] {
			idf := ix.idf(ix.df(t.id))
			for pi := range ix.post[t.id] {
				p := &ix.post[t.id][pi]
				if s.cnt[p.doc] != need {
					continue
				}
				// A word's score in a document is that of its best term of
				// the best class: a fuzzy neighbour never adds to the
				// score of a document that has the word itself.
				c := t.cls + 1
				if c < s.wc[p.doc] {
					continue
				}
				sc := ix.score(p, idf) * t.w
				switch {
				case s.wc[p.doc] == 0:
					s.touch = append(s.touch, p.doc)
					s.ws[p.doc], s.wc[p.doc] = sc, c
				case c > s.wc[p.doc]:
					s.ws[p.doc], s.wc[p.doc] = sc, c
				case sc > s.ws[p.doc]:
					s.ws[p.doc] = sc
				}
			}
		}
		for _, d := range s.touch {
			if step == 0 {
				s.cand = append(s.cand, d)
			}
			s.acc[d] += s.ws[d]
			s.tier[d] += uint16(s.wc[d] - 1)
			s.wcls[d] |= uint32(s.wc[d]-1) << (2 * wi)
			s.cnt[d]++
			s.ws[d], s.wc[d] = 0, 0
		}
		if len(s.touch) == 0 {
			break
		}
	}

	limit := opt.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	pubFold := Fold(opt.Publisher)
	all := uint8(len(pq.words))
	allExact := uint16(clsExact * len(pq.words))
	// Keep a larger pool when proximity may reorder it.
	pool := limit
	if len(pq.words) > 1 {
		pool = max(limit, proximityPool)
	}
	top := &hitHeap{byDate: opt.SortByDate, ix: ix}
	for _, d := range s.cand {
		ok := s.cnt[d] == all && ix.keep(d, opt, pubFold) && ix.phrasesMatch(d, pq, exps)
		if ok {
			matched++
			sh := scored{doc: d, score: float64(s.tier[d])*tierScale + float64(s.acc[d]), exact: s.tier[d] == allExact, classes: s.wcls[d]}
			if top.Len() < pool {
				heap.Push(top, sh)
			} else if top.less(top.h[0], sh) {
				top.h[0] = sh
				heap.Fix(top, 0)
			}
		}
		s.acc[d], s.tier[d], s.cnt[d], s.wcls[d] = 0, 0, 0, 0
	}
	ranked := make([]scored, top.Len())
	for i := len(ranked) - 1; i >= 0; i-- {
		ranked[i] = heap.Pop(top).(scored)
	}
	ix.markTerms(exps)
	defer ix.clearTerms(exps)
	if len(pq.words) > 1 {
		ix.proximity(ranked, len(pq.words))
		sort.SliceStable(ranked, func(i, j int) bool { return top.less(ranked[j], ranked[i]) })
	}
	if len(ranked) > limit {
		ranked = ranked[:limit]
	}
	m := ix.matcher(pq)
	hits = make([]Hit, len(ranked))
	for i, r := range ranked {
		doc := &ix.docs[r.doc]
		m.best = wordClasses(r.classes, len(pq.words))
		h := Hit{ID: doc.ID, Score: r.score, Title: doc.Title, Exact: r.exact}
		h.Snippet, h.Highlights = ix.snippet(doc, m)
		h.TitleHighlights = m.highlight(doc.Title)
		hits[i] = h
	}
	return hits, matched
}

// proximityPool is how many of the best hits proximity may reorder.
const proximityPool = 40

// proximityBonus is added to a hit's score for each pair of consecutive
// query words that also stand next to each other in the document, so that
// "interest rates" prefers documents about interest rates over documents
// that mention interest and rates apart. It is less than one tier.
const proximityBonus = 2

// proximity adds the proximity bonus to the scores of ranked hits, for the
// n query words. Only the matches that rank a document count (its classes):
// "tsunami aid" gets no bonus from "tsunami and" in a document that has
// "aid". markTerms must have been called.
func (ix *Index) proximity(ranked []scored, n int) {
	for ri := range ranked {
		seq := ix.docSeq(ranked[ri].doc)
		best := wordClasses(ranked[ri].classes, n)
		var found uint16
		prev := uint16(0)
		for _, id := range seq {
			cur := uint16(0)
			if id != gap {
				cur = ix.words(id, best)
			}
			// Word j in prev and word j+1 in cur: (prev << 1) & cur.
			found |= (prev << 1) & cur
			prev = cur
		}
		for j := 1; j < n; j++ {
			if found&(1<<j) != 0 {
				ranked[ri].score += proximityBonus
			}
		}
	}
}

// keep applies the date and publisher filters to document d.
func (ix *Index) keep(d uint32, opt Options, pubFold string) bool {
	doc := &ix.docs[d]
	if opt.From != "" || opt.To != "" {
		if doc.Date == "" || opt.From != "" && doc.Date < opt.From || opt.To != "" && doc.Date > opt.To {
			return false
		}
	}
	return pubFold == "" || ix.pubFold[d] == pubFold
}

// phrasesMatch reports whether document d contains every quoted phrase of
// the query, each word matching one of its expansion's terms, in order.
func (ix *Index) phrasesMatch(d uint32, pq query, exps []expansion) bool {
	if len(pq.phrases) == 0 {
		return true
	}
	seq := ix.docSeq(d)
	for _, ph := range pq.phrases {
		first := exps[ph[0]]
		found := false
		for i := 0; i+len(ph) <= len(seq) && !found; i++ {
			// Most phrase words expand to one term: compare it directly.
			if len(first) == 1 && seq[i] != first[0].id || !first.has(seq[i]) {
				continue
			}
			found = true
			for j, wi := range ph[1:] {
				if !exps[wi].has(seq[i+j+1]) {
					found = false
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// has reports whether the expansion contains term id.
func (e expansion) has(id uint32) bool {
	for _, t := range e {
		if t.id == id {
			return true
		}
	}
	return false
}

// scored is a candidate hit.
type scored struct {
	doc     uint32
	score   float64
	exact   bool
	classes uint32 // the match class of each query word, 2 bits a word
}

// hitHeap is a min-heap of the best hits so far: its root is the worst.
type hitHeap struct {
	h      []scored
	byDate bool
	ix     *Index
}

// less orders a before b when a is the worse hit.
func (h *hitHeap) less(a, b scored) bool {
	if h.byDate {
		da, db := h.ix.docs[a.doc].Date, h.ix.docs[b.doc].Date
		if da != db {
			return da < db
		}
	}
	if a.score != b.score {
		return a.score < b.score
	}
	return a.doc > b.doc
}

func (h *hitHeap) Len() int           { return len(h.h) }
func (h *hitHeap) Less(i, j int) bool { return h.less(h.h[i], h.h[j]) }
func (h *hitHeap) Swap(i, j int)      { h.h[i], h.h[j] = h.h[j], h.h[i] }
func (h *hitHeap) Push(x any)         { h.h = append(h.h, x.(scored)) }
func (h *hitHeap) Pop() any {
	x := h.h[len(h.h)-1]
	h.h = h.h[:len(h.h)-1]
	return x
}

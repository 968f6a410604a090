package clean

import (
	"slices"
	"strings"
	"sync"
)

// Copies of one story: a dossier often holds the same story twice, from two
// sites or once spun. A spinner swaps words but leaves names and numbers
// alone, and a copy may reorder paragraphs or lose its boilerplate, so a
// copy is told by the runs of names and numbers its body shares with
// another text. Where one copy is spun and the other is not, the spun one
// is repaired word for word from the other: that repair is exact.

// CopyKey is what FindCopies compares of a cleaned article: the hashes of
// the runs of three names or numbers in its body (words capitalised inside
// a sentence, numbers), and of its pairs of adjacent words, each sorted and
// once. The pairs, which cost most to make, are made the first time they
// are compared: only an article that shares enough runs with another ever
// needs them.
type CopyKey struct {
	runs  []uint64
	pairs *lazyPairs
}

// lazyPairs makes the hashes of an article's pairs of words once, when they
// are first needed; copies of a CopyKey share it.
type lazyPairs struct {
	once   sync.Once
	blocks []string // the body's texts
	hashes []uint64
}

// get returns the hashes of the pairs of words, made on the first call.
func (l *lazyPairs) get() []uint64 {
	if l == nil {
		return nil
	}
	l.once.Do(func() {
		var words []string
		for _, t := range l.blocks {
			for _, w := range wordsOf(t) {
				words = append(words, strings.ToLower(w))
			}
		}
		l.hashes, l.blocks = hashRuns(words, 2), nil
	})
	return l.hashes
}

// KeyOf returns the copy key of a cleaned article.
func KeyOf(r Result) CopyKey {
	var stable, texts []string
	for _, b := range r.Body() {
		t := b.Text()
		stable = appendStable(stable, t)
		texts = append(texts, t)
	}
	return CopyKey{runs: hashRuns(stable, 3), pairs: &lazyPairs{blocks: texts}}
}

// hashRuns returns the hashes of the runs of n words of ws, sorted, each
// once: FNV-1a (64-bit) of each run's words, each followed by a space.
func hashRuns(ws []string, n int) []uint64 {
	const (
		offset64 = 14695981039346656037
		prime64  = 1099511628211
	)
	var out []uint64
	for i := 0; i+n <= len(ws); i++ {
		h := uint64(offset64)
		for _, w := range ws[i : i+n] {
			for j := 0; j < len(w); j++ {
				h ^= uint64(w[j])
				h *= prime64
			}
			h ^= ' '
			h *= prime64
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// shared counts the hashes two sorted lists share.
func shared(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// appendStable appends the words of text no spinner changes: numbers, and
// capitalised words that do not start a sentence (a spinner keeps a capital
// at a sentence's start), lower-cased.
func appendStable(out []string, text string) []string {
	sentStart := true
	for _, f := range strings.Fields(text) {
		w := strings.Trim(f, "\"'“”‘’()[],.;:!?")
		end := strings.ContainsAny(f[len(f)-1:], ".!?") || strings.HasSuffix(f, ".\"") || strings.HasSuffix(f, ".”")
		if w != "" {
			c := w[0]
			switch {
			case c >= '0' && c <= '9':
				out = append(out, w)
			case c >= 'A' && c <= 'Z' && !sentStart && !strings.HasPrefix(f, "\"") && !strings.HasPrefix(f, "“"):
				out = append(out, strings.ToLower(w))
			}
		}
		sentStart = end
	}
	return out
}

// Copy-finding thresholds: two texts are copies when they share
// minShared runs of names and numbers and at least minContained of the
// smaller text's, and minPairs of the smaller text's pairs of words (a copy
// spun at the seed's rate keeps 0.62 or more of them, the pairs the spinner
// left alone; two stories of one event share names but fewer pairs).
const (
	minShared    = 4
	minContained = 0.5
	minPairs     = 0.6
	// maxPosting: a run found in more texts than this ("the United
	// States") says nothing about any two of them.
	maxPosting = 16
)

// FindCopies returns the pairs (i < j) of keys that are copies of one story,
// in order.
func FindCopies(keys []CopyKey) [][2]int { return FindCopiesPaced(keys, func() {}) }

// FindCopiesPaced is FindCopies calling pause after each article it
// indexes and each it compares with the others: in the browser's page, where ten thousand
// articles took a quarter of a second, pause lets it draw between them.
func FindCopiesPaced(keys []CopyKey, pause func()) [][2]int {
	post := map[uint64][]int32{}
	for i, k := range keys {
		for _, h := range k.runs {
			post[h] = append(post[h], int32(i))
		}
		pause()
	}
	var out [][2]int
	common := map[int32]int{}
	for i, k := range keys {
		clear(common)
		for _, h := range k.runs {
			p := post[h]
			if len(p) > maxPosting {
				continue
			}
			for _, j := range p {
				if int(j) > i {
					common[j]++
				}
			}
		}
		var js []int
		for j, n := range common {
			o := keys[j]
			if n < minShared || float64(n) < minContained*float64(min(len(k.runs), len(o.runs))) {
				continue
			}
			kp, op := k.pairs.get(), o.pairs.get()
			if float64(shared(kp, op)) >= minPairs*float64(min(len(kp), len(op))) {
				js = append(js, int(j))
			}
		}
		slices.Sort(js)
		for _, j := range js {
			out = append(out, [2]int{i, j})
		}
		pause()
	}
	return out
}

// RepairFromCopy repairs the spun article spun word for word from orig, a
// clean copy of the same story, and returns it with the number of words it
// changed. Words are aligned on the words both texts use once (in order),
// and between two aligned words a run of as many words in each is aligned
// word by word: each word that differs is replaced by the original's
// (Segment.Original keeps the spun word). A word the news model repaired
// where the copies agree is put back as written; elsewhere its repair
// stays. A spun article that scored as clean is returned unchanged.
func RepairFromCopy(spun, orig Result) (Result, int) {
	if spun.Spin < 0.5 {
		return spun, 0
	}
	var want []string
	for _, b := range orig.Body() {
		want = append(want, wordsOf(b.Text())...)
	}
	type slot struct {
		block int
		toks  []token
	}
	out := spun
	out.Blocks = slices.Clone(spun.Blocks)
	var slots []slot
	var have []string // lower-case words of spun, as scraped
	for bi, b := range out.Blocks {
		if b.Removed != "" || b.Kind != "paragraph" && b.Kind != "heading" {
			continue
		}
		// The scraped words back in place of earlier repairs.
		segs := make([]Segment, len(b.Segments))
		for k, s := range b.Segments {
			if s.Original != "" {
				s = Segment{Text: s.Original}
			}
			segs[k] = s
		}
		out.Blocks[bi].Segments = segs
		text := Block{Segments: segs}.Text()
		toks := tokenize(segs, text, lower(text))
		slots = append(slots, slot{bi, toks})
		for _, tk := range toks {
			have = append(have, tk.low)
		}
	}
	lowWant := make([]string, len(want))
	for i, w := range want {
		lowWant[i] = strings.ToLower(w)
	}
	match := alignWords(have, lowWant)
	// The repairs the news model made, by position in have.
	prior := map[int]string{}
	n := 0
	for _, s := range slots {
		for _, seg := range spun.Blocks[s.block].Segments {
			if seg.Removed != "" {
				continue
			}
			if seg.Original != "" {
				prior[n] = seg.Text
				n++
				continue
			}
			n += len(tokenize([]Segment{seg}, seg.Text, lower(seg.Text)))
		}
	}
	changed := 0
	at := 0
	for _, s := range slots {
		repl := make([]string, len(s.toks))
		any := false
		for i, tk := range s.toks {
			k := at + i
			if j := match[k]; j >= 0 {
				if lowWant[j] != tk.low {
					repl[i] = matchCase(lowWant[j], tk.word)
					changed++
					any = true
				}
			} else if p, ok := prior[k]; ok {
				repl[i] = p
				any = true
			}
		}
		at += len(s.toks)
		if any {
			out.Blocks[s.block].Segments = applyRepairs(out.Blocks[s.block].Segments, s.toks, repl)
		}
	}
	return out, changed
}

// wordsOf returns the words tokenize finds in f.
func wordsOf(f string) []string {
	toks := tokenize([]Segment{{Text: f}}, f, lower(f))
	out := make([]string, len(toks))
	for i, tk := range toks {
		out[i] = tk.word
	}
	return out
}

// alignWords returns, for each word of a, the index of the word of b it
// aligns with, or -1. Words used once in each text anchor the alignment (the
// longest run of them in the same order); between two anchors, runs of
// equal length align word by word.
func alignWords(a, b []string) []int {
	count := func(ws []string) map[string]int {
		m := map[string]int{}
		for _, w := range ws {
			m[w]++
		}
		return m
	}
	ca, cb := count(a), count(b)
	posB := map[string]int{}
	for j, w := range b {
		posB[w] = j
	}
	// Anchors (i, j) in a's order; the longest increasing run of j.
	var ai, aj []int
	for i, w := range a {
		if ca[w] == 1 && cb[w] == 1 {
			ai = append(ai, i)
			aj = append(aj, posB[w])
		}
	}
	keep := longestIncreasing(aj)
	match := make([]int, len(a))
	for i := range match {
		match[i] = -1
	}
	pi, pj := -1, -1
	for _, k := range append(keep, -1) {
		ni, nj := len(a), len(b)
		if k >= 0 {
			ni, nj = ai[k], aj[k]
		}
		if ni-pi == nj-pj && pi >= 0 && k >= 0 {
			for d := 1; d < ni-pi; d++ {
				match[pi+d] = pj + d
			}
		} else if ga, gb := ni-pi-1, nj-pj-1; ga > 0 && gb > 0 && ga <= maxGap && gb <= maxGap {
			alignGap(a[pi+1:ni], b[pj+1:nj], match[pi+1:ni], pj+1)
		}
		if k >= 0 {
			match[ni] = nj
		}
		pi, pj = ni, nj
	}
	return match
}

// maxGap is the longest run between anchors alignGap aligns.
const maxGap = 48

// alignGap aligns two runs of words of different lengths by edit distance
// (a word kept, replaced, added or dropped costs 0, 1, 1, 1) and records in
// match, offset by off, the words of a kept or replaced one for one between
// two kept words.
func alignGap(a, b []string, match []int, off int) {
	n, m := len(a), len(b)
	d := make([][]int32, n+1)
	for i := range d {
		d[i] = make([]int32, m+1)
		d[i][0] = int32(i)
	}
	for j := 0; j <= m; j++ {
		d[0][j] = int32(j)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			sub := d[i-1][j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			d[i][j] = min(sub, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	for i, j := n, m; i > 0 && j > 0; {
		sub := d[i-1][j-1]
		if a[i-1] != b[j-1] {
			sub++
		}
		switch {
		case d[i][j] == sub:
			match[i-1] = off + j - 1
			i, j = i-1, j-1
		case d[i][j] == d[i-1][j]+1:
			i--
		default:
			j--
		}
	}
}

// longestIncreasing returns the indexes of a longest strictly increasing
// subsequence of v.
func longestIncreasing(v []int) []int {
	var tails []int // indexes into v
	prev := make([]int, len(v))
	for i, x := range v {
		k, _ := slices.BinarySearchFunc(tails, x, func(t, x int) int { return v[t] - x })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	out := make([]int, len(tails))
	if len(tails) > 0 {
		for i, k := len(tails)-1, tails[len(tails)-1]; i >= 0; i, k = i-1, prev[k] {
			out[i] = k
		}
	}
	return out
}

// CleanDossier cleans the texts of one dossier together: each as Clean
// would, and then the copies of one story found (CopyOf) and every spun
// copy repaired from a clean one (RepairFromCopy). copyOf[i] is the index
// of the text that text i is a copy of, or -1.
func CleanDossier(texts []string) (results []Result, copyOf []int) {
	results = make([]Result, len(texts))
	keys := make([]CopyKey, len(texts))
	spin := make([]float64, len(texts))
	for i, t := range texts {
		results[i] = Clean(t)
		keys[i] = KeyOf(results[i])
		spin[i] = results[i].Spin
	}
	copyOf = CopyOf(keys, spin)
	for i, r := range copyOf {
		if r >= 0 && results[i].Spin >= 0.5 && results[r].Spin < 0.5 {
			results[i], _ = RepairFromCopy(results[i], results[r])
		}
	}
	return results, copyOf
}

// CopyOf groups the copies of one story among articles (FindCopies of their
// keys) and returns, for each, the index of the article it is a copy of:
// its group's first clean article (spin below 0.5), or its first article
// when all are spun. That article itself, and one without copies, get -1.
func CopyOf(keys []CopyKey, spin []float64) []int { return CopyOfPaced(keys, spin, func() {}) }

// CopyOfPaced is CopyOf calling pause between articles (FindCopiesPaced).
func CopyOfPaced(keys []CopyKey, spin []float64, pause func()) []int {
	// Groups: each article points at its group's first member.
	group := make([]int, len(keys))
	for i := range group {
		group[i] = i
	}
	find := func(i int) int {
		for group[i] != i {
			group[i] = group[group[i]]
			i = group[i]
		}
		return i
	}
	for _, p := range FindCopiesPaced(keys, pause) {
		a, b := find(p[0]), find(p[1])
		group[max(a, b)] = min(a, b)
	}
	rep := map[int]int{} // group → its representative
	for i := range keys {
		g := find(i)
		if r, ok := rep[g]; !ok || spin[r] >= 0.5 && spin[i] < 0.5 {
			rep[g] = i
		}
	}
	out := make([]int, len(keys))
	for i := range keys {
		out[i] = -1
		if r := rep[find(i)]; r != i {
			out[i] = r
		}
	}
	return out
}

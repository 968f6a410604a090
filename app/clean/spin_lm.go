package clean

import (
	"math"
	"strings"
	"sync"

	"github.com/dossierapp/dossier/app/clean/internal/numeral"

	"github.com/dossierapp/dossier/app/internal/floats"
)

// The spun-word repair compares readings: for a word the spinner could have
// produced, how likely is its sentence with the word, and how likely with
// each word the spinner may have replaced? The news model answers with
// counts of words and word pairs in news prose (the "g" lines of the spin
// table): "aforesaid" is near-absent from news and "said" everywhere; "world
// order" is common and "satellite order" is not. A run of words between
// punctuation is read with what bounds it: "But" often starts a sentence
// and "Just" seldom, "about" seldom ends one.

// newsModel is a bigram model of news prose over the "g" lines of the table:
// "g word u w2 q w2 q ...", counts quantised to q = round(2·log2(count)).
type newsModel struct {
	lines
	total    float64 // words counted
	logTotal float64
	// classText is the "k" lines of the word classes, read on first use
	// (see classes.go).
	classText string
	classOnce sync.Once
	classes   wordClasses
	conf      confModels // the "c" lines (spin_confuse.go)
}

// logBackoff is the log weight of the unigram estimate for a pair the model does
// not list ("stupid backoff").
var logBackoff = math.Log(0.4)

// logCount[q] is the logarithm of the count quantised to q.
var logCount = func() (t [64]float64) {
	for q := range t {
		t[q] = float64(q) * math.Ln2 / 2
	}
	return t
}()

func (m *newsModel) init() {
	m.total = max(m.total, 1)
	m.logTotal = math.Log(m.total)
}

// word returns the quantised count of w and its pairs (" w2 q w2 q ..."),
// or ok false when the model does not know w.
func (m *newsModel) word(w string) (q, class int, pairs string, ok bool) {
	line, ok := m.find(w)
	if !ok {
		return 0, noClass, "", false
	}
	f, rest := nextField(line[2+len(w):])
	class = noClass
	if c, after := nextField(rest); c != "" && isDigit(c[0]) {
		class, rest = atoi(c), after // the word's class
	}
	return min(atoi(f), len(logCount)-1), class, rest, true
}

// pair returns the quantised count of b after a word whose pairs are given
// (" w2 q w2 q ...", sorted by w2 as internal/gen writes them). It
// binary-searches the bytes of the line: an entry starts where a space is
// followed by a letter or nameClass's "#" (counts are digits).
func pair(pairs, b string) (int, bool) {
	lo, hi := 0, len(pairs) // b's entry, if any, starts in [lo, hi)
	for hi-lo > 64 {
		mid := int(uint(lo+hi) >> 1)
		k := nextEntry(pairs, mid, hi)
		if k < 0 {
			hi = mid
			continue
		}
		switch c := cmpEntry(pairs, k, b); {
		case c == 0:
			return entryCount(pairs[k+1+len(b):])
		case c < 0:
			lo = k + 1
		default:
			hi = k
		}
	}
	for k := nextEntry(pairs, lo, hi); k >= 0; k = nextEntry(pairs, k+1, hi) {
		switch c := cmpEntry(pairs, k, b); {
		case c == 0:
			return entryCount(pairs[k+1+len(b):])
		case c > 0:
			return 0, false
		}
	}
	return 0, false
}

// cmpEntry compares the word of the entry at k (" word count") with b,
// which has no space, as strings.Compare would, without finding the word's
// end first (see lines.cmpAt).
func cmpEntry(pairs string, k int, b string) int {
	s := pairs[k+1:]
	if len(s) <= len(b) {
		return strings.Compare(s, b) // the last entry, cut short: not in a table
	}
	if c := cmpPrefix(s, b); c != 0 {
		return c
	}
	if s[len(b)] == ' ' {
		return 0
	}
	return 1 // the entry's word is longer
}

// cmpPrefix compares s[:len(w)] with w, as strings.Compare would, byte by
// byte: the words of a binary search differ within a few bytes, and under
// wasm strings.Compare is three calls (the standard library is built
// without inlining: see the Makefile's WASM_GCFLAGS).
func cmpPrefix(s, w string) int {
	s = s[:len(w)]
	for i := 0; i < len(w); i++ {
		if s[i] != w[i] {
			if s[i] < w[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// nextEntry returns the offset of the first entry (a space before a
// letter, nameClass, or a boundary word: sentenceEnd, afterComma) at or after from and before hi, or -1.
//
//go:noinline
func nextEntry(pairs string, from, hi int) int {
	for k := from; k < hi && k+1 < len(pairs); k++ {
		if pairs[k] == ' ' && (isWordByte(pairs[k+1]) || pairs[k+1] == nameClass[0] || pairs[k+1] == ',' || pairs[k+1] == '.') {
			return k
		}
	}
	return -1
}

// entryCount reads the count that follows an entry's word.
func entryCount(rest string) (int, bool) {
	// The common case, " q" with one or two digits, without strconv.
	if len(rest) >= 2 && rest[0] == ' ' && isDigit(rest[1]) {
		switch {
		case len(rest) == 2 || rest[2] == ' ':
			return int(rest[1] - '0'), true
		case isDigit(rest[2]) && (len(rest) == 3 || rest[3] == ' '):
			return min(int(rest[1]-'0')*10+int(rest[2]-'0'), len(logCount)-1), true
		}
	}
	n, _ := nextField(rest)
	return min(atoi(n), len(logCount)-1), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// logUnlisted is the logarithm of the count the model gives, with the benefit
// of the doubt, to a pair it does not list (internal/gen keeps pairs seen
// three times or more); trans also keeps the estimate below the second
// word's own frequency.
var logUnlisted = math.Log(2)

// minBenefitQ is the least quantised count of a first word whose unlisted
// pairs get the benefit of the doubt (64): after a rarer word, a pair seen
// twice would be a large share of its uses, and says little.
const minBenefitQ = 12

// Margins, in natural logarithms of likelihood ratios: a repair needs the
// original to be this much more likely than the word as written.
const (
	// repairMargin is the margin for a repair in a spun article.
	repairMargin = 7.0 // ×1100
	// ambiguity is how much better than the next candidate the best
	// must fit to count as clear.
	ambiguity = 4.5 // ×90
	// typeMargin is the margin for a repair of a word that is repaired
	// elsewhere in the article.
	typeMargin = 0.0
	// typeAmbiguity is ambiguity for such a repair.
	typeAmbiguity = 1.0 // ×2.7
	// tellMargin is the margin for a rare word to count as a sign of a
	// spinner.
	tellMargin = 6.9 // ×1000
)

// lmRepair returns the candidate original of the word w that the news model
// prefers between prev and next, and by how much (log ratio); "" when w is
// not a spun word the table knows or either side lacks context. The word
// as written gets the benefit of the doubt, the candidates none (see trans).
func (t *spinTable) lmRepair(prev, w, next string) (string, float64) {
	if prev == "" && next == "" {
		return "", 0 // the counts of the words alone decide nothing
	}
	c := t.cache()
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entry(w)
	if !ok {
		return "", 0
	}
	return c.lmRepair(prev, w, next, e)
}

// lmRepair is spinTable.lmRepair of the spun word w whose entry is e; the
// caller holds c.mu.
func (c *lookups) lmRepair(prev, w, next string, e *spinEntry) (string, float64) {
	t := c.t
	var p, n reading
	if prev != "" {
		p = c.reading(prev, true)
	}
	if next != "" {
		n = c.reading(next, true)
	}
	fit := func(r reading) float64 {
		var s float64
		if prev != "" {
			s = t.lm.trans(p, r)
		} else {
			s = t.lm.logUniReading(r)
		}
		if next != "" {
			s += t.lm.trans(r, n)
		}
		return s
	}
	own := fit(c.reading(w, true))
	best, bestFit := "", math.Inf(-1)
	for _, cand := range e.cands {
		if f := fit(c.reading(cand, false)); f > bestFit {
			best, bestFit = cand, f
		}
	}
	return best, bestFit - own
}

// repairable reports whether the spun-word repair may touch tk: a word in
// lower case, or capitalised at the start of a sentence (a capital
// elsewhere is a name: "Maine", "Bash").
func repairable(tk token) bool {
	if len(tk.low) < 2 {
		return false
	}
	if tk.word == tk.low {
		return true
	}
	return tk.sentStart && tk.word[0] >= 'A' && tk.word[0] <= 'Z' && tk.word[1:] == tk.low[1:]
}

// joinsNext reports whether a pair of the news model may span tk and the
// next word: nothing but spaces and quotation marks between them. A
// numeral, a dash or a bracket between ("approximately 140% of", "past $50
// a") parts them, as internal/gen's Tokens counted the pairs: "some of" is
// no evidence for "some 140% of".
func (tk token) joinsNext() bool { return tk.quoteGap }

// context returns the words before and after token i that a pair may span
// (none across punctuation), with the repairs made so far in repl, as the
// news model reads them (modelWord).
func context(toks []token, i int, repl []string) (prev, next string) {
	tk := toks[i]
	if i > 0 && toks[i-1].joinsNext() && !tk.sentStart {
		prev = modelWord(toks[i-1], repl, i-1)
	}
	if i+1 < len(toks) && tk.joinsNext() && !toks[i+1].sentStart {
		next = modelWord(toks[i+1], repl, i+1)
	}
	return prev, next
}

// nameClass is internal/gen's NameClass: the news model's word for every
// word written with a capital within a sentence.
const nameClass = "#n"

// sentenceStart and afterComma are internal/gen's SentenceStart and
// AfterComma: the news model's words for what precedes a run's first word.
const (
	sentenceStart = "^"
	afterComma    = ","
	// sentenceEnd is internal/gen's SentenceEnd: the end of a sentence
	// after a run's last word.
	sentenceEnd = "."
)

// boundaryWord returns the news model's word for what precedes tk when it
// starts a run: the start of a sentence, a comma, a numeral, or "" (other
// punctuation).
func boundaryWord(tk token) string {
	switch {
	case tk.sentStart:
		return sentenceStart
	case tk.afterComma:
		return afterComma
	case tk.numBefore:
		return numeral.Word
	}
	return ""
}

// modelWord returns token i as the news model reads it: its repair in repl
// if any, nameClass for a capital within a sentence (a name: "Korean",
// "Kim"; not "I"), else the word in lower case.
func modelWord(tk token, repl []string, i int) string {
	if repl != nil && repl[i] != "" {
		return strings.ToLower(repl[i])
	}
	if !tk.sentStart && tk.word != tk.low && tk.word != "I" {
		return nameClass
	}
	return tk.low
}

// lmTell reports whether token i is a rare spun word the news model clearly
// takes for a swap: one of the signs that an article is spun.
func (t *spinTable) lmTell(toks []token, i int) bool {
	tk := toks[i]
	if !repairable(tk) || !t.mayBeRare(tk.low) {
		return false
	}
	prev, next := context(toks, i, nil)
	if prev == "" && next == "" {
		return false // no gain (see lmRepair)
	}
	// The entry from the cache, which lmRepair reads too: a search of the
	// table's lines for every sign took 1% of the cleanup's time under wasm.
	c := t.cache()
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entry(tk.low)
	if !ok || !e.rare {
		return false // not a rare spun word
	}
	_, gain := c.lmRepair(prev, tk.low, next, e)
	return gain >= tellMargin
}

// maxRareQ is the quantised count of internal/gen's maxRare (8): a rare
// spun word counted more often in the news text is mostly capitalised there.
const maxRareQ = 6

// swapCost is the log prior cost of reading a word as a swap: how much
// likelier in the news model its original must make the sentence before
// the lattice prefers it.
const swapCost = 2.3 // ×10

// secondaryCost is the further cost of a candidate the spinner would not
// have swapped for the written word, although the word is its synonym.
const secondaryCost = 4.6

// reading is one way to read a token: as written, or as a candidate
// original of a spun word.
type reading struct {
	word    string
	written bool
	q       int    // the word's quantised count
	class   int32  // the word's class (noClass: none)
	pairs   string // its pairs in the model
	known   bool   // the model knows the word
	// secondary: the written word is in the reading's first synsets but
	// not the spinner's swap of it.
	secondary bool
	// seen: the swap was seen in the wild (the table's "x" and "y" lines),
	// so reading it costs nothing.
	seen bool
	// other: an original of a word the spinner seen in the wild swaps
	// in, other than its own, in an article that shows that spinner.
	other bool
	// fanCost is the log of how many words the spinner swaps the
	// candidate for (spinEntry.fan): the likelier a swap, the cheaper.
	fanCost float64
	// first: the table's first candidate, the most frequent of the
	// spinner's originals of the written word (see firstLead).
	first bool
}

// lmRepairs fills repls with the repairs the news model makes clear in the
// blocks (toks) of a spun article, where the rules (spunRepair) have not
// decided. Each run of words with no punctuation between them is read as a
// lattice: every spun word the table knows may be read as written or as any
// of its candidate originals, and the best reading through a candidate is
// compared with the best reading through the word as written (max-marginals
// of a bigram Viterbi pass). A word is repaired where its original wins by
// repairNeed (repairMargin, less for a frequent original); a spinner swaps a word the same way throughout an article,
// so once a third of the uses of a spun word are repaired to one original,
// the others are repaired to it wherever it wins by typeMargin.
//
// It returns the words the learned decision doubts strongly (block and
// token; see phraseDoubt), which the phrase rules leave as written.
func (t *spinTable) lmRepairs(toks [][]token, repls [][]string, heavy bool) (doubted map[[2]int]bool) {
	// About a word in four of a spun article is a candidate (80 of the 347
	// of BenchmarkClean's): room for them made once, not grown, and kept
	// for the next article (usesPool).
	all := 0
	for _, tk := range toks {
		all += len(tk)
	}
	up := usesPool.Get().(*[]repairUse)
	uses := (*up)[:0]
	if cap(uses) < all/4+1 {
		uses = make([]repairUse, 0, all/4+1)
	}
	defer func() {
		clear(uses) // no strings held past the article
		*up = uses[:0]
		usesPool.Put(up)
	}()
	c := t.cache()
	wild := c.wildSpinner(toks)
	conf := &confContext{m: &t.lm.conf}
	c.mu.Lock()
	signs := c.rateSigns(toks)
	c.mu.Unlock()
	words := 0
	for k, tk := range toks {
		words += len(tk)
		for lo := 0; lo < len(tk); {
			hi := lo + 1
			for hi < len(tk) && tk[hi-1].joinsNext() && !tk[hi].sentStart {
				hi++
			}
			// A word alone between punctuation ("Besides, the team")
			// has only the counts of its readings to go by, which favour
			// a frequent original whatever the writer wrote: it needs the
			// full margin.
			alone := hi-lo == 1
			end := ""
			switch {
			case hi == len(tk) || tk[hi].sentStart:
				end = sentenceEnd
			case tk[hi].afterComma:
				end = afterComma
			case tk[hi].numBefore:
				end = numeral.Word
			}
			c.decodeRun(tk[lo:hi], repls[k][lo:hi], end, wild, conf.at(tk, repls[k], lo), func(b bestReading) {
				// The gain counts as short of the margin by what the
				// lead is short of its need.
				over := b.over
				margin, need := repairNeed(b.cand, b.single, alone, heavy)
				if wild && b.rare && b.cand.seen {
					// On a page of the spinner seen in the wild, a word
					// news prose rarely writes ("enactment") is surely its
					// swap: the best of the originals it swaps the word in
					// for needs only read better than the next (b.lead is
					// eased by wildAmbiguity), not clearly better.
					need = ambiguity - wildAmbiguity
				}
				written := c.reading(tk[lo+b.i].low, true)
				if heavy {
					over += rarityPrior(b.cand, written)
				}
				uses = append(uses, repairUse{block: k, tok: lo + b.i, b: b, written: written,
					hand: min(over, b.lead-need+margin) - margin, margin: margin, runLen: hi - lo})
			})
			lo = hi
		}
	}
	// How often the article writes each word (lower case), for the
	// learned decision: a candidate original the article writes elsewhere
	// is on its topic (the spinner leaves some of its uses alone). Only
	// the candidates are counted: a map of every word the article writes
	// grew a word at a time.
	inArticle := map[string]int32{}
	for _, u := range uses {
		inArticle[u.b.cand.word] = 0
	}
	if len(inArticle) > 0 {
		for _, tk := range toks {
			for i := range tk {
				if n, ok := inArticle[tk[i].low]; ok {
					inArticle[tk[i].low] = n + 1
				}
			}
		}
	}
	// uses of each spun word, and those repaired surely to each original.
	n, sure := map[string]int{}, map[[2]string]int{}
	nSure := 0
	for _, u := range uses {
		w := toks[u.block][u.tok].low
		n[w]++
		if u.hand >= 0 {
			sure[[2]string{w, u.b.cand.word}]++
			nSure++
		}
	}
	for _, u := range uses {
		tk := toks[u.block][u.tok]
		s := sure[[2]string{tk.low, u.b.cand.word}]
		// A spinner swaps a word the same way throughout an article.
		u.typed = s > 0 && 3*s >= n[tk.low] && u.hand+u.margin >= typeMargin && u.b.one
		repair := u.hand >= 0 || u.typed
		u.others, u.othersSure, u.sure = n[tk.low]-1, s, nSure
		u.signs = signs
		u.candWritten = int(inArticle[u.b.cand.word])
		if u.hand >= 0 {
			u.othersSure--
		}
		if f := t.forest.pick(signs); f.leaf != nil && !wild {
			// The learned decision vetoes the margins' doubtful repairs
			// and adds its clear ones. It was fitted on the swaps of
			// WordNet's spinner alone: in an article that shows the
			// spinner seen in the wild, whose swaps it never saw, the
			// margins decide.
			//
			// The margins' repair alone, not the article's other repairs
			// of the word (u.typed, one of the decision's measures): what
			// those add past the decision's doubt was right 59 times for
			// each wrong one on the choosing sets (4,851 / 82), where its
			// own additions near add are right about 100 times for each.
			p := f.score(repairFeatures(u, words, heavy))
			if u.b.unlisted > 0 {
				p = unlistedDoubt(p, u.b.unlisted)
			}
			add := f.add
			if !u.written.known && f == &t.forest {
				// A word news prose never writes: nearly always the
				// spinner's (the first decision's alone).
				add -= unknownAddEase
			}
			repair = u.hand >= 0 && p >= f.veto || p >= add
			if p < phraseDoubt && phraseSpun(tk.low) {
				if doubted == nil {
					doubted = map[[2]int]bool{}
				}
				doubted[[2]int{u.block, u.tok}] = true
			}
		}
		if !repair && u.b.single && u.b.over >= 0 && t.afterNoWriter(toks[u.block], repls[u.block], u.tok) {
			repair = true
		}
		if repairObserver != nil {
			if r, ok := repairObserver(u, toks, heavy); ok {
				repair = r
			}
		}
		if repair {
			repls[u.block][u.tok] = matchCase(u.b.cand.word, tk.word)
		}
	}
	return doubted
}

// usesPool keeps lmRepairs' list of uses between articles: made for each
// one, it was a tenth of the bytes a cleaning allocated (speed43).
var usesPool = sync.Pool{New: func() any { return new([]repairUse) }}

// minWild is how many different words only the spinner seen in the wild
// swaps in (spinEntry.wildOnly: "sojourn", "planetary", "nary"...) an
// article must show to count as that spinner's work. The seed 002 shows 16;
// of the 445 held-out BBC articles spun with WordNet's first synonyms, none
// shows more than 2 (387 none); of the 2,225 clean ones none more than 1.
const minWild = 5

// wildAmbiguity is ambiguity for a swap seen in the wild in an article that
// shows that spinner, where another spinner's originals cost otherCost more.
const wildAmbiguity = 3.0

// otherCost is the further cost of another spinner's original (see
// reading.other).
const otherCost = 4.6 // ×100

// wildSpinner reports whether the article (its blocks' tokens) shows the
// spinner seen in the wild: minWild different words only it swaps in.
func (c *lookups) wildSpinner(toks [][]token) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	seen := map[string]bool{}
	for _, tk := range toks {
		for _, t := range tk {
			if seen[t.low] || !repairable(t) || t.glued || !c.t.mayBeRare(t.low) {
				continue
			}
			if e, ok := c.entry(t.low); ok && e.wildOnly() {
				seen[t.low] = true
				if len(seen) >= minWild {
					return true
				}
			}
		}
	}
	return false
}

// lookups caches a table's lookups of words and spun words: the articles of
// a dossier share most of their words. It stops growing at maxCached words.
type lookups struct {
	t     *spinTable
	mu    sync.Mutex
	words map[string]cachedWord
	origs map[string]bool // the originals of spun words (see rateSigns)
	// decodeRun's scratch: the scores, the readings and their offsets.
	buf    []float64
	rd     []reading
	at, to []int
	rare   []bool
}

// maxCached bounds the words a table's cache holds.
const maxCached = 1 << 16

// cachedWord is what the cache knows of a word: its reading and its entry
// as a spun word, each looked up on first use. The two share one map: the
// decoding needs both of most words, and a map lookup hashes the word (a
// dozen calls under wasm).
type cachedWord struct {
	r          reading
	e          *spinEntry // nil: not a spun word
	v          variant    // its spelling variant (isV), if any
	hasR, hasE bool
	hasV, isV  bool
}

// reading looks w up; the caller holds c.mu.
func (c *lookups) reading(w string, written bool) reading {
	cw, ok := c.words[w]
	if !cw.hasR {
		c.fill(w, &cw, ok, true, false)
	}
	r := cw.r
	r.written = written
	return r
}

// entry looks the spun word w up; the caller holds c.mu.
func (c *lookups) entry(w string) (*spinEntry, bool) {
	cw, ok := c.words[w]
	if !cw.hasE {
		c.fill(w, &cw, ok, false, true)
	}
	return cw.e, cw.e != nil
}

// readingEntry is reading(w, true) and entry(w) in one lookup.
func (c *lookups) readingEntry(w string) (reading, *spinEntry, bool) {
	cw, ok := c.words[w]
	if !cw.hasR || !cw.hasE {
		c.fill(w, &cw, ok, !cw.hasR, !cw.hasE)
	}
	r := cw.r
	r.written = true
	return r, cw.e, cw.e != nil
}

// fill looks up what cw lacks of w (its reading, its entry) and caches it;
// cached tells whether w is a key of the cache already.
func (c *lookups) fill(w string, cw *cachedWord, cached, read, entry bool) {
	if read {
		cw.r, cw.hasR = c.t.lm.reading(w, true), true
	}
	if entry {
		if en, found := c.t.entry(w); found {
			cw.e = &en
		}
		cw.hasE = true
	}
	c.store(w, cw, cached)
}

// store caches cw as what is known of w; cached tells whether w is a key
// of the cache already.
func (c *lookups) store(w string, cw *cachedWord, cached bool) {
	switch {
	case cached:
		c.words[w] = *cw
	case len(c.words) < maxCached:
		c.words[strings.Clone(w)] = *cw
	}
}

// decodeRun decodes one run of words (see lmRepairs) and calls found with
// the best candidate of each spun word and the evidence for it
// (bestReading).
func (c *lookups) decodeRun(toks []token, repl []string, end string, wild bool, conf func(i int, spun, orig string) float64, found func(bestReading)) {
	m := &c.t.lm
	c.mu.Lock()
	defer c.mu.Unlock()
	// The readings of token i are rd[at[i]:at[i+1]], the written one first;
	// both slices are the cache's, reused from run to run.
	rd, at := c.rd[:0], c.at[:0]
	rare := c.rare[:0]
	spun := false
	for i, tk := range toks {
		at = append(at, len(rd))
		rare = append(rare, false)
		w := modelWord(tk, repl, i)
		own, e, ok := c.readingEntry(w)
		if ok && e.rare && own.q > maxRareQ && repl[i] == "" && tk.word == tk.low {
			// A name or numeral in news prose ("oregon", "ii"), which
			// seldom writes it in lower case: it counts as unknown.
			own.known = false
		}
		rd = append(rd, own)
		if repl[i] != "" || !repairable(tk) || tk.glued {
			continue
		}
		if w != tk.low { // a name: the word as written is looked up again
			e, ok = c.entry(tk.low)
		}
		if !ok {
			continue
		}
		if fn := functionSwaps[tk.low]; fn == "" || len(e.cands) > 1 { // the rules decide fn
			rare[i] = e.rare
			for k, cand := range e.cands {
				if cand == fn {
					continue
				}
				r := c.reading(cand, false)
				r.secondary = k >= e.primary
				r.fanCost = fanWeight * math.Log(float64(e.fanOf(k)))
				r.first = k == 0
				// A swap seen in the wild of a word another spinner
				// swaps in too ("authoritative" for "classic") or news
				// prose uses often ("past", "overseas") is that
				// spinner's only in an article that shows it.
				r.seen = k < e.seen && (e.wildOnly() || wild)
				// In an article that shows the spinner seen in the wild,
				// the other originals are another spinner's.
				r.other = wild && e.extra && !r.seen
				rd = append(rd, r)
			}
			spun = true
		}
	}
	at = append(at, len(rd))
	c.rd, c.at, c.rare = rd, at, rare
	if !spun {
		return
	}
	reads := func(i int) []reading { return rd[at[i]:at[i+1]] }
	// fwd[at[i]+r]: the best score of the words up to i read with r at i;
	// bwd[at[i]+r]: the best score of the words after i given r at i.
	// tr[to[i]+p*len(reads(i+1))+n]: log P(reading n at i+1 | reading p
	// at i). The scores, carved out of one buffer the cache keeps.
	to := c.to[:0]
	nt := 0
	for i := range len(toks) - 1 {
		to = append(to, nt)
		nt += (at[i+1] - at[i]) * (at[i+2] - at[i+1])
	}
	c.to = to
	need := 2*len(rd) + nt
	if cap(c.buf) < need {
		c.buf = make([]float64, need)
	}
	buf := c.buf[:need]
	fwd, bwd, tr := buf[:len(rd)], buf[len(rd):2*len(rd)], buf[2*len(rd):]
	// What follows the last word: the end of a sentence, a comma, or
	// other punctuation (nothing the model counts).
	last := bwd[at[len(toks)-1]:]
	clear(last)
	if end != "" {
		if e := c.reading(end, true); e.known {
			for r, x := range reads(len(toks) - 1) {
				last[r] = m.trans(x, e)
			}
		}
	}
	for i := range len(toks) - 1 {
		t := tr[to[i]:to[i]]
		for _, x := range reads(i) {
			for _, y := range reads(i + 1) {
				t = append(t, m.trans(x, y))
			}
		}
	}
	// The run's first word follows the start of a sentence or a comma
	// ("^ but", ", but"), or other punctuation: then its count alone.
	start, bounded := reading{}, false
	if b := boundaryWord(toks[0]); b != "" {
		start = c.reading(b, true)
		bounded = start.known
	}
	for r, x := range reads(0) {
		if bounded {
			fwd[r] = m.trans(start, x) - cost(x)
		} else {
			fwd[r] = m.logUniReading(x) - cost(x)
		}
	}
	for i := 1; i < len(toks); i++ {
		nr := at[i+1] - at[i]
		prev := fwd[at[i-1]:at[i]]
		t := tr[to[i-1]:]
		for r, y := range reads(i) {
			best := math.Inf(-1)
			for p := range prev {
				best = floats.Max(best, prev[p]+t[p*nr+r])
			}
			fwd[at[i]+r] = best - cost(y)
		}
	}
	for i := len(toks) - 2; i >= 0; i-- {
		nn := at[i+2] - at[i+1]
		next := bwd[at[i+1]:at[i+2]]
		t := tr[to[i]:]
		for r := range at[i+1] - at[i] {
			best := math.Inf(-1)
			for n, y := range reads(i + 1) {
				best = floats.Max(best, next[n]+t[r*nn+n]-cost(y))
			}
			bwd[at[i]+r] = best
		}
	}
	for i := range toks {
		ri := reads(i)
		if len(ri) == 1 {
			continue
		}
		f, b := fwd[at[i]:at[i+1]], bwd[at[i]:at[i+1]]
		own := f[0] + b[0]
		best, second, bestR, secondR := math.Inf(-1), math.Inf(-1), 0, 0
		for r := 1; r < len(ri); r++ {
			s := f[r] + b[r]
			switch {
			case s > best:
				best, second, bestR, secondR = s, best, r, bestR
			case s > second:
				second, secondR = s, r
			}
		}
		// Two originals that fit about as well: the repair would be a guess.
		cf := conf(i, toks[i].low, ri[bestR].word)
		over := best - own + cf
		// The confusion models' say in the choice between the two best
		// originals.
		if secondR > 0 {
			second -= c.confLead(conf, i, toks[i].low, ri[bestR].word, ri[secondR].word)
		}
		amb := ambiguity
		if ri[bestR].seen {
			// A swap seen in the wild needs half the margin; of a rare
			// word, or in an article that shows that spinner, the
			// original only has to fit better. Not so the choice
			// between two originals, which only such an article
			// makes easier.
			over += repairMargin / 2
			if rare[i] || wild {
				over += repairMargin / 2
			}
			if wild {
				amb = wildAmbiguity // between its own originals
			}
		}
		// A word the spinner seen in the wild swaps in for several
		// originals ("person": have, leader, closer) may stand for
		// another one elsewhere in the article. single: WordNet's
		// spinner swaps the word in for this original alone.
		several, single := false, false
		var unlisted []string
		var unlistedFan []uint8
		if e, ok := c.entry(toks[i].low); ok {
			several = e.seen > 1
			single = e.primary == 1 && !ri[bestR].secondary
			unlisted, unlistedFan = e.unlisted, e.unlistedFan
		}
		br := bestReading{i: i, cand: ri[bestR], over: over, lead: best - second + ambiguity - amb,
			one: !several && best-second >= typeAmbiguity, single: single,
			left: f[bestR] - f[0], right: b[bestR] - b[0], conf: cf, ncand: len(ri) - 1, rare: rare[i]}
		// The spinner's odds: how much of news prose it turns into the
		// written word (each original's count over how many words it
		// swaps it for) against how often news prose writes the word,
		// and the best candidate's share of that.
		mass, candMass := 0.0, 0.0
		for r, x := range ri[1:] {
			if x.known {
				v := math.Exp(logCount[x.q] - x.fanCost/fanWeight)
				mass += v
				if r+1 == bestR {
					candMass = v
				}
			}
		}
		// The spinner's odds of the rarer originals the table does not
		// list as candidates, beside the best candidate's (as mass's).
		um := 0.0
		for k, w := range unlisted {
			if r := c.reading(w, false); r.known {
				um += math.Exp(logCount[r.q]) / float64(unlistedFan[k])
			}
		}
		if um > 0 && candMass > 0 {
			br.unlisted = um / (um + candMass)
		}
		br.prior, br.share = -10, -10
		if mass > 0 {
			lw := 0.0
			if ri[0].known {
				lw = logCount[ri[0].q]
			}
			br.prior = math.Log(mass) - lw
			if candMass > 0 {
				br.share = math.Log(candMass / mass)
			}
		}
		// The word's neighbours as written, for the pairs' kinds.
		var prev, next reading
		switch {
		case i > 0:
			prev = reads(i - 1)[0]
		case bounded:
			prev = start
		}
		switch {
		case i+1 < len(toks):
			next = reads(i + 1)[0]
		case end != "":
			next = c.reading(end, true)
		}
		br.kinds = [4]int8{m.pairKind(prev, ri[bestR]), m.pairKind(ri[bestR], next), m.pairKind(prev, ri[0]), m.pairKind(ri[0], next)}
		if prev.known {
			br.pmiLeft = m.trans(prev, ri[0]) - m.logUniReading(ri[0])
		}
		if next.known {
			br.pmiRight = m.trans(ri[0], next) - m.logUniReading(next)
		}
		found(br)
	}
}

// bestReading is what decodeRun finds for a spun word of a run: its best
// candidate original and the evidence for it.
type bestReading struct {
	i    int     // the word's index in the run
	cand reading // the best candidate
	// over is the candidate's gain over the word as written (log ratio),
	// with the confusion model's log-odds conf; lead is its lead over the
	// next candidate, as repairNeed reads it (eased between the originals
	// of the spinner seen in the wild).
	over, lead, conf float64
	// left and right are the gain's parts before and after the word: the
	// best readings up to it and after it.
	left, right float64
	// one: the word may stand for that original throughout the article
	// (it stands for one original in the wild and no other fits about as
	// well); single: the spinner swaps the word in for that original alone.
	one, single bool
	ncand       int  // how many candidates the word has
	rare        bool // news prose rarely writes the word (spinEntry.rare)
	// prior is the log ratio of what of news prose the spinner turns into
	// the written word (its originals' counts, each over how many words
	// the spinner swaps it for) to the written word's count; share is the
	// candidate's part of that (log).
	prior, share float64
	// kinds are how the news model knows the pairs of the candidate and
	// of the written word with the neighbours as written (pairKind):
	// before and after the candidate, before and after the written word.
	kinds [4]int8
	// pmiLeft and pmiRight are how much likelier the neighbours make the
	// written word and the next word after it than their counts alone
	// (log ratio; 0 without a neighbour).
	pmiLeft, pmiRight float64
	// unlisted is the rarer originals' share of the spinner's odds beside
	// the best candidate's (spinEntry.unlisted): the doubt that the table
	// lacks the writer's word.
	unlisted float64
}

// pairKind says how the model knows the pair x y: -1 where either word is
// unknown (or absent), 0 estimated from a word's count alone, 1 from their
// classes, 2 listed.
func (m *newsModel) pairKind(x, y reading) int8 {
	if !x.known || !y.known {
		return -1
	}
	if _, ok := pair(x.pairs, y.word); ok {
		return 2
	}
	if _, ok := m.classTrans(x, y); ok {
		return 1
	}
	return 0
}

// cost is the prior cost of a reading: of a swap, and of the spinner's
// choice of the written word among its swaps of the original (fanCost).
func cost(r reading) float64 {
	return swapKindCost(r) + r.fanCost
}

// fanWeight scales the log of how many words the spinner swaps an original
// for (reading.fanCost): P(written | original) is 1/k for the spinner of
// WordNet's first synonyms, which the margins, chosen without it, partly
// weigh already. Chosen on other news (TestSpinnerOtherNews; 0, 0.5, 1,
// 1.5 and 2 tried, with firstLead and rarityWeight).
const fanWeight = 1.5

// swapKindCost is the prior cost of a reading by its kind.
func swapKindCost(r reading) float64 {
	switch {
	case r.written, r.seen:
		return 0
	case r.secondary && r.other:
		return swapCost + secondaryCost + otherCost
	case r.secondary:
		return swapCost + secondaryCost
	case r.other:
		return swapCost + otherCost
	}
	return swapCost
}

// reading looks w up.
func (m *newsModel) reading(w string, written bool) reading {
	q, class, pairs, ok := m.word(w)
	return reading{word: w, written: written, q: q, class: int32(class), pairs: pairs, known: ok}
}

// logUniReading is logUni of a reading.
func (m *newsModel) logUniReading(r reading) float64 {
	if r.known {
		return logCount[r.q] - m.logTotal
	}
	return math.Log(0.5) - m.logTotal
}

// trans is log P(y | x), as logCond, with the benefit of the doubt for two
// words as written, less articleMismatch where the article x does not suit
// the sound y starts with ("a important", "an significant").
func (m *newsModel) trans(x, y reading) float64 {
	if articleMismatch(x.word, y.word) {
		return m.transModel(x, y) + logArticleMismatch
	}
	return m.transModel(x, y)
}

// logArticleMismatch is the log odds of "a" before a vowel or "an" before
// a consonant in news prose (~1%).
var logArticleMismatch = math.Log(0.01)

// articleMismatch reports whether the article a does not suit w: "a"
// before a vowel letter (but "a one", "a once", "a u..." and "a eu..."
// sound a consonant), "an" before a consonant (but "an h..." may be silent).
func articleMismatch(a, w string) bool {
	if w == "" || a != "a" && a != "an" {
		return false
	}
	vowel := strings.IndexByte("aeio", w[0]) >= 0 && !strings.HasPrefix(w, "one") && !strings.HasPrefix(w, "once")
	if a == "a" {
		return vowel
	}
	return !vowel && w[0] != 'h' && w[0] != 'u' && !strings.HasPrefix(w, "eu")
}

// transModel is trans without the article's check.
func (m *newsModel) transModel(x, y reading) float64 {
	est := math.Inf(-1)
	if x.known {
		if q, ok := pair(x.pairs, y.word); ok {
			return floats.Min(0, logCount[q]-logCount[x.q])
		}
		if e, ok := m.classTrans(x, y); ok {
			// An unlisted pair was seen less than minPair (3) times.
			return floats.Min(e, logUnlistedMax-logCount[x.q])
		}
		if (x.written || x.seen) && (y.written || y.seen) && y.known && x.q >= minBenefitQ {
			// At most twice after x, and no likelier than y alone: a
			// pair of frequent words the model does not list is rare.
			est = floats.Min(logUnlisted-logCount[x.q], logCount[y.q]-m.logTotal)
		}
	}
	return floats.Max(est, logBackoff+m.logUniReading(y))
}

// cache returns the table's lookup cache, made on first use.
func (t *spinTable) cache() *lookups {
	t.cacheOnce.Do(func() {
		t.lookups = &lookups{t: t, words: map[string]cachedWord{}}
	})
	return t.lookups
}

// repairNeed returns what a repair to the candidate c needs: its margin
// over the word as written, and its lead over the next candidate (the
// choice between originals). A frequent original needs a smaller margin,
// the more frequent the smaller: the news model counts its pairs many times
// over, so their ratios are reliable. One the spinner swaps the written
// word in for alone ("on" for "along", "in" for "inch") needs none from
// freqFullQ on. In a heavily spun article (heavySpinScore), where the
// written word is a swap more often, the margin falls from freqMinQ rather
// than lightFreqMinQ, and an original of several ("merely": but, only,
// just; "past": by, last) gets it too, down to severalFreqMargin, with a
// lead severalLead more than ambiguity, since its choice between originals
// is the less reliable part; one of several that is not frequent needs
// severalMargin. A word alone between punctuation needs the full margin
// (see lmRepairs).
func repairNeed(c reading, single, alone, heavy bool) (margin, lead float64) {
	if alone || !single && !heavy {
		return repairMargin, ambiguity
	}
	from := lightFreqMinQ
	if heavy {
		from = freqMinQ
	}
	f := 0.0 // how frequent c is, from 0 (at from) to 1 (freqFullQ)
	if c.known && c.q > from {
		f = min(1, float64(c.q-from)/float64(freqFullQ-from))
	}
	if single {
		// Its lead is over a candidate the spinner would not have
		// swapped (secondaryCost): it eases with the margin.
		margin = repairMargin + (freqMargin-repairMargin)*f
		return margin, ambiguity - repairMargin + margin
	}
	if f == 0 {
		return severalMargin, ambiguity
	}
	lead = ambiguity + severalLead
	if c.first {
		lead = ambiguity + firstLead
	}
	return severalMargin + (severalFreqMargin-severalMargin)*f, lead
}

// The counts (quantised) from which the margin for a frequent original
// falls in a heavily spun article (256 of the 2 million words of the news
// text) and in another one (500), and from which it is freqMargin (16,000:
// "in", "on", "by", "have"), or severalFreqMargin for one of several
// originals of the written word; and the margin and the further lead of
// one of several in a heavily spun article. Chosen on other news
// (TestSpinnerOtherNews): see the README.
const (
	freqMinQ          = 16
	lightFreqMinQ     = 18
	freqFullQ         = 28
	freqMargin        = 0.0
	severalMargin     = 7.5
	severalFreqMargin = 3.0
	severalLead       = 3.0
	// firstLead is severalLead for the most frequent of the originals
	// (spinEntry.cands[0]: "but" of "merely"'s but, only, just, simply):
	// where the context barely tells the originals apart, the spinner's
	// swap stands for the most frequent one more often than for another.
	firstLead = 2.0
)

// rarityPrior is the evidence, in a heavily spun article, that the written
// word is a swap of the candidate cand by how much more often news prose
// writes cand ("merely" 32 times in 2 million words, "but" thousands): a
// spun word that clean news hardly writes needs less evidence from its
// context, whose ratios (the gain) are less reliable than the words'
// counts. It counts rarityWeight of the log ratio of the counts beyond
// rarityFloor; an unknown written word counts as seen once.
func rarityPrior(cand, written reading) float64 {
	if !cand.known {
		return 0
	}
	lw := 0.0
	if written.known {
		lw = logCount[written.q]
	}
	return rarityWeight * max(0, logCount[cand.q]-lw-rarityFloor)
}

// rarityWeight and rarityFloor (a ratio of counts of e⁴ ≈ 55) shape
// rarityPrior. Chosen on other news (TestSpinnerOtherNews; weights 0.3 to 1
// and floors 2 to 6 tried): 0.3 and 4 undo more swaps for fewer wrong
// repairs than without it, with fanWeight and firstLead.
const (
	rarityWeight = 0.3
	rarityFloor  = 4.0
)

// confLead returns what the confusion models add to the lead of the
// original best over second for the written word w at word i of a run:
// the difference of their log-odds over w, where both have a model ("past":
// by, last), else 0. Each is a likelihood ratio of the context, so their
// difference is the context's ratio between the two originals, which the
// news model's neighbours alone may leave close ("past the" is "by the" or
// "last the"; the words further away tell).
func (c *lookups) confLead(conf func(i int, spun, orig string) float64, i int, w, best, second string) float64 {
	m := &c.t.lm.conf
	if m.get(w, best) == nil || m.get(w, second) == nil {
		return 0
	}
	return conf(i, w, best) - conf(i, w, second)
}

// articles are the articles, possessives and prepositions, which no verb's
// base form comes right after ("her" is an object too: "help her locate";
// "to" marks an infinitive).
var articles = setOf("the a an his its their our my your these those of in on for with from by at into about during without within among")

// modals are the modal verbs, which no noun or adjective comes right after
// ("will drama", "would similar").
var modals = setOf("will would can could should may might must shall cannot")

// afterNoWriter reports whether token i of a spun article's block stands
// where no writer puts it: a word WordNet knows as a verb alone right after
// an article, a possessive or a preposition ("the locate of the mill",
// "the exceed three", "his publish", "of publish"), or one it knows as neither a verb nor an adverb
// right after a modal verb ("will drama", "would similar", "could usage").
// There it is the spinner's; where the spinner swaps it in for the best
// candidate alone (bestReading's single) and that reads no worse,
// lmRepairs repairs it whatever the decision's doubt. Not a word news
// prose rarely writes ("expel", "woo"): the spinner swaps rarer words than
// the table's into those ("a 6-1 expel": rout, not oust). Chosen on other
// news and the four BBC folds spun at half the words: the verbs after an
// article or a possessive undid 285 more swaps, no wrong repair more (with
// rare words, 500 more for 6 more wrong); after a modal, 51 more; after a
// preposition, 36 more. After a subject pronoun ("they drama") 57 more
// for 4 more wrong repairs: not kept.
func (t *spinTable) afterNoWriter(tk []token, repl []string, i int) bool {
	if i == 0 || tk[i].sentStart || tk[i-1].punctAfter || tk[i].glued {
		return false
	}
	prev := tk[i-1].low
	if r := repl[i-1]; r != "" {
		prev = strings.ToLower(r) // "angstrom" read as "a", "volition" as "will"
	} else if tk[i-1].word != prev {
		return false // a name: "May delivery exceeded"
	}
	if !articles[prev] && !modals[prev] {
		return false
	}
	e, ok := t.entry(tk[i].low)
	return ok && !e.rare && (articles[prev] && e.verb || modals[prev] && e.noVerb)
}

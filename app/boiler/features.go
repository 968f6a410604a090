package boiler

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/internal/floats"
)

// The features of a line, in the order the model reads them. Changing the
// list or a feature's meaning needs a new model (go generate).
const (
	fLogWords = iota
	fLogChars
	fStop
	fCaps
	fDigits
	fSymbols
	fEndSentence
	fEndColon
	fStartSymbol
	fAvgWordLen
	fSeparators
	fURL
	fCopyright
	fVocabMean
	fVocabMin
	fVocabMax
	fVocabCover
	fRelPos
	fLogLines
	fLogDocWords
	fInRegion
	fBeforeRegion
	fAfterRegion
	fShortRun
	fDuplicates
	fTitleOverlap
	fCommas
	fAllCaps
	fQuoteStart
	fMonth
	fWordShare
	fRegionShare
	fWindowWords
	fWindowStop
	fHeadline    // the line's place relative to the headline (see headlineLine)
	fHasHeadline // the page has a line repeating its title
	fProseNear   // share of prose lines within five lines
	fProseBefore // lines since the last prose line above (log)
	fProseAfter  // lines until the next prose line below (log)
	fCode        // share of the line's words written as code (see measure)
	fCodeEnd     // the line ends as a line of code does ({ } ; ( [ , =)
	fCodeNear    // share of code-like lines within three lines
	fSeqRun      // the numbered run the line's item number belongs to (log; 0 if none)
	fNeighbours  // 4 offsets (-2, -1, +1, +2) × neighbourFeatures
	numFeatures  = fNeighbours + 4*neighbourFeatures
)

// neighbourFeatures are copied from the lines around a line, in this order:
// log words, stopword density, sentence end, vocabulary mean.
const neighbourFeatures = 4

// NumFeatures is the length of a line's feature vector.
const NumFeatures = numFeatures

// stats are the measurements of one line on its own.
type stats struct {
	words, chars                 int
	wordsWithLetters             int // words of two letters or more
	stop, caps, digits, symbols  float32
	endSentence, endColon        bool
	startSymbol, url, copyright  bool
	quoteStart, month            bool
	codeEnd                      bool
	noteEnd                      bool    // a sentence closed by a bracketed note (see endsBeforeNote)
	code                         float32 // share of words written as code
	avgWordLen, separators       float32
	commas, allCaps              float32
	vocabMean, vocabMin, vocabMx float32
	vocabCover                   float32
	// foreign counts the line's function words of each other language
	// (foreignStopwords): a page in one of them measures its prose by
	// them (pageLanguage).
	foreign [numForeign]uint16
	english int // its English function words (stop is their share)
}

// lexEntry is what the features know of a word.
type lexEntry struct {
	stop, month, copyright, inVocab bool
	foreign                         uint16 // a bit for each language of foreignStopwords the word is a function word of
	weight                          float32
}

// lexicon merges the stopwords, the date words and a model's vocabulary into
// one table, so a word costs one lookup (or none, when the filter says the
// table has no such word).
func lexicon(vocab map[string]float32) *lexTable { return newLexTable(lexiconWords(vocab)) }

// lexiconWords is the lexicon's words and their entries, as a map.
func lexiconWords(vocab map[string]float32) map[string]lexEntry {
	m := make(map[string]lexEntry, len(stopwords)+len(months)+len(vocab))
	for w := range stopwords {
		e := m[w]
		e.stop = true
		m[w] = e
	}
	for lang, l := range foreignStopwords {
		for w := range strings.FieldsSeq(l.words) {
			e := m[w]
			e.foreign |= 1 << lang
			m[w] = e
		}
	}
	for w := range months {
		e := m[w]
		e.month = true
		m[w] = e
	}
	for w, v := range vocab {
		e := m[w]
		e.inVocab, e.weight = true, v
		m[w] = e
	}
	e := m["copyright"]
	e.copyright = true
	m["copyright"] = e
	return m
}

// measure returns the stats of line s, looking its words up in lex. It
// reads the line once; ASCII, most of any English page, takes a fast path.
func measure(s string, lex *lexTable) stats {
	var st stats
	var buf [24]byte
	var nStop, nCaps, nDigits, nSym, nAllCaps, nComma, nVocab, letters, seps, nCode int
	var vsum float32
	// The current word.
	n, hasDigit, upperFirst, allUpper, nl, inWord, wordStart := 0, false, false, true, 0, false, 0
	code := false // the word has a character only code puts inside a word
	endWord := func(end int) {
		if !inWord {
			return
		}
		inWord = false
		st.words++
		if upperFirst {
			nCaps++
		}
		if code {
			nCode++
		}
		if allUpper && nl >= 2 {
			nAllCaps++
		}
		if nl >= 2 {
			st.wordsWithLetters++
		}
		if hasDigit {
			nDigits++
		}
		if n > 0 {
			if e, ok := lex.get(buf[:n]); ok {
				if e.stop {
					nStop++
				}
				for b := e.foreign; b != 0; b &= b - 1 {
					if l := bits.TrailingZeros16(b); st.foreign[l] < math.MaxUint16 {
						st.foreign[l]++
					}
				}
				if e.inVocab {
					nVocab++
					vsum += e.weight
					st.vocabMin = floats.Min(st.vocabMin, e.weight)
					st.vocabMx = floats.Max(st.vocabMx, e.weight)
				}
				st.month = st.month || e.month
				st.copyright = st.copyright || e.copyright
			}
		}
		w := s[wordStart:end]
		if len(w) > 4 && (hasPrefix(w, "http") || hasPrefix(w, "www.")) || containsByte(w, '@') {
			st.url = true
		}
	}
	for i, r := range s {
		st.chars++
		if r == ' ' || r == '\t' {
			endWord(i)
			continue
		}
		if !inWord {
			inWord, wordStart = true, i
			n, hasDigit, upperFirst, allUpper, nl, code = 0, false, false, true, 0, false
		}
		var letter, upper, digit bool
		var lr rune
		if r < utf8.RuneSelf {
			c := byte(r)
			switch {
			case c >= 'a' && c <= 'z':
				letter, lr = true, r
			case c >= 'A' && c <= 'Z':
				letter, upper, lr = true, true, r+('a'-'A')
			case c >= '0' && c <= '9':
				digit = true
			}
		} else {
			switch {
			case unicode.IsLetter(r):
				letter, upper, lr = true, unicode.IsUpper(r), unicode.ToLower(r)
				if lr == 'ё' {
					lr = 'е' // Russian's lists write "ещё" and "её" as "еще" and "ее"
				}
			case unicode.IsDigit(r):
				digit = true
			}
		}
		switch {
		case letter:
			if nl == 0 {
				upperFirst = upper
			}
			if !upper {
				allUpper = false
			}
			nl++
			letters++
			if lr < utf8.RuneSelf && n < len(buf) {
				buf[n] = byte(lr)
				n++
			} else if n+utf8.RuneLen(lr) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], lr)
			}
		case digit:
			hasDigit = true
		case r == ',':
			nComma++
		default:
			if r != '\'' && r != '’' && r != '-' && r != '.' && !(i == wordStart && isQuote(r)) {
				nSym++
			}
			switch r {
			case '{', '}', '[', ']', ';', '=', '_', '$', '\\':
				code = true
			case '(':
				code = code || i > wordStart
			}
			switch r {
			case '|', '»', '›', '•', '·', '«', '‹', '>', '/':
				seps++
			case '©':
				st.copyright = true
			}
		}
	}
	endWord(len(s))
	if st.words == 0 {
		return st
	}
	nw := float32(st.words)
	st.stop, st.english = float32(nStop)/nw, nStop
	st.caps = float32(nCaps) / nw
	st.digits = float32(nDigits) / nw
	st.allCaps = float32(nAllCaps) / nw
	st.commas = float32(nComma) / nw
	st.symbols = float32(nSym) / float32(max(st.chars, 1))
	st.avgWordLen = float32(letters) / nw
	if nVocab > 0 {
		st.vocabMean = vsum / float32(nVocab)
	}
	st.vocabCover = float32(nVocab) / nw
	st.separators = float32(seps) / nw
	st.code = float32(nCode) / nw
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	st.startSymbol = !unicode.IsLetter(first) && !unicode.IsDigit(first) && !isQuote(first)
	st.quoteStart = isQuote(first)
	switch last {
	case '.', '!', '?', '…', '"', '”', '’', '\'', ')':
		st.endSentence = true
	case ':':
		st.endColon = true
	case '{', '}', ';', '(', '[', ',', '=':
		st.codeEnd = true
	case ']':
		st.noteEnd = endsBeforeNote(s)
	}
	return st
}

// endsBeforeNote reports whether line s, which ends in "]", is a sentence
// closed by a bracketed note: a reference ("... in 1998. [4]", "... the
// planet. [MP3 / MP3 SP]"), a "[citation needed]". The note is no feature
// of the classifier's (it learned endSentence without it); the rules that
// keep an article's sentences read it.
func endsBeforeNote(s string) bool {
	k := strings.LastIndexByte(s, '[')
	if k <= 0 || len(s)-k > maxNote {
		return false
	}
	t := strings.TrimRight(s[:k], " ")
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case '.', '!', '?', '…', '"', '”', '’', ')':
		return true
	}
	return false
}

// maxNote is the longest bracketed note, in bytes, endsBeforeNote reads.
const maxNote = 40

func isQuote(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '«'
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

var months = setOf(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday updated published posted`)

// prose reports whether a line reads as a sentence of running text.
func (s *stats) prose() bool { return s.words >= 10 && s.stop >= 0.2 }

// pageLanguage returns the language of foreignStopwords a page is written
// in, or -1 for English (or any other): the one whose function words are
// the most on the page, when they are twice English's and at least
// minForeignWords. The classifier learned from English pages; on a page in
// French or German, their function words tell its prose from its menus as
// English's do on an English page (jusText keeps a list for each language).
func pageLanguage(st []stats) int {
	english := 0
	var foreign [numForeign]int
	for i := range st {
		english += st[i].english
		for l, n := range st[i].foreign {
			foreign[l] += int(n)
		}
	}
	best := -1
	for l, n := range foreign {
		if n >= minForeignWords && n >= 2*english && (best < 0 || n > foreign[best]) {
			best = l
		}
	}
	return best
}

// minForeignWords is the fewest function words of another language that
// make a page that language's.
const minForeignWords = 20

// sentence reports whether a line reads as a whole sentence: six words or
// more with function words, ending as a sentence ends.
func (s *stats) sentence() bool {
	return s.words >= 6 && s.stop >= 0.2 && (s.endSentence || s.noteEnd) && !s.url
}

// features computes the feature vectors of lines into a flat slice, one row of
// NumFeatures a line.
func features(lines []string, lex *lexTable) ([]float32, []stats) {
	return featuresIn(newScratch(), lines, lex)
}

// featuresIn is features in sc's buffers: the rows and stats it returns are
// sc's, valid until sc is used again.
func featuresIn(sc *scratch, lines []string, lex *lexTable) ([]float32, []stats) {
	n := len(lines)
	sc.st = grow(sc.st, n)
	st := sc.st
	docWords := 0
	for i, l := range lines {
		st[i] = measure(l, lex)
		docWords += st[i].words
	}
	if lang := pageLanguage(st); lang >= 0 {
		for i := range st {
			if st[i].words > 0 {
				st[i].stop = float32(st[i].foreign[lang]) / float32(st[i].words)
			}
		}
	}
	regionStart, regionEnd := mainRegion(st)
	sc.region = [2]int{regionStart, regionEnd}
	regionWords := 0
	for i := regionStart; i < regionEnd; i++ {
		regionWords += st[i].words
	}
	dups := duplicates(lines)
	title := titleWords(lines, sc.word[:0])
	sc.base = grow(sc.base, n*numFeatures)
	out := sc.base
	ov := make([]float32, n)
	for i := range lines {
		ov[i] = overlap(lines[i], title, i, sc.word[:0])
	}
	head := headlineLine(lines, ov)
	if head < 0 || st[head].words <= 2 && !repeatsTitle(lines, st, ov) {
		// No line repeats the first line, or only a site's name or a
		// menu's entry does: a page scraped without its title line. The
		// headline over its byline stands in for the title, as the page
		// with it reads.
		if h := standInHeadline(lines, st, dups, regionStart); h >= 0 {
			title = lineWords(lines[h], sc.word[:0])
			for i := range lines {
				ov[i] = overlap(lines[i], title, i, sc.word[:0])
			}
			head = headlineLine(lines, ov)
		}
	}
	proseCum := make([]int, n+1)
	for i := range st {
		proseCum[i+1] = proseCum[i]
		if st[i].prose() {
			proseCum[i+1]++
		}
	}
	lastProse, nextProse := make([]int, n), make([]int, n)
	last := -1
	for i := range st {
		lastProse[i] = last
		if st[i].prose() {
			last = i
		}
	}
	next := -1
	for i := n - 1; i >= 0; i-- {
		nextProse[i] = next
		if st[i].prose() {
			next = i
		}
	}
	shortRun := make([]int, n)
	for i := 0; i < n; {
		if st[i].words > 4 {
			i++
			continue
		}
		j := i
		for j < n && st[j].words <= 4 {
			j++
		}
		for k := i; k < j; k++ {
			shortRun[k] = j - i
		}
		i = j
	}
	seqRun := numberedRuns(lines, st)
	codeCum := make([]int, n+1)
	for i := range st {
		codeCum[i+1] = codeCum[i]
		if st[i].codeLike() {
			codeCum[i+1]++
		}
	}
	logLines := log1p(n)
	logDoc := log1p(docWords)
	for i := range lines {
		f := out[i*numFeatures : (i+1)*numFeatures]
		s := &st[i]
		f[fLogWords] = log1p(s.words)
		f[fLogChars] = log1p(s.chars)
		f[fStop] = s.stop
		f[fCaps] = s.caps
		f[fDigits] = s.digits
		f[fSymbols] = s.symbols
		f[fEndSentence] = b2f(s.endSentence)
		f[fEndColon] = b2f(s.endColon)
		f[fStartSymbol] = b2f(s.startSymbol)
		f[fAvgWordLen] = s.avgWordLen
		f[fSeparators] = s.separators
		f[fURL] = b2f(s.url)
		f[fCopyright] = b2f(s.copyright)
		f[fVocabMean] = s.vocabMean
		f[fVocabMin] = s.vocabMin
		f[fVocabMax] = s.vocabMx
		f[fVocabCover] = s.vocabCover
		f[fRelPos] = float32(i) / float32(max(n-1, 1))
		f[fLogLines] = logLines
		f[fLogDocWords] = logDoc
		switch {
		case i < regionStart:
			f[fBeforeRegion] = log1p(regionStart - i)
		case i >= regionEnd:
			f[fAfterRegion] = log1p(i - regionEnd + 1)
		default:
			f[fInRegion] = 1
		}
		f[fShortRun] = log1p(shortRun[i])
		f[fDuplicates] = log1p(dups[i])
		f[fTitleOverlap] = ov[i]
		f[fCommas] = s.commas
		f[fAllCaps] = s.allCaps
		f[fQuoteStart] = b2f(s.quoteStart)
		f[fMonth] = b2f(s.month)
		f[fWordShare] = float32(s.words) / float32(max(docWords, 1))
		f[fRegionShare] = float32(regionWords) / float32(max(docWords, 1))
		var ww, ws float32
		c := 0
		for j := max(i-3, 0); j <= min(i+3, n-1); j++ {
			ww += log1p(st[j].words)
			ws += st[j].stop
			c++
		}
		if head > 0 {
			f[fHasHeadline] = 1
			f[fHeadline] = float32(max(min(i-head, 20), -20)) / 20
		}
		lo, hi := max(i-5, 0), min(i+6, n)
		f[fProseNear] = float32(proseCum[hi]-proseCum[lo]) / float32(hi-lo)
		f[fProseBefore], f[fProseAfter] = -1, -1
		if lastProse[i] >= 0 {
			f[fProseBefore] = log1p(i - lastProse[i])
		}
		if nextProse[i] >= 0 {
			f[fProseAfter] = log1p(nextProse[i] - i)
		}
		f[fCode] = s.code
		f[fCodeEnd] = b2f(s.codeEnd)
		lo, hi = max(i-3, 0), min(i+4, n)
		f[fCodeNear] = float32(codeCum[hi]-codeCum[lo]) / float32(hi-lo)
		f[fSeqRun] = log1p(seqRun[i])
		f[fWindowWords] = ww / float32(c)
		f[fWindowStop] = ws / float32(c)
		for k, off := range [4]int{-2, -1, 1, 2} {
			g := f[fNeighbours+k*neighbourFeatures : fNeighbours+(k+1)*neighbourFeatures]
			j := i + off
			if j < 0 || j >= n {
				g[0], g[1], g[2], g[3] = -1, -1, -1, 0
				continue
			}
			g[0] = log1p(st[j].words)
			g[1] = st[j].stop
			g[2] = b2f(st[j].endSentence)
			g[3] = st[j].vocabMean
		}
	}
	return out, st
}

// codeLike reports whether a line reads as a line of code: a word written
// as code (a call, an assignment, braces) or a code line's ending.
func (s *stats) codeLike() bool { return s.code > 0 || s.codeEnd }

// numberedRuns returns, for each line that starts with an item number ("12.",
// "3)"), the length of the run of numbered lines it belongs to, each number
// one up (or one down) from the last numbered line's, with at most
// maxItemGap other lines between two; 0 for other lines. A long run is an
// ordered list (an index of posts, the steps of a recipe), which markup-less
// text shows only by its numbers.
func numberedRuns(lines []string, st []stats) []int {
	out := make([]int, len(lines))
	var run []int
	last, lastAt, step := 0, -1, 0
	flush := func() {
		for _, k := range run {
			out[k] = len(run)
		}
		run = run[:0]
		step = 0
	}
	for i, l := range lines {
		num, ok := itemNumber(l)
		if !ok || st[i].words > 40 {
			continue
		}
		d := num - last
		if lastAt < 0 || i-lastAt > maxItemGap+1 || d != 1 && d != -1 || step != 0 && d != step {
			flush()
		} else {
			step = d
		}
		run = append(run, i)
		last, lastAt = num, i
	}
	flush()
	return out
}

// maxItemGap is how many lines may stand between two items of a numbered
// run (an item's own paragraphs).
const maxItemGap = 6

// mainRegion returns the run of lines [start, end) with the most prose: the
// maximum-sum run where a line of prose counts its words and a short or
// stopword-free line counts against (Kadane's algorithm).
func mainRegion(st []stats) (int, int) {
	best, bestStart, bestEnd := float32(0), 0, 0
	sum, start := float32(0), 0
	for i := range st {
		v := float32(0)
		switch {
		case st[i].prose():
			v = float32(st[i].words)
		case st[i].words < 5 || st[i].stop < 0.1:
			v = -3
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += v
		if sum > best {
			best, bestStart, bestEnd = sum, start, i+1
		}
	}
	return bestStart, bestEnd
}

// duplicates counts, for each line, the other lines of the page with the same
// text.
func duplicates(lines []string) []int {
	seen := make(map[string]int, len(lines))
	for _, l := range lines {
		seen[l]++
	}
	out := make([]int, len(lines))
	for i, l := range lines {
		out[i] = seen[l] - 1
	}
	return out
}

// titleWords is the set of lower-cased words of the page's first line, which
// on a flattened page is the HTML title and elsewhere the headline.
func titleWords(lines []string, buf []byte) wordSet {
	if len(lines) == 0 {
		return lineWords("", buf)
	}
	return lineWords(lines[0], buf)
}

// lineWords is the set of lower-cased words of line (none for a line over
// 1,000 bytes).
func lineWords(line string, buf []byte) wordSet {
	m := wordSet{words: map[string]bool{}, filter: newWordFilter(titleFilterBits)}
	if len(line) > 1000 {
		return m
	}
	forWords(line, buf, func(w []byte) {
		m.words[string(w)] = true
		m.filter.add(w)
	})
	return m
}

// wordSet is a set of words with a filter of them.
type wordSet struct {
	words  map[string]bool
	filter wordFilter
}

// titleFilterBits sizes a title's filter: 4,096 bits for its words.
const titleFilterBits = 12

// has reports whether w is in the set.
func (s wordSet) has(w []byte) bool { return s.filter.mayHave(w) && s.words[string(w)] }

// headlineLine is the line below the first that repeats most of the first
// line's words (on a flattened page, the headline under the HTML title), or
// -1.
func headlineLine(lines []string, overlaps []float32) int {
	best, bestScore := -1, float32(0.5)
	for i := 1; i < len(lines) && i < 80; i++ {
		if len(lines[i]) > 300 {
			continue
		}
		if s := overlaps[i]; s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// overlap is the share of line's words found in title; 0 for the first line
// and for long lines. buf holds a word (see forWords).
func overlap(line string, title wordSet, i int, buf []byte) float32 {
	if i == 0 || len(title.words) == 0 || len(line) > 400 {
		return 0
	}
	n, in := 0, 0
	for at := 0; ; {
		var w []byte
		if w, at = nextWord(line, at, buf); w == nil {
			break
		}
		n++
		if title.has(w) {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float32(in) / float32(n)
}

// forWords calls fn with each word of s, lower-cased, letters and digits
// only, written in buf's array (grown if need be: a caller that passes the
// same array each time allocates nothing, where an array of forWords' own
// would escape to the heap at each call, as fn receives it); fn must not
// keep the slice.
func forWords(s string, buf []byte, fn func([]byte)) {
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(s, i, buf); w == nil {
			return
		}
		fn(w)
	}
}

// nextWord returns the first word of s from byte i on as forWords gives
// it, written in buf's array, and where the scan stopped (the next call's
// i); nil when no word is left. Overlap, which reads every short line,
// calls it in a loop of its own: a closure a word cost it a third of its
// time.
func nextWord(s string, i int, buf []byte) ([]byte, int) {
	buf = buf[:0]
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			buf = append(buf, byte(r))
		case r >= 'A' && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case r == ' ' || r >= '\t' && r <= '\r':
			if len(buf) > 0 {
				return buf, i
			}
		case r < utf8.RuneSelf:
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case unicode.IsSpace(r):
			if len(buf) > 0 {
				return buf, i
			}
		}
	}
	if len(buf) > 0 {
		return buf, i
	}
	return nil, i
}

// log1pTable holds log1p of small counts, the common case.
var log1pTable = func() (t [1024]float32) {
	for i := range t {
		t[i] = float32(math.Log1p(float64(i)))
	}
	return
}()

func log1p(n int) float32 {
	if n >= 0 && n < len(log1pTable) {
		return log1pTable[n]
	}
	return float32(math.Log1p(float64(n)))
}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

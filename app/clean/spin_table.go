package clean

//go:generate go run ./internal/gen -o spin_table.dat -news /work/shared/corpora/bbc.jsonl

import (
	"strconv"
	"strings"
	"sync"
)

// spinTableData is generated from WordNet 3.0 by internal/gen, pruned to the
// entries the repair can use and to spun words that news prose does not use
// (counted in the BBC news corpus). Lines are "s spun cand...", "x spun
// cand...", "X spun cand..." and "w spun cand..." (x, X, w: swaps the
// spinner's newer thesaurus makes, X when they also pass the frequency test, w
// when news prose uses the spun word too, so that only a context favouring the
// original repairs it), and "b w1 w2 n w2 n ..." (bigram counts
// of WordNet's glosses around table words) and "n w1 w2 n ..." (bigram
// counts of news prose around the w entries). It is indexed on the first spun
// article, so clean articles never pay for it.
//
// Natively it is embedded (spin_embed.go). The wasm leaves it out (46 KB
// gzip less to download before the first render) and the app passes it in
// with SetSpinTable once it has fetched it, cached offline like the articles.
var spinTableData string

// spinEntry is what the table knows about one spun word.
type spinEntry struct {
	cands  []string // original candidates, most frequent first (at most four)
	extra  bool     // a swap seen in the wild, repaired on context alone
	weak   bool     // an extra news prose uses too: the context must favour the original
	freqOK bool     // rare, with a much more frequent first candidate
}

// spinTable is the reverse table and context model over the table text,
// which is not parsed: loading it only records where each line starts, in
// three sorted lists of offsets (no map, no copy of the text); a lookup
// binary-searches a list and reads the line it finds. In the browser this
// keeps the table off the first render's path: a full parse cost ~30 ms of
// wasm; maps from each line's word to the line ~3.3 ms (Liftoff code under
// node, strings hash slowly in wasm); the offsets ~1 ms, for lookups ~15%
// slower than the maps'.
type spinTable struct {
	spun lines   // spun word → its line: "K word cand..."
	bi   bigrams // bigram counts in WordNet glosses
	news bigrams // bigram counts in news prose, around the weak extras
}

// lines are lines of the table text ("K word rest", K one byte) in the
// byte order of their words, as the generator writes each kind
// (TestSpinTableSorted).
type lines struct {
	data   string
	starts []int32 // offsets of the lines in data
	ends   []int32 // offsets of their ends (their newlines)
	// from[c] is the index in starts of the first line whose word starts
	// with byte c or a greater one: a lookup searches only the lines of
	// its word's first byte.
	from [257]int32
}

// add appends the line data[at:end].
func (l *lines) add(at, end int) {
	l.starts = append(l.starts, int32(at))
	l.ends = append(l.ends, int32(end))
}

// index fills from, once starts holds every line.
func (l *lines) index() {
	c := 0
	for i, at := range l.starts {
		for b := int(l.data[at+2]); c <= b; c++ {
			l.from[c] = int32(i)
		}
	}
	for ; c < len(l.from); c++ {
		l.from[c] = int32(len(l.starts))
	}
}

// word returns the word of the i-th line.
func (l *lines) word(i int) string {
	w := l.data[int(l.starts[i])+2:]
	return w[:strings.IndexByte(w, ' ')]
}

// cmp compares the word of the i-th line with w, which has no space or
// control byte: the line's bytes from its word on are compared with w and
// the byte after, a space when the words are equal (a word's bytes all
// sort after a space), so the word's end need not be searched.
func (l *lines) cmp(i int, w string) int {
	s := l.data[int(l.starts[i])+2:]
	if len(s) <= len(w) {
		return strings.Compare(s, w) // a line is "K word rest": not reached
	}
	if c := strings.Compare(s[:len(w)], w); c != 0 {
		return c
	}
	if s[len(w)] == ' ' {
		return 0
	}
	return 1 // the line's word is longer
}

// find returns the line of word w, without its newline.
func (l *lines) find(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		if w[i] <= ' ' {
			return "", false // not a word of the table
		}
	}
	lo, hi := int(l.from[w[0]]), int(l.from[int(w[0])+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if l.cmp(m, w) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == int(l.from[int(w[0])+1]) || l.cmp(lo, w) != 0 {
		return "", false
	}
	return l.data[l.starts[lo]:l.ends[lo]], true
}

// bigrams are the "b" or "n" lines: a first word, then "w2 n w2 n ...".
type bigrams struct{ lines }

// count returns how often the bigram (a, b) was seen. It searches a's line
// in place: no line is split, so a lookup allocates nothing.
func (g *bigrams) count(a, b string) int {
	if a == "" || b == "" {
		return 0
	}
	line, ok := g.find(a)
	if !ok {
		return 0
	}
	line = line[2+len(a):] // " w2 n w2 n ..."
	if allDigits(b) {
		// A numeric word could match a count: walk the pairs.
		for line != "" {
			var w, n string
			w, line = nextField(line)
			n, line = nextField(line)
			if w == b {
				return atoi(n)
			}
		}
		return 0
	}
	// Counts are digits only, so b found between spaces is a word.
	for from := 0; ; {
		k := strings.Index(line[from:], b)
		if k < 0 {
			return 0
		}
		k += from
		end := k + len(b)
		if (k == 0 || line[k-1] == ' ') && end < len(line) && line[end] == ' ' {
			n, _ := nextField(line[end:])
			return atoi(n)
		}
		from = k + 1
	}
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// nextField returns the first space-separated field of s and what follows.
func nextField(s string) (field, rest string) {
	s = strings.TrimLeft(s, " ")
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k], s[k:]
	}
	return s, ""
}

// atoi reads a count (0 for anything else).
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// entry returns what the table knows about the spun word w.
func (t *spinTable) entry(w string) (spinEntry, bool) {
	line, ok := t.spun.find(w)
	if !ok {
		return spinEntry{}, false
	}
	kind, cands := line[0], strings.Fields(line[2+len(w):])
	if len(cands) == 0 {
		return spinEntry{}, false
	}
	return spinEntry{cands: cands, extra: kind != 's', freqOK: kind == 's' || kind == 'X', weak: kind == 'w'}, true
}

var (
	tableMu   sync.Mutex
	tableOnce sync.Once
	table     *spinTable
)

// SetSpinTable gives Clean the spin table (the contents of spin_table.dat)
// where it is not embedded, in the wasm app. Call it before cleaning; spun
// text cleaned without it is scored but not repaired.
func SetSpinTable(data string) {
	tableMu.Lock()
	defer tableMu.Unlock()
	spinTableData = data
	tableOnce = sync.Once{}
	table = nil
}

// SpinTableData returns the spin table Clean uses ("" in the wasm until
// SetSpinTable).
func SpinTableData() string {
	tableMu.Lock()
	defer tableMu.Unlock()
	return spinTableData
}

func loadTable() *spinTable {
	tableMu.Lock()
	defer tableMu.Unlock()
	tableOnce.Do(func() { table = indexTable(spinTableData) })
	return table
}

// indexTable records where each line of the table text starts, by kind.
func indexTable(data string) *spinTable {
	// Most lines are spun words, about 30 bytes long.
	n := len(data) / 40
	t := &spinTable{spun: lines{data: data, starts: make([]int32, 0, n), ends: make([]int32, 0, n)}}
	t.bi.data, t.news.data = data, data
	for at := 0; at < len(data); {
		line := data[at:]
		end, next := len(data), len(data)
		if k := strings.IndexByte(line, '\n'); k >= 0 {
			line, end, next = line[:k], at+k, at+k+1
		}
		// "K word rest": K one byte, then a space, the word, a space.
		if len(line) >= 5 && line[1] == ' ' && strings.IndexByte(line[2:], ' ') > 0 {
			switch line[0] {
			case 's', 'x', 'X', 'w':
				t.spun.add(at, end)
			case 'b':
				t.bi.add(at, end)
			case 'n':
				t.news.add(at, end)
			}
		}
		at = next
	}
	t.spun.index()
	t.bi.index()
	t.news.index()
	return t
}

// Candidates returns the words the spinner may have replaced with spun, most
// likely first, as far as the (pruned) table knows.
func Candidates(spun string) []string {
	if e, ok := loadTable().entry(strings.ToLower(spun)); ok {
		return e.cands
	}
	return nil
}

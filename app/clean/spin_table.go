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

// spinTable is the reverse table and context model, indexed but not parsed:
// loading it only maps each line's first word to the line (substrings of the
// table text, no copies); a lookup reads the line it needs. In the browser this keeps the table off the
// first render's path (a full parse cost ~30 ms of wasm; the index ~2 ms).
type spinTable struct {
	spun map[string]string // spun word → its line: "K word cand..."
	bi   bigrams           // bigram counts in WordNet glosses
	news bigrams           // bigram counts in news prose, around the weak extras
}

// bigrams maps a first word to the rest of its line, "w2 n w2 n ...".
type bigrams map[string]string

// count returns how often the bigram (a, b) was seen. It searches a's line
// in place: no line is split, so a lookup allocates nothing.
func (g bigrams) count(a, b string) int {
	line, ok := g[a]
	if !ok || b == "" {
		return 0
	}
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
	line, ok := t.spun[w]
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

// indexTable maps each line of the table text by its kind and first word.
func indexTable(data string) *spinTable {
	t := &spinTable{
		spun: make(map[string]string, 4096),
		bi:   make(bigrams, 2048),
		news: bigrams{},
	}
	for data != "" {
		line := data
		if k := strings.IndexByte(data, '\n'); k >= 0 {
			line, data = data[:k], data[k+1:]
		} else {
			data = ""
		}
		// "K word rest": K one byte, then a space, the word, a space.
		if len(line) < 5 || line[1] != ' ' {
			continue
		}
		k := strings.IndexByte(line[2:], ' ')
		if k <= 0 {
			continue
		}
		word, rest := line[2:2+k], line[2+k:]
		switch line[0] {
		case 's', 'x', 'X', 'w':
			t.spun[word] = line
		case 'b':
			t.bi[word] = rest
		case 'n':
			t.news[word] = rest
		}
	}
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

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
// counts of news prose around the w entries). It is parsed on the first spun
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

// spinTable is the parsed reverse table and context model.
type spinTable struct {
	spun map[string]*spinEntry
	bi   map[[2]string]int // bigram → count in WordNet glosses
	news map[[2]string]int // bigram → count in news prose, around the weak extras
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
	tableOnce.Do(func() {
		t := &spinTable{spun: map[string]*spinEntry{}, bi: map[[2]string]int{}, news: map[[2]string]int{}}
		data := spinTableData
		for data != "" {
			line := data
			if k := strings.IndexByte(data, '\n'); k >= 0 {
				line, data = data[:k], data[k+1:]
			} else {
				data = ""
			}
			f := strings.Fields(line)
			if len(f) < 3 {
				continue
			}
			switch f[0] {
			case "s", "x", "X", "w":
				t.spun[f[1]] = &spinEntry{cands: f[2:], extra: f[0] != "s", freqOK: f[0] == "s" || f[0] == "X", weak: f[0] == "w"}
			case "b", "n":
				m := t.bi
				if f[0] == "n" {
					m = t.news
				}
				for i := 2; i+1 < len(f); i += 2 {
					n, _ := strconv.Atoi(f[i+1])
					m[[2]string{f[1], f[i]}] = n
				}
			}
		}
		table = t
	})
	return table
}

// Candidates returns the words the spinner may have replaced with spun, most
// likely first, as far as the (pruned) table knows.
func Candidates(spun string) []string {
	if e := loadTable().spun[strings.ToLower(spun)]; e != nil {
		return e.cands
	}
	return nil
}

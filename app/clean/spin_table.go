package clean

//go:generate go run ./internal/gen -o spin_table.dat

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// spinTableData is generated from WordNet 3.0 by internal/gen, pruned to the
// entries the repair can use. Lines are "s spun cand...", "x spun cand..." and
// "X spun cand..." (x, X: swaps the spinner's newer thesaurus makes, X when
// they also pass the frequency test), and "b w1 w2 n w2 n ..." (bigram counts
// of WordNet's glosses around table words). It is parsed on the first spun
// article, so clean articles never pay for it.
//
//go:embed spin_table.dat
var spinTableData string

// spinEntry is what the table knows about one spun word.
type spinEntry struct {
	cands  []string // original candidates, most frequent first (at most four)
	extra  bool     // a swap seen in the wild, repaired on context alone
	freqOK bool     // rare, with a much more frequent first candidate
}

// spinTable is the parsed reverse table and context model.
type spinTable struct {
	spun map[string]*spinEntry
	bi   map[[2]string]int // bigram → count in WordNet glosses
}

var (
	tableOnce sync.Once
	table     *spinTable
)

func loadTable() *spinTable {
	tableOnce.Do(func() {
		t := &spinTable{spun: map[string]*spinEntry{}, bi: map[[2]string]int{}}
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
			case "s", "x", "X":
				t.spun[f[1]] = &spinEntry{cands: f[2:], extra: f[0] != "s", freqOK: f[0] != "x"}
			case "b":
				for i := 2; i+1 < len(f); i += 2 {
					n, _ := strconv.Atoi(f[i+1])
					t.bi[[2]string{f[1], f[i]}] = n
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

package clean

//go:generate go run ./internal/gen -o spin_table.dat

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// spinTableData is generated from WordNet 3.0 by internal/gen: lines
// "s\tspun\tcandidates...", "u\tword\tcount", "b\tw1 w2\tcount".
//
//go:embed spin_table.dat
var spinTableData string

// spinTable is the parsed reverse table and context model.
type spinTable struct {
	cands map[string][]string // spun word → original candidates, most frequent first
	uni   map[string]int      // word frequency in WordNet glosses
	bi    map[string]int      // "w1 w2" → count in WordNet glosses
}

var (
	tableOnce sync.Once
	table     *spinTable
)

// spinExtra are spinner swaps seen in the wild that WordNet 3.0's first senses
// do not produce (the spinner's thesaurus is newer); spun → original.
var spinExtra = map[string]string{
	"sojourn": "visit", "authoritative": "official", "nonstop": "direct", "soundlessness": "silence",
	"autarkic": "independent", "assertion": "claim", "nary": "no", "conscionable": "just",
	"additionally": "further", "penetration": "invasion", "overseas": "foreign", "planetary": "global",
	"determination": "move", "publication": "contribution", "lasting": "standing",
	"clasp": "hold", "menace": "threat", "garbage": "refuse", "speedy": "quick", "strategical": "strategic",
	"hazard": "risk", "delight": "please", "grooming": "training", "proceed": "continue",
}

func loadTable() *spinTable {
	tableOnce.Do(func() {
		t := &spinTable{cands: map[string][]string{}, uni: map[string]int{}, bi: map[string]int{}}
		for _, line := range strings.Split(spinTableData, "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 3 {
				continue
			}
			switch f[0] {
			case "s":
				t.cands[f[1]] = strings.Fields(f[2])
			case "u":
				t.uni[f[1]], _ = strconv.Atoi(f[2])
			case "b":
				t.bi[f[1]], _ = strconv.Atoi(f[2])
			}
		}
		for s, w := range spinExtra {
			t.cands[s] = append([]string{w}, t.cands[s]...)
		}
		table = t
	})
	return table
}

// Candidates returns the words the spinner may have replaced with spun, most
// likely first.
func Candidates(spun string) []string { return loadTable().cands[strings.ToLower(spun)] }

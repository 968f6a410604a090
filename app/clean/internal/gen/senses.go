package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/dossierapp/dossier/app/clean/internal/wordnet"
)

// sensed marks each candidate o of the spun word s ("o" or "o/k" as fanned
// writes it) with "=d": how seldom WordNet's tagged texts (cntlist.rev)
// write s in the sense it shares with o, 1 for s's commonest sense and
// about one more for each halving of the share, at most 9. A writer means
// a word's common sense ("flavor" the noun), the spinner any ("flavor" for
// "season", a verb). Candidates whose first synsets do not hold s (swaps
// seen in the wild) are left unmarked.
func sensed(wn *wordnet.WordNet, counts map[string]int, s string, cands []string) []string {
	total, senses := 0.0, 0
	for p := range wordnet.POS {
		for n := range wn.Senses(p, s) {
			total += float64(counts[fmt.Sprintf("%s %d %d", s, p, n+1)])
			senses++
		}
	}
	out := make([]string, len(cands))
	for i, c := range cands {
		out[i] = c
		if c == "|" || c == "+" || c == "!" || c == "~" {
			continue
		}
		o := c
		if k := strings.IndexByte(o, '/'); k > 0 {
			o = o[:k]
		}
		best := -1.0
		for p, rank := range wn.SharedSenses(s, o) {
			if rank > 0 {
				share := (float64(counts[fmt.Sprintf("%s %d %d", s, p, rank)]) + 0.5) / (total + 0.5*float64(senses))
				best = max(best, share)
			}
		}
		if best > 0 {
			out[i] = fmt.Sprintf("%s=%d", c, 1+min(8, int(math.Round(-math.Log2(best)))))
		}
	}
	return out
}

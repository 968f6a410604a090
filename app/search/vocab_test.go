package search

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
)

// TestSortNewPaced checks that sorting the new terms in paced runs gives
// the order a single sort gives, into an empty and a filled vocabulary.
func TestSortNewPaced(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 1+r.IntN(9))
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return string(b)
	}
	for _, n := range []int{0, 1, sortRun - 1, sortRun + 1, 3*sortRun + 17, 9 * sortRun} {
		for _, before := range []int{0, 500} {
			var paced, plain vocabulary
			seen := map[string]bool{}
			add := func(k int) {
				for len(seen) < k {
					w := word()
					if !seen[w] {
						seen[w] = true
						paced.id(w, hashTerm(w))
						plain.id(w, hashTerm(w))
					}
				}
			}
			add(before)
			paced.sortNew()
			plain.sortNew()
			add(before + n)
			pauses := 0
			paced.sortNewPaced(func() { pauses++ })
			plain.sortNew()
			name := fmt.Sprintf("%d new after %d", n, before)
			if fmt.Sprint(paced.sorted) != fmt.Sprint(plain.sorted) || len(paced.unsorted) != 0 {
				t.Errorf("%s: paced order differs", name)
			}
			if !sort.SliceIsSorted(paced.sorted, func(a, b int) bool { return paced.terms[paced.sorted[a]] < paced.terms[paced.sorted[b]] }) || len(paced.sorted) != before+n {
				t.Errorf("%s: %d terms, sorted %v", name, len(paced.sorted), sort.SliceIsSorted(paced.sorted, func(a, b int) bool { return paced.terms[paced.sorted[a]] < paced.terms[paced.sorted[b]] }))
			}
			if n > sortRun && pauses == 0 {
				t.Errorf("%s: never paused", name)
			}
		}
	}
}

package search

// editDistance returns the optimal-string-alignment (restricted Damerau-
// Levenshtein) distance between a and b, counting insertions, deletions,
// substitutions and transpositions of adjacent characters as one edit each
// ("liason" → "liaison", "Lavorv" → "Lavrov", "defense" → "defence"). It
// stops early and returns max+1 as soon as the distance must exceed max.
// rows must hold at least 3*(len(b)+1) ints; it is scratch space.
func editDistance(a, b []rune, max int, rows []int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	n := len(b) + 1
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := prev[j-1] + cost
			if x := prev[j] + 1; x < v {
				v = x
			}
			if x := cur[j-1] + 1; x < v {
				v = x
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				if x := prev2[j-2] + 1; x < v {
					v = x
				}
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[len(b)] > max {
		return max + 1
	}
	return prev[len(b)]
}

// maxEdits is how many edits a query word of n characters may need to match
// a term: none for one- and two-letter words (too many words are one edit
// apart; a two-letter word that matches no term at all gets its neighbours
// as a last resort, see expandUncached), one for ordinary words, two for long
// ones. A word that is itself
// in the vocabulary still gets its near neighbours: a misremembered syllable
// is often another word ("sun" for "son" in "Choe Son Hui"). They rank below
// the word itself (a lower match class); a three- or four-letter word's rank
// lowest of all, below its completions (clsNear).
func maxEdits(n int) int {
	switch {
	case n >= 9:
		return 2
	case n >= 3:
		return 1
	}
	return 0
}

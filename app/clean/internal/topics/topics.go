// Package topics learns the topics of news prose for the spun-word repair:
// news articles are grouped by the words they use (k-means over their
// tf-idf vectors), and each word gets its lift in each group: how much more
// often articles of that group write it than news prose as a whole. An
// article's words then say which groups it belongs to, and a candidate
// original that its topic favours over the word as written ("game" over
// "crippled" in a report of a basketball match) gains evidence a pair of
// neighbours cannot give. Only numbers leave this package: no text.
package topics

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
)

// Model is the topics learned from a set of articles.
type Model struct {
	K int
	// Prior is each topic's share of the articles.
	Prior []float64
	// Lift is, for each word seen minCount times or more, its log lift in
	// each topic: log(P(w|k) / P(w)), smoothed.
	Lift map[string][]float64
}

// Words returns the words of text as the model reads them: lower-case
// runs of letters (apostrophes end a word), two letters or more.
func Words(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(f) >= 2 {
			out = append(out, strings.ToLower(f))
		}
	}
	return out
}

// Build learns k topics from docs (each an article's words). Words seen
// fewer than minCount times get no lifts; the stop most frequent words
// are left out of the grouping (their lifts are kept).
func Build(docs [][]string, k, minCount, stop int, seed uint64) *Model {
	count := map[string]int{}
	df := map[string]int{}
	total := 0
	for _, d := range docs {
		seen := map[string]bool{}
		for _, w := range d {
			count[w]++
			total++
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	// The grouping's vocabulary: in 3 articles or more, not among the
	// stop most frequent words.
	byCount := make([]string, 0, len(count))
	for w := range count {
		byCount = append(byCount, w)
	}
	sort.Slice(byCount, func(i, j int) bool {
		if count[byCount[i]] != count[byCount[j]] {
			return count[byCount[i]] > count[byCount[j]]
		}
		return byCount[i] < byCount[j]
	})
	index := map[string]int{}
	var idf []float64
	for r, w := range byCount {
		if r < stop || df[w] < 3 {
			continue
		}
		index[w] = len(idf)
		idf = append(idf, math.Log(float64(len(docs))/float64(df[w])))
	}
	type entry struct {
		i int
		v float64
	}
	vecs := make([][]entry, len(docs))
	for n, d := range docs {
		tf := map[int]float64{}
		for _, w := range d {
			if i, ok := index[w]; ok {
				tf[i]++
			}
		}
		var norm float64
		for i, c := range tf {
			v := (1 + math.Log(c)) * idf[i]
			vecs[n] = append(vecs[n], entry{i, v})
			norm += v * v
		}
		norm = math.Sqrt(norm)
		for j := range vecs[n] {
			vecs[n][j].v /= norm
		}
		sort.Slice(vecs[n], func(a, b int) bool { return vecs[n][a].i < vecs[n][b].i })
	}
	// Spherical k-means, seeded with k articles drawn at random.
	rng := rand.New(rand.NewPCG(seed, 17))
	cent := make([][]float64, k)
	for c := range cent {
		cent[c] = make([]float64, len(idf))
		for _, e := range vecs[rng.IntN(len(vecs))] {
			cent[c][e.i] = e.v
		}
	}
	assign := make([]int, len(docs))
	for range 15 {
		for n, v := range vecs {
			best, bestDot := 0, math.Inf(-1)
			for c := range cent {
				var dot float64
				for _, e := range v {
					dot += cent[c][e.i] * e.v
				}
				if dot > bestDot {
					best, bestDot = c, dot
				}
			}
			assign[n] = best
		}
		for c := range cent {
			clear(cent[c])
		}
		for n, v := range vecs {
			for _, e := range v {
				cent[assign[n]][e.i] += e.v
			}
		}
		for c := range cent {
			var norm float64
			for _, x := range cent[c] {
				norm += x * x
			}
			if norm == 0 { // an empty group: start it again at an article
				for _, e := range vecs[rng.IntN(len(vecs))] {
					cent[c][e.i] = e.v
				}
				continue
			}
			norm = math.Sqrt(norm)
			for i := range cent[c] {
				cent[c][i] /= norm
			}
		}
	}
	m := &Model{K: k, Prior: make([]float64, k), Lift: map[string][]float64{}}
	inTopic := make([]map[string]int, k)
	topicWords := make([]float64, k)
	for c := range inTopic {
		inTopic[c] = map[string]int{}
	}
	for n, d := range docs {
		c := assign[n]
		m.Prior[c]++
		for _, w := range d {
			inTopic[c][w]++
		}
		topicWords[c] += float64(len(d))
	}
	for c := range m.Prior {
		m.Prior[c] /= float64(len(docs))
	}
	const alpha = 2000.0 // words of news prose at large mixed into each topic
	for w, n := range count {
		if n < minCount {
			continue
		}
		pw := float64(n) / float64(total)
		l := make([]float64, k)
		for c := range l {
			pc := (float64(inTopic[c][w]) + alpha*pw) / (topicWords[c] + alpha)
			l[c] = math.Log(pc / pw)
		}
		m.Lift[w] = l
	}
	return m
}

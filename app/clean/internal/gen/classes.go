package main

import (
	"math"
	"math/rand/v2"
	"sort"
)

// Word classes: the news model's words grouped by the company they keep, so
// that a pair of words it never counted still gets an estimate from the
// pair of their classes. "they hold been" is unlisted, and so is many a
// pair of rarer words, but a verb of hold's class before "been" is rare
// where "have" (a class of its own) before it is common. The classes are
// learned (k-means over each word's neighbours), not typed in.
const (
	// singleClasses: the most frequent words are a class each (the, have,
	// by, but...): their pairs are counted well, and a function word's
	// company is its own.
	singleClasses = 120
	// clusterClasses are the classes of the other words.
	clusterClasses = 256
	// contextWords: a word's neighbours are read as which of the most
	// frequent words they are (plus the run's start or end).
	contextWords = 400
	// minClassCount: words counted this often get a class (and place
	// the centroids); a rarer word's few neighbours say too little of it
	// (app/clean reads no class for it either: minClassQ).
	minClassCount = 30
	kmeansRounds  = 12
)

// wordClasses assigns a class to every word counted minClassCount times
// or more in runs (sequences of joined words as the model reads them);
// count is each word's count in runs.
func wordClasses(runs [][]string, count map[string]int) map[string]int {
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= minClassCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := count[words[i]], count[words[j]]
		return a > b || a == b && words[i] < words[j]
	})
	ctx := map[string]int{}
	for i, w := range words[:min(contextWords, len(words))] {
		ctx[w] = i
	}
	dim := 2*contextWords + 2
	index := map[string]int{}
	for i, w := range words {
		index[w] = i
	}
	vecs := make([][]float32, len(words))
	for i := range vecs {
		vecs[i] = make([]float32, dim)
	}
	for _, run := range runs {
		for i, w := range run {
			k, ok := index[w]
			if !ok {
				continue
			}
			v := vecs[k]
			if i == 0 {
				v[2*contextWords]++
			} else if c, ok := ctx[run[i-1]]; ok {
				v[c]++
			}
			if i == len(run)-1 {
				v[2*contextWords+1]++
			} else if c, ok := ctx[run[i+1]]; ok {
				v[contextWords+c]++
			}
		}
	}
	for _, v := range vecs {
		hellinger(v[:contextWords], &v[2*contextWords])
		hellinger(v[contextWords:2*contextWords], &v[2*contextWords+1])
	}
	class := map[string]int{}
	single := min(singleClasses, len(words))
	for i, w := range words[:single] {
		class[w] = clusterClasses + i
	}
	var train []int
	for i := single; i < len(words); i++ {
		train = append(train, i)
	}
	if len(train) == 0 {
		return class
	}
	rng := rand.New(rand.NewPCG(1, 2))
	cent := make([][]float32, clusterClasses)
	for k := range cent {
		cent[k] = append([]float32(nil), vecs[train[rng.IntN(min(len(train), 3000))]]...)
	}
	assign := make([]int, len(words))
	for range kmeansRounds {
		sums := make([][]float64, len(cent))
		weight := make([]float64, len(cent))
		for k := range sums {
			sums[k] = make([]float64, dim)
		}
		for _, i := range train {
			k := nearest(cent, vecs[i])
			assign[i] = k
			wt := math.Sqrt(float64(count[words[i]]))
			weight[k] += wt
			for d, x := range vecs[i] {
				sums[k][d] += wt * float64(x)
			}
		}
		for k := range cent {
			if weight[k] == 0 { // an empty class starts again from a word
				cent[k] = append([]float32(nil), vecs[train[rng.IntN(len(train))]]...)
				continue
			}
			for d := range cent[k] {
				cent[k][d] = float32(sums[k][d] / weight[k])
			}
		}
	}
	for _, i := range train {
		class[words[i]] = nearest(cent, vecs[i])
	}
	return class
}

// hellinger turns a side's neighbour counts (v and the run's boundary b)
// into the square roots of their shares.
func hellinger(v []float32, b *float32) {
	s := *b
	for _, x := range v {
		s += x
	}
	if s == 0 {
		return
	}
	for i, x := range v {
		v[i] = float32(math.Sqrt(float64(x / s)))
	}
	*b = float32(math.Sqrt(float64(*b / s)))
}

// nearest returns the index of the centroid nearest v.
func nearest(cent [][]float32, v []float32) int {
	best, bestD := 0, float32(math.Inf(1))
	for k, c := range cent {
		d := float32(0)
		for i, x := range v {
			e := x - c[i]
			d += e * e
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// classPairs counts the classes and the pairs of classes of joined words in
// runs; words without a class are skipped.
func classPairs(runs [][]string, class map[string]int) (uni []int, pairs map[[2]int]int) {
	uni = make([]int, clusterClasses+singleClasses)
	pairs = map[[2]int]int{}
	for _, run := range runs {
		for i, w := range run {
			a, ok := class[w]
			if !ok {
				continue
			}
			uni[a]++
			if i+1 < len(run) {
				if b, ok := class[run[i+1]]; ok {
					pairs[[2]int{a, b}]++
				}
			}
		}
	}
	return uni, pairs
}

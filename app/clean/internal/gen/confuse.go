package main

import (
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// Confusion models: for the swaps a spinner makes most often in news prose
// (an original o it swaps for a spun word s that news prose also writes
// often: "by" → "past", "have" → "hold", "very" → "really"), a logistic
// regression tells o's contexts from s's by the words around them, a
// sentence's words up to five away, which a bigram does not see.
// Trained on the same news text as the bigram model, where o and s are
// written as their writers wrote them: the positives are o's uses, the
// negatives s's. Its log-odds, less the log ratio of the two words'
// examples (a likelihood ratio of the context: the news model's counts
// already weigh the words' frequencies), is added to the reading of s as o
// (app/clean, spin_confuse.go). What the table keeps is a weight for each
// context word seen often enough, quantised, never text.
const (
	// maxConfusions is how many pairs (s, o) get a model, the most
	// frequent swaps first (of about 1,000 whose spun word news prose
	// writes often enough). 400 were tried in the twenty-ninth session:
	// with the trees refitted on them, they undid 301 more swaps than 200
	// on the choosing sets for 16 more wrong repairs, a worse trade than
	// the learned decision's veto makes (25 or more for each).
	maxConfusions = 200
	// minNegatives: s must be written this often in lower case (or at a
	// sentence's start) in the news text to have its contexts learned.
	minNegatives = 100
	// maxExamples bounds the uses of a word the models learn from (an
	// even sample of its uses).
	maxExamples = 5000
	// confWindow is how far a context word may be (in the sentence).
	confWindow = 5
	// minFeature is how many of a pair's examples must show a context
	// feature for the model to keep it.
	minFeature = 15
	// weightStep is the quantum of the kept weights, and minWeight the
	// least one a model keeps.
	weightStep = 0.1
	minWeight  = 0.25
	// confEpochs, confRate and confL2 are the training's passes, Adagrad's
	// rate and the weights' L2 penalty per example.
	confEpochs = 12
	confRate   = 0.2
	confL2     = 0.01
)

// confExample is one use of a word: its context features.
type confExample []int32

// confCorpus gathers the uses of the confusable words and their context
// features as the news text is read.
type confCorpus struct {
	want  map[string]int // words whose uses are gathered → stride (every n-th use)
	seen  map[string]int
	ex    map[string][]confExample
	feat  map[string]int32
	names []string
}

func newConfCorpus(want map[string]int) *confCorpus {
	return &confCorpus{want: want, seen: map[string]int{}, ex: map[string][]confExample{}, feat: map[string]int32{}}
}

func (c *confCorpus) id(f string) int32 {
	if k, ok := c.feat[f]; ok {
		return k
	}
	k := int32(len(c.names))
	c.feat[f] = k
	c.names = append(c.names, f)
	return k
}

// confFeats calls add with the features of position i of a sentence's
// words (as the model reads them: names as NameClass): the words at −2, −1,
// +1 and +2 ('^' past the sentence's edge) and, once each, the words within
// confWindow. app/clean's confModel.score reads the same.
func confFeats(words []string, i int, add func(string)) {
	at := func(d int) string {
		if j := i + d; j >= 0 && j < len(words) {
			return words[j]
		}
		return "^"
	}
	add("[" + at(-1))
	add("]" + at(1))
	add("<" + at(-2))
	add(">" + at(2))
	seen := map[string]bool{}
	for d := 1; d <= confWindow; d++ {
		for _, j := range []int{i - d, i + d} {
			if j >= 0 && j < len(words) && !seen[words[j]] {
				seen[words[j]] = true
				add("~" + words[j])
			}
		}
	}
}

// sentence reads one sentence's tokens: the model's words, and whether
// each may be a spinner's (lower case, or capitalised at the start).
func (c *confCorpus) sentence(words []string, repairable []bool) {
	for i, w := range words {
		stride, ok := c.want[w]
		if !ok || !repairable[i] {
			continue
		}
		n := c.seen[w]
		c.seen[w]++
		if n%stride != 0 {
			continue
		}
		var ex confExample
		confFeats(words, i, func(f string) { ex = append(ex, c.id(f)) })
		c.ex[w] = append(c.ex[w], ex)
	}
}

// confPair is one confusion: spun word s, original o, and its model.
type confPair struct {
	s, o string
	freq float64
	bias float64
	w    map[int32]float64
	auc  float64 // on every fifth example, trained on the rest
	nPos int
	nNeg int
	kept int
}

// chooseConfusions returns the pairs to model: the spinner's swaps (o
// swapped for s) most frequent in news prose (o's uses over the number of
// words the spinner swaps o for) whose spun word news prose writes often
// enough in lower case to learn its contexts.
func chooseConfusions(rev map[string]map[string]bool, cands map[string][]string, uni, lowerUni map[string]int, swaps func(string) int) []*confPair {
	var out []*confPair
	for s, cs := range cands {
		if lowerUni[s] < minNegatives {
			continue
		}
		for _, o := range cs {
			if o == "|" {
				break
			}
			if o == "+" || !rev[s][o] {
				continue
			}
			n := max(swaps(o), 1)
			out = append(out, &confPair{s: s, o: o, freq: float64(uni[o]) / float64(n)})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return a.freq > b.freq || a.freq == b.freq && a.s+" "+a.o < b.s+" "+b.o
	})
	return out[:min(len(out), maxConfusions)]
}

// strides returns, for each word of the pairs, every how many of its uses
// the models learn from (count: its repairable uses in the news text).
func strides(pairs []*confPair, count map[string]int) map[string]int {
	out := map[string]int{}
	for _, p := range pairs {
		for _, w := range []string{p.s, p.o} {
			out[w] = max(1, (count[w]+maxExamples-1)/maxExamples)
		}
	}
	return out
}

// train fits p's model on the examples of o (positives) and s
// (negatives); with dev, it leaves every fifth out and scores it (AUC).
func (p *confPair) train(c *confCorpus, dev bool) {
	pos, neg := c.ex[p.o], c.ex[p.s]
	type item struct {
		x confExample
		y float64
	}
	var tr, te []item
	for k, set := range [][]confExample{neg, pos} {
		for i, x := range set {
			it := item{x, float64(k)}
			if dev && i%5 == 0 {
				te = append(te, it)
			} else {
				tr = append(tr, it)
			}
		}
	}
	// Features seen in minFeature training examples or more.
	df := map[int32]int{}
	for _, it := range tr {
		for _, f := range it.x {
			df[f]++
		}
	}
	w := map[int32]float64{}
	g := map[int32]float64{}
	var b, gb float64
	rng := rand.New(rand.NewPCG(uint64(len(tr)), 17))
	order := rng.Perm(len(tr))
	for range confEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			it := tr[k]
			z := b
			for _, f := range it.x {
				if df[f] >= minFeature {
					z += w[f]
				}
			}
			d := sigmoid(z) - it.y // the log loss's gradient in z
			gb += d * d
			b -= confRate * d / math.Sqrt(gb+1e-8)
			for _, f := range it.x {
				if df[f] < minFeature {
					continue
				}
				gr := d + confL2*w[f]
				g[f] += gr * gr
				w[f] -= confRate * gr / math.Sqrt(g[f]+1e-8)
			}
		}
	}
	// Keep the weights of minWeight or more, quantised.
	var fs []int32
	for f, x := range w {
		if math.Abs(x) >= minWeight {
			fs = append(fs, f)
		}
	}
	p.w = map[int32]float64{}
	for _, f := range fs {
		p.w[f] = math.Round(w[f]/weightStep) * weightStep
	}
	np, nn := 0, 0
	for _, it := range tr {
		if it.y == 1 {
			np++
		} else {
			nn++
		}
	}
	p.nPos, p.nNeg, p.kept = np, nn, len(fs)
	// The prior of the examples out: a likelihood ratio of the context.
	p.bias = math.Round((b-math.Log(float64(max(np, 1))/float64(max(nn, 1))))/weightStep) * weightStep
	if dev {
		p.auc = auc(len(te), func(k int) (float64, bool) {
			z := 0.0
			for _, f := range te[k].x {
				z += p.w[f]
			}
			return z, te[k].y == 1
		})
	}
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// auc is the area under the ROC curve of n examples, at giving each one's
// score and class.
func auc(n int, at func(int) (float64, bool)) float64 {
	type sy struct {
		s float64
		y bool
	}
	var v []sy
	np, nn := 0, 0
	for k := range n {
		score, y := at(k)
		v = append(v, sy{score, y})
		if y {
			np++
		} else {
			nn++
		}
	}
	if np == 0 || nn == 0 {
		return 0.5
	}
	sort.Slice(v, func(i, j int) bool { return v[i].s < v[j].s })
	// Mann–Whitney with ties at half.
	var sum float64
	for i := 0; i < len(v); {
		j := i
		for j < len(v) && v[j].s == v[i].s {
			j++
		}
		rank := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if v[k].y {
				sum += rank
			}
		}
		i = j
	}
	return (sum - float64(np*(np+1))/2) / float64(np*nn)
}

// confLines writes the "c" lines: "c s o bias f q f q ...", the features
// as a slot byte and a word ('<' −2, '[' −1, ']' +1, '>' +2, '~' the bag;
// '^' the sentence's edge), sorted, each with its weight in weightSteps.
func confLines(sb *strings.Builder, pairs []*confPair, c *confCorpus) {
	sorted := append([]*confPair(nil), pairs...)
	sort.Slice(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		return a.s < b.s || a.s == b.s && a.o < b.o
	})
	for _, p := range sorted {
		var fs []string
		for f, x := range p.w {
			if q := int(math.Round(x / weightStep)); q != 0 {
				fs = append(fs, fmt.Sprintf("%s %d", c.names[f], q))
			}
		}
		sort.Strings(fs)
		fmt.Fprintf(sb, "c %s %s %d %s\n", p.s, p.o, int(math.Round(p.bias/weightStep)), strings.Join(fs, " "))
	}
}

// confModels are the confusion models and the features they name.
type confModels struct {
	pairs  []*confPair
	corpus *confCorpus
}

// confusionModels chooses the pairs, reads their examples from the news
// texts and trains their models (logging each one's AUC with dev).
func confusionModels(texts []string, rev map[string]map[string]bool, cands map[string][]string, uni, lowerUni map[string]int, wn interface{ FirstSynonyms(string) []string }, dev bool) confModels {
	pairs := chooseConfusions(rev, cands, uni, lowerUni, func(o string) int { return len(wn.FirstSynonyms(o)) })
	c := newConfCorpus(strides(pairs, lowerUni))
	for _, text := range texts {
		var words []string
		var rep []bool
		flush := func() {
			if len(words) > 0 {
				c.sentence(words, rep)
			}
			words, rep = words[:0], rep[:0]
		}
		for _, t := range Tokens(text) {
			if t.Start {
				flush()
			}
			m := t.Word
			if !t.Lower && !t.Start && m != "i" {
				m = NameClass
			}
			words = append(words, m)
			rep = append(rep, t.Lower || t.Start)
		}
		flush()
	}
	var sumAUC float64
	for _, p := range pairs {
		p.train(c, dev)
		if dev {
			sumAUC += p.auc
			log.Printf("conf %s→%s freq %.0f pos %d neg %d kept %d auc %.3f", p.o, p.s, p.freq, p.nPos, p.nNeg, p.kept, p.auc)
			p.train(c, false)
		}
	}
	if dev {
		log.Printf("confusion models: mean AUC %.4f over %d pairs", sumAUC/float64(max(len(pairs), 1)), len(pairs))
	}
	return confModels{pairs, c}
}

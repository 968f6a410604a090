package timeline

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/dates"
)

// Cluster is a story: articles about the same happening.
type Cluster struct {
	// ID is "story-" followed by the first member's ID.
	ID     string
	DocIDs []string // in input order
	// Label names the story by its most characteristic shared terms.
	Label string
}

// Clustering parameters.
const (
	// Threshold is the TF-IDF cosine similarity above which two articles
	// belong to the same story.
	Threshold = 0.12
	// topTerms is how many of an article's heaviest terms are used to find
	// candidate pairs, so clustering stays near-linear in the corpus size.
	topTerms = 40
	// vectorTerms is how many heaviest terms make an article's vector.
	vectorTerms = 200
	// ledeSentences is how many leading sentences of an article describe
	// its happening for clustering.
	ledeSentences = 10
)

// stopwords are common English words with no topical weight.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an and or but of to in on at by for with from as is are was were be been
being has have had do does did not no nor it its it's this that these those there their them they
he she his her him we our us you your i me my mine who whom which what when where why how all any
both each few more most other some such only own same so than too very can will just should now
also into over after before between through during about against up down out off again further
then once here said says say would could may might must shall while because until if else one
two three new also according told reporters year years week day days month months since amid
being per via like including around among within without across however though although yet
still even well back first last next many much made make get got us let lets mr ms`) {
		stopwords[w] = true
	}
}

// terms returns the content words of text: lower case, stopwords and short
// words removed, a plural "s" dropped.
func terms(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		w = strings.Trim(strings.ToLower(w), "-")
		if len(w) < 3 || stopwords[w] {
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	return out
}

// Clusters groups docs into stories: two articles are linked when the cosine
// similarity of their TF-IDF vectors is at least Threshold, and stories are
// the connected groups (single linkage). Sentences that occur verbatim in more
// than one article (donation appeals, newsletter boxes) are ignored, so shared
// boilerplate does not make a story. Every doc is in exactly one cluster;
// clusters are ordered by size, then by their first member's position.
func Clusters(docs []Doc) []Cluster {
	return ClustersPaced(docs, func() {})
}

// ClustersPaced is Clusters calling pause between units of work of a few
// milliseconds at most (an article, a list of candidate pairs), so that a
// caller sharing its thread with a user interface can let it draw.
func ClustersPaced(docs []Doc, pause func()) []Cluster {
	n := len(docs)
	vec := vectors(docs, pause)
	// candidate pairs through shared heavy terms
	// (terms of one article only cannot link it to another)
	vdf := map[string]int{}
	for _, v := range vec {
		for t := range v {
			vdf[t]++
		}
	}
	posting := map[string][]int{}
	for i := range docs {
		linkable := map[string]float64{}
		for t, w := range vec[i] {
			if vdf[t] > 1 {
				linkable[t] = w
			}
		}
		for _, t := range heaviest(linkable, topTerms) {
			posting[t] = append(posting[t], i)
		}
		pause()
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	maxPosting := 50 + n/20 // terms in too many articles are not specific
	done := map[[2]int]bool{}
	for _, list := range posting {
		if len(list) > maxPosting {
			continue
		}
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				i, j := list[a], list[b]
				if done[[2]int{i, j}] {
					continue
				}
				done[[2]int{i, j}] = true
				if cosine(vec[i], vec[j]) >= Threshold {
					parent[find(i)] = find(j)
				}
			}
		}
		pause()
	}
	groups := map[int][]int{}
	var roots []int
	for i := range docs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	sort.SliceStable(roots, func(a, b int) bool {
		ga, gb := groups[roots[a]], groups[roots[b]]
		if len(ga) != len(gb) {
			return len(ga) > len(gb)
		}
		return ga[0] < gb[0]
	})
	out := make([]Cluster, 0, len(roots))
	for _, r := range roots {
		g := groups[r]
		c := Cluster{ID: "story-" + docs[g[0]].ID}
		for _, i := range g {
			c.DocIDs = append(c.DocIDs, docs[i].ID)
		}
		c.Label = label(vec, g)
		out = append(out, c)
	}
	return out
}

// readerWords address the reader; appeals and newsletter boxes are full of
// them, news sentences rarely are.
var readerWords = map[string]bool{"you": true, "your": true, "you're": true, "we": true, "our": true, "us": true, "please": true, "subscribe": true, "donate": true, "donation": true}

// addressesReader reports whether a sentence talks to the reader (two or
// more reader words): a donation appeal or newsletter box, not news.
func addressesReader(s string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if readerWords[w] {
			n++
		}
	}
	return n >= 2 || n == 1 && len(s) < 60
}

// vectors returns the L2-normalised TF-IDF vector of each doc; it calls
// pause after each doc's sentences and terms.
func vectors(docs []Doc, pause func()) []map[string]float64 {
	n := len(docs)
	// boilerplate: sentences shared verbatim between articles
	owner := map[string]int{}
	shared := map[string]bool{}
	sents := make([][]string, n)
	for i, d := range docs {
		for _, p := range d.Paragraphs {
			for _, s := range dates.Sentences(p) {
				sents[i] = append(sents[i], s)
				if o, ok := owner[s]; ok && o != i {
					shared[s] = true
				} else {
					owner[s] = i
				}
			}
		}
		pause()
	}
	tf := make([]map[string]float64, n)
	df := map[string]int{}
	for i, d := range docs {
		tf[i] = map[string]float64{}
		for _, t := range terms(d.Title) {
			tf[i][t] += 2 // a title word weighs more
		}
		for k, s := range sents[i] {
			if shared[s] || addressesReader(s) {
				continue
			}
			// news puts the happening first (the inverted pyramid); the
			// tail holds background, appeals and boxes
			if k >= ledeSentences {
				break
			}
			w := 1.0
			for _, t := range terms(s) {
				tf[i][t] += w
			}
		}
		for t := range tf[i] {
			df[t]++
		}
		pause()
	}
	// TF-IDF vectors, L2-normalised
	vec := make([]map[string]float64, n)
	for i := range docs {
		full := map[string]float64{}
		for t, c := range tf[i] {
			full[t] = (1 + math.Log(1+c)) * math.Log(1+float64(n)/float64(df[t]))
		}
		// keep the characteristic terms only: many faint shared words
		// (boilerplate, common vocabulary) must not add up to a story
		v := map[string]float64{}
		var norm float64
		for _, t := range heaviest(full, vectorTerms) {
			v[t] = full[t]
			norm += full[t] * full[t]
		}
		norm = math.Sqrt(norm)
		for t := range v {
			v[t] /= norm
		}
		vec[i] = v
		pause()
	}
	return vec
}

// heaviest returns the k terms of v with the largest weights.
func heaviest(v map[string]float64, k int) []string {
	ts := make([]string, 0, len(v))
	for t := range v {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(a, b int) bool {
		if v[ts[a]] != v[ts[b]] {
			return v[ts[a]] > v[ts[b]]
		}
		return ts[a] < ts[b]
	})
	if len(ts) > k {
		ts = ts[:k]
	}
	return ts
}

// cosine returns the dot product of two normalised vectors.
func cosine(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var s float64
	for t, w := range a {
		s += w * b[t]
	}
	return s
}

// label names a group by its three heaviest terms, preferring terms every
// member shares.
func label(vec []map[string]float64, g []int) string {
	sum := map[string]float64{}
	for _, i := range g {
		for t, w := range vec[i] {
			sum[t] += w
		}
	}
	if len(g) > 1 {
		for t := range sum {
			for _, i := range g {
				if _, ok := vec[i][t]; !ok {
					sum[t] *= 0.25
					break
				}
			}
		}
	}
	return strings.Join(heaviest(sum, 3), ", ")
}

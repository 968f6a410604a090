package timeline

import (
	"hash/maphash"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
	// Threshold is the average TF-IDF cosine similarity between an article
	// and the articles of a story at or above which the article joins the
	// story.
	Threshold = 0.12
	// topTerms is how many of an article's heaviest terms find the stories
	// it may join.
	topTerms = 30
	// maxDF is the most articles a term may be in and still find stories:
	// a term in more ("mln", "dlrs", "pct" on a newswire) names no story,
	// and the cap bounds the work per article, so clustering stays linear
	// in the number of articles.
	maxDF = 100
	// candidates is how many of the best-scoring stories an article is
	// measured against.
	candidates = 4
	// vectorTerms is how many heaviest terms make an article's vector.
	vectorTerms = 200
	// centroidTerms bounds a story's summed vector: beyond twice as many
	// terms, the faintest are dropped.
	centroidTerms = 400
	// ledeSentences is how many leading sentences of an article describe
	// its happening for clustering.
	ledeSentences = 10
	// storyGap is the most days between a dated article and the dated
	// articles of a story it joins, and storySpan the most days a story's
	// dated articles may span: a story's articles are close in time.
	storyGap  = 7
	storySpan = 31
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

// Clusters groups docs into stories. Articles are taken in date order
// (undated ones last, in input order); each joins the story whose articles
// it is most similar to on average (TF-IDF cosine, at least Threshold, and
// close in time when both are dated), or starts a new one. The stories an
// article may join are found through its heaviest terms that are in at most
// maxDF articles, so the work per article is bounded and a common term
// cannot chain unrelated stories. Sentences that occur verbatim in more than
// one article (donation appeals, newsletter boxes) are ignored, so shared
// boilerplate does not make a story; copies of one text are one story when
// their dates allow. Every doc is in exactly one cluster;
// clusters are ordered by size, then by their first member's position.
func Clusters(docs []Doc) []Cluster {
	return ClustersPaced(docs, func() {})
}

// ClustersPaced is Clusters calling pause between units of work of a few
// milliseconds at most (an article in each pass), so that a caller sharing
// its thread with a user interface can let it draw.
func ClustersPaced(docs []Doc, pause func()) []Cluster {
	n := len(docs)
	vs := vectors(docs, pause)

	// postings of each article's heaviest specific terms
	// (terms of one article only cannot link it to another)
	type post struct {
		doc int32
		w   float64
	}
	posting := make([][]post, len(vs.df))
	keys := make([][]termWeight, n)
	for i, v := range vs.vec {
		for _, tw := range v {
			if df := vs.df[tw.term]; df > 1 && df <= maxDF {
				keys[i] = append(keys[i], tw)
			}
		}
		keys[i] = heaviest(keys[i], topTerms)
		for _, tw := range keys[i] {
			posting[tw.term] = append(posting[tw.term], post{int32(i), tw.w})
		}
		pause()
	}

	// articles in date order, undated last
	day := make([]int, n)
	order := make([]int, n)
	for i, d := range docs {
		day[i] = dayOf(d.Date)
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		da, db := day[a], day[b]
		switch {
		case da == db:
			return 0
		case da == undatedDay:
			return 1
		case db == undatedDay:
			return -1
		case da < db:
			return -1
		}
		return 1
	})

	story := make([]int32, n)
	copyOf := make([]int32, n) // the story of each text (by vs.canon)
	for i := range story {
		story[i], copyOf[i] = -1, -1
	}
	var stories []*storyAcc
	var score []float64
	var touched []int32
	for _, i := range order {
		// copies of one text are one story, when close in time
		if s := copyOf[vs.canon[i]]; s >= 0 && stories[s].fits(day[i]) {
			story[i] = s
			stories[s].add(vs.vec[i], day[i])
			pause()
			continue
		}
		// candidate stories: those of earlier articles sharing a key term
		for _, tw := range keys[i] {
			for _, p := range posting[tw.term] {
				s := story[p.doc]
				if s < 0 {
					continue
				}
				if score[s] == 0 {
					touched = append(touched, s)
				}
				score[s] += tw.w * p.w
			}
		}
		// the best-scoring stories, by score per article
		var best4 [candidates]int32
		nb := 0
		for _, s := range touched {
			score[s] /= float64(stories[s].size)
			k := nb
			for k > 0 && better(score, s, best4[k-1]) {
				k--
			}
			if k == candidates {
				continue
			}
			copy(best4[k+1:min(nb+1, candidates)], best4[k:])
			best4[k] = s
			nb = min(nb+1, candidates)
		}
		best, bestSim := int32(-1), Threshold
		for _, s := range best4[:nb] {
			st := stories[s]
			if !st.fits(day[i]) {
				continue
			}
			if sim := st.similarity(vs.vec[i]); sim >= bestSim {
				best, bestSim = s, sim
			}
		}
		for _, s := range touched {
			score[s] = 0
		}
		touched = touched[:0]
		if best < 0 {
			best = int32(len(stories))
			stories = append(stories, &storyAcc{sum: map[int32]float64{}, lo: undatedDay, hi: undatedDay})
			score = append(score, 0)
		}
		story[i], copyOf[vs.canon[i]] = best, best
		stories[best].add(vs.vec[i], day[i])
		pause()
	}

	groups := make([][]int, len(stories))
	for i, s := range story {
		groups[s] = append(groups[s], i)
	}
	slices.SortStableFunc(groups, func(a, b []int) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return a[0] - b[0]
	})
	out := make([]Cluster, 0, len(groups))
	for _, g := range groups {
		c := Cluster{ID: "story-" + docs[g[0]].ID}
		for _, i := range g {
			c.DocIDs = append(c.DocIDs, docs[i].ID)
		}
		c.Label = vs.label(g)
		out = append(out, c)
		pause()
	}
	return out
}

// better reports whether story a scores above story b (ties: the older).
func better(score []float64, a, b int32) bool {
	if score[a] != score[b] {
		return score[a] > score[b]
	}
	return a < b
}

// undatedDay marks an article or story without a date.
const undatedDay = math.MinInt

// dayOf returns the day number of a "YYYY-MM-DD" date, or undatedDay.
func dayOf(date string) int {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return undatedDay
	}
	return int(t.Unix() / 86400)
}

// storyAcc is a story being formed: the sum of its articles' vectors and
// the days its dated articles span.
type storyAcc struct {
	sum    map[int32]float64
	size   int
	lo, hi int // undatedDay when no article is dated
}

// fits reports whether an article of the given day may join the story in
// time: an undated article or story fits any, a dated one must be within
// storyGap days of the story's dated articles without the story spanning
// more than storySpan days.
func (s *storyAcc) fits(day int) bool {
	if day == undatedDay || s.lo == undatedDay {
		return true
	}
	return day >= s.lo-storyGap && day <= s.hi+storyGap && max(day, s.hi)-min(day, s.lo) <= storySpan
}

// similarity returns the average cosine similarity of v to the story's
// articles.
func (s *storyAcc) similarity(v vector) float64 {
	var dot float64
	for _, tw := range v {
		dot += tw.w * s.sum[tw.term]
	}
	return dot / float64(s.size)
}

// add puts an article of the given day into the story.
func (s *storyAcc) add(v vector, day int) {
	for _, tw := range v {
		s.sum[tw.term] += tw.w
	}
	s.size++
	if day != undatedDay {
		if s.lo == undatedDay {
			s.lo, s.hi = day, day
		}
		s.lo, s.hi = min(s.lo, day), max(s.hi, day)
	}
	if len(s.sum) > 2*centroidTerms {
		all := make(vector, 0, len(s.sum))
		for t, w := range s.sum {
			all = append(all, termWeight{t, w})
		}
		for _, tw := range heaviest(all, len(all))[centroidTerms:] {
			delete(s.sum, tw.term)
		}
	}
}

// readerWords address the reader; appeals and newsletter boxes are full of
// them, news sentences rarely are.
var readerWords = wordSet("you your you're we our us please subscribe donate donation")

// addressesReader reports whether a sentence talks to the reader (two or
// more reader words): a donation appeal or newsletter box, not news.
func addressesReader(s string) bool {
	n := 0
	var buf [16]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && r != '\'' {
			i += size
			continue
		}
		w := buf[:0]
		long := false
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && r != '\'' {
				break
			}
			if r < utf8.RuneSelf && len(w) < len(buf) {
				w = append(w, byte(unicode.ToLower(r)))
			} else {
				long = true // not ASCII or too long: no reader word
			}
			i += size
		}
		if !long && readerWords[string(w)] {
			n++
		}
	}
	return n >= 2 || n == 1 && len(s) < 60
}

// termWeight is a term (by its number) and its weight.
type termWeight struct {
	term int32
	w    float64
}

// vector is an article's L2-normalised TF-IDF vector.
type vector []termWeight

// vectorSpace is the articles' vectors, with each term's text and document
// frequency (indexed by term number).
type vectorSpace struct {
	vec   []vector
	names []string
	df    []int
	// canon is, for each article, the first article with the same text
	// (title and paragraphs); copies share its vector and count once.
	canon []int
	// sum and count are label's scratch space, by term, kept zero.
	sum   []float64
	count []int32
}

// vectors returns the TF-IDF vectors of docs; it calls pause after each
// doc's sentences, terms and vector.
func vectors(docs []Doc, pause func()) *vectorSpace {
	n := len(docs)
	vs := &vectorSpace{canon: make([]int, n)}
	// boilerplate: sentences shared verbatim between articles (copies of
	// one text aside)
	first := map[uint64]int{}
	owner := map[string]int{}
	shared := map[string]bool{}
	sents := make([][]string, n)
	seed := maphash.MakeSeed()
	for i, d := range docs {
		var h maphash.Hash
		h.SetSeed(seed)
		h.WriteString(d.Title)
		for _, p := range d.Paragraphs {
			h.WriteByte(0)
			h.WriteString(p)
		}
		c, ok := first[h.Sum64()]
		if !ok {
			c = i
			first[h.Sum64()] = i
		}
		vs.canon[i] = c
		if c != i {
			pause()
			continue
		}
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
	tk := tokenizer{ids: map[string]int32{}}
	tf := make([]vector, n)
	var counts []float64 // by term, zero outside the current article
	var seen []int32     // the current article's terms
	add := func(w float64) func(int32) {
		return func(t int32) {
			for int(t) >= len(counts) {
				counts = append(counts, 0)
				vs.df = append(vs.df, 0)
			}
			if counts[t] == 0 {
				seen = append(seen, t)
			}
			counts[t] += w
		}
	}
	title, body := add(2), add(1) // a title word weighs more
	for i, d := range docs {
		if vs.canon[i] != i {
			pause()
			continue
		}
		tk.each(d.Title, title)
		k := 0
		for _, s := range sents[i] {
			if shared[s] || addressesReader(s) {
				continue
			}
			// news puts the happening first (the inverted pyramid); the
			// tail holds background, appeals and boxes
			if k >= ledeSentences {
				break
			}
			k++
			tk.each(s, body)
		}
		tf[i] = make(vector, len(seen))
		for k, t := range seen {
			tf[i][k] = termWeight{t, counts[t]}
			counts[t] = 0
			vs.df[t]++
		}
		seen = seen[:0]
		sents[i] = nil
		pause()
	}
	vs.names = tk.names
	// TF-IDF vectors, L2-normalised
	vs.vec = make([]vector, n)
	for i := range docs {
		if c := vs.canon[i]; c != i {
			vs.vec[i] = vs.vec[c]
			pause()
			continue
		}
		full := tf[i]
		for k, tw := range full {
			full[k].w = (1 + math.Log(1+tw.w)) * math.Log(1+float64(n)/float64(vs.df[tw.term]))
		}
		tf[i] = nil
		// keep the characteristic terms only: many faint shared words
		// (boilerplate, common vocabulary) must not add up to a story
		v := heaviest(full, vectorTerms)
		var norm float64
		for _, tw := range v {
			norm += tw.w * tw.w
		}
		norm = math.Sqrt(norm)
		for k := range v {
			v[k].w /= norm
		}
		slices.SortFunc(v, func(a, b termWeight) int { return int(a.term - b.term) })
		vs.vec[i] = slices.Clip(v)
		pause()
	}
	return vs
}

// tokenizer numbers the content words of texts: lower case, stopwords and
// words under three letters removed, a plural "s" dropped.
type tokenizer struct {
	ids   map[string]int32
	names []string
	buf   []byte
}

// each calls fn with the number of each content word of text.
func (tk *tokenizer) each(text string, fn func(int32)) {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && r != '-' {
			i += size
			continue
		}
		tk.buf = tk.buf[:0]
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				tk.buf = append(tk.buf, byte(r))
			} else {
				tk.buf = utf8.AppendRune(tk.buf, unicode.ToLower(r))
			}
			i += size
		}
		w := tk.buf
		for len(w) > 0 && w[0] == '-' {
			w = w[1:]
		}
		for len(w) > 0 && w[len(w)-1] == '-' {
			w = w[:len(w)-1]
		}
		if len(w) < 3 || stopwords[string(w)] {
			continue
		}
		if len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
			w = w[:len(w)-1]
		}
		id, ok := tk.ids[string(w)]
		if !ok {
			id = int32(len(tk.names))
			tk.names = append(tk.names, string(w))
			tk.ids[tk.names[id]] = id
		}
		fn(id)
	}
}

// heaviest sorts v by weight, heaviest first (ties by term number), and
// returns its first k entries.
func heaviest(v vector, k int) vector {
	slices.SortFunc(v, func(a, b termWeight) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return int(a.term - b.term)
	})
	if len(v) > k {
		v = v[:k]
	}
	return v
}

// label names a group by its three heaviest terms, preferring terms every
// member shares.
func (vs *vectorSpace) label(g []int) string {
	if len(vs.sum) < len(vs.names) {
		vs.sum = make([]float64, len(vs.names))
		vs.count = make([]int32, len(vs.names))
	}
	var all vector
	for _, i := range g {
		for _, tw := range vs.vec[i] {
			if vs.count[tw.term] == 0 {
				all = append(all, termWeight{term: tw.term})
			}
			vs.sum[tw.term] += tw.w
			vs.count[tw.term]++
		}
	}
	for k, tw := range all {
		w := vs.sum[tw.term]
		if int(vs.count[tw.term]) < len(g) {
			w *= 0.25
		}
		all[k].w = w
		vs.sum[tw.term], vs.count[tw.term] = 0, 0
	}
	// ties by name, so that the label does not depend on term numbering
	slices.SortFunc(all, func(a, b termWeight) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return strings.Compare(vs.names[a.term], vs.names[b.term])
	})
	var names []string
	for _, tw := range all[:min(3, len(all))] {
		names = append(names, vs.names[tw.term])
	}
	return strings.Join(names, ", ")
}

// wordSet is the set of the space-separated words of s: a map literal costs
// the wasm several times the code.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

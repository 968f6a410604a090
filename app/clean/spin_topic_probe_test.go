//go:build !wasm

package clean

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/clean/internal/topics"
)

// The topics' probe (helper spin25): how far the article-level topic gain
// (spin_topic.go) tells the swaps the cleanup leaves from the clean words
// it rightly leaves, on other news spun at 0.5, before any tree weighs it:
//
//	go test -run 'TestProbeTopics$' -v ./app/clean
//
// Each line gives, for a kind of candidate, the share whose gain exceeds
// 0, 0.5, 1, 1.5, 2 and 3. The topics are learned here from the BBC
// articles the news model reads and the Reuters stories.

// probeDocs returns the words of the BBC articles the news model reads and
// of the Reuters stories, but fold's (-1: none left out).
func probeDocs(t *testing.T, fold int) [][]string {
	var docs [][]string
	for _, p := range []string{bbcPath, reutersCorpus} {
		f, err := os.Open(p)
		if err != nil {
			t.Skip(p + " absent")
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for n := 0; sc.Scan(); n++ {
			var a struct {
				Text string `json:"text"`
			}
			if (p == bbcPath && n%5 == 0) || n%5 == fold || json.Unmarshal(sc.Bytes(), &a) != nil {
				continue
			}
			docs = append(docs, topics.Words(a.Text))
		}
		f.Close()
	}
	return docs
}

// topicScorer is an article's topics under a model built here.
type topicScorer struct {
	m    *topics.Model
	post []float64
}

// newTopicScorer weighs the topics of text, each word's lifts times temper.
func newTopicScorer(m *topics.Model, text string, temper float64) *topicScorer {
	s := &topicScorer{m: m, post: make([]float64, m.K)}
	lp := make([]float64, m.K)
	for c := range lp {
		lp[c] = math.Log(m.Prior[c] + 1e-9)
	}
	for _, w := range topics.Words(text) {
		if l, ok := m.Lift[w]; ok {
			for c := range lp {
				lp[c] += temper * l[c]
			}
		}
	}
	mx := math.Inf(-1)
	for _, v := range lp {
		mx = max(mx, v)
	}
	var z float64
	for c, v := range lp {
		s.post[c] = math.Exp(v - mx)
		z += s.post[c]
	}
	for c := range s.post {
		s.post[c] /= z
	}
	return s
}

// fit is topicModel.fit's.
func (s *topicScorer) fit(w string) float64 {
	l, ok := s.m.Lift[w]
	if !ok {
		return 0
	}
	var v float64
	for c, p := range s.post {
		v += p * math.Exp(l[c])
	}
	return math.Log(v)
}

// TestProbeTopics: see above.
func TestProbeTopics(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs := probeDocs(t, -1)
	for _, k := range []int{16, 32, 64} {
		m := topics.Build(docs, k, 10, 100, 1)
		t.Logf("k=%d: %d words with lifts", k, len(m.Lift))
		for _, temper := range []float64{1} {
			probeRun(t, m, temper)
		}
	}
}

// probeRun logs the shares of the gains (see above) with model m.
func probeRun(t *testing.T, m *topics.Model, temper float64) {
	arts := otherNewsArticles(t)
	sp := loadSpinner(t)
	tab := loadTable()
	rng := rand.New(rand.NewPCG(17, 2026))
	sc := scoreSpun(t, arts, 0.5)
	top := sc.topSet(200)
	defer func() { repairObserver = nil }()
	var pos, posTop, neg, negRep, posRep []float64
	for _, a := range arts {
		title, body, _ := strings.Cut(a, "\n")
		spunBody, swaps := sp.spin(body, 0.5, rng)
		res := Clean(title + "\n" + spunBody)
		if res.Spin < 0.5 {
			continue
		}
		ts := newTopicScorer(m, spunBody, temper)
		var toks [][]token
		var repls [][]string
		var offs []int
		for off := 0; off < len(spunBody); {
			end := strings.Index(spunBody[off:], "\n\n")
			if end < 0 {
				end = len(spunBody) - off
			}
			para := spunBody[off : off+end]
			tk := tokenize([]Segment{{Text: para}}, para, lower(para))
			repl := make([]string, len(tk))
			for i := range tk {
				repl[i] = spunRepair(tk, i)
			}
			toks, repls, offs = append(toks, tk), append(repls, repl), append(offs, off)
			off += end + 2
		}
		type obs struct {
			cand, written string
			diff          float64
			hand          bool
			forest        float64
		}
		uses := map[int]obs{}
		heavy := res.Spin >= heavySpinScore
		repairObserver = func(u repairUse, tk [][]token, heavy bool) (bool, bool) {
			w := tk[u.block][u.tok].low
			o := obs{cand: u.b.cand.word, written: w, diff: ts.fit(u.b.cand.word) - ts.fit(w), hand: u.hand >= 0 || u.typed, forest: -99}
			if f := tab.forest.pick(u.signs); f.leaf != nil {
				o.forest = f.score(repairFeatures(u, countWords(tk), heavy))
			}
			uses[offs[u.block]+int(tk[u.block][u.tok].start)] = o
			return false, false
		}
		tab.lmRepairs(toks, repls, heavy)
		repairObserver = nil
		swapAt := map[int]swap{}
		for _, s := range swaps {
			swapAt[s.at] = s
		}
		for at, o := range uses {
			// repaired per the decision: approximate with forest/hand as lmRepairs does
			rep := (o.hand && o.forest >= tab.forest.veto) || o.forest >= tab.forest.add
			s, ok := swapAt[at]
			switch {
			case ok && s.orig == o.cand && !rep:
				if top[[2]string{s.orig, s.spun}] {
					posTop = append(posTop, o.diff)
				} else {
					pos = append(pos, o.diff)
				}
			case ok && s.orig == o.cand:
				posRep = append(posRep, o.diff)
			case !ok && !rep:
				neg = append(neg, o.diff)
			case !ok:
				negRep = append(negRep, o.diff)
			}
		}
	}
	q := func(xs []float64) string {
		sort.Float64s(xs)
		var b strings.Builder
		fmt.Fprintf(&b, "n=%d", len(xs))
		for _, th := range []float64{0, 0.5, 1, 1.5, 2, 3} {
			n := sort.SearchFloat64s(xs, th)
			fmt.Fprintf(&b, " >%.1f:%.3f", th, 1-float64(n)/float64(max(1, len(xs))))
		}
		return b.String()
	}
	t.Logf("temper %.1f: missed others (best=orig) %s", temper, q(pos))
	t.Logf("temper %.1f: missed top (best=orig) %s", temper, q(posTop))
	t.Logf("temper %.1f: repaired right %s", temper, q(posRep))
	t.Logf("temper %.1f: clean words left %s", temper, q(neg))
	t.Logf("temper %.1f: clean words repaired (wrong) %s", temper, q(negRep))
}

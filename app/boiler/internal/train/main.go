//go:build !wasm

// Command train learns the boilerplate line classifier (../../model.bin) from
// the dev split of the labelled boilerplate corpus. It is run by go generate
// in app/boiler; the corpus is test data and only numbers and a short
// vocabulary of common words reach the model file.
//
//	go run ./internal/train -pages PATH/pages.jsonl.gz -out model.bin [-holdout]
//
// With -holdout it trains on 80% of the dev pages and reports the other 20%
// at several thresholds, to choose settings without touching the test split;
// -fold picks which fifth is held out. Five models, one per fold, let
// cleanbench -cv score every dev page with a model that never saw it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

func main() {
	path := flag.String("pages", boilerpages.DefaultPath, "the corpus (pages.jsonl.gz)")
	out := flag.String("out", "model.bin", "the model file to write")
	holdout := flag.Bool("holdout", false, "train on 80% of dev, report the other 20%")
	fold := flag.Int("fold", 0, "with -holdout, the fifth of dev held out (0 to 4; cleanbench -cv scores all five)")
	trees := flag.Int("trees", 100, "trees per stage")
	stageTrees := flag.String("stage-trees", "", "trees of each stage in turn, comma-separated (overrides -trees for the stages it names)")
	depth := flag.Int("depth", 6, "tree depth")
	stages := flag.Int("stages", 3, "stages (each after the first reads the one before: context smoothing and the page's kind)")
	vocabSize := flag.Int("vocab", 600, "vocabulary words")
	cleanPath := flag.String("clean", "", "clean articles (JSON Lines with id and text) to learn from as all-content pages: those whose id hashes even")
	rate := flag.Float64("rate", 0.17, "learning rate")
	threshold := flag.Float64("threshold", 0.6, "boilerplate probability threshold")
	contentWeight := flag.Float64("content-weight", 1, "weight of a content line's error against a boilerplate line's")
	perLine := flag.Float64("per-line", 0, "share of the weight spread over lines (every line alike) rather than over pages (every page alike)")
	siteWeight := flag.Float64("site-weight", 0, "weigh a page n^-e where its site has n pages (0: every page alike, 1: every site alike)")
	bySite := flag.Bool("bysite", false, "with -holdout, cut dev into fifths by site (boilerpages.SiteFold), not by page")
	minHess := flag.Float64("min-hess", 5, "the least hessian weight a tree's leaf holds (larger: coarser trees)")
	lambda := flag.Float64("lambda", 1, "L2 regularisation of a leaf's value")
	colsample := flag.Float64("colsample", 1, "share of the features each tree may split on, drawn afresh a tree")
	zero := flag.String("zero", "", "features (their numbers, comma-separated) set to 0 in training, so no tree reads them")
	noTitle := flag.Float64("notitle", 0, "share of the training pages whose first line, their HTML title, is cut (by a hash of the page's id): pages as a scraper that keeps only the body writes them")
	flag.Parse()
	log.SetFlags(0)
	t0 := time.Now()
	dev, err := boilerpages.Load(*path, "dev")
	if err != nil {
		log.Fatalf("train: %v (the corpus is in ../shared/corpora/boilerplate)", err)
	}
	train, held := dev, []boilerpages.Page(nil)
	if *holdout {
		train, held = nil, nil
		for _, p := range dev {
			k := boilerpages.Fold(p.ID)
			if *bySite {
				k = boilerpages.SiteFold(&p)
			}
			if k == *fold {
				held = append(held, p)
			} else {
				train = append(train, p)
			}
		}
	}
	if *noTitle > 0 {
		n := cutTitles(train, *noTitle)
		log.Printf("train: %d pages without their title line", n)
	}
	if *cleanPath != "" {
		extra, err := cleanPages(*cleanPath)
		if err != nil {
			log.Fatalf("train: %v", err)
		}
		log.Printf("train: %d clean articles as all-content pages", len(extra))
		train = append(train, extra...)
	}
	log.Printf("train: %d pages (%d held out), read in %v", len(train), len(held), time.Since(t0).Round(time.Millisecond))
	cfg := config{trees: *trees, depth: *depth, stages: *stages, rate: *rate, lambda: *lambda, minHess: *minHess, subsample: 0.6,
		contentWeight: *contentWeight, perLine: *perLine, siteWeight: *siteWeight, colsample: *colsample}
	if cfg.stageTrees, err = parseStageTrees(*stageTrees); err != nil {
		log.Fatalf("train: %v", err)
	}
	if cfg.zero, err = parseFeatures(*zero); err != nil {
		log.Fatalf("train: %v", err)
	}
	m := fit(train, learnVocab(train, *vocabSize), cfg)
	m.Threshold = float32(*threshold)
	if *holdout {
		report(m, held)
	}
	data, err := m.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("train: wrote %s (%d bytes, %d words) in %v", *out, len(data), len(m.Vocab), time.Since(t0).Round(time.Second))
}

// cutTitles cuts the first line of a share of the pages, those whose id
// hashes below it, when that line is boilerplate (the page's HTML title):
// the model learns pages whose headline has no title line above to echo,
// as a scraper that keeps only the body writes them. It returns how many
// it cut.
func cutTitles(ps []boilerpages.Page, share float64) int {
	n := 0
	for i := range ps {
		p := &ps[i]
		h := fnv.New32a()
		h.Write([]byte("notitle:" + p.ID))
		if float64(h.Sum32()%1000) >= share*1000 || len(p.Lines) < 2 || p.Lines[0].Content() {
			continue
		}
		p.Lines = p.Lines[1:]
		n++
	}
	return n
}

// parseStageTrees reads -stage-trees: numbers of trees, comma-separated,
// one a stage from the first ("" for none).
func parseStageTrees(s string) ([]int, error) {
	var out []int
	for f := range strings.SplitSeq(s, ",") {
		if s == "" {
			break
		}
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("-stage-trees %q: want numbers of trees, comma-separated", s)
		}
		out = append(out, n)
	}
	return out, nil
}

// parseFeatures reads -zero: feature numbers, comma-separated, each below
// boiler.NumFeatures ("" for none).
func parseFeatures(s string) ([]int, error) {
	var out []int
	for f := range strings.SplitSeq(s, ",") {
		if s == "" {
			break
		}
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 || n >= boiler.NumFeatures {
			return nil, fmt.Errorf("-zero %q: want feature numbers below %d, comma-separated", s, boiler.NumFeatures)
		}
		out = append(out, n)
	}
	return out, nil
}

// learnVocab picks the words whose presence best tells boilerplate from
// content, among words seen on many pages (so no page's own text, names or
// topics are learned), with their smoothed log-odds of boilerplate.
func learnVocab(ps []boilerpages.Page, n int) map[string]float32 {
	type count struct{ boiler, content, pages int }
	counts := map[string]*count{}
	var nb, nc int
	for _, p := range ps {
		seen := map[string]bool{}
		for _, l := range p.Lines {
			for _, w := range splitWords(l.Text) {
				c := counts[w]
				if c == nil {
					c = &count{}
					counts[w] = c
				}
				if l.Content() {
					c.content++
					nc++
				} else {
					c.boiler++
					nb++
				}
				if !seen[w] {
					seen[w] = true
					c.pages++
				}
			}
		}
	}
	type cand struct {
		w     string
		odds  float64
		score float64
	}
	var cs []cand
	minPages := max(len(ps)/50, 10)
	for w, c := range counts {
		if c.pages < minPages || len(w) < 2 || len(w) > 20 || isNumber(w) {
			continue
		}
		odds := math.Log((float64(c.boiler)+1)/float64(nb+1)) - math.Log((float64(c.content)+1)/float64(nc+1))
		cs = append(cs, cand{w, odds, math.Abs(odds) * math.Log(float64(c.pages))})
	}
	sort.Slice(cs, func(i, j int) bool {
		return cs[i].score > cs[j].score || cs[i].score == cs[j].score && cs[i].w < cs[j].w
	})
	v := map[string]float32{}
	big := 0.0
	for _, c := range cs[:min(n, len(cs))] {
		big = math.Max(big, math.Abs(c.odds))
	}
	// The weights as the model file stores them (8 bits), so the trees learn
	// from the values the app will compute.
	scale := big / 127
	for _, c := range cs[:min(n, len(cs))] {
		v[c.w] = float32(math.Round(c.odds/scale)) * float32(scale)
	}
	return v
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// report prints holdout scores at several thresholds.
func report(m *boiler.Model, held []boilerpages.Page) {
	probs := make([][]float32, len(held))
	for i := range held {
		probs[i] = m.Probabilities(held[i].Texts())
	}
	for _, th := range []float32{0.3, 0.4, 0.5, 0.6, 0.7} {
		byDS := map[string]*boilerpages.Tally{}
		all := &boilerpages.Tally{}
		for i := range held {
			keep := make([]bool, len(held[i].Lines))
			for j, p := range probs[i] {
				keep[j] = p < th
			}
			t := byDS[held[i].Dataset]
			if t == nil {
				t = &boilerpages.Tally{}
				byDS[held[i].Dataset] = t
			}
			t.Add(&held[i], keep)
			all.Add(&held[i], keep)
		}
		fmt.Printf("threshold %.2f\n", th)
		for _, ds := range []string{"l3s-gn1", "dragnet", "readability", "cleaneval-dev"} {
			if t := byDS[ds]; t != nil {
				fmt.Printf("  %-14s %s\n", ds, t)
			}
		}
		fmt.Printf("  %-14s %s\n", "all", all)
	}
}

// cleanPages reads clean articles (one JSON object a line, with "id" and
// "text") as pages whose every line is content: the half whose id hashes
// even, so the other half can test that clean articles lose nothing.
func cleanPages(path string) ([]boilerpages.Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []boilerpages.Page
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !TrainingHalf(a.ID) {
			continue
		}
		p := boilerpages.Page{ID: a.ID, Dataset: "clean", GoldText: a.Text}
		for _, l := range strings.Split(a.Text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				p.Lines = append(p.Lines, boilerpages.Line{Text: l, Label: "content"})
			}
		}
		out = append(out, p)
	}
	return out, sc.Err()
}

// TrainingHalf reports whether a clean article is in the half the model
// learns from.
func TrainingHalf(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%2 == 0
}

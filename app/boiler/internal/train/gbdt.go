//go:build !wasm

package main

import (
	"hash/fnv"
	"log"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

type config struct {
	trees, depth, stages int
	// stageTrees, when set, is the number of trees of each stage in turn
	// (trees for the stages it does not reach).
	stageTrees         []int
	rate, lambda       float64
	minHess, subsample float64
	// contentWeight multiplies the weight of content lines.
	contentWeight float64
	// perLine is the share of the weight given to every line alike; the
	// rest is given to every page alike (see rows).
	perLine float64
	// siteWeight is e in the weight n^-e of a page whose site has n pages
	// among those trained on: 0 weighs every page alike, 1 every site.
	siteWeight float64
	// colsample is the share of the features each tree may split on (a
	// fresh draw a tree); 1 or more: every feature.
	colsample float64
	// zero lists features set to 0 in every row, which no tree then reads.
	zero []int
}

// dataset is a matrix of feature rows with labels and weights.
type dataset struct {
	width int
	x     []float32 // rows × width
	y     []float32 // 1 = boilerplate
	w     []float32
	page  []int // page index of each row
}

// fit trains every stage; a stage after the first reads out-of-fold scores of
// the stage before, so it learns how much to trust them.
func fit(ps []boilerpages.Page, vocab map[string]float32, cfg config) *boiler.Model {
	m := &boiler.Model{Vocab: vocab, Threshold: 0.5}
	base := rows(ps, m, cfg)
	log.Printf("train: %d lines, %d features", len(base.y), base.width)
	var prev []float32 // out-of-fold scores of the previous stage
	for k := 0; k < cfg.stages; k++ {
		d := withContext(base, prev, k)
		if k+1 < cfg.stages {
			// Out-of-fold scores for the next stage: train on half, score the other.
			prev = make([]float32, len(d.y))
			for fold := 0; fold < 2; fold++ {
				in := func(p int) bool { return foldOf(ps[p].ID) != fold }
				e := train(d, cfg.forStage(k), in)
				for i := range d.y {
					if !in(d.page[i]) {
						prev[i] = sigmoid(e.Score(d.x[i*d.width : (i+1)*d.width]))
					}
				}
			}
		}
		e := train(d, cfg.forStage(k), func(int) bool { return true })
		m.Stages = append(m.Stages, e)
		log.Printf("train: stage %d done", k)
	}
	return m
}

// forStage is cfg with stage k's number of trees.
func (cfg config) forStage(k int) config {
	if k < len(cfg.stageTrees) {
		cfg.trees = cfg.stageTrees[k]
	}
	return cfg
}

func foldOf(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()>>8) % 2
}

// rows computes the first stage's rows of every page, weighting each page as
// a whole equally, half by lines and half by words; cfg.perLine of the weight
// goes to every line alike instead, and content lines weigh
// cfg.contentWeight times as much.
func rows(ps []boilerpages.Page, m *boiler.Model, cfg config) dataset {
	d := dataset{width: boiler.NumFeatures}
	perSite := map[string]int{}
	for pi := range ps {
		perSite[boilerpages.Site(&ps[pi])]++
	}
	for pi := range ps {
		p := &ps[pi]
		texts := p.Texts()
		pw := float32(math.Pow(float64(perSite[boilerpages.Site(p)]), -cfg.siteWeight))
		d.x = append(d.x, m.Features(texts)...)
		words := 0
		for _, t := range texts {
			words += len(splitWords(t)) + 1
		}
		for _, l := range p.Lines {
			y := float32(1)
			if l.Content() {
				y = 0
			}
			d.y = append(d.y, y)
			nw := float32(len(splitWords(l.Text)) + 1)
			d.w = append(d.w, pw*(0.5/float32(len(texts))+0.5*nw/float32(words)))
			d.page = append(d.page, pi)
		}
	}
	for _, f := range cfg.zero {
		for i := f; i < len(d.x); i += d.width {
			d.x[i] = 0
		}
	}
	// Every line alike: the page weights sum to the pages, so a line's
	// share of them is pages/lines.
	perLine := float32(len(ps)) / float32(max(len(d.w), 1))
	a := float32(cfg.perLine)
	for i := range d.w {
		d.w[i] = (1-a)*d.w[i] + a*perLine
		if d.y[i] == 0 {
			d.w[i] *= float32(cfg.contentWeight)
		}
	}
	// Mean weight 1.
	var s float64
	for _, w := range d.w {
		s += float64(w)
	}
	f := float32(float64(len(d.w)) / s)
	for i := range d.w {
		d.w[i] *= f
	}
	return d
}

// withContext appends stage k's context features (from prev) to base's rows.
func withContext(base dataset, prev []float32, k int) dataset {
	if k == 0 {
		return base
	}
	w := boiler.StageWidth(k)
	d := dataset{width: w, y: base.y, w: base.w, page: base.page, x: make([]float32, len(base.y)*w)}
	start := 0
	for start < len(base.y) {
		end := start
		for end < len(base.y) && base.page[end] == base.page[start] {
			end++
		}
		cw := w - base.width
		ctx := make([]float32, (end-start)*cw)
		boiler.ContextRows(ctx, prev[start:end], base.x[start*base.width:end*base.width])
		for i := start; i < end; i++ {
			row := d.x[i*w : (i+1)*w]
			copy(row, base.x[i*base.width:(i+1)*base.width])
			copy(row[base.width:], ctx[(i-start)*cw:(i-start+1)*cw])
		}
		start = end
	}
	return d
}

func sigmoid(x float32) float32 { return float32(1 / (1 + math.Exp(-float64(x)))) }

const maxBins = 32

// train fits gradient-boosted trees (logistic loss) on the rows of pages for
// which use is true, with histogram splits.
func train(d dataset, cfg config, use func(page int) bool) boiler.Ensemble {
	var idx []int
	for i := range d.y {
		if use(d.page[i]) {
			idx = append(idx, i)
		}
	}
	// Bin edges per feature from a sample's quantiles.
	edges := make([][]float32, d.width)
	rng := rand.New(rand.NewPCG(1, 2))
	sample := make([]float32, 0, 20000)
	for f := 0; f < d.width; f++ {
		sample = sample[:0]
		for range 20000 {
			i := idx[rng.IntN(len(idx))]
			sample = append(sample, d.x[i*d.width+f])
		}
		sort.Slice(sample, func(a, b int) bool { return sample[a] < sample[b] })
		var e []float32
		for q := 1; q < maxBins; q++ {
			v := sample[q*len(sample)/maxBins]
			if (len(e) == 0 || v > e[len(e)-1]) && v > sample[0] {
				e = append(e, v)
			}
		}
		edges[f] = e
	}
	// bins[i*width+f] = number of edges <= x.
	bins := make([]uint8, len(d.y)*d.width)
	for _, i := range idx {
		for f := 0; f < d.width; f++ {
			x := d.x[i*d.width+f]
			bins[i*d.width+f] = uint8(sort.Search(len(edges[f]), func(k int) bool { return edges[f][k] > x }))
		}
	}
	// Base score: the weighted log-odds.
	var sy, sw float64
	for _, i := range idx {
		sy += float64(d.y[i] * d.w[i])
		sw += float64(d.w[i])
	}
	pm := sy / sw
	e := boiler.Ensemble{Depth: cfg.depth, Base: float32(math.Log(pm / (1 - pm))), Edges: edges}
	f := make([]float32, len(d.y)) // current raw scores
	for _, i := range idx {
		f[i] = e.Base
	}
	g := make([]float64, len(d.y))
	h := make([]float64, len(d.y))
	node := make([]int32, len(d.y))
	internal := 1<<cfg.depth - 1
	for t := 0; t < cfg.trees; t++ {
		var rows []int
		for _, i := range idx {
			if rng.Float64() < cfg.subsample {
				rows = append(rows, i)
			}
		}
		for _, i := range idx {
			p := float64(sigmoid(f[i]))
			g[i] = float64(d.w[i]) * (p - float64(d.y[i]))
			h[i] = float64(d.w[i]) * math.Max(p*(1-p), 1e-6)
		}
		var allowed []bool // nil: every feature
		if cfg.colsample > 0 && cfg.colsample < 1 {
			allowed = make([]bool, d.width)
			for fe := range allowed {
				allowed[fe] = rng.Float64() < cfg.colsample
			}
		}
		tr := boiler.Tree{Feature: make([]uint8, internal), Threshold: make([]float32, internal), Leaf: make([]float32, internal+1)}
		for _, i := range rows {
			node[i] = 0
		}
		for level := 0; level < cfg.depth; level++ {
			first := 1<<level - 1
			count := 1 << level
			// Histograms: [node][feature][bin] of (g, h).
			hg := make([]float64, count*d.width*(maxBins+1))
			hh := make([]float64, count*d.width*(maxBins+1))
			for _, i := range rows {
				nd := int(node[i]) - first
				base := nd * d.width * (maxBins + 1)
				bi := bins[i*d.width : (i+1)*d.width]
				gi, hi := g[i], h[i]
				for fe, b := range bi {
					k := base + fe*(maxBins+1) + int(b)
					hg[k] += gi
					hh[k] += hi
				}
			}
			for nd := 0; nd < count; nd++ {
				bestGain, bestF, bestB := 0.0, 0, -1
				for fe := 0; fe < d.width; fe++ {
					if allowed != nil && !allowed[fe] {
						continue
					}
					base := nd*d.width*(maxBins+1) + fe*(maxBins+1)
					var G, H float64
					for b := 0; b <= maxBins; b++ {
						G += hg[base+b]
						H += hh[base+b]
					}
					parent := G * G / (H + cfg.lambda)
					var gl, hl float64
					for b := 0; b < len(edges[fe]); b++ {
						gl += hg[base+b]
						hl += hh[base+b]
						gr, hr := G-gl, H-hl
						if hl < cfg.minHess || hr < cfg.minHess {
							continue
						}
						gain := gl*gl/(hl+cfg.lambda) + gr*gr/(hr+cfg.lambda) - parent
						if gain > bestGain {
							bestGain, bestF, bestB = gain, fe, b
						}
					}
				}
				k := first + nd
				if bestB < 0 {
					tr.Feature[k], tr.Threshold[k] = 0, float32(math.Inf(1)) // all go left
					continue
				}
				tr.Feature[k] = uint8(bestF)
				tr.Threshold[k] = edges[bestF][bestB] // bin <= bestB  <=>  x < edges[bestB]
			}
			for _, i := range rows {
				k := int(node[i])
				if d.x[i*d.width+int(tr.Feature[k])] < tr.Threshold[k] {
					node[i] = int32(2*k + 1)
				} else {
					node[i] = int32(2*k + 2)
				}
			}
		}
		// Leaf values (Newton step).
		lg := make([]float64, internal+1)
		lh := make([]float64, internal+1)
		for _, i := range rows {
			l := int(node[i]) - internal
			lg[l] += g[i]
			lh[l] += h[i]
		}
		for l := range tr.Leaf {
			tr.Leaf[l] = float32(-cfg.rate * lg[l] / (lh[l] + cfg.lambda))
		}
		e.Trees = append(e.Trees, tr)
		one := boiler.Ensemble{Depth: cfg.depth, Trees: []boiler.Tree{tr}}
		for _, i := range idx {
			f[i] += one.Score(d.x[i*d.width : (i+1)*d.width])
		}
	}
	return e
}

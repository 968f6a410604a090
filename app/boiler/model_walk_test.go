package boiler

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// boilerplatePages is the labelled corpus of real scraped pages (test data
// in ../shared/corpora, absent from some checkouts).
const boilerplatePages = "../../../shared/corpora/boilerplate/pages.jsonl.gz"

// TestScoreRowsMatchesStored: ScoreRows, walking the trees by their keys,
// and the scorer, which turns a page's first-stage features to keys once
// for all stages and scores the last stage's lines a block at a time, give
// every row of every stage the very score (to the bit) that walking the
// trees as stored gives, on the sample page and on a quarter of the
// corpus's dev pages when present (a tenth of that with -short).
func TestScoreRowsMatchesStored(t *testing.T) {
	m := Default()
	pages := [][]string{page}
	if _, err := os.Stat(boilerplatePages); err == nil {
		ps, err := boilerpages.Load(boilerplatePages, "dev")
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range ps {
			if i%4 != 1 || testing.Short() && i%40 != 1 {
				continue
			}
			var lines []string
			for _, s := range p.Texts() {
				lines = append(lines, strings.Split(s, "\n")...)
			}
			pages = append(pages, lines)
		}
	}
	rows := 0
	for _, lines := range pages {
		sc := m.scorer(lines)
		for k := range m.Stages {
			x, width := sc.rows(k)
			got, want := make([]float32, len(lines)), make([]float32, len(lines))
			m.Stages[k].ScoreRows(x, width, got)
			m.Stages[k].scoreHeap(x, width, want)
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("stage %d, line %q: %v, stored trees %v", k, lines[i], got[i], want[i])
				}
				// the scorer's, line by line: the last stage a block at a time
				if got, p := sc.at(k, i), sigmoid(want[i]); math.Float32bits(got) != math.Float32bits(p) {
					t.Fatalf("stage %d, line %q: scorer %v, stored trees %v", k, lines[i], got, p)
				}
			}
			rows += len(got)
		}
		sc.release()
	}
	t.Logf("%d pages, %d rows", len(pages), rows)
}

// TestFloatKeyOrder: comparing the keys of two floats is comparing the
// floats (x ≥ t), for zeros of either sign, infinities, subnormals and NaN.
func TestFloatKeyOrder(t *testing.T) {
	vals := []float32{float32(math.NaN()), float32(math.Inf(-1)), -math.MaxFloat32, -2, -1, -0.5,
		-math.SmallestNonzeroFloat32, float32(math.Copysign(0, -1)), 0, math.SmallestNonzeroFloat32,
		1e-30, 0.5, 0.6, 1, 2, 1e30, math.MaxFloat32, float32(math.Inf(1))}
	for _, x := range vals {
		for _, th := range vals {
			if got, want := floatKey(x) >= thresholdKey(th), x >= th; got != want {
				t.Errorf("%v ≥ %v: keys say %v", x, th, got)
			}
		}
	}
}

// TestScoreRowsOtherDepth: trees of another depth than walkDepth are
// walked as stored, with the same result.
func TestScoreRowsOtherDepth(t *testing.T) {
	e := Ensemble{Depth: 1, Base: 0.5, Trees: []Tree{{Feature: []uint8{1}, Threshold: []float32{2}, Leaf: []float32{-1, 1}}}}
	out := make([]float32, 2)
	e.ScoreRows([]float32{0, 3, 0, 1}, 2, out)
	if out[0] != 1.5 || out[1] != -0.5 {
		t.Errorf("got %v, want [1.5 -0.5]", out)
	}
}

// TestScoreRowsChunks: an ensemble whose trees do not fill the last chunk
// walk8 takes (walkChunk), over rows that do not fill the last group of
// eight, scores every row to the bit as walking the trees as stored does:
// the chunks keep each row's sum in the trees' order.
func TestScoreRowsChunks(t *testing.T) {
	const width, internal = 5, 1<<walkDepth - 1
	seed := uint32(7)
	next := func() float32 { // a small generator: the same trees every run
		seed = seed*1664525 + 1013904223
		return float32(seed>>8)/float32(1<<24)*4 - 2
	}
	e := Ensemble{Depth: walkDepth, Base: 0.25}
	for range 2*walkChunk + 5 {
		tr := Tree{Feature: make([]uint8, internal), Threshold: make([]float32, internal), Leaf: make([]float32, internal+1)}
		for i := range internal {
			tr.Feature[i] = uint8(int(next()*100+200) % width)
			tr.Threshold[i] = next()
		}
		for i := range tr.Leaf {
			tr.Leaf[i] = next() / 3
		}
		e.Trees = append(e.Trees, tr)
	}
	for _, n := range []int{1, 7, 8, 13, walkBlock + 3} {
		x := make([]float32, n*width)
		for i := range x {
			x[i] = next()
		}
		got, want := make([]float32, n), make([]float32, n)
		e.ScoreRows(x, width, got)
		e.scoreHeap(x, width, want)
		for i := range got {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%d rows, row %d: %v, stored trees %v", n, i, got[i], want[i])
			}
		}
	}
}

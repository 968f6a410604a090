package boiler

import (
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// TestScratchReused: a page's features and decisions are the same, to the
// bit, whether its buffers are new or were a longer page's before (see
// scratch): the pages, the sample and the corpus's dev pages when present
// (every fifth), are scored longest first, then shortest first, in one
// scratch and one pool, and each against new buffers.
func TestScratchReused(t *testing.T) {
	m := Default()
	pages := [][]string{page, page[:MinLines], append(slices.Clone(page), page...)}
	if _, err := os.Stat(boilerplatePages); err == nil {
		ps, err := boilerpages.Load(boilerplatePages, "dev")
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range ps {
			if i%5 != 2 || testing.Short() && i%50 != 2 {
				continue
			}
			var lines []string
			for _, s := range p.Texts() {
				lines = append(lines, strings.Split(s, "\n")...)
			}
			pages = append(pages, lines)
		}
	}
	want := make([][]float32, len(pages))
	wantSt := make([][]stats, len(pages))
	wantDec := make([][]Decision, len(pages))
	for i, lines := range pages {
		want[i], wantSt[i] = features(lines, m.lexicon())
		scratchPool = sync.Pool{New: func() any { return newScratch() }} // new buffers
		wantDec[i] = m.Classify(lines)
	}
	order := make([]int, len(pages))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return len(pages[b]) - len(pages[a]) })
	sc := newScratch()
	for round := range 2 {
		for _, i := range order {
			rows, st := featuresIn(sc, pages[i], m.lexicon())
			if !slices.EqualFunc(rows, want[i], func(a, b float32) bool { return math.Float32bits(a) == math.Float32bits(b) }) || !slices.Equal(st, wantSt[i]) {
				t.Fatalf("round %d, page %d (%d lines): features differ in a used scratch", round, i, len(pages[i]))
			}
			if got := m.Classify(pages[i]); !slices.Equal(got, wantDec[i]) {
				t.Fatalf("round %d, page %d (%d lines): decisions differ with used buffers", round, i, len(pages[i]))
			}
		}
		slices.Reverse(order)
	}
	t.Logf("%d pages", len(pages))
}

// TestFeaturesReuseAllocs: in a used scratch, a page's features are written
// in its arrays, and allocate only a few tables of the page (the title's words, the duplicates' counts, the
// runs of prose), not a row, a stat or a word buffer for each line.
func TestFeaturesReuseAllocs(t *testing.T) {
	var lines []string
	for range 10 {
		lines = append(lines, page...)
	}
	m, sc := Default(), newScratch()
	rows, st := featuresIn(sc, lines, m.lexicon())
	if rows2, st2 := featuresIn(sc, lines[:len(lines)-1], m.lexicon()); &rows2[0] != &rows[0] || &st2[0] != &st[0] {
		t.Error("a shorter page's rows and stats are not in the scratch's arrays")
	}
	allocs := testing.AllocsPerRun(10, func() { featuresIn(sc, lines, m.lexicon()) })
	if allocs > 20 {
		t.Errorf("%.0f allocations for a page of %d lines in a used scratch, want at most 20", allocs, len(lines))
	}
	t.Logf("%.0f allocations, %d lines", allocs, len(lines))
}

package boiler

import "sync"

// scratch holds a page's working buffers while it is scored, the most of
// what scoring it allocated before: the feature rows, the lines' stats, the
// stages' probabilities and context. A scorer takes one from scratchPool
// and gives it back on release, so scoring page after page (the cleanup
// classifies each page again until it holds still) reuses them; nothing in
// it outlives the scorer.
type scratch struct {
	base []float32
	st   []stats
	ctx  []float32
	p    [][]float32
	word []byte // a word of the page (see forWords)
	// region is the page's main run of prose, [start, end) (mainRegion),
	// as featuresIn found it.
	region [2]int
}

// scratchPool holds scratch between pages.
var scratchPool = sync.Pool{New: func() any { return newScratch() }}

func newScratch() *scratch { return &scratch{word: make([]byte, 0, 64)} }

// grow returns buf resized to n, its content cleared (never nil).
//
//go:noinline
func grow[T any](buf []T, n int) []T {
	if buf == nil || cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// stage returns a cleared slice of n probabilities for stage k of stages.
func (s *scratch) stage(k, stages, n int) []float32 {
	if len(s.p) < stages {
		s.p = append(s.p, make([][]float32, stages-len(s.p))...)
	}
	s.p[k] = grow(s.p[k], n)
	return s.p[k]
}

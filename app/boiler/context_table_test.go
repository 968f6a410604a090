package boiler

import (
	"math"
	"testing"
)

// TestContextRowsSureGap: an article's own table between its paragraphs,
// which the stage before only doubts, parts the prose under it from the
// main block by a run of boilerplate lines, but by no run of lines the
// stage is sure of, as the share buttons and heading over comments do.
func TestContextRowsSureGap(t *testing.T) {
	// A menu line, three paragraphs, a table of four rows scored as
	// doubtful boilerplate, a paragraph, four share buttons and a comments
	// heading, a comment.
	p := []float32{0.95, 0.1, 0.1, 0.1, 0.7, 0.75, 0.7, 0.8, 0.15, 0.97, 0.98, 0.97, 0.98, 0.99, 0.3}
	words := []int{2, 45, 40, 50, 3, 4, 3, 3, 35, 1, 1, 1, 1, 2, 30}
	base := make([]float32, len(p)*numFeatures)
	for i, w := range words {
		base[i*numFeatures+fLogWords] = float32(math.Log1p(float64(w)))
	}
	if s, e := mainBlock(p, base); s != 1 || e != 4 {
		t.Fatalf("main block [%d, %d), want [1, 4)", s, e)
	}
	dst := make([]float32, len(p)*contextFeatures)
	ContextRows(dst, p, base)
	row := func(i int) []float32 { return dst[i*contextFeatures : (i+1)*contextFeatures] }
	if r := row(8); r[7] != 1 || r[8] != log1p(4) || r[15] != 0 {
		t.Errorf("paragraph under the table: side %v gap %v sure gap %v, want 1, log1p(4), 0", r[7], r[8], r[15])
	}
	if r := row(14); r[8] != log1p(5) || r[15] != log1p(5) {
		t.Errorf("comment: gap %v sure gap %v, want log1p(5) twice", r[8], r[15])
	}
	if r := row(0); r[7] != -1 || r[8] != 0 || r[15] != 0 {
		t.Errorf("menu line right above the block: side %v gap %v sure gap %v, want -1, 0, 0", r[7], r[8], r[15])
	}
	// With the table scored as sure boilerplate, the sure gap counts it.
	for i := 4; i <= 7; i++ {
		p[i] = 0.95
	}
	ContextRows(dst, p, base)
	if r := row(8); r[8] != log1p(4) || r[15] != log1p(4) {
		t.Errorf("paragraph under a sure table: gap %v sure gap %v, want log1p(4) twice", r[8], r[15])
	}
}

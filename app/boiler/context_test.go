package boiler

import (
	"math"
	"testing"
)

// TestContextRowsGap checks the long-range context a later stage reads: a
// line past a long run of boilerplate (share buttons, tags, a comments
// heading) is far from the main block; one past a single advert is not.
func TestContextRowsGap(t *testing.T) {
	// p: the previous stage's scores; words: each line's word count.
	p := []float32{0.9, 0.9, 0.1, 0.1, 0.9, 0.1, 0.1, 0.9, 0.9, 0.9, 0.9, 0.2, 0.2}
	words := []int{2, 2, 40, 35, 2, 30, 25, 1, 2, 1, 3, 20, 20}
	base := make([]float32, len(p)*numFeatures)
	for i, w := range words {
		base[i*numFeatures+fLogWords] = float32(math.Log1p(float64(w)))
	}
	dst := make([]float32, len(p)*contextFeatures)
	ContextRows(dst, p, base)
	row := func(i int) []float32 { return dst[i*contextFeatures : (i+1)*contextFeatures] }
	if s, e := mainBlock(p, base); s != 2 || e != 7 {
		t.Fatalf("main block [%d, %d), want [2, 7): the advert at 4 is inside it", s, e)
	}
	for i := 2; i < 7; i++ {
		if r := row(i); r[7] != 0 || r[8] != 0 || r[9] != 0 {
			t.Errorf("line %d inside the block: side %v gap %v distance %v, want 0", i, r[7], r[8], r[9])
		}
	}
	if r := row(11); r[7] != 1 || r[8] != log1p(4) {
		t.Errorf("comment after four boilerplate lines: side %v gap %v, want 1 and log1p(4)", r[7], r[8])
	}
	if r := row(0); r[7] != -1 || r[8] != log1p(1) {
		t.Errorf("menu line before the block: side %v gap %v, want -1 and log1p(1)", r[7], r[8])
	}
	if r := row(0); r[1] != 1 || r[2] != 1 {
		t.Errorf("beyond the page's top: %v %v, want 1 (boilerplate-like)", r[1], r[2])
	}
	if got, want := row(5)[0], p[5]; got != want {
		t.Errorf("own score %v, want %v", got, want)
	}
}

// TestScoreRowsMatchesScore: scoring a page's rows tree after tree gives
// each row exactly what scoring it alone gives.
func TestScoreRowsMatchesScore(t *testing.T) {
	m := Default()
	lines := []string{"Home | News | Sport", "Bridge opens after ten years of work",
		"The new bridge over the river opened on Tuesday, the city said, after ten years of work and debate.",
		"Share this article", "Comments (3)", "© 2024 Example News"}
	rows := m.Features(lines)
	e := &m.Stages[0]
	out := make([]float32, len(lines))
	e.ScoreRows(rows, NumFeatures, out)
	for i := range lines {
		if want := e.Score(rows[i*NumFeatures : (i+1)*NumFeatures]); out[i] != want {
			t.Errorf("line %d: ScoreRows %v, Score %v", i, out[i], want)
		}
	}
}

package boiler

import (
	"math"
	"testing"
)

// TestCodeLike: a line of code reads as code by its inner braces, calls and
// assignments or by its ending; prose with a parenthesis or a comma inside
// does not.
func TestCodeLike(t *testing.T) {
	lex := lexicon(nil)
	for _, c := range []struct {
		line string
		code bool
	}{
		{"var req = new Request(\"/index.html\");", true},
		{"if (res.ok) {", true},
		{"console.log(reqHeaders.getAll(\"X-Custom-Header\"));", true},
		{"stddev(n) as series_stddev", true},
		{"SELECT n,", true},
		{"}", true},
		{"The council (which met on Tuesday) said the bridge would close, for now.", false},
		{"Home | News | Sport", false},
		{"Read more", false},
	} {
		if s := measure(c.line, lex); s.codeLike() != c.code {
			t.Errorf("%q: code-like %v (share %.2f, end %v), want %v", c.line, s.codeLike(), s.code, s.codeEnd, c.code)
		}
	}
}

// TestNumberedRuns: items numbered one after another, down or up, with a
// paragraph or two between, make one run; a number out of sequence starts
// another, and unnumbered lines are in none.
func TestNumberedRuns(t *testing.T) {
	lines := []string{
		"1. First post (June 3, 2007)",
		"2. Second post (June 4, 2007)",
		"A paragraph about the second post, which the list keeps under it.",
		"3. Third post",
		"7. Another list",
		"6. Counting down",
		"Menu",
		"2007. A year, not an item",
	}
	lex := lexicon(nil)
	st := make([]stats, len(lines))
	for i, l := range lines {
		st[i] = measure(l, lex)
	}
	got := numberedRuns(lines, st)
	want := []int{3, 3, 0, 3, 2, 2, 0, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%q: run %d, want %d", lines[i], got[i], want[i])
		}
	}
}

// TestPageKind: an article keeps its content in one block; a thread of
// posts spreads it over several runs.
func TestPageKind(t *testing.T) {
	rows := func(words []int) []float32 {
		base := make([]float32, len(words)*numFeatures)
		for i, w := range words {
			base[i*numFeatures+fLogWords] = float32(math.Log1p(float64(w)))
		}
		return base
	}
	// An article: menu, three paragraphs, footer.
	p := []float32{0.9, 0.1, 0.1, 0.1, 0.9}
	words := []int{3, 40, 40, 40, 3}
	base := rows(words)
	s, e := mainBlock(p, base)
	k := pageKind(p, base, s, e)
	if k[0] != 1 || k[1] != log1p(1) {
		t.Errorf("article: content share in the block %v, runs %v; want 1 and log1p(1)", k[0], k[1])
	}
	// A thread: four posts of one size, each after a name, a date and a
	// reply link.
	p, words = nil, nil
	for range 4 {
		p = append(p, 0.9, 0.9, 0.9, 0.2)
		words = append(words, 1, 2, 1, 30)
	}
	base = rows(words)
	s, e = mainBlock(p, base)
	k = pageKind(p, base, s, e)
	if k[0] > 0.3 || k[1] != log1p(4) {
		t.Errorf("thread: content share in the block %v, runs %v; want at most 0.3 and log1p(4)", k[0], k[1])
	}
	// Code lines and a numbered list are counted on the page.
	base[0*numFeatures+fCode] = 1
	base[1*numFeatures+fSeqRun] = log1p(12)
	k = pageKind(p, base, s, e)
	if k[2] != 1/float32(len(p)) || k[3] != log1p(12) {
		t.Errorf("code share %v, longest numbered run %v; want %v and log1p(12)", k[2], k[3], 1/float32(len(p)))
	}
}

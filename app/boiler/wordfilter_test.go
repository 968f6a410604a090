package boiler

import (
	"strings"
	"testing"
)

// TestLexTableFilter: the filtered lexicon's table finds every word of its
// map, and answers as the map does for the words of the sample page, while its
// filter turns most of those the map lacks away before the map.
func TestLexTableFilter(t *testing.T) {
	lex, words := Default().lexicon(), lexiconWords(Default().Vocab)
	for w, e := range words {
		if got, ok := lex.get([]byte(w)); !ok || got != e {
			t.Fatalf("%q: got %v %v, want %v", w, got, ok, e)
		}
	}
	missed, turned := 0, 0
	for _, l := range page {
		forWords(l, nil, func(w []byte) {
			got, ok := lex.get(w)
			want, wantOK := words[string(w)]
			if ok != wantOK || got != want {
				t.Fatalf("%q: got %v %v, want %v %v", w, got, ok, want, wantOK)
			}
			if !wantOK {
				missed++
				if !lex.filter.mayHave(w) {
					turned++
				}
			}
		})
	}
	if missed == 0 || 2*turned < missed {
		t.Errorf("the filter turned %d of %d words not in the lexicon away", turned, missed)
	}
}

// TestTitleWords: the title's set has its words and only them.
func TestTitleWords(t *testing.T) {
	s := titleWords([]string{"Bridge opens after ten years | Example News"}, nil)
	for _, w := range strings.Fields("bridge opens after ten years example news") {
		if !s.has([]byte(w)) {
			t.Errorf("%q missing", w)
		}
	}
	for _, w := range strings.Fields("bridges open before nine sport") {
		if s.has([]byte(w)) {
			t.Errorf("%q found", w)
		}
	}
}

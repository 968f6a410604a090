package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHostileQueryBounds checks what keeps a hostile query cheap: at most
// MaxQueryRunes characters are read and MaxQueryWords words used, and a
// repeated phrase is used once.
func TestHostileQueryBounds(t *testing.T) {
	for _, q := range []string{
		strings.Repeat("a", 10000),
		strings.Repeat("abcdefghijklmnopqrstuvwxyz ", 400),
		strings.Repeat("governmentt internationall ", 400),
		"e t a o i n s h r d l u",
		strings.Repeat("🚀", 5000),
		strings.Repeat("\u0301", 10000),
		"مرحبا بالعالم " + strings.Repeat("ש", 3000),
	} {
		pq := parseQuery(q)
		if len(pq.words) > MaxQueryWords {
			t.Errorf("%.30q…: %d words, over %d", q, len(pq.words), MaxQueryWords)
		}
		runes := 0
		for _, w := range pq.words {
			runes += utf8.RuneCountInString(w.text)
		}
		if runes > MaxQueryRunes {
			t.Errorf("%.30q…: %d characters of words, over %d", q, runes, MaxQueryRunes)
		}
	}
	// Twenty times, within MaxQueryRunes (fifty are cut inside a quote,
	// which leaves a second phrase, "the th").
	pq := parseQuery(strings.Repeat("\"the the\" ", 20))
	if len(pq.phrases) != 1 || len(pq.words) != 2 {
		t.Errorf("a phrase repeated 20 times: %d phrases, %d words; want 1 and 2", len(pq.phrases), len(pq.words))
	}
	if pq := parseQuery("e t a o i n s h r d l u"); len(pq.words) != MaxQueryWords {
		t.Errorf("13 one-letter words: %d used, want %d", len(pq.words), MaxQueryWords)
	}
}

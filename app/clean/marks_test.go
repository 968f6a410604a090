package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// hasQuote, hasQuoteOrMark and hasCrumbSeparator must say what
// strings.ContainsAny says, on random strings of their characters, other
// letters and stray bytes of UTF-8 (which ContainsAny reads as U+FFFD).
func TestMarksMatchContainsAny(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	parts := []string{"a", " ", "\"", "“", "”", "?", "!", "›", "»", "•", "·", ">", "/", "|",
		"\xe2", "\x80", "\x9c", "\xc2", "\xbb", "é", "€", "‘"}
	for range 50000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		if hasQuote(s) != strings.ContainsAny(s, "\"“”") ||
			hasQuoteOrMark(s) != strings.ContainsAny(s, "\"“”?!") ||
			hasCrumbSeparator(s) != strings.ContainsAny(s, ">›»/|•·") {
			t.Fatalf("%q: a mark test differs from strings.ContainsAny", s)
		}
	}
}

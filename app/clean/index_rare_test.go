package clean

import (
	"strings"
	"testing"
)

// TestIndexRare checks indexRare against strings.Index on every suffix of a
// short text, for patterns that occur once, often, overlapping, at either
// end, or not at all.
func TestIndexRare(t *testing.T) {
	text := "Sign up for our newsletter: the week's news, the weekend's reads, and the  weather — in your inbox every Sunday. Sign up"
	pats := []string{"Sign up", " the ", "the", "ee", "eee", "we", " we", "newsletter", "Sunday.", "y. S", "—", " — in", "reads, and", "zz", "Sign upx", "up", "p", "", text, text + "!"}
	for _, p := range pats {
		for k := 0; k <= len(text); k++ {
			if want, got := strings.Index(text[k:], p), indexRare(text[k:], p); got != want {
				t.Errorf("indexRare(text[%d:], %q) = %d, want %d", k, p, got, want)
			}
		}
	}
}

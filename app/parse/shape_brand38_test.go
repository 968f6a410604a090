package parse

import "testing"

// TestHeadlineOpensWithBrand: a headline that opens with a brand written
// with a small letter before its capital ("iTunes", "eBay") starts as one
// with a capital does; a line in lower case, or one word of two letters
// ("iO"), does not.
func TestHeadlineOpensWithBrand(t *testing.T) {
	for s, want := range map[string]bool{
		"iTunes does film deal with harbour studio":  true,
		"eBay sellers face new fees from March":      true,
		"ferry does film deal with harbour studio":   false,
		"iO ferry does film deal with harbour board": false,
	} {
		if got := LooksLikeHeadline(s); got != want {
			t.Errorf("LooksLikeHeadline(%q) = %v, want %v", s, got, want)
		}
	}
}

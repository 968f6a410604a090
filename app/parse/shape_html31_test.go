package parse

import "testing"

// TestHeadlineShortSentences: a headline of two or three short sentences
// ending in a full stop is a headline (each was read as a paragraph); one
// sentence, four, a long one, or a list's numbered item is not.
func TestHeadlineShortSentences(t *testing.T) {
	for s, want := range map[string]bool{
		"Stocks fell. Here's why that matters.":                                                            true,
		"The Fed held rates. Markets shrugged.":                                                            true,
		"Elon Musk says Tesla is doing fine. Investors aren't so sure.":                                    true,
		"The U.S. economy grew 2.1%. Here's what that means.":                                              true,
		"The economy grew.":                                                                                false,
		"It rained. It poured. It flooded. It ended.":                                                      false,
		"1. Never cut a whole clip in one segment.":                                                        false,
		"The vote was close, and the bill failed. after.":                                                  false,
		"A new law takes effect on Monday that will change how the city taxes homes. Here's what to know.": false,
	} {
		if got := LooksLikeHeadline(s); got != want {
			t.Errorf("LooksLikeHeadline(%q) = %v, want %v", s, got, want)
		}
	}
}
